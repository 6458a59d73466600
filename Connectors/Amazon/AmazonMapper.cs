using AutoMapper;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>The Amazon profile's own mapper, so no other connector's profile can change how Amazon maps.</summary>
internal sealed class AmazonMapper
{
    public AmazonMapper()
    {
        Configuration = new MapperConfiguration(cfg => cfg.AddProfile<AmazonProfile>());
        Mapper = Configuration.CreateMapper();
    }

    public MapperConfiguration Configuration { get; }

    public IMapper Mapper { get; }
}
