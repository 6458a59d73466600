using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis;

/// <summary>RFC 9457 validation problems naming the field that is wrong.</summary>
internal static class Problems
{
    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Fields(IEnumerable<(string Field, string Message)> errors) =>
        TypedResults.ValidationProblem(errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
}
