using System.Text;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Tests.SandboxKit;

public sealed class SandboxCursorTests
{
    [Fact]
    public void A_cursor_is_base64_of_ticks_and_index_and_decodes_back()
    {
        var key = new DateTimeOffset(2025, 3, 1, 12, 30, 5, TimeSpan.Zero);

        var cursor = SandboxCursor.Encode(key, 4711);

        Assert.Equal($"{key.UtcTicks}:4711", Encoding.ASCII.GetString(Convert.FromBase64String(cursor)));
        Assert.Equal(new SandboxKey(key, 4711), SandboxCursor.Decode(cursor));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm8tY29sb24=")]
    public void A_missing_or_foreign_cursor_decodes_to_nothing(string? cursor) =>
        Assert.Null(SandboxCursor.Decode(cursor));

    [Fact]
    public void A_nested_list_position_round_trips_and_a_foreign_one_starts_at_the_top()
    {
        Assert.Equal(7, SandboxCursor.PositionOf(SandboxCursor.Position(7)));
        Assert.Equal(0, SandboxCursor.PositionOf("garbage"));
        Assert.Equal(0, SandboxCursor.PositionOf(null));
    }
}
