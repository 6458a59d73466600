using System.Collections.Concurrent;
using System.Net;
using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Failures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace CrossBorderHub.Connectors.Amazon.Auth;

/// <summary>
/// Restricted Data Tokens per store and restricted path, kept until shortly before expiresIn. A seller who has not
/// granted the app the restricted role gets a refusal (403, or 400/401/404 naming the resource); that is remembered
/// for <see cref="AmazonOptions.RestrictedDataRetryAfter"/> and the caller goes on without personal data.
/// </summary>
internal sealed class RestrictedDataTokens(IAmazonTokensApi api, TimeProvider time, IOptions<AmazonOptions> options, ILogger<RestrictedDataTokens> logger)
{
    private static readonly MarketplaceFailures Failures = new(AmazonConstants.Marketplace, AmazonConstants.DisplayName);
    private readonly ConcurrentDictionary<(Auth.LwaTokenKey Store, string Path), Entry> _entries = new();

    /// <summary>A token for GET <paramref name="path"/> with <paramref name="dataElements"/>, or null when the seller withholds the role.</summary>
    /// <exception cref="MarketplaceException">The Tokens API could not be reached or kept failing.</exception>
    public async Task<string?> ForAsync(AmazonRequestContext store, string path, IReadOnlyList<string> dataElements, CancellationToken cancellationToken)
    {
        var key = (store.TokenKey, path);
        if (_entries.TryGetValue(key, out var entry) && time.GetUtcNow() < entry.Until)
        {
            return entry.Token;
        }

        var call = store.For(AmazonConstants.Operations.CreateRestrictedDataToken) with { RestrictedDataToken = null };
        var request = new CreateRestrictedDataTokenRequest([new RestrictedResource(HttpMethod.Get.Method, path, dataElements)]);
        IApiResponse<CreateRestrictedDataTokenResponse> response;
        try
        {
            response = await api.CreateRestrictedDataTokenAsync(request, call, cancellationToken);
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e))
        {
            throw Failures.FromException(call.BaseUrl.Host, e);
        }

        using (response)
        {
            if (response.Error is ApiRequestException { InnerException: { } cause })
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw Failures.FromException(call.BaseUrl.Host, cause);
            }

            var status = response.StatusCode ?? default;
            if (status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                var error = AmazonErrorEnvelope.Parse((response.Error as ApiException)?.Content);
                var retryAt = time.GetUtcNow() + options.Value.RestrictedDataRetryAfter;
                _entries[key] = new Entry(null, retryAt);
                AmazonLog.RestrictedDataRefused(logger, store.StoreKey, (int)status, error?.Code, retryAt);
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Failures.FromStatus(call.BaseUrl.Host, status, AmazonErrorEnvelope.Parse((response.Error as ApiException)?.Content), response.Headers?.Location);
            }

            if (response.Content is not { RestrictedDataToken.Length: > 0, ExpiresIn: > 0 } answer)
            {
                throw Failures.Malformed(call.BaseUrl.Host, "createRestrictedDataToken answered without restrictedDataToken or expiresIn.");
            }

            var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn.Value) - options.Value.TokenRefreshMargin;
            _entries[key] = new Entry(answer.RestrictedDataToken, time.GetUtcNow() + (lifetime > TimeSpan.Zero ? lifetime : TimeSpan.Zero));
            return answer.RestrictedDataToken;
        }
    }

    private sealed record Entry(string? Token, DateTimeOffset Until);
}
