using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>One request the sandbox answered: its number (0 when refused before counting), path, HTTP status, envelope code and fault.</summary>
public sealed record TikTokShopSandboxRequest(int Number, string Path, int Status, long Code, SandboxFault Fault);
