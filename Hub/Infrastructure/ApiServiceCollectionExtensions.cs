using System.Text.Json.Serialization;
using CrossBorderHub.Hub.Apis;
using CrossBorderHub.Hub.Auth;
using Microsoft.OpenApi;

namespace CrossBorderHub.Hub.Infrastructure;

internal static class ApiServiceCollectionExtensions
{
    /// <summary>Problem details for every error, enums as strings, the OpenAPI document with the X-Api-Key scheme.</summary>
    public static IServiceCollection AddHubApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        services.AddSingleton<StoreConnections>();

        // Unreadable bodies reach the exception handler, which says what was wrong with them.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddOperationTransformer(ProblemResponses.DescribeAsync).AddDocumentTransformer(StoreRequestSchemas.DropUntypedBodies).AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CrossBorderHub API";
            document.Info.Description = "Stores, syncs and the ERP change feeds. Send an API key in the X-Api-Key header.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyDefaults.Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyDefaults.HeaderName,
                Description = "An admin key (manage stores and syncs) or an ERP key (read).",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyDefaults.Scheme, document)] = [] });
            return Task.CompletedTask;
        }));
        return services;
    }
}
