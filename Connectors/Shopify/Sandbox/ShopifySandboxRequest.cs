using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>One request the sandbox answered: its number, the root fields asked for, and what came back.</summary>
public sealed record ShopifySandboxRequest(int Number, string RootFields, int StatusCode, string? ErrorCode, SandboxFault Fault, int RequestedCost);
