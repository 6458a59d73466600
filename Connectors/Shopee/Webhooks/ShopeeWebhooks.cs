using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopee.Consent;

namespace CrossBorderHub.Connectors.Shopee.Webhooks;

/// <summary>
/// Shopee's Push Mechanism: a POST of <c>{"data":{…},"shop_id":…,"code":…,"timestamp":…}</c> signed in the
/// <c>Authorization</c> header with the partner key (<see cref="ShopeePushSignature"/>). Shopee sends no delivery id, so
/// one is derived from what a redelivery repeats: the code, the shop, the timestamp and a hash of the data.
/// Partner-level pushes (authorization, its cancellation and expiry) name no shop and call for no sync.
/// </summary>
internal sealed class ShopeeWebhooks : IMarketplaceWebhooks
{
    public string Marketplace => ShopeeConstants.Marketplace;

    public WebhookNotice? Read(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!string.Equals(delivery.Method, HttpMethod.Post.Method, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(delivery.Body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Number(root, "code") is not { } code || code is < 0 or > int.MaxValue)
            {
                return null;
            }

            var data = root.TryGetProperty("data", out var value) ? value : default;
            var shop = Number(root, ShopeeConsent.ShopIdParameter)
                ?? (data.ValueKind == JsonValueKind.Object ? Number(data, ShopeeConsent.ShopIdParameter) : null);
            var shopKey = shop?.ToString(CultureInfo.InvariantCulture) ?? "";
            var timestamp = Number(root, "timestamp") ?? 0;
            var deliveryId = string.Create(CultureInfo.InvariantCulture, $"{code}-{(shopKey.Length == 0 ? "partner" : shopKey)}-{timestamp}-{DataHash(data)}");
            return new WebhookNotice(shopKey, deliveryId, ShopeePushCodes.TopicOf((int)code), ShopeePushCodes.PullsOf((int)code));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool Verify(WebhookDelivery delivery, StoreAccount store, ConsentApp? app)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(store);
        var keys = new[] { store.Credential(ShopeeConstants.PartnerKeyCredential), app?.Value(ShopeeConsentApp.PartnerKeyValue) }
            .OfType<string>()
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal);
        var verified = false;
        foreach (var key in keys)
        {
            verified |= SignedWith(delivery, key);
        }

        return verified;
    }

    /// <summary>
    /// Shopee wants every push answered 2xx with an empty body and turns push off for an app whose success rate falls. A
    /// POST signed with the app's partner key that concerns no shop (a partner-level push: authorization, its
    /// cancellation or expiry; or Shopee's check of a new callback URL) has no store to verify it, so it is acknowledged
    /// here rather than refused. Anything else goes through <see cref="Read"/> and <see cref="Verify"/>.
    /// </summary>
    public WebhookChallengeAnswer? AnswerChallenge(WebhookDelivery delivery, ConsentApp? app)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (app?.Value(ShopeeConsentApp.PartnerKeyValue) is not { } key
            || !string.Equals(delivery.Method, HttpMethod.Post.Method, StringComparison.OrdinalIgnoreCase)
            || Read(delivery) is { AccountKey.Length: > 0 })
        {
            return null;
        }

        return SignedWith(delivery, key) ? new WebhookChallengeAnswer("text/plain", "") : null;
    }

    /// <summary>
    /// Whether the <c>Authorization</c> header is the push's signature with <paramref name="partnerKey"/>, over the URL as
    /// the hub received it or as written (Shopee signs the callback URL registered in its console), in constant time.
    /// </summary>
    private static bool SignedWith(WebhookDelivery delivery, string partnerKey)
    {
        var received = delivery.Header(ShopeePushSignature.Header);
        if (string.IsNullOrWhiteSpace(received))
        {
            return false;
        }

        var verified = false;
        foreach (var url in new[] { delivery.Url.AbsoluteUri, delivery.Url.OriginalString }.Distinct(StringComparer.Ordinal))
        {
            verified |= ShopeePushSignature.Matches(partnerKey, url, delivery.Body.Span, received);
        }

        return verified;
    }

    private static long? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) switch
        {
            true when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) => number,
            true when value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };

    /// <summary>SHA-256 of the data written compactly, so that a redelivery reformatted in whitespace hashes the same.</summary>
    private static string DataHash(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.Undefined)
        {
            return "none";
        }

        var compact = JsonSerializer.SerializeToUtf8Bytes(data);
        return Convert.ToHexStringLower(SHA256.HashData(compact).AsSpan(0, 16));
    }
}
