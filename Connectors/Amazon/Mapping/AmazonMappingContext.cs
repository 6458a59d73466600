using AutoMapper;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Amazon.Mapping;

/// <summary>What one mapping call hands the profile through AutoMapper's context items.</summary>
internal static class AmazonMappingContext
{
    public const string Issues = "issues";

    public static List<MappingIssue> IssueList(this ResolutionContext context) => (List<MappingIssue>)context.Items[Issues];
}
