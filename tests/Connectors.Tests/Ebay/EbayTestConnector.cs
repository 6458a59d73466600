using System.Text.Json;
using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Connectors.Tests.Ebay;

/// <summary>The connector as the host wires it, for mapping saved pages without a network.</summary>
internal static class EbayTestConnector
{
    public static (CanonicalOrder Order, List<MappingIssue> Issues) MapFirstOrder(string fixture)
    {
        var page = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ebay", "Fixtures", fixture)), EbayJsonContext.Default.EbayOrderSearchPagedCollection)!;
        var order = page.Orders![0].Deserialize(EbayJsonContext.Default.EbayOrder)!;
        using var services = new ServiceCollection().AddLogging().AddEbayConnector(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var issues = new List<MappingIssue>();
        return (services.GetRequiredService<EbayConnector>().MapOrder(order, issues), issues);
    }
}
