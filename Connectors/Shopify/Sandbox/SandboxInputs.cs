using System.Globalization;
using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// The input side of the schema subset: checks an operation's variables against their declared input types the way
/// Shopify does (unknown fields, missing required fields, wrong scalar or enum values), so a mutation the real API
/// would refuse is refused here too.
/// </summary>
internal sealed class SandboxInputs
{
    private const string ResourceName = "CrossBorderHub.Connectors.Shopify.Sandbox.shopify-admin-subset.graphql";

    private readonly Dictionary<string, GraphQLInputObjectTypeDefinition> _inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _enums = new(StringComparer.Ordinal);

    private SandboxInputs(GraphQLDocument sdl)
    {
        foreach (var input in sdl.Definitions.OfType<GraphQLInputObjectTypeDefinition>())
        {
            _inputs[(string)input.Name] = input;
        }

        foreach (var e in sdl.Definitions.OfType<GraphQLEnumTypeDefinition>())
        {
            _enums[(string)e.Name] = [.. e.Values?.Items.Select(v => (string)v.Name) ?? []];
        }
    }

    public static SandboxInputs Load()
    {
        using var stream = typeof(SandboxInputs).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schema {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return new SandboxInputs(Parser.Parse(reader.ReadToEnd()));
    }

    /// <summary>The first problem with the operation's variables, as Shopify words it; null when they fit their types.</summary>
    public string? Check(GraphQLOperationDefinition operation, JsonElement variables)
    {
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            var name = (string)definition.Variable.Name;
            var value = default(JsonElement);
            var present = variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty(name, out value);
            var path = new List<string>();
            var problem = present ? Value(definition.Type, value, path) : definition.Type is GraphQLNonNullType ? "Expected value to not be null" : null;
            if (problem is not null)
            {
                var where = path.Count > 0 ? $" for {string.Join('.', path)}" : "";
                return $"Variable ${name} of type {TypeText(definition.Type)} was provided invalid value{where} ({problem})";
            }
        }

        return null;
    }

    private static string TypeText(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => TypeText(n.Type) + "!",
        GraphQLListType l => "[" + TypeText(l.Type) + "]",
        GraphQLNamedType named => (string)named.Name,
        _ => "?",
    };

    private string? Value(GraphQLType type, JsonElement value, List<string> path)
    {
        if (type is GraphQLNonNullType nonNull)
        {
            return value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? "Expected value to not be null" : Value(nonNull.Type, value, path);
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (type is GraphQLListType list)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return Value(list.Type, value, path);
            }

            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                path.Add(i.ToString(CultureInfo.InvariantCulture));
                if (Value(list.Type, item, path) is { } problem)
                {
                    return problem;
                }

                path.RemoveAt(path.Count - 1);
                i++;
            }

            return null;
        }

        var name = (string)((GraphQLNamedType)type).Name;
        if (_inputs.TryGetValue(name, out var input))
        {
            return InputObject(name, input, value, path);
        }

        if (_enums.TryGetValue(name, out var values))
        {
            return value.ValueKind == JsonValueKind.String && values.Contains(value.GetString()!) ? null : $"Expected \"{value}\" to be one of: {string.Join(", ", values)}";
        }

        return name switch
        {
            "Int" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _) ? null : $"Could not coerce value {value.GetRawText()} to Int",
            "Float" => value.ValueKind == JsonValueKind.Number ? null : $"Could not coerce value {value.GetRawText()} to Float",
            "Boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"Could not coerce value {value.GetRawText()} to Boolean",
            "ID" => value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? null : $"Could not coerce value {value.GetRawText()} to ID",
            "URL" => value.ValueKind == JsonValueKind.String && Uri.TryCreate(value.GetString(), UriKind.Absolute, out _) ? null : $"Invalid url {value.GetRawText()}",
            _ => value.ValueKind == JsonValueKind.String ? null : $"Could not coerce value {value.GetRawText()} to {name}",
        };
    }

    private string? InputObject(string name, GraphQLInputObjectTypeDefinition input, JsonElement value, List<string> path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return $"Expected {value.GetRawText()} to be a key-value object.";
        }

        var fields = input.Fields?.Items ?? [];
        foreach (var property in value.EnumerateObject())
        {
            if (!fields.Any(f => (string)f.Name == property.Name))
            {
                path.Add(property.Name);
                return $"Field is not defined on {name}";
            }
        }

        foreach (var field in fields)
        {
            var fieldName = (string)field.Name;
            var present = value.TryGetProperty(fieldName, out var fieldValue);
            path.Add(fieldName);
            var problem = present
                ? Value(field.Type, fieldValue, path)
                : field.Type is GraphQLNonNullType && field.DefaultValue is null ? "Expected value to not be null" : null;
            if (problem is not null)
            {
                return problem;
            }

            path.RemoveAt(path.Count - 1);
        }

        return null;
    }
}
