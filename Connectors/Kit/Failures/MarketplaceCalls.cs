using System.Runtime.ExceptionServices;
using CrossBorderHub.Connectors.Kit.Http;
using Refit;

namespace CrossBorderHub.Connectors.Kit.Failures;

public static class MarketplaceCalls
{
    /// <summary>
    /// Awaits a Refit call that answers an <see cref="IApiResponse"/>. A call that got no answer (a transport failure
    /// thrown, or wrapped by Refit: timeout, open circuit, a refused token refresh, a malformed body) becomes a
    /// <see cref="MarketplaceException"/> for <paramref name="host"/>; an answer, successful or not, is returned for the
    /// caller to read and dispose.
    /// </summary>
    public static async Task<T> AnsweredAsync<T>(this MarketplaceFailures failures, Func<Task<T>> call, string host, CancellationToken cancellationToken)
        where T : IApiResponse
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(call);
        T response;
        try
        {
            response = await call();
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e))
        {
            throw failures.FromException(host, e);
        }

        if (response.Error is ApiRequestException { InnerException: { } cause })
        {
            response.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            if (MarketplaceFailures.IsTransport(cause) || cause is MarketplaceException or MalformedResponseException)
            {
                throw failures.FromException(host, cause);
            }

            ExceptionDispatchInfo.Throw(cause);
        }

        return response;
    }
}
