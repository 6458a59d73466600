using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AutoMapper;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>
/// Deserializes a node in the same pass that reads its page and notes the node's byte range. A node that fails is
/// skipped (record null) so the rest of the page still reads. Offsets are only meaningful over a whole body held in
/// one buffer, so a streamed read is refused.
/// </summary>
internal sealed class ShopifyNodeConverter<TRecord>(JsonTypeInfo<TRecord> record) : JsonConverter<ShopifyNode<TRecord>>
    where TRecord : class
{
    public override bool HandleNull => true;

    public override ShopifyNode<TRecord> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (!reader.IsFinalBlock || reader.HasValueSequence)
        {
            throw new NotSupportedException("Shopify nodes are read from a whole page body in one buffer, not from a stream.");
        }

        var start = reader;
        TRecord? value;
        try
        {
            value = JsonSerializer.Deserialize(ref reader, record);
        }
        catch (Exception e) when (e is MappingException or JsonException or AutoMapperMappingException or InvalidOperationException or FormatException)
        {
            value = null;
            reader = start;
            reader.Skip();
        }

        var offset = checked((int)start.TokenStartIndex);
        return new ShopifyNode<TRecord>(value, offset, checked((int)reader.BytesConsumed) - offset);
    }

    public override void Write(Utf8JsonWriter writer, ShopifyNode<TRecord> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Shopify nodes are only read.");
}
