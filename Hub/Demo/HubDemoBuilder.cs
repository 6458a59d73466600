using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Hub.Demo;

internal sealed record HubDemoBuilder(IServiceCollection Services, bool Enabled) : IDemoBuilder;
