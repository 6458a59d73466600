using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon;

internal sealed partial class AmazonConnector
{
    private const string FulfillmentAvailabilityPath = "/attributes/fulfillment_availability";

    private static readonly string[] StockReadData = ["summaries", "fulfillmentAvailability"];

    /// <summary>
    /// Sets the seller's own stock (fulfillment channel DEFAULT) of each SKU with patchListingsItem, after reading the
    /// listing for its product type (the patch needs it) and current quantity: a listing already at the quantity (a
    /// retry after a lost answer) is not patched again. FBA stock is Amazon's to count and is refused.
    /// </summary>
    public async Task<PushResult> SetStockAsync(StoreAccount account, IReadOnlyList<StockUpdate> updates, Guid commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var settings = account.SettingsAs<AmazonSettings>();
        var marketplaceIds = new[] { settings.MarketplaceIds[0] };
        var read = AmazonStoreAccount.Context(account, AmazonConstants.Operations.GetListingsItem);
        var write = read.For(AmazonConstants.Operations.PatchListingsItem);
        var references = new List<string>();
        var unchanged = 0;

        // The last update of a SKU in one command is the one that counts.
        foreach (var update in updates.GroupBy(u => u.Sku, StringComparer.Ordinal).Select(g => g.Last()))
        {
            if (update.LocationId is { } location && location != AmazonConstants.MerchantChannel)
            {
                throw Refused("FBA_STOCK", $"SKU '{update.Sku}' at {location}: only merchant-fulfilled stock ({AmazonConstants.MerchantChannel}) can be set; Amazon counts its own.");
            }

            var listing = await SendAsync(
                () => listings.GetListingsItemAsync(settings.SellerId, update.Sku, marketplaceIds, StockReadData, read, cancellationToken), read, cancellationToken);
            var productType = listing.Summaries?.FirstOrDefault(s => s.MarketplaceId == marketplaceIds[0])?.ProductType ?? (listing.Summaries is { Count: > 0 } all ? all[0].ProductType : null)
                ?? throw _failures.Malformed(read.BaseUrl.Host, $"getListingsItem for '{MarketplaceException.Bound(update.Sku, 60)}' answered without a productType.");
            var own = listing.FulfillmentAvailability?.FirstOrDefault(f => f.FulfillmentChannelCode == AmazonConstants.MerchantChannel);
            if (own is null && listing.FulfillmentAvailability?.Count > 0)
            {
                throw Refused("FBA_STOCK", $"SKU '{update.Sku}' is fulfilled by Amazon; its stock cannot be set.");
            }

            if (own?.Quantity == update.Available)
            {
                unchanged++;
                continue;
            }

            var request = new ListingsItemPatchRequest(
                productType,
                [new ListingsPatchOperation("replace", FulfillmentAvailabilityPath, [new FulfillmentAvailabilityAttribute(AmazonConstants.MerchantChannel, update.Available)])]);
            var answer = await SendAsync(
                () => listings.PatchListingsItemAsync(settings.SellerId, update.Sku, marketplaceIds, request, write, cancellationToken), write, cancellationToken);
            if (answer.Status != "ACCEPTED")
            {
                var errors = answer.Issues?.Where(i => i.Severity == "ERROR").Select(i => $"{i.Code}: {i.Message}") ?? [];
                throw Refused(answer.Issues is { Count: > 0 } issues ? issues[0].Code : null, $"patchListingsItem for SKU '{update.Sku}' answered {answer.Status ?? "(no status)"}: {MarketplaceException.Bound(string.Join("; ", errors), 400)}");
            }

            references.Add(answer.SubmissionId ?? string.Empty);
        }

        var summary = $"Set merchant-fulfilled stock of {references.Count} SKU(s) with patchListingsItem" + (unchanged > 0 ? $"; {unchanged} already at the quantity." : ".");
        return new PushResult(references.Count > 0 ? MarketplaceException.Bound(string.Join(',', references), 200) : $"unchanged-{commandId:N}", summary);
    }

    private MarketplaceException Refused(string? code, string message) =>
        new(MarketplaceFailureKind.Rejected, Marketplace, code, message);
}
