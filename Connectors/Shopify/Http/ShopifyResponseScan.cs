using System.Text.Json;

namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>
/// What the response handler needs from an answer, read in one forward pass without building a document:
/// whether any error is THROTTLED and the cost extension's throttleStatus. Throws JsonException unless the body
/// is exactly one whole JSON value.
/// </summary>
internal readonly record struct ShopifyResponseScan(bool Throttled, bool HasThrottleStatus, double MaximumAvailable, double CurrentlyAvailable, double RestoreRate)
{
    public static ShopifyResponseScan Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        Next(ref reader);
        var throttled = false;
        ShopifyResponseScan status = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
        }
        else
        {
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("errors"u8))
                {
                    Next(ref reader);
                    throttled = Errors(ref reader);
                }
                else if (reader.ValueTextEquals("extensions"u8))
                {
                    Next(ref reader);
                    status = Extensions(ref reader);
                }
                else
                {
                    Next(ref reader);
                    reader.Skip();
                }
            }
        }

        if (reader.Read())
        {
            throw new JsonException("The body holds more than one JSON value.");
        }

        return status with { Throttled = throttled };
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The body ends inside a JSON value.");

    private static bool Errors(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return false;
        }

        var throttled = false;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var isExtensions = reader.ValueTextEquals("extensions"u8);
                Next(ref reader);
                if (isExtensions && reader.TokenType == JsonTokenType.StartObject)
                {
                    while (Next(ref reader) == JsonTokenType.PropertyName)
                    {
                        var isCode = reader.ValueTextEquals("code"u8);
                        Next(ref reader);
                        throttled |= isCode && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(ShopifyConstants.ErrorCodes.Throttled);
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return throttled;
    }

    private static ShopifyResponseScan Extensions(ref Utf8JsonReader reader)
    {
        ShopifyResponseScan status = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return status;
        }

        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var isCost = reader.ValueTextEquals("cost"u8);
            Next(ref reader);
            if (!isCost || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var isStatus = reader.ValueTextEquals("throttleStatus"u8);
                Next(ref reader);
                if (isStatus && reader.TokenType == JsonTokenType.StartObject)
                {
                    status = ThrottleStatus(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return status;
    }

    private static ShopifyResponseScan ThrottleStatus(ref Utf8JsonReader reader)
    {
        double? maximum = null, current = null, rate = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("maximumAvailable"u8) ? 1
                : reader.ValueTextEquals("currentlyAvailable"u8) ? 2
                : reader.ValueTextEquals("restoreRate"u8) ? 3
                : 0;
            Next(ref reader);
            switch (name)
            {
                case 1: maximum = reader.GetDouble(); break;
                case 2: current = reader.GetDouble(); break;
                case 3: rate = reader.GetDouble(); break;
                default: reader.Skip(); break;
            }
        }

        return maximum is { } m && current is { } c && rate is { } r
            ? new ShopifyResponseScan(false, true, m, c, r)
            : default;
    }
}
