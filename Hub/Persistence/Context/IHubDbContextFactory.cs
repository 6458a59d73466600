namespace CrossBorderHub.Persistence.Context;

/// <summary>Creates the chosen provider's context as the shared base type.</summary>
internal interface IHubDbContextFactory
{
    HubDbContext CreateDbContext();
}
