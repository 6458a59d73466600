using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using CrossBorderHub.Hub.Auth;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Infrastructure.Limits;

internal static class RequestLimitsServiceCollectionExtensions
{
    /// <summary>
    /// A body size limit on every request and a fixed-window rate limit (System.Threading.RateLimiting through the
    /// ASP.NET Core rate limiter) partitioned by the authenticated API key, or by client address for everyone else.
    /// </summary>
    public static IServiceCollection AddHubRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLimitsOptions>()
            .Bind(configuration.GetSection(RequestLimitsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>>(sp =>
            new ConfigureOptions<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = sp.GetRequiredService<IOptions<RequestLimitsOptions>>().Value.MaxBodyBytes));
        services.AddRateLimiter(_ => { });
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>>(sp => new ConfigureOptions<RateLimiterOptions>(o =>
        {
            var limits = sp.GetRequiredService<IOptions<RequestLimitsOptions>>().Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
        }));
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RequestLimitsOptions limits)
    {
        if (!limits.RateLimitEnabled || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        // Only a recognised key gets a budget of its own: made-up keys would otherwise each open a fresh one.
        var key = context.User.Identity?.IsAuthenticated == true && context.Request.Headers[ApiKeyDefaults.HeaderName].ToString() is { Length: > 0 } presented
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presented)).AsSpan(0, 16))
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = limits.Window,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var detail = "Too many requests from this key or address; wait and try again.";
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"Too many requests from this key or address; try again in {seconds} s.";
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Rate limit reached.", Detail = detail },
        });
    }
}
