using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Connectors.Tests.Shopify;

/// <summary>The sandbox refuses push requests the real Admin API would refuse, and applies an idempotent one once.</summary>
public sealed class SandboxMutationTests : IDisposable
{
    private const string SetQuantities = """
        mutation InventorySetQuantities($input: InventorySetQuantitiesInput!) {
          inventorySetQuantities(input: $input) @idempotent(key: "KEY") {
            inventoryAdjustmentGroup { id changes(quantityNames: ["available"]) { name delta quantityAfterChange } }
            userErrors { code field message }
          }
        }
        """;

    private readonly ShopifySandbox _sandbox = ShopifySandbox.Start(new ShopifySandboxOptions { Seed = 5, OrderCount = 10, ProductCount = 5, Throttle = ShopifySandboxThrottle.Off });
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _sandbox.Dispose();
    }

    private async Task<JsonElement> PostAsync(string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_sandbox.Url, ShopifyConstants.GraphQLPath))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Add(ShopifyConstants.AccessTokenHeader, _sandbox.Options.AccessToken);
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private (string Item, string Location, int Available) Level()
    {
        var item = _sandbox.Data.InventoryItemIndexOfSku(ShopifySandboxData.Sku(0, 0));
        var (_, variant) = _sandbox.Data.InventoryItem(item);
        return (variant.InventoryItemId, ShopifySandboxData.LocationId(0), _sandbox.Data.Available(item, 0));
    }

    private static object Input(string item, string location, int quantity, object? changeFrom) => new
    {
        input = new
        {
            name = "available",
            reason = "correction",
            quantities = new[] { new Dictionary<string, object?> { ["inventoryItemId"] = item, ["locationId"] = location, ["quantity"] = quantity, ["changeFromQuantity"] = changeFrom } },
        },
    };

    [Fact]
    public async Task A_variable_with_a_field_the_input_type_does_not_have_is_refused()
    {
        var answer = await PostAsync(FulfillmentCreateWithTracking, new
        {
            fulfillment = new { lineItemsByFulfillmentOrder = new[] { new { fulfillmentOrderId = ShopifySandboxData.FulfillmentOrderId(0) } }, trackingInfo = new { carrier = "UPS" } },
        });

        var message = answer.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Equal("Variable $fulfillment of type FulfillmentInput! was provided invalid value for trackingInfo.carrier (Field is not defined on FulfillmentTrackingInput)", message);
        Assert.Empty(_sandbox.Data.Ledger.Fulfillments);
    }

    [Fact]
    public async Task Inventory_set_quantities_without_the_idempotent_directive_is_refused()
    {
        var (item, location, available) = Level();

        var answer = await PostAsync(SetQuantities.Replace(""" @idempotent(key: "KEY")""", "", StringComparison.Ordinal), Input(item, location, available + 1, available));

        Assert.Contains("@idempotent", answer.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(_sandbox.Data.Ledger.StockSets);
    }

    [Fact]
    public async Task A_stale_change_from_quantity_changes_nothing()
    {
        var (item, location, available) = Level();

        var answer = await PostAsync(SetQuantities, Input(item, location, 3, available + 1));

        var error = answer.GetProperty("data").GetProperty("inventorySetQuantities").GetProperty("userErrors")[0];
        Assert.Equal("CHANGE_FROM_QUANTITY_STALE", error.GetProperty("code").GetString());
        Assert.Empty(_sandbox.Data.Ledger.StockSets);
    }

    [Fact]
    public async Task Leaving_change_from_quantity_out_is_an_error_but_an_explicit_null_skips_the_check()
    {
        var (item, location, available) = Level();
        var withoutField = new
        {
            input = new { name = "available", reason = "correction", quantities = new[] { new { inventoryItemId = item, locationId = location, quantity = 3 } } },
        };

        var refused = await PostAsync(SetQuantities.Replace("KEY", "k1", StringComparison.Ordinal), withoutField);
        var accepted = await PostAsync(SetQuantities.Replace("KEY", "k2", StringComparison.Ordinal), Input(item, location, 3, null));

        Assert.Equal("changeFromQuantity", refused.GetProperty("data").GetProperty("inventorySetQuantities").GetProperty("userErrors")[0].GetProperty("field")[3].GetString());
        Assert.Equal(0, accepted.GetProperty("data").GetProperty("inventorySetQuantities").GetProperty("userErrors").GetArrayLength());
        Assert.Equal((available, 3), (Assert.Single(_sandbox.Data.Ledger.StockSets).Before, _sandbox.Data.Ledger.StockSets[0].After));
    }

    [Fact]
    public async Task The_same_idempotency_key_and_input_is_applied_once_and_another_input_under_it_is_refused()
    {
        var (item, location, available) = Level();

        var first = await PostAsync(SetQuantities, Input(item, location, available + 10, available));
        var replay = await PostAsync(SetQuantities, Input(item, location, available + 10, available));
        var other = await PostAsync(SetQuantities, Input(item, location, available + 20, available + 10));

        Assert.Equal(first.GetProperty("data").GetRawText(), replay.GetProperty("data").GetRawText());
        Assert.Single(_sandbox.Data.Ledger.StockSets);
        Assert.Equal("IDEMPOTENCY_KEY_PARAMETER_MISMATCH", other.GetProperty("data").GetProperty("inventorySetQuantities").GetProperty("userErrors")[0].GetProperty("code").GetString());
    }

    private const string FulfillmentCreateWithTracking = """
        mutation FulfillmentCreate($fulfillment: FulfillmentInput!) {
          fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id } userErrors { field message } }
        }
        """;
}
