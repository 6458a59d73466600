namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>A shipping fulfilment the store received through createShippingFulfillment.</summary>
public sealed record EbaySandboxShipment(
    string FulfillmentId, string OrderId, IReadOnlyList<(string LineItemId, int Quantity)> Lines, string Carrier, string TrackingNumber, string ShippedDate);
