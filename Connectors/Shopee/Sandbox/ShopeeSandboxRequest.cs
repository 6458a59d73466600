using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>One request the sandbox answered: its number (0 when refused before counting), path, status, Shopee error and fault.</summary>
public sealed record ShopeeSandboxRequest(int Number, string Path, int Status, string? Error, SandboxFault Fault);
