using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Tests.Infrastructure;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Persistence.Tests;

public sealed class StoreAccountTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static NewStoreAccount Shop(string name = "EU shop") => new(
        Sellers.Default,
        "shopify",
        name,
        new Dictionary<string, string> { ["shopDomain"] = "acme.myshopify.com" },
        new Dictionary<string, string> { ["accessToken"] = "shpat_super_secret_token" },
        new Uri("http://localhost:9001/"),
        null);

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Credentials_are_encrypted_at_rest_and_never_in_the_summary(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var created = await db.Accounts.CreateAsync(Shop(), None);

        await using var scope = db.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var stored = await context.Database.SqlQueryRaw<string>("SELECT protected AS \"Value\" FROM store_credentials").ToListAsync();
        var settings = await context.Database.SqlQueryRaw<string>("SELECT settings AS \"Value\" FROM stores").ToListAsync();
        Assert.DoesNotContain("shpat_super_secret_token", Assert.Single(stored), StringComparison.Ordinal);
        Assert.DoesNotContain("shpat_super_secret_token", Assert.Single(settings), StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(StoreSummary).GetProperties(), p => p.Name.Contains("Credential", StringComparison.Ordinal));
        Assert.Equal("acme.myshopify.com", created.Settings.GetProperty("shopDomain").GetString());
        Assert.Equal(db.Time.GetUtcNow(), created.CreatedAt);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task The_account_source_decrypts_credentials_for_the_sync_jobs(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var created = await db.Accounts.CreateAsync(Shop(), None);

        var account = await db.AccountSource.FindAsync(created.Id, None);
        var scheduled = await db.AccountSource.ListScheduledAsync(None);

        Assert.NotNull(account);
        Assert.Equal("shpat_super_secret_token", account.Credential("accessToken"));
        Assert.Equal("acme.myshopify.com", account.Setting("shopDomain"));
        Assert.Equal((Sellers.Default, "shopify", "EU shop", new Uri("http://localhost:9001/")), (account.SellerId, account.Marketplace, account.Name, account.BaseUrl));
        Assert.Equal(new ScheduledStore(created.Id, "shopify", false), Assert.Single(scheduled));
        Assert.Null(await db.AccountSource.FindAsync(Guid.NewGuid(), None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Stores_are_found_by_id_and_by_seller_marketplace_and_name(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var first = await db.Accounts.CreateAsync(Shop("First"), None);
        var second = await db.Accounts.CreateAsync(Shop("Second"), None);

        Assert.Equal(second, await db.Accounts.FindAsync(second.Id, None), new SummaryComparer());
        Assert.Equal(first.Id, (await db.Accounts.FindByNameAsync(Sellers.Default, "shopify", "First", None))?.Id);
        Assert.Null(await db.Accounts.FindByNameAsync(Sellers.Default, "ebay", "First", None));
        Assert.Null(await db.Accounts.FindAsync(Guid.NewGuid(), None));
        Assert.Equal(["First", "Second"], (await db.Accounts.ListAsync(None)).Select(s => s.Name));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_second_store_with_the_same_seller_marketplace_and_name_is_refused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.Accounts.CreateAsync(Shop(), None);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.Accounts.CreateAsync(Shop(), None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_new_seller_gets_its_row_on_first_use(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var seller = Guid.NewGuid();

        var created = await db.Accounts.CreateAsync(Shop() with { SellerId = seller }, None);
        await db.Accounts.CreateAsync(Shop("Another") with { SellerId = seller }, None);

        Assert.Equal(seller, created.SellerId);
        await using var scope = db.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        // One row for the new seller, beside the default seller every database starts with.
        Assert.Equal(2, await context.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sellers").SingleAsync());
    }

    private sealed class SummaryComparer : IEqualityComparer<StoreSummary?>
    {
        public bool Equals(StoreSummary? x, StoreSummary? y) =>
            x is not null && y is not null
            && (x.Id, x.SellerId, x.Marketplace, x.Name, x.BaseUrl, x.AuthUrl, x.CreatedAt) == (y.Id, y.SellerId, y.Marketplace, y.Name, y.BaseUrl, y.AuthUrl, y.CreatedAt)
            && x.Settings.GetRawText() == y.Settings.GetRawText()
            && (x.Status, x.StatusReason, x.StatusChangedAt) == (y.Status, y.StatusReason, y.StatusChangedAt);

        public int GetHashCode(StoreSummary? obj) => obj?.Id.GetHashCode() ?? 0;
    }
}
