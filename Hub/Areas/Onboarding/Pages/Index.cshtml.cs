using System.Text.Json;
using CrossBorderHub.Hub.Consent;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrossBorderHub.Hub.Onboarding.Pages;

/// <summary>The seller's stores and the marketplaces they can connect; connecting one starts its consent and leaves for its page.</summary>
internal sealed class IndexModel(IConsentFlow consent, IStoreAccountRepository stores, PublicBaseUrl baseUrl) : SellerPageModel
{
    /// <summary>Form fields of a marketplace's input are named with this prefix, so they never collide with the form's own.</summary>
    public const string InputPrefix = "input.";

    public IReadOnlyList<StoreSummary> Stores { get; private set; } = [];

    public IReadOnlyList<ConsentMarketplace> Marketplaces => consent.Marketplaces;

    /// <summary>The marketplace whose form was posted and refused, with what was wrong and what the seller typed.</summary>
    public string? Refused { get; private set; }

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Typed { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? marketplace, CancellationToken cancellationToken)
    {
        var chosen = Marketplaces.FirstOrDefault(m => string.Equals(m.Marketplace, marketplace, StringComparison.Ordinal));
        if (chosen is null)
        {
            return await RefuseAsync(marketplace ?? "", [("marketplace", "Choose one of the marketplaces listed.")], cancellationToken);
        }

        var typed = chosen.InputFields
            .Select(f => (f.Name, Value: Request.Form[InputPrefix + f.Name].ToString().Trim()))
            .Where(f => f.Value.Length > 0)
            .ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
        Typed = typed;
        var started = await consent.StartAsync(
            new ConsentStartRequest(Session!.TenantId, chosen.Marketplace, JsonSerializer.SerializeToElement(typed), ReturnPath: OnboardingDefaults.DonePath),
            baseUrl.For(Request),
            cancellationToken);
        if (!started.Started || started.ConsentUrl is null)
        {
            return await RefuseAsync(chosen.Marketplace, started.Errors, cancellationToken);
        }

        return Redirect(started.ConsentUrl.AbsoluteUri);
    }

    private async Task<IActionResult> RefuseAsync(string marketplace, IReadOnlyList<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        Refused = marketplace;
        Errors = errors;
        await LoadAsync(cancellationToken);
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tenant = Session!.TenantId;
        Stores = [.. (await stores.ListAsync(cancellationToken)).Where(s => s.SellerId == tenant && s.Status != StoreStatus.Removed)];
    }
}
