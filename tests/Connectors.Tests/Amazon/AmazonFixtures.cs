using System.Text.Json;

namespace CrossBorderHub.Connectors.Tests.Amazon;

/// <summary>Amazon's official example payloads, copied from the SP-API models into Fixtures/.</summary>
internal static class AmazonFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Amazon", "Fixtures", name));

    public static JsonDocument Document(string name) => JsonDocument.Parse(Read(name));
}
