using System.Text;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class SandboxCursorTests
{
    [Fact]
    public void A_cursor_is_base64_of_ticks_and_index_and_decodes_back()
    {
        var key = new DateTimeOffset(2025, 3, 1, 12, 30, 5, TimeSpan.Zero);

        var cursor = SandboxCursor.Encode(key, 4711);

        Assert.Equal($"{key.UtcTicks}:4711", Encoding.ASCII.GetString(Convert.FromBase64String(cursor)));
        Assert.Equal((key, 4711), SandboxCursor.Decode(cursor));
    }
}
