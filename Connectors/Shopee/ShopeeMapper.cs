using AutoMapper;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>The Shopee profile's own mapper, so no other connector's profile can change how Shopee maps.</summary>
internal sealed class ShopeeMapper
{
    public ShopeeMapper()
    {
        Configuration = new MapperConfiguration(cfg =>
        {
            cfg.AddProfile<ShopeeProfile>();
            cfg.AddProfile<ShopeeCatalogProfile>();
        });
        Mapper = Configuration.CreateMapper();
    }

    public MapperConfiguration Configuration { get; }

    public IMapper Mapper { get; }
}
