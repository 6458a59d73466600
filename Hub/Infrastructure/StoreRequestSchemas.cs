using System.Text.Json.Nodes;
using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Apis;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CrossBorderHub.Hub.Infrastructure;

/// <summary>
/// The store bodies in the OpenAPI document, one shape per registered marketplace, from the settings and credentials
/// records its connector declares: POST is a <c>oneOf</c> discriminated by <c>marketplace</c>; PATCH takes any of them.
/// </summary>
internal static class StoreRequestSchemas
{
    private const string Json = "application/json";

    public static async Task DescribeCreateAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var oneOf = new List<IOpenApiSchema>();
        var mapping = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal);
        foreach (var connector in Connectors(context))
        {
            var (settings, credentials) = await ShapesAsync(connector, context, cancellationToken);
            var name = $"{Pascal(connector.Marketplace)}StoreRequest";
            document.AddComponent<IOpenApiSchema>(name, new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"Connect a {connector.Marketplace} store.",
                Required = new HashSet<string>(StringComparer.Ordinal) { "marketplace", "name", "settings", "credentials" },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["marketplace"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(connector.Marketplace)] },
                    ["name"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = StoresValidation.MaxNameLength },
                    ["settings"] = settings,
                    ["credentials"] = credentials,
                    ["baseUrl"] = HostOverride("Replaces the marketplace's API host (Connectors:AllowCustomHosts=true only)."),
                    ["authUrl"] = HostOverride("Replaces the marketplace's token host (Connectors:AllowCustomHosts=true only)."),
                    ["tenantId"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid", Description = "The tenant that owns the store; the default tenant when left out." },
                },
            });
            var reference = new OpenApiSchemaReference(name, document);
            oneOf.Add(reference);
            mapping[connector.Marketplace] = reference;
        }

        SetBody(operation, new OpenApiSchema
        {
            OneOf = oneOf,
            Discriminator = new OpenApiDiscriminator { PropertyName = "marketplace", Mapping = mapping },
        });
    }

    public static async Task DescribeUpdateAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var settings = new List<IOpenApiSchema>();
        var credentials = new List<IOpenApiSchema>();
        foreach (var connector in Connectors(context))
        {
            var (s, c) = await ShapesAsync(connector, context, cancellationToken);
            settings.Add(s);
            credentials.Add(c);
        }

        SetBody(operation, new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Absent fields stay as they are; settings and credentials have the store's marketplace's shape and replace the whole object.",
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["name"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = StoresValidation.MaxNameLength },
                ["settings"] = new OpenApiSchema { AnyOf = settings },
                ["credentials"] = new OpenApiSchema { AnyOf = credentials },
                ["paused"] = new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "true pauses the store's syncs, false resumes them." },
                ["baseUrl"] = HostOverride("Replaces the API host (Connectors:AllowCustomHosts=true only); \"\" removes the override."),
                ["authUrl"] = HostOverride("Replaces the token host (Connectors:AllowCustomHosts=true only); \"\" removes the override."),
            },
        });
    }

    /// <summary>The request records' own schemas (settings and credentials as any JSON) are replaced above; clients should not see them.</summary>
    public static Task DropUntypedBodies(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components?.Schemas?.Remove(nameof(CreateStoreRequest));
        document.Components?.Schemas?.Remove(nameof(UpdateStoreRequest));
        return Task.CompletedTask;
    }

    private static IEnumerable<IMarketplaceConnector> Connectors(OpenApiOperationTransformerContext context)
    {
        var registry = context.ApplicationServices.GetRequiredService<IConnectorRegistry>();
        return registry.Marketplaces.Order(StringComparer.Ordinal).Select(m => registry.Find(m)!);
    }

    private static async Task<(IOpenApiSchema Settings, IOpenApiSchema Credentials)> ShapesAsync(
        IMarketplaceConnector connector, OpenApiOperationTransformerContext context, CancellationToken cancellationToken) =>
        (await context.GetOrCreateSchemaAsync(connector.Account.SettingsType, null, cancellationToken),
         await context.GetOrCreateSchemaAsync(connector.Account.CredentialsType, null, cancellationToken));

    private static OpenApiSchema HostOverride(string description) =>
        new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "uri", Description = description };

    private static void SetBody(OpenApiOperation operation, IOpenApiSchema schema)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [Json] = new OpenApiMediaType { Schema = schema } },
        };
    }

    private static string Pascal(string key) => string.Concat(char.ToUpperInvariant(key[0]).ToString(), key[1..]);
}
