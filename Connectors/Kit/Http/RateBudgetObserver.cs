namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>Inside the pipeline, per attempt: shows each answer to the budget the request spent, for header corrections.</summary>
internal sealed class RateBudgetObserver(Func<HttpRequestMessage, RateBudgetClaim?> claimFor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        claimFor(request)?.Budget.Observe(response);
        return response;
    }
}
