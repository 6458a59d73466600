using GraphQLParser.AST;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>A parsed query, or why Shopify would refuse it.</summary>
internal sealed record SandboxQuery(GraphQLOperationDefinition? Operation, string? Error, string? ErrorCode, string? TypeName, string? FieldName)
{
    public static SandboxQuery Invalid(string error, string code, string? typeName, string? fieldName) => new(null, error, code, typeName, fieldName);

    public IEnumerable<GraphQLField> RootFields => Operation?.SelectionSet.Selections.OfType<GraphQLField>() ?? [];
}
