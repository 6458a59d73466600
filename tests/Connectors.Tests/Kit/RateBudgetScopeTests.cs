using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Kit;

public sealed class RateBudgetScopeTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Inside_a_scope_a_long_wait_for_budget_throws_with_the_time_until_it_refills_instead_of_sleeping()
    {
        var budgets = new RateBudgets<TokenBucket>(_ => new TokenBucket(_time, capacity: 2, ratePerSecond: 0.5, "shopee"));
        var seen = new List<RateBudgetKey>();
        var key = new RateBudgetKey("store-1", "orders");
        using (new RateBudgetScope(TimeSpan.FromSeconds(1), (k, _) => seen.Add(k)))
        {
            await budgets.For(key).AcquireAsync(2, CancellationToken.None);

            var spent = await Assert.ThrowsAsync<RateBudgetExhaustedException>(() => budgets.For(key).AcquireAsync(1, CancellationToken.None).AsTask());

            // Back when the bucket is full again (two permits at half a permit a second), not just when one permit is.
            Assert.Equal(TimeSpan.FromSeconds(4), spent.RetryAfter);
            Assert.Equal(MarketplaceFailureKind.Throttled, spent.Kind);
            Assert.Equal("shopee", spent.Marketplace);
            _time.Advance(TimeSpan.FromSeconds(1.5));

            // A short wait is still waited: within the scope's bound the run keeps its thread.
            var shortWait = budgets.For(key).AcquireAsync(1, CancellationToken.None).AsTask();
            Assert.False(shortWait.IsCompleted);
            _time.Advance(TimeSpan.FromSeconds(0.5));
            await shortWait.WaitAsync(TimeSpan.FromSeconds(5));
        }

        Assert.Equal([key, key, key], seen);
        var outside = budgets.For(key).AcquireAsync(1, CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromSeconds(2));
        await outside.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(3, seen.Count);
    }

    [Fact]
    public async Task Two_callers_of_one_store_and_operation_draw_on_one_budget()
    {
        var budgets = new RateBudgets<TokenBucket>(_ => new TokenBucket(_time, capacity: 3, ratePerSecond: 1));
        using var scope = new RateBudgetScope(TimeSpan.Zero);
        var orders = budgets.For(new RateBudgetKey("store-1", "graphql"));
        var catalog = budgets.For(new RateBudgetKey("store-1", "graphql"));
        var otherStore = budgets.For(new RateBudgetKey("store-2", "graphql"));

        await orders.AcquireAsync(2, CancellationToken.None);
        await catalog.AcquireAsync(1, CancellationToken.None);

        await Assert.ThrowsAsync<RateBudgetExhaustedException>(() => catalog.AcquireAsync(1, CancellationToken.None).AsTask());
        await otherStore.AcquireAsync(3, CancellationToken.None);
    }
}
