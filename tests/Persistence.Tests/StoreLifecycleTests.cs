using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Tests.Infrastructure;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Persistence.Tests;

public sealed class StoreLifecycleTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly string[] MarketplaceIds = ["A1", "A2"];

    private static NewStoreAccount Shop(string name, Uri? baseUrl = null) => new(
        Sellers.Default,
        "shopify",
        name,
        JsonSerializer.SerializeToElement(new { shopDomain = "acme.myshopify.com", marketplaceIds = MarketplaceIds }),
        new Dictionary<string, string> { ["accessToken"] = "old-token" },
        baseUrl,
        null);

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_new_store_is_active_and_keeps_settings_that_hold_arrays(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var created = await db.Accounts.CreateAsync(Shop("Arrays"), None);
        var read = await db.Accounts.FindAsync(created.Id, None);
        var account = await db.AccountSource.FindAsync(created.Id, None);

        Assert.Equal((StoreStatus.Active, db.Time.GetUtcNow()), (read!.Status, read.StatusChangedAt));
        Assert.Equal(["A1", "A2"], read.Settings.GetProperty("marketplaceIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["A1", "A2"], account!.SettingsAs<ArraySettings>().MarketplaceIds);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task New_credentials_clear_needs_reauthorization_and_a_paused_store_stays_paused_until_resumed(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.Accounts.CreateAsync(Shop("Refused"), None);
        var refusedAt = db.Time.GetUtcNow().AddMinutes(5);

        await db.Statuses.MarkNeedsReauthorizationAsync(store.Id, "ACCESS_DENIED: token revoked", refusedAt, None);
        var refused = await db.Accounts.FindAsync(store.Id, None);
        db.Time.Advance(TimeSpan.FromHours(1));
        var updated = await db.Accounts.UpdateAsync(store.Id, new StoreChanges(Credentials: new Dictionary<string, string> { ["accessToken"] = "new-token" }), None);
        var paused = await db.Accounts.UpdateAsync(store.Id, new StoreChanges(Paused: true), None);
        var stillPaused = await db.Accounts.UpdateAsync(store.Id, new StoreChanges(Credentials: new Dictionary<string, string> { ["accessToken"] = "newer" }), None);
        var resumed = await db.Accounts.UpdateAsync(store.Id, new StoreChanges(Paused: false), None);

        Assert.Equal((StoreStatus.NeedsReauthorization, "ACCESS_DENIED: token revoked", refusedAt), (refused!.Status, refused.StatusReason, refused.StatusChangedAt));
        Assert.Equal((StoreStatus.Active, db.Time.GetUtcNow()), (updated!.Status, updated.StatusChangedAt));
        Assert.Equal(StoreStatus.Paused, paused!.Status);
        Assert.Equal(StoreStatus.Paused, stillPaused!.Status);
        Assert.Equal(StoreStatus.Active, resumed!.Status);
        Assert.Equal("newer", (await db.AccountSource.FindAsync(store.Id, None))!.Credential("accessToken"));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Paused_and_refused_stores_are_scheduled_paused_and_removed_ones_not_at_all(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var active = await db.Accounts.CreateAsync(Shop("A active"), None);
        var paused = await db.Accounts.CreateAsync(Shop("B paused"), None);
        var refused = await db.Accounts.CreateAsync(Shop("C refused"), None);
        var removed = await db.Accounts.CreateAsync(Shop("D removed"), None);
        await db.Accounts.UpdateAsync(paused.Id, new StoreChanges(Paused: true), None);
        await db.Statuses.MarkNeedsReauthorizationAsync(refused.Id, "expired", db.Time.GetUtcNow(), None);
        await db.Accounts.RemoveAsync(removed.Id, None);

        var scheduled = await db.AccountSource.ListScheduledAsync(None);

        Assert.Equal(
            [new ScheduledStore(active.Id, "shopify", false), new ScheduledStore(paused.Id, "shopify", true), new ScheduledStore(refused.Id, "shopify", true)],
            scheduled);
        Assert.Null(await db.AccountSource.FindAsync(removed.Id, None));
        Assert.Equal(StoreStatus.Removed, (await db.Accounts.FindAsync(removed.Id, None))!.Status);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Credentials_that_cannot_be_decrypted_end_as_authorization_refused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.Accounts.CreateAsync(Shop("Lost keys"), None);
        await using (var scope = db.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await context.Database.ExecuteSqlRawAsync("UPDATE store_credentials SET protected = 'CfDJ8-not-a-payload-from-these-keys'");
        }

        var refused = await Assert.ThrowsAsync<MarketplaceException>(() => db.AccountSource.FindAsync(store.Id, None));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, refused.Kind);
        Assert.Contains("cannot be decrypted", refused.Message, StringComparison.Ordinal);
        Assert.Single(await db.AccountSource.ListScheduledAsync(None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_store_with_its_own_host_is_not_handed_to_a_connector_when_custom_hosts_are_off(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, allowCustomHosts: false);
        var custom = await db.Accounts.CreateAsync(Shop("Custom", new Uri("http://127.0.0.1:9/")), None);
        var official = await db.Accounts.CreateAsync(Shop("Official"), None);

        var refused = await Assert.ThrowsAsync<MarketplaceException>(() => db.AccountSource.FindAsync(custom.Id, None));

        Assert.Equal(MarketplaceFailureKind.Rejected, refused.Kind);
        Assert.NotNull(await db.AccountSource.FindAsync(official.Id, None));
    }

    private sealed record ArraySettings(string ShopDomain, IReadOnlyList<string> MarketplaceIds);
}
