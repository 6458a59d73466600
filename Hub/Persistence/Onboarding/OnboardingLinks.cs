using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Onboarding;

internal sealed class OnboardingLinks(IHubDbContextFactory contexts) : IOnboardingLinks
{
    public async Task<OnboardingLinkView?> CreateAsync(NewOnboardingLink link, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        if (!await db.Sellers.AnyAsync(s => s.Id == link.TenantId, ct))
        {
            return null;
        }

        var createdAt = link.CreatedAt.ToUniversalTime();
        var row = new OnboardingLinkRow
        {
            Id = Guid.CreateVersion7(createdAt),
            SellerId = link.TenantId,
            TokenHash = link.TokenHash,
            CreatedAt = createdAt,
            ExpiresAt = link.ExpiresAt.ToUniversalTime(),
        };
        db.OnboardingLinks.Add(row);
        await db.SaveChangesAsync(ct);
        return ToView(row);
    }

    public async Task<IReadOnlyList<OnboardingLinkView>> ListAsync(Guid tenantId, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.OnboardingLinks.AsNoTracking().Where(l => l.SellerId == tenantId).OrderBy(l => l.CreatedAt).ThenBy(l => l.Id).ToListAsync(ct);
        return rows.ConvertAll(ToView);
    }

    public async Task<OnboardingLinkView?> RevokeAsync(Guid tenantId, Guid linkId, DateTimeOffset revokedAt, CancellationToken ct)
    {
        var at = revokedAt.ToUniversalTime();
        await using var db = contexts.CreateDbContext();
        await db.OnboardingLinks
            .Where(l => l.Id == linkId && l.SellerId == tenantId && l.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, at), ct);
        var row = await db.OnboardingLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId && l.SellerId == tenantId, ct);
        return row is null ? null : ToView(row);
    }

    public async Task<OnboardingLinkClaim> ClaimAsync(string tokenHash, DateTimeOffset at, CancellationToken ct)
    {
        var now = at.ToUniversalTime();
        await using var db = contexts.CreateDbContext();

        // One statement decides: the database applies the conditions and the write together, so a second opening finds UsedAt set.
        var claimed = await db.OnboardingLinks
            .Where(l => l.TokenHash == tokenHash && l.UsedAt == null && l.RevokedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), ct);
        var row = await db.OnboardingLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == tokenHash, ct);
        if (row is null)
        {
            return new OnboardingLinkClaim(OnboardingLinkState.Unknown, null);
        }

        var state = claimed == 1 ? OnboardingLinkState.Claimed
            : row.RevokedAt is not null ? OnboardingLinkState.Revoked
            : row.UsedAt is not null ? OnboardingLinkState.Used
            : OnboardingLinkState.Expired;
        return new OnboardingLinkClaim(state, ToView(row));
    }

    public async Task<OnboardingLinkView?> FindAsync(Guid linkId, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.OnboardingLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId, ct);
        return row is null ? null : ToView(row);
    }

    private static OnboardingLinkView ToView(OnboardingLinkRow row) => new(row.Id, row.SellerId, row.CreatedAt, row.ExpiresAt, row.UsedAt, row.RevokedAt);
}
