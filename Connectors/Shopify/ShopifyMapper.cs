using AutoMapper;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>The Shopify profile's own mapper, so no other connector's profile can change how Shopify maps.</summary>
internal sealed class ShopifyMapper
{
    public ShopifyMapper()
    {
        Configuration = new MapperConfiguration(cfg => cfg.AddProfile<ShopifyProfile>());
        Mapper = Configuration.CreateMapper();
    }

    public MapperConfiguration Configuration { get; }

    public IMapper Mapper { get; }
}
