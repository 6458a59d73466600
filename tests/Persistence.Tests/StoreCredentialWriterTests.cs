using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Stores;
using CrossBorderHub.Persistence.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Persistence.Tests;

public sealed class StoreCredentialWriterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly Dictionary<string, string> Old = new() { ["refreshToken"] = "r1", ["accessToken"] = "a1" };

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Twenty_callers_rotating_at_once_rotate_once_and_all_get_the_new_credentials(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.Accounts.CreateAsync(new NewStoreAccount(Sellers.Default, "shopee", "Rotating", new Dictionary<string, string>(), Old, null, null), None);
        var rotations = 0;

        async Task<IReadOnlyDictionary<string, string>> Rotate(IReadOnlyDictionary<string, string> current, CancellationToken ct)
        {
            var n = Interlocked.Increment(ref rotations);
            await Task.Yield();
            return new Dictionary<string, string> { ["refreshToken"] = $"r{n + 1}", ["accessToken"] = $"a{n + 1}" };
        }

        var callers = Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => db.CredentialWriter.RotateAsync(store.Id, Old, Rotate, None)))
            .ToArray();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, rotations);
        Assert.All(results, r => Assert.Equal("r2", r["refreshToken"]));
        Assert.Equal("a2", (await db.AccountSource.FindAsync(store.Id, None))!.Credential("accessToken"));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Two_hub_processes_rotating_at_once_rotate_once_through_the_database(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.Accounts.CreateAsync(new NewStoreAccount(Sellers.Default, "shopee", "Two processes", new Dictionary<string, string>(), Old, null, null), None);
        var contexts = db.Services.GetRequiredService<IHubDbContextFactory>();
        var protector = db.Services.GetRequiredService<CredentialProtector>();

        // Two writers share nothing but the database, as two hub processes would; they wait for each other on the real clock.
        var processes = new[] { new StoreCredentialWriter(contexts, protector, TimeProvider.System), new StoreCredentialWriter(contexts, protector, TimeProvider.System) };
        var rotations = 0;
        using var release = new SemaphoreSlim(0);

        async Task<IReadOnlyDictionary<string, string>> Rotate(IReadOnlyDictionary<string, string> current, CancellationToken ct)
        {
            Interlocked.Increment(ref rotations);
            await release.WaitAsync(ct);
            return new Dictionary<string, string> { ["refreshToken"] = "r2", ["accessToken"] = "a2" };
        }

        var callers = Enumerable.Range(0, 10)
            .Select(i => Task.Run(() => processes[i % 2].RotateAsync(store.Id, Old, Rotate, None)))
            .ToArray();
        await WaitUntilAsync(() => Volatile.Read(ref rotations) > 0);
        release.Release(10);
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, rotations);
        Assert.All(results, r => Assert.Equal("r2", r["refreshToken"]));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_caller_holding_already_rotated_credentials_gets_the_stored_ones_without_rotating(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.Accounts.CreateAsync(new NewStoreAccount(Sellers.Default, "shopee", "Rotated", new Dictionary<string, string>(), Old, null, null), None);
        var fresh = new Dictionary<string, string> { ["refreshToken"] = "r2", ["accessToken"] = "a2" };
        await db.CredentialWriter.RotateAsync(store.Id, Old, (_, _) => Task.FromResult<IReadOnlyDictionary<string, string>>(fresh), None);
        var called = false;

        var result = await db.CredentialWriter.RotateAsync(
            store.Id,
            Old,
            (_, _) =>
            {
                called = true;
                return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
            },
            None);

        Assert.False(called);
        Assert.Equal(fresh, result);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_rotation_that_fails_frees_the_credentials_for_the_next_caller(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.Accounts.CreateAsync(new NewStoreAccount(Sellers.Default, "shopee", "Failing", new Dictionary<string, string>(), Old, null, null), None);

        await Assert.ThrowsAsync<HttpRequestException>(() => db.CredentialWriter.RotateAsync(store.Id, Old, (_, _) => throw new HttpRequestException("token endpoint down"), None));
        var result = await db.CredentialWriter.RotateAsync(
            store.Id, Old, (_, _) => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { ["refreshToken"] = "r9" }), None);

        Assert.Equal("r9", result["refreshToken"]);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
        }
    }
}
