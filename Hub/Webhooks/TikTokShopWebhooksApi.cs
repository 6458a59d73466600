using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Http;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>
/// POST /webhooks/tiktokshop: TikTok Shop's pushes. No API key: a push is accepted only when a connected store of its
/// shop_id verifies its Authorization header with its own app key and secret; anything else is a 401 and starts nothing.
/// An order status change starts an orders sync of that store at once (the sync reads the change from its checkpoint).
/// </summary>
public static class TikTokShopWebhooksApi
{
    public const string Path = "/webhooks/tiktokshop";

    /// <summary>TikTok's pushes are small; a larger body is refused before it is read.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    public static RouteHandlerBuilder MapTikTokShopWebhooks(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<Results<Ok, UnauthorizedHttpResult, StatusCodeHttpResult>> ReceiveAsync(
        HttpRequest request,
        IStoreAccountRepository stores,
        IStoreAccountSource accounts,
        WebhookInbox inbox,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TikTokShopWebhooksApi));
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var notice = TikTokShopNotice.Parse(body);
        var signature = request.Headers[TikTokShopWebhooks.SignatureHeader].ToString();
        var verified = notice is null ? [] : await VerifiedStoresAsync(notice, body, signature, stores, accounts, cancellationToken);
        if (verified.Count == 0)
        {
            WebhookLog.Unverified(logger, TikTokShopWebhooks.Marketplace, notice?.ShopId);
            return TypedResults.Unauthorized();
        }

        foreach (var store in verified)
        {
            if (notice!.Type != TikTokShopWebhooks.OrderStatusChange || store.Status != StoreStatus.Active)
            {
                WebhookLog.NothingStarted(logger, TikTokShopWebhooks.Marketplace, store.Id, $"type {notice.Type}, store {store.Status}");
            }
            else if (!inbox.FirstDelivery(store.Id, notice.NotificationId))
            {
                WebhookLog.NothingStarted(logger, TikTokShopWebhooks.Marketplace, store.Id, $"notification {notice.NotificationId} seen before");
            }
            else if (await inbox.SyncOrdersAsync(store.Id, cancellationToken) is { } run)
            {
                WebhookLog.SyncStarted(logger, TikTokShopWebhooks.Marketplace, notice.Type, store.Id, run.Id);
            }
            else
            {
                WebhookLog.NothingStarted(logger, TikTokShopWebhooks.Marketplace, store.Id, "an orders sync is already queued");
            }
        }

        return TypedResults.Ok();
    }

    /// <summary>The shop's connected stores whose app key and secret sign this body as the header says.</summary>
    private static async Task<List<StoreSummary>> VerifiedStoresAsync(
        TikTokShopNotice notice, byte[] body, string signature, IStoreAccountRepository stores, IStoreAccountSource accounts, CancellationToken cancellationToken)
    {
        var verified = new List<StoreSummary>();
        foreach (var store in (await stores.ListAsync(cancellationToken))
                     .Where(s => s.Marketplace == TikTokShopWebhooks.Marketplace && s.Status != StoreStatus.Removed && ShopIdOf(s) == notice.ShopId))
        {
            var account = await accounts.FindAsync(store.Id, cancellationToken);
            if (account?.Setting("appKey") is { } appKey && account.Credential("appSecret") is { } appSecret
                && TikTokShopWebhookSignature.Verify(appKey, appSecret, body, signature))
            {
                verified.Add(store);
            }
        }

        return verified;
    }

    private static string? ShopIdOf(StoreSummary store) =>
        store.Settings.ValueKind == System.Text.Json.JsonValueKind.Object && store.Settings.TryGetProperty("shopId", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString() : null;

    /// <summary>The raw body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
