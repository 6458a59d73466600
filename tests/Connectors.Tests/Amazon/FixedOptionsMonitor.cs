using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Tests.Amazon;

/// <summary>Options that never change, for classes that read them through a monitor.</summary>
internal sealed class FixedOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
