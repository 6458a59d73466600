using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>One Sell API request the sandbox answered: its number, what it asked, and the fault it got.</summary>
public sealed record EbaySandboxRequest(int Number, string Method, string Path, SandboxFault Fault, int Status);
