using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CrossBorderHub.Connectors;

/// <summary>
/// A marketplace's store account shape from two records: each is read from JSON (unknown names refused), checked with its
/// DataAnnotations, and then, when both fit, by <see cref="Check"/> for what attributes cannot say.
/// </summary>
public abstract class StoreAccountDefinition<TSettings, TCredentials> : IStoreAccountDefinition
    where TSettings : class
    where TCredentials : class
{
    public const string SettingsField = "settings";
    public const string CredentialsField = "credentials";

    public Type SettingsType => typeof(TSettings);

    public Type CredentialsType => typeof(TCredentials);

    public IReadOnlyList<StoreAccountError> Validate(JsonElement settings, IReadOnlyDictionary<string, string>? credentials)
    {
        var errors = new List<StoreAccountError>();
        var typedSettings = Read<TSettings>(settings, SettingsField, errors);
        var settingsFit = typedSettings is not null && errors.Count == 0;
        var typedCredentials = credentials is null ? null : Read<TCredentials>(StoreAccountJson.ToElement(credentials), CredentialsField, errors);
        var credentialsFit = typedCredentials is not null && !errors.Any(e => e.Field.StartsWith(CredentialsField, StringComparison.Ordinal));
        if (settingsFit)
        {
            // Credentials that did not fit their record are already reported; the hook still checks the settings.
            errors.AddRange(Check(typedSettings!, credentialsFit ? typedCredentials : null));
        }

        return errors;
    }

    public JsonElement Normalize(JsonElement settings) =>
        JsonSerializer.SerializeToElement(Parse(settings), StoreAccountJson.Options);

    public MarketplaceHosts HostsFor(JsonElement settings) => HostsFor(Parse(settings));

    public string? AccountKey(JsonElement settings)
    {
        try
        {
            return AccountKeyOf(Parse(settings));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The official hosts for valid settings.</summary>
    protected abstract MarketplaceHosts HostsFor(TSettings settings);

    /// <summary>The account's identity on the marketplace (shop domain, shop id, seller id); null when the settings have none.</summary>
    protected abstract string? AccountKeyOf(TSettings settings);

    /// <summary>What the records' attributes cannot check (a domain's suffix, a region's endpoint); credentials null when unchanged.</summary>
    protected virtual IEnumerable<StoreAccountError> Check(TSettings settings, TCredentials? credentials) => [];

    private static TSettings Parse(JsonElement settings) =>
        settings.Deserialize<TSettings>(StoreAccountJson.Options) ?? throw new JsonException("Settings are null.");

    private static T? Read<T>(JsonElement json, string prefix, List<StoreAccountError> errors)
        where T : class
    {
        var shape = StoreAccountJson.Options.GetTypeInfo(typeof(T));
        if (json.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            json = StoreAccountJson.EmptyObject;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new StoreAccountError(prefix, "Must be a JSON object."));
            return null;
        }

        var known = shape.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var before = errors.Count;
        foreach (var property in json.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            errors.Add(new StoreAccountError(Field(prefix, property.Name), $"Not one of the names this marketplace knows: {string.Join(", ", known.Order(StringComparer.Ordinal))}."));
        }

        if (errors.Count > before)
        {
            return null;
        }

        T? value;
        try
        {
            value = json.Deserialize<T>(StoreAccountJson.Options);
        }
        catch (JsonException e)
        {
            var path = e.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
            errors.Add(new StoreAccountError(path is null ? prefix : Field(prefix, path), "Has the wrong type for this marketplace."));
            return null;
        }

        if (value is null)
        {
            errors.Add(new StoreAccountError(prefix, "Required."));
            return null;
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
        {
            foreach (var result in results)
            {
                var member = result.MemberNames.FirstOrDefault();
                errors.Add(new StoreAccountError(member is null ? prefix : Field(prefix, JsonName(shape, member)), result.ErrorMessage ?? "Invalid."));
            }
        }

        return value;
    }

    private static string JsonName(JsonTypeInfo shape, string clrName) =>
        shape.Properties.FirstOrDefault(p => (p.AttributeProvider as System.Reflection.MemberInfo)?.Name == clrName)?.Name
        ?? StoreAccountJson.Options.PropertyNamingPolicy?.ConvertName(clrName)
        ?? clrName;

    private static string Field(string prefix, string name) => $"{prefix}.{name}";
}
