using System.Globalization;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using WireMock;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

public sealed partial class AmazonSandbox
{
    private const int FbaPageSize = 50;

    /// <summary>searchListingsItems sorted by lastUpdatedDate ascending, pageToken paging up to Amazon's 1,000-item cap.</summary>
    private (int Status, byte[] Body) SearchListingsItems(IRequestMessage request)
    {
        if (!Query(request, "marketplaceIds").Contains(_options.MarketplaceId, StringComparer.Ordinal))
        {
            return InvalidInput("marketplaceIds must name the seller's marketplace.");
        }

        if (Query(request, "sortBy").FirstOrDefault() is not "lastUpdatedDate" || Query(request, "sortOrder").FirstOrDefault() is not "ASC")
        {
            return InvalidInput("This sandbox pages sortBy=lastUpdatedDate&sortOrder=ASC only.");
        }

        var size = int.TryParse(Query(request, "pageSize").FirstOrDefault(), out var requested) ? requested : 10;
        if (size is < 1 or > 20)
        {
            return InvalidInput("pageSize must be from 1 to 20.");
        }

        DateTimeOffset? after = null;
        if (Query(request, "lastUpdatedAfter").FirstOrDefault() is { } text)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return InvalidInput("lastUpdatedAfter is not an ISO 8601 date-time.");
            }

            after = parsed;
        }

        SandboxKey? position = null;
        var served = 0;
        if (Query(request, "pageToken").FirstOrDefault() is { } token)
        {
            var parts = token.Split('.');
            position = SandboxCursor.Decode(parts[0]);
            if (position is null || parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out served))
            {
                return InvalidInput("pageToken is not valid.");
            }
        }

        var window = new SandboxWindow(after);
        var found = Listings.Updates.Snapshot().Count(k => window.StartsBy(k.At))
            + Enumerable.Range(0, Listings.Count).Count(i => !Listings.Updates.IsTouched(i) && window.StartsBy(Listings.BaseUpdatedAt(i)));
        var (page, hasNext) = SandboxPaging.Page(Listings.Count, Listings.BaseUpdatedAt, Listings.Updates.Snapshot(), window, position, size);
        served += page.Count;
        hasNext &= served < AmazonConnector.ListingsPagingCap;

        var included = Included(request, "summaries");
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("numberOfResults", found);
            if (hasNext)
            {
                w.WriteStartObject("pagination");
                w.WriteString("nextToken", $"{SandboxCursor.Encode(page[^1])}.{served.ToString(CultureInfo.InvariantCulture)}");
                w.WriteEndObject();
            }

            w.WriteStartArray("items");
            foreach (var key in page)
            {
                Listings.Write(w, key.Index, included);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return (200, buffer.ToArray());
    }

    /// <summary>getListingsItem: the listing with the parts includedData asked for, or the documented 404.</summary>
    private (int Status, byte[] Body) GetListingsItem(IRequestMessage request)
    {
        if (ListingOf(request) is not { } index)
        {
            return NotFound("The listing was not found.");
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            Listings.Write(w, index, Included(request, "summaries"));
        }

        return (200, buffer.ToArray());
    }

    /// <summary>
    /// patchListingsItem: a replace of /attributes/fulfillment_availability with channel DEFAULT and a quantity is
    /// accepted and applied; an FBA listing's stock is refused with status INVALID, as Amazon answers.
    /// </summary>
    private (int Status, byte[] Body) PatchListingsItem(IRequestMessage request)
    {
        if (ListingOf(request) is not { } index)
        {
            return NotFound("The listing was not found.");
        }

        var sku = AmazonSandboxListings.Sku(index);
        int quantity;
        try
        {
            using var document = JsonDocument.Parse(request.Body ?? string.Empty);
            var root = document.RootElement;
            var patch = root.GetProperty("patches")[0];
            var value = patch.GetProperty("value")[0];
            if (root.GetProperty("productType").GetString() is not { Length: > 0 }
                || patch.GetProperty("op").GetString() is not ("replace" or "merge")
                || patch.GetProperty("path").GetString() != "/attributes/fulfillment_availability"
                || value.GetProperty("fulfillment_channel_code").GetString() != AmazonConstants.MerchantChannel)
            {
                return InvalidInput("The sandbox takes one replace of /attributes/fulfillment_availability with fulfillment_channel_code DEFAULT.");
            }

            quantity = value.GetProperty("quantity").GetInt32();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            return InvalidInput("The request body is not a ListingsItemPatchRequest.");
        }

        if (Listings.ByAmazon(index) || quantity < 0)
        {
            var issue = new { code = "90000900", message = "The quantity cannot be set for this listing.", severity = "ERROR", attributeNames = new[] { "fulfillment_availability" } };
            return (200, JsonSerializer.SerializeToUtf8Bytes(new { sku, status = "INVALID", submissionId = Guid.NewGuid().ToString("N"), issues = new[] { issue } }));
        }

        Listings.SetQuantity(index, quantity, _options.TimeProvider.GetUtcNow());
        return (200, JsonSerializer.SerializeToUtf8Bytes(new { sku, status = "ACCEPTED", submissionId = Guid.NewGuid().ToString("N"), issues = Array.Empty<object>() }));
    }

    /// <summary>
    /// getInventorySummaries for the FBA listings: granularityType Marketplace with the seller's marketplace, changes
    /// since startDateTime (no earlier than 18 months back), pages of 50 whose nextToken lapses after 30 seconds.
    /// </summary>
    private (int Status, byte[] Body) InventorySummaries(IRequestMessage request)
    {
        var now = _options.TimeProvider.GetUtcNow();
        if (Query(request, "granularityType").FirstOrDefault() != "Marketplace"
            || Query(request, "granularityId").FirstOrDefault() != _options.MarketplaceId
            || !Query(request, "marketplaceIds").Contains(_options.MarketplaceId, StringComparer.Ordinal))
        {
            return InvalidInput("granularityType=Marketplace, granularityId and marketplaceIds must name the seller's marketplace.");
        }

        DateTimeOffset? since = null;
        if (Query(request, "startDateTime").FirstOrDefault() is { } text)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) || parsed < now.AddMonths(-18))
            {
                return InvalidInput("startDateTime must be an ISO 8601 date-time no earlier than 18 months ago.");
            }

            since = parsed;
        }

        var start = 0;
        if (Query(request, "nextToken").FirstOrDefault() is { } token)
        {
            if (FbaToken(token) is not var (next, issued) || now - issued > _options.FbaTokenLifetime)
            {
                return InvalidInput("The nextToken is invalid or has expired.");
            }

            start = next;
        }

        var matches = Enumerable.Range(start, Math.Max(0, Listings.Count - start))
            .Where(i => Listings.ByAmazon(i) && (since is null || Listings.UpdatedAt(i) >= since))
            .Take(FbaPageSize + 1)
            .ToList();
        var hasNext = matches.Count > FbaPageSize;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            if (hasNext)
            {
                w.WriteStartObject("pagination");
                w.WriteString("nextToken", Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{matches[^1]}:{now.UtcTicks}"))));
                w.WriteEndObject();
            }

            w.WriteStartObject("payload");
            w.WriteStartObject("granularity");
            w.WriteString("granularityType", "Marketplace");
            w.WriteString("granularityId", _options.MarketplaceId);
            w.WriteEndObject();
            w.WriteStartArray("inventorySummaries");
            foreach (var index in matches.Take(FbaPageSize))
            {
                Listings.WriteSummary(w, index);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return (200, buffer.ToArray());
    }

    private static (int Next, DateTimeOffset Issued)? FbaToken(string token)
    {
        try
        {
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(token)).Split(':');
            return (int.Parse(parts[0], CultureInfo.InvariantCulture), new DateTimeOffset(long.Parse(parts[1], CultureInfo.InvariantCulture), TimeSpan.Zero));
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private int? ListingOf(IRequestMessage request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 5 ? Listings.IndexOf(Uri.UnescapeDataString(segments[4])) : null;
    }

    private static HashSet<string> Included(IRequestMessage request, string fallback)
    {
        var included = Query(request, "includedData");
        return new HashSet<string>(included.Length == 0 ? [fallback] : included, StringComparer.Ordinal);
    }

    private static (int Status, byte[] Body) NotFound(string message) =>
        (404, JsonSerializer.SerializeToUtf8Bytes(new { errors = new[] { new { code = "NOT_FOUND", message, details = "" } } }));
}
