using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CrossBorderHub.Hub.Infrastructure;

/// <summary>
/// Declares the problem details every operation can answer with: 401/403 where a key is required, 500 everywhere, and a
/// problem body for any error status declared without one (a bare 404 is written as problem details at run time).
/// </summary>
internal static class ProblemResponses
{
    private const string ProblemJson = "application/problem+json";

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var problem = await ProblemSchemaAsync(context, cancellationToken);
        operation.Responses ??= [];
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
        {
            Add(operation, StatusCodes.Status401Unauthorized, "No API key, or an unknown one.");
            Add(operation, StatusCodes.Status403Forbidden, "The key may not do this (an ERP key on an admin operation).");
        }

        Add(operation, StatusCodes.Status500InternalServerError, "An unexpected error; the details are in the hub's log.");
        foreach (var (status, response) in operation.Responses)
        {
            if (int.TryParse(status, out var code) && code >= 400 && response is OpenApiResponse concrete && (concrete.Content is null || concrete.Content.Count == 0))
            {
                concrete.Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [ProblemJson] = new OpenApiMediaType { Schema = problem } };
            }
        }
    }

    /// <summary>A reference to the one ProblemDetails component, added the first time an operation needs it.</summary>
    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(nameof(ProblemDetails)) != true)
        {
            document.AddComponent(nameof(ProblemDetails), await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        }

        return new OpenApiSchemaReference(nameof(ProblemDetails), document);
    }

    private static void Add(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses!.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse { Description = description };
        }
    }
}
