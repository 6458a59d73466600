using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// The embedded subset of Shopify's Admin schema: refuses a query naming a field Shopify does not have
/// (undefinedField) and computes a query's requested cost the way Shopify documents it.
/// </summary>
internal sealed class SandboxSchema
{
    private const string ResourceName = "CrossBorderHub.Connectors.Shopify.Sandbox.shopify-admin-subset.graphql";
    private const string QueryRoot = "QueryRoot";
    private const string MutationRoot = "Mutation";

    /// <summary>Shopify charges every mutation 10 points, whatever it selects.</summary>
    private const int MutationCost = 10;

    private readonly Dictionary<string, Dictionary<string, string>> _fields = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SandboxQuery> _parsed = new(StringComparer.Ordinal);

    private SandboxSchema(GraphQLDocument sdl)
    {
        foreach (var definition in sdl.Definitions.OfType<GraphQLObjectTypeDefinition>())
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in definition.Fields?.Items ?? [])
            {
                fields[(string)field.Name] = NamedType(field.Type);
            }

            _fields[(string)definition.Name] = fields;
        }
    }

    public static SandboxSchema Load()
    {
        using var stream = typeof(SandboxSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schema {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return new SandboxSchema(Parser.Parse(reader.ReadToEnd()));
    }

    /// <summary>Parses and checks a query once; the same text is answered from the cache after.</summary>
    public SandboxQuery Parse(string query) => _parsed.GetOrAdd(query, Check);

    /// <summary>Requested cost: scalars and enums 0, objects 1, connections 2 + first × node cost.</summary>
    public int Cost(SandboxQuery query, JsonElement variables) =>
        query.Operation!.Operation == OperationType.Mutation ? MutationCost : SelectionCost(query.Operation.SelectionSet, QueryRoot, variables);

    public static string? StringArgument(GraphQLField field, string name, JsonElement variables) => Argument(field, name, variables) switch
    {
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        string s => s,
        _ => null,
    };

    public static int IntArgument(GraphQLField field, string name, JsonElement variables) => Argument(field, name, variables) switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetInt32(),
        int i => i,
        _ => 0,
    };

    private static object? Argument(GraphQLField field, string name, JsonElement variables)
    {
        var value = field.Arguments?.Items.FirstOrDefault(a => (string)a.Name == name)?.Value;
        return value switch
        {
            GraphQLVariable v => variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty((string)v.Name, out var e) ? e : null,
            GraphQLIntValue i => int.Parse(i.Value.Span, CultureInfo.InvariantCulture),
            GraphQLStringValue s => s.Value.ToString(),
            GraphQLEnumValue en => (string)en.Name,
            _ => null,
        };
    }

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNamedType named => (string)named.Name,
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        _ => throw new InvalidOperationException("Unknown type node."),
    };

    private SandboxQuery Check(string text)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException e)
        {
            return SandboxQuery.Invalid($"Parse error: {e.Description}", "parseError", null, null);
        }

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault();
        if (operation is null)
        {
            return SandboxQuery.Invalid("No operation in the document.", "missingOperation", null, null);
        }

        var error = Undefined(operation.SelectionSet, RootType(operation));
        return error is { } e2
            ? SandboxQuery.Invalid($"Field '{e2.Field}' doesn't exist on type '{e2.Type}'", ShopifyConstants.ErrorCodes.UndefinedField, e2.Type, e2.Field)
            : new SandboxQuery(operation, null, null, null, null);
    }

    private (string Type, string Field)? Undefined(GraphQLSelectionSet? selections, string type)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            if (selection is GraphQLInlineFragment inline)
            {
                var inner = Undefined(inline.SelectionSet, inline.TypeCondition is { } c ? (string)c.Type.Name : type);
                if (inner is not null)
                {
                    return inner;
                }

                continue;
            }

            if (selection is not GraphQLField field || (string)field.Name == "__typename")
            {
                continue;
            }

            var name = (string)field.Name;
            if (!_fields.TryGetValue(type, out var fields) || !fields.TryGetValue(name, out var fieldType))
            {
                return (type, name);
            }

            if (Undefined(field.SelectionSet, fieldType) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    /// <summary>
    /// The cost of what an answer actually holds (<c>actualQueryCost</c>): connections count the edges returned rather
    /// than <c>first</c>, and objects that came back null cost nothing. Never more than <see cref="Cost"/>.
    /// </summary>
    public int ActualCost(SandboxQuery query, JsonElement data) =>
        query.Operation!.Operation == OperationType.Mutation ? MutationCost : ActualSelectionCost(query.Operation.SelectionSet, QueryRoot, data);

    private static string RootType(GraphQLOperationDefinition operation) => operation.Operation == OperationType.Mutation ? MutationRoot : QueryRoot;

    private int ActualSelectionCost(GraphQLSelectionSet? selections, string type, JsonElement value)
    {
        var cost = 0;
        foreach (var field in selections?.Selections.OfType<GraphQLField>() ?? [])
        {
            var name = (string)field.Name;
            var fieldType = _fields[type][name];
            if (!_fields.ContainsKey(fieldType)
                || value.ValueKind != JsonValueKind.Object
                || !value.TryGetProperty(name, out var child)
                || child.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (fieldType.EndsWith("Connection", StringComparison.Ordinal))
            {
                cost += 2;
                var edgeType = _fields[fieldType]["edges"];
                var node = field.SelectionSet?.Selections.OfType<GraphQLField>().FirstOrDefault(f => (string)f.Name == "edges")
                    ?.SelectionSet?.Selections.OfType<GraphQLField>().FirstOrDefault(f => (string)f.Name == "node");
                if (node is not null && child.TryGetProperty("edges", out var edges))
                {
                    foreach (var edge in edges.EnumerateArray())
                    {
                        cost += 1 + ActualSelectionCost(node.SelectionSet, _fields[edgeType]["node"], edge.GetProperty("node"));
                    }
                }
            }
            else
            {
                // A list of objects counts once, as the requested cost counts it.
                var sample = child.ValueKind == JsonValueKind.Array
                    ? (child.GetArrayLength() > 0 ? child[0] : default)
                    : child;
                cost += 1 + ActualSelectionCost(field.SelectionSet, fieldType, sample);
            }
        }

        return cost;
    }

    private int SelectionCost(GraphQLSelectionSet? selections, string type, JsonElement variables)
    {
        var cost = 0;
        foreach (var field in selections?.Selections.OfType<GraphQLField>() ?? [])
        {
            var fieldType = _fields[type][(string)field.Name];
            if (!_fields.ContainsKey(fieldType))
            {
                continue;
            }

            if (fieldType.EndsWith("Connection", StringComparison.Ordinal))
            {
                var first = Math.Max(IntArgument(field, "first", variables), IntArgument(field, "last", variables));
                cost += 2 + (first * NodeCost(field, fieldType, variables));
            }
            else
            {
                cost += 1 + SelectionCost(field.SelectionSet, fieldType, variables);
            }
        }

        return cost;
    }

    private int NodeCost(GraphQLField connection, string connectionType, JsonElement variables)
    {
        var nodeType = _fields[connectionType].TryGetValue("nodes", out var n) ? n : string.Empty;
        var edgeType = _fields[connectionType]["edges"];
        var cost = 0;
        foreach (var part in connection.SelectionSet?.Selections.OfType<GraphQLField>() ?? [])
        {
            if ((string)part.Name == "edges")
            {
                foreach (var node in part.SelectionSet?.Selections.OfType<GraphQLField>().Where(f => (string)f.Name == "node") ?? [])
                {
                    cost = Math.Max(cost, 1 + SelectionCost(node.SelectionSet, _fields[edgeType]["node"], variables));
                }
            }
            else if ((string)part.Name == "nodes")
            {
                cost = Math.Max(cost, 1 + SelectionCost(part.SelectionSet, nodeType, variables));
            }
        }

        return cost;
    }
}
