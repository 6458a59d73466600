using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Consent;

/// <summary>
/// What a marketplace supplies to run the consent contract: its key and its sandbox, which plays the consent page, the
/// token endpoint and the API. A marketplace joins with one line:
/// <c>public sealed class AcmeConsentContract(ConsentHubs&lt;AcmeConsentAdapter&gt; hubs) : ConsentContract&lt;AcmeConsentAdapter&gt;(hubs);</c>
/// </summary>
public interface IConsentContractAdapter
{
    /// <summary>The marketplace key, as its connector registers it (e.g. "shopify").</summary>
    string Marketplace { get; }

    /// <summary>
    /// Starts the sandbox one hub uses for all its scenarios (each scenario connects its own tenant). Disposing it stops it.
    /// </summary>
    IConsentContractSandbox Start();

    /// <summary>Settings the hub needs beyond the test hub's own (none for most marketplaces).</summary>
    IReadOnlyDictionary<string, string?> HubSettings => new Dictionary<string, string?>();

    /// <summary>Services the hub needs beyond Program's (a test-only marketplace's connector); none for a real one.</summary>
    void AddServices(IServiceCollection services)
    {
    }
}
