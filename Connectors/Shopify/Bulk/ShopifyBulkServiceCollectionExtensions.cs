using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderHub.Connectors.Shopify.Bulk;

internal static class ShopifyBulkServiceCollectionExtensions
{
    /// <summary>
    /// The client bulk results are downloaded with: the kit's pipeline (redirects refused, retries, per-attempt timeout
    /// to the headers) with no rate budget and no auth handler, so the store's token never travels to the storage host.
    /// </summary>
    public static IServiceCollection AddShopifyBulkDownloads(this IServiceCollection services)
    {
        services.TryAddSingleton<ShopifyBulkDownloads>();
        services
            .AddHttpClient(ShopifyBulkNames.DownloadClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddMarketplacePipeline<ShopifyOptions>(ShopifyBulkNames.DownloadClientName, request => request.RequestUri?.Authority ?? string.Empty, _ => _ => null);
        return services;
    }
}
