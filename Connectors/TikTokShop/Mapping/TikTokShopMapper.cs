using AutoMapper;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>The TikTok Shop profile's own mapper, so no other connector's profile can change how TikTok Shop maps.</summary>
internal sealed class TikTokShopMapper
{
    public TikTokShopMapper()
    {
        Configuration = new MapperConfiguration(cfg => cfg.AddProfile<TikTokShopProfile>());
        Mapper = Configuration.CreateMapper();
    }

    public MapperConfiguration Configuration { get; }

    public IMapper Mapper { get; }
}
