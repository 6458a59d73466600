using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Connectors.Kit.Failures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>
/// Each store's user access token, cached until <see cref="EbayOptions.TokenRefreshMargin"/> before it expires and
/// refreshed with the refresh-token grant by one caller while concurrent callers wait for its result. If eBay answers
/// with a new refresh token, it is written back through <see cref="IStoreCredentialWriter"/> (when the host has one).
/// </summary>
internal sealed class EbayAccessTokens(
    IEbayIdentityApi identity, TimeProvider time, IOptions<EbayOptions> options, IServiceProvider services)
{
    private const string InvalidGrant = "invalid_grant";
    private const string InvalidClient = "invalid_client";
    private const string UnauthorizedClient = "unauthorized_client";
    private const string InvalidScope = "invalid_scope";

    private readonly ConcurrentDictionary<Guid, Slot> _slots = new();
    private readonly MarketplaceFailures _failures = new(EbayConstants.Marketplace, EbayConstants.DisplayName);

    /// <summary>A token valid for at least the refresh margin, refreshing it first if needed.</summary>
    public async ValueTask<string> GetAsync(EbayRequestContext store, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(store.StoreId, _ => new Slot());
        if (slot.Current(store, time.GetUtcNow(), options.Value.TokenRefreshMargin) is { } cached)
        {
            return cached;
        }

        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            // Whoever held the gate may have refreshed it meanwhile.
            if (slot.Current(store, time.GetUtcNow(), options.Value.TokenRefreshMargin) is { } refreshed)
            {
                return refreshed;
            }

            var answer = await RefreshAsync(store, cancellationToken);
            var refreshToken = store.Credentials.RefreshToken;
            if (!string.IsNullOrEmpty(answer.RefreshToken) && answer.RefreshToken != refreshToken)
            {
                await WriteBackAsync(store, answer.RefreshToken, cancellationToken);
            }

            slot.Set(answer.AccessToken!, time.GetUtcNow().AddSeconds(answer.ExpiresIn ?? 0), refreshToken, answer.RefreshToken);
            return answer.AccessToken!;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>eBay refused <paramref name="token"/> before it should have expired: drop it so the next call refreshes.</summary>
    public void Invalidate(EbayRequestContext store, string token)
    {
        if (_slots.TryGetValue(store.StoreId, out var slot))
        {
            slot.Drop(token);
        }
    }

    private async Task<EbayTokenResponse> RefreshAsync(EbayRequestContext store, CancellationToken cancellationToken)
    {
        var host = store.AuthBase.Host;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = store.Credentials.RefreshToken,
            ["scope"] = EbayConstants.Scopes,
        };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{store.Credentials.ClientId}:{store.Credentials.ClientSecret}"));
        IApiResponse<EbayTokenResponse> response;
        try
        {
            response = await identity.TokenAsync(form, $"Basic {basic}", store, cancellationToken);
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e))
        {
            throw _failures.FromException(host, e);
        }

        using (response)
        {
            if (response.Error is ApiRequestException { InnerException: { } cause })
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw _failures.FromException(host, cause);
            }

            if (!response.IsSuccessStatusCode)
            {
                var error = EbayErrorEnvelope.Parse((response.Error as ApiException)?.Content);
                var status = response.StatusCode ?? default;

                // A revoked or expired refresh token, or a wrong keyset, is a 400/401 OAuth error: only re-authorizing helps.
                if (status == HttpStatusCode.BadRequest && error?.Code is InvalidGrant or InvalidClient or UnauthorizedClient or InvalidScope)
                {
                    throw new MarketplaceException(
                        MarketplaceFailureKind.AuthorizationRefused,
                        EbayConstants.Marketplace,
                        error.Code,
                        $"{EbayConstants.DisplayName} at {host} refused to refresh the user token ({error.Code}): {MarketplaceException.Bound(error.Message, 300)}");
                }

                throw _failures.FromStatus(host, status, error, response.Headers?.Location);
            }

            if (response.Content is not { AccessToken.Length: > 0, ExpiresIn: > 0 } content)
            {
                throw _failures.Malformed(host, "the token answer has no access_token or expires_in.", response.Error);
            }

            return content;
        }
    }

    private async Task WriteBackAsync(EbayRequestContext store, string newRefreshToken, CancellationToken cancellationToken)
    {
        if (services.GetService<IStoreCredentialWriter>() is not { } writer)
        {
            return;
        }

        await writer.RotateAsync(
            store.StoreId,
            store.StoredCredentials,
            (current, _) =>
            {
                var rotated = current.ToDictionary(StringComparer.Ordinal);
                rotated[EbayConstants.RefreshTokenCredential] = newRefreshToken;
                return Task.FromResult<IReadOnlyDictionary<string, string>>(rotated);
            },
            cancellationToken);
    }

    private sealed class Slot
    {
        private readonly Lock _lock = new();
        private string? _token;
        private DateTimeOffset _expiresAt;
        private string? _grantedFor;
        private string? _rotatedTo;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string? Current(EbayRequestContext store, DateTimeOffset now, TimeSpan margin)
        {
            lock (_lock)
            {
                var sameGrant = store.Credentials.RefreshToken == _grantedFor || store.Credentials.RefreshToken == _rotatedTo;
                return _token is not null && sameGrant && now < _expiresAt - margin ? _token : null;
            }
        }

        public void Set(string token, DateTimeOffset expiresAt, string grantedFor, string? rotatedTo)
        {
            lock (_lock)
            {
                (_token, _expiresAt, _grantedFor, _rotatedTo) = (token, expiresAt, grantedFor, rotatedTo);
            }
        }

        public void Drop(string token)
        {
            lock (_lock)
            {
                if (_token == token)
                {
                    _token = null;
                }
            }
        }
    }
}
