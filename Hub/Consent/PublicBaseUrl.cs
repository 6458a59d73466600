using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Consent;

/// <summary>The hub's address as sellers reach it: Connect:PublicBaseUrl when configured, else the request's own scheme, host and base path.</summary>
internal sealed class PublicBaseUrl(IOptions<ConsentOptions> options)
{
    public Uri For(HttpRequest request) =>
        options.Value.PublicBaseUrl is { } configured
            ? new Uri(configured.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
            : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
