using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Source-generated metadata for every Amazon wire shape; names come from each JsonPropertyName.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchOrdersResponse))]
[JsonSerializable(typeof(AmazonOrder))]
[JsonSerializable(typeof(GetOrderResponse))]
[JsonSerializable(typeof(GetOrdersResponse))]
[JsonSerializable(typeof(GetOrderItemsResponse))]
[JsonSerializable(typeof(AmazonOrderV0))]
[JsonSerializable(typeof(AmazonErrorList))]
[JsonSerializable(typeof(LwaTokenResponse))]
[JsonSerializable(typeof(ConfirmShipmentRequest))]
[JsonSerializable(typeof(SearchListingsItemsResponse))]
[JsonSerializable(typeof(ListingsItem))]
[JsonSerializable(typeof(ListingsItemPatchRequest))]
[JsonSerializable(typeof(ListingsItemSubmissionResponse))]
[JsonSerializable(typeof(GetInventorySummariesResponse))]
[JsonSerializable(typeof(InventorySummary))]
[JsonSerializable(typeof(AmazonInventoryCheckpoint))]
[JsonSerializable(typeof(CreateRestrictedDataTokenRequest))]
[JsonSerializable(typeof(CreateRestrictedDataTokenResponse))]
[JsonSerializable(typeof(CreateReportSpecification))]
[JsonSerializable(typeof(CreateReportResponse))]
[JsonSerializable(typeof(AmazonReport))]
[JsonSerializable(typeof(AmazonReportDocument))]
[JsonSerializable(typeof(AmazonBackfillCheckpoint))]
internal sealed partial class AmazonJsonContext : JsonSerializerContext;
