using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests;

/// <summary>Reads /openapi/v1.json as a client generator would; every operation, including ones added later, is checked.</summary>
public sealed class OpenApiDocumentTests(SqliteHubFixture hub) : IClassFixture<SqliteHubFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    [Fact]
    public async Task Every_operation_has_an_id_a_summary_a_description_and_a_schema_for_each_response()
    {
        var document = await hub.Anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var operations = 0;

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                foreach (var field in new[] { "operationId", "summary", "description" })
                {
                    if (!operation.Value.TryGetProperty(field, out var value) || string.IsNullOrWhiteSpace(value.GetString()))
                    {
                        problems.Add($"{name}: no {field}");
                    }
                }

                if (operation.Value.TryGetProperty("operationId", out var id) && !ids.Add(id.GetString()!))
                {
                    problems.Add($"{name}: operationId {id} is used twice");
                }

                problems.AddRange(ResponseProblems(name, operation.Value.GetProperty("responses")));
            }
        }

        Assert.True(operations >= 12, $"Only {operations} operations in the document.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_store_body_is_one_shape_per_marketplace_chosen_by_marketplace()
    {
        var document = await hub.Anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var body = document.GetProperty("paths").GetProperty("/api/v1/stores").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.Equal("marketplace", body.GetProperty("discriminator").GetProperty("propertyName").GetString());
        var shopify = body.GetProperty("discriminator").GetProperty("mapping").GetProperty("shopify").GetString()!;
        Assert.Contains(body.GetProperty("oneOf").EnumerateArray(), s => s.GetProperty("$ref").GetString() == shopify);
        var request = schemas.GetProperty(shopify.Split('/')[^1]);
        var settings = Resolve(schemas, request.GetProperty("properties").GetProperty("settings"));
        var credentials = Resolve(schemas, request.GetProperty("properties").GetProperty("credentials"));
        Assert.True(settings.GetProperty("properties").TryGetProperty("shopDomain", out _), settings.ToString());
        Assert.Contains("shopDomain", settings.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.True(credentials.GetProperty("properties").TryGetProperty("accessToken", out _), credentials.ToString());
    }

    private static IEnumerable<string> ResponseProblems(string operation, JsonElement responses)
    {
        if (!responses.TryGetProperty("401", out _) && !operation.Contains("/health", StringComparison.Ordinal))
        {
            yield return $"{operation}: no 401 problem response";
        }

        foreach (var response in responses.EnumerateObject())
        {
            if (!response.Value.TryGetProperty("content", out var content) || !content.EnumerateObject().Any(m => m.Value.TryGetProperty("schema", out _)))
            {
                yield return $"{operation}: response {response.Name} has no schema";
                continue;
            }

            if (int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture) >= 400
                && !content.EnumerateObject().Any(m => m.Name == "application/problem+json"))
            {
                yield return $"{operation}: response {response.Name} is not declared as problem details";
            }
        }
    }

    private static JsonElement Resolve(JsonElement schemas, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;
}
