using System.Text.Json;

namespace CrossBorderHub.Hub.Apis;

/// <summary>
/// How big a store's settings and credentials may be. Generous for any marketplace (a few ids and lists, tokens of a few
/// KB) and small enough that listing stores stays cheap: a store body beyond them is a 400 naming the field.
/// </summary>
internal static class StoresLimits
{
    /// <summary>The whole request body of POST and PATCH /api/v1/stores.</summary>
    public const long RequestBodyBytes = 64 * 1024;

    public const int SettingsBytes = 16 * 1024;

    /// <summary>Property names counted at every depth.</summary>
    public const int SettingsKeys = 64;

    public const int SettingsDepth = 4;

    public const int SettingsArrayItems = 100;

    public const int SettingsValueLength = 1024;

    public const int CredentialKeys = 16;

    public const int CredentialValueLength = 8 * 1024;

    public static IEnumerable<(string Field, string Message)> CheckSettings(JsonElement? settings)
    {
        if (settings is not { } json || json.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            yield return ("settings", "Must be a JSON object.");
            yield break;
        }

        if (json.GetRawText().Length > SettingsBytes)
        {
            yield return ("settings", $"At most {SettingsBytes} bytes of JSON.");
            yield break;
        }

        var keys = 0;
        foreach (var problem in Walk(json, "settings", 1, ref keys))
        {
            yield return problem;
        }

        if (keys > SettingsKeys)
        {
            yield return ("settings", $"At most {SettingsKeys} keys in all.");
        }
    }

    /// <summary>Credentials are a flat object of strings; null when absent.</summary>
    public static Dictionary<string, string>? ReadCredentials(JsonElement? credentials, List<(string Field, string Message)> errors)
    {
        if (credentials is not { } json || json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(("credentials", "Must be a JSON object of strings."));
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (values.Count == CredentialKeys)
            {
                errors.Add(("credentials", $"At most {CredentialKeys} keys."));
                return null;
            }

            var field = $"credentials.{Bounded(property.Name)}";
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add((field, "Must be a string."));
            }
            else if (property.Value.GetString()!.Length > CredentialValueLength)
            {
                errors.Add((field, $"At most {CredentialValueLength} characters."));
            }
            else
            {
                values[property.Name] = property.Value.GetString()!;
            }
        }

        return errors.Any(e => e.Field.StartsWith("credentials", StringComparison.Ordinal)) ? null : values;
    }

    private static List<(string, string)> Walk(JsonElement json, string path, int depth, ref int keys)
    {
        var problems = new List<(string, string)>();
        if (depth > SettingsDepth)
        {
            problems.Add((path, $"Nested deeper than {SettingsDepth} levels."));
            return problems;
        }

        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in json.EnumerateObject())
                {
                    keys++;
                    problems.AddRange(Walk(property.Value, $"{path}.{Bounded(property.Name)}", depth + 1, ref keys));
                }

                break;
            case JsonValueKind.Array:
                if (json.GetArrayLength() > SettingsArrayItems)
                {
                    problems.Add((path, $"At most {SettingsArrayItems} items."));
                    break;
                }

                foreach (var item in json.EnumerateArray())
                {
                    problems.AddRange(Walk(item, path, depth + 1, ref keys));
                }

                break;
            case JsonValueKind.String when json.GetString()!.Length > SettingsValueLength:
                problems.Add((path, $"At most {SettingsValueLength} characters."));
                break;
        }

        return problems;
    }

    private static string Bounded(string name) => name.Length <= 64 ? name : string.Concat(name.AsSpan(0, 63), "…");
}
