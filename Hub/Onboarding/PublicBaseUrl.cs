namespace CrossBorderHub.Hub.Onboarding;

/// <summary>The hub's address as sellers reach it: Connect:PublicBaseUrl when configured, else the request's own scheme and host.</summary>
internal sealed class PublicBaseUrl(IConfiguration configuration)
{
    public const string Key = "Connect:PublicBaseUrl";

    public Uri For(HttpRequest request) =>
        Uri.TryCreate(configuration[Key], UriKind.Absolute, out var configured)
            ? configured
            : new Uri($"{request.Scheme}://{request.Host}/");
}
