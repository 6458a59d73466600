namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>fulfillmentCreate (2026-10): one fulfillment for lines of fulfillment orders, with tracking info.</summary>
internal static class FulfillmentCreateMutation
{
    public const string Document = """
        mutation FulfillmentCreate($fulfillment: FulfillmentInput!) {
          fulfillmentCreate(fulfillment: $fulfillment) {
            fulfillment { id status trackingInfo(first: 10) { company number url } }
            userErrors { field message }
          }
        }
        """;
}
