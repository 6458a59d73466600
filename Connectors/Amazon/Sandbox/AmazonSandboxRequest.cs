using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>One request the sandbox answered: its number (0 when refused before counting), operation, status and fault.</summary>
public sealed record AmazonSandboxRequest(int Number, string Operation, int Status, SandboxFault Fault);
