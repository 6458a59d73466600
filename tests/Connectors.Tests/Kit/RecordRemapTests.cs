using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Tests.Kit;

public sealed class RecordRemapTests
{
    private static readonly MappingIssue Earlier = new("A-0", "status", "odd");

    [Fact]
    public async Task A_stored_payload_goes_through_the_mapper_with_the_given_context()
    {
        var issues = new List<MappingIssue> { Earlier };

        var items = await RecordRemap.MapAsync<JsonElement, string, string>(
            """{"id":"A-1","status":"weird"}""", RecordRemap.JsonElementOf, "shop-9", MapWithIssue, issues, default);

        Assert.Equal(["shop-9/A-1"], items);
        Assert.Equal([Earlier, new MappingIssue("A-1", "status", "weird")], issues);
    }

    [Fact]
    public async Task A_record_fault_propagates_and_takes_back_the_issues_the_mapper_added()
    {
        var issues = new List<MappingIssue> { Earlier };

        var fault = await Assert.ThrowsAsync<MappingException>(() => RecordRemap.MapAsync<JsonElement, string, string>(
            """{"id":"A-2","status":"weird","total":"1,2x"}""", RecordRemap.JsonElementOf, "shop-9", MapWithIssue, issues, default));

        Assert.Equal("total is not a number: 1,2x", fault.Message);
        Assert.Equal([Earlier], issues);
    }

    [Fact]
    public async Task A_payload_that_is_not_json_is_a_record_fault()
    {
        var fault = await Assert.ThrowsAnyAsync<JsonException>(() => RecordRemap.MapAsync<JsonElement, string, string>(
            """{"id":""", RecordRemap.JsonElementOf, "shop-9", MapWithIssue, [], default));

        Assert.True(RecordFaults.IsRecordFault(fault));
    }

    private static ValueTask MapWithIssue(JsonElement record, string shop, List<string> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        var id = record.GetProperty("id").GetString()!;
        issues.Add(new MappingIssue(id, "status", record.GetProperty("status").GetString()!));
        if (record.TryGetProperty("total", out var total))
        {
            throw new MappingException($"total is not a number: {total.GetString()}");
        }

        items.Add($"{shop}/{id}");
        return ValueTask.CompletedTask;
    }
}
