using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Hub.Tests.Consent.Fake;

/// <summary>Testmart's orders for the hub: pages of ten from a sequence number, which is the checkpoint.</summary>
public sealed class TestmartConnector : IMarketplaceConnector, IDisposable
{
    public const string Key = "testmart";

    private readonly HttpClient _http = new(new HttpClientHandler { UseProxy = false });

    public string Marketplace => Key;

    public MarketplaceCapabilities Capabilities => MarketplaceCapabilities.PullOrders;

    public IStoreAccountDefinition Account { get; } = new TestmartAccount();

    public async IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var since = checkpoint ?? "0";
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(account.BaseUrl ?? Account.HostsFor(account.Settings).Api, $"orders?since={since}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.Credential("accessToken"));
            using var response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new MarketplaceException(MarketplaceFailureKind.AuthorizationRefused, Key, "invalid_token", "Testmart refused the access token.");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new MarketplaceException(MarketplaceFailureKind.Unavailable, Key, null, $"Testmart answered {(int)response.StatusCode}.");
            }

            var page = await response.Content.ReadFromJsonAsync<OrdersPage>(cancellationToken) ?? new OrdersPage([]);
            if (page.Orders.Count == 0)
            {
                yield break;
            }

            since = page.Orders[^1].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return new SourcePage<CanonicalOrder>([.. page.Orders.Select(Map)], [], [], since);
        }
    }

    public IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public void Dispose() => _http.Dispose();

    private static CanonicalOrder Map(WireOrder order)
    {
        var total = new Money(decimal.Parse(order.Total, System.Globalization.CultureInfo.InvariantCulture), order.Currency);
        var zero = Money.Zero(order.Currency);
        return new CanonicalOrder
        {
            MarketplaceOrderId = order.Id,
            Status = OrderStatus.ReadyToShip,
            MarketplaceStatus = "paid",
            PlacedAt = order.PlacedAt,
            UpdatedAt = order.PlacedAt,
            Currency = total.Currency,
            Totals = new OrderTotals { Items = total, Shipping = zero, Tax = zero, Discounts = zero, Total = total },
            Lines = [new OrderLine { MarketplaceLineId = $"{order.Id}-1", Sku = "TM-SKU", Quantity = 1, UnitPrice = total, Tax = zero, Discount = zero }],
        };
    }

    private sealed record OrdersPage([property: JsonPropertyName("orders")] IReadOnlyList<WireOrder> Orders);

    private sealed record WireOrder(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("sequence")] int Sequence,
        [property: JsonPropertyName("total")] string Total,
        [property: JsonPropertyName("currency")] string Currency,
        [property: JsonPropertyName("placed_at")] DateTimeOffset PlacedAt);
}
