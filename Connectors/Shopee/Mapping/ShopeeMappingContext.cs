using AutoMapper;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Shopee.Mapping;

/// <summary>What one mapping call hands the profile through AutoMapper's context items.</summary>
internal static class ShopeeMappingContext
{
    public const string Issues = "issues";
    public const string Currency = "currency";

    public static List<MappingIssue> IssueList(this ResolutionContext context) => (List<MappingIssue>)context.Items[Issues];

    public static string OrderCurrency(this ResolutionContext context) => (string)context.Items[Currency];
}
