using AutoMapper;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>The eBay profile's own mapper, so no other connector's profile can change how eBay maps.</summary>
internal sealed class EbayMapper
{
    public EbayMapper()
    {
        Configuration = new MapperConfiguration(cfg => cfg.AddProfile<EbayProfile>());
        Mapper = Configuration.CreateMapper();
    }

    public MapperConfiguration Configuration { get; }

    public IMapper Mapper { get; }
}
