using AutoMapper;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

/// <summary>What one mapping call hands its converters through AutoMapper's context items.</summary>
internal static class MappingContextKeys
{
    public const string Issues = "issues";
    public const string Currency = "currency";

    public static List<MappingIssue> IssueList(this ResolutionContext context) => (List<MappingIssue>)context.Items[Issues];

    public static string ShopCurrency(this ResolutionContext context) => (string)context.Items[Currency];
}
