namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>A shipment confirmation the seller account received.</summary>
public sealed record AmazonSandboxShipment(int Index, string OrderId, string PackageReferenceId, string CarrierCode, string TrackingNumber);
