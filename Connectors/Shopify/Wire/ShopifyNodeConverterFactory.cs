using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>The node converters for the three paged entities, without reflection.</summary>
internal sealed class ShopifyNodeConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert == typeof(ShopifyNode<ShopifyOrder>)
        || typeToConvert == typeof(ShopifyNode<ShopifyProduct>)
        || typeToConvert == typeof(ShopifyNode<ShopifyInventoryItem>);

    public override System.Text.Json.Serialization.JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        if (typeToConvert == typeof(ShopifyNode<ShopifyOrder>))
        {
            return new ShopifyNodeConverter<ShopifyOrder>(ShopifyJsonContext.Default.ShopifyOrder);
        }

        if (typeToConvert == typeof(ShopifyNode<ShopifyProduct>))
        {
            return new ShopifyNodeConverter<ShopifyProduct>(ShopifyJsonContext.Default.ShopifyProduct);
        }

        return typeToConvert == typeof(ShopifyNode<ShopifyInventoryItem>)
            ? new ShopifyNodeConverter<ShopifyInventoryItem>(ShopifyJsonContext.Default.ShopifyInventoryItem)
            : throw new NotSupportedException($"No Shopify node converter for {typeToConvert}.");
    }
}
