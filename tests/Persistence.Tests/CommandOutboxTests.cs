using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence.Tests.Infrastructure;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Persistence.Tests;

public sealed class CommandOutboxTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static async Task<(ICommandStore Commands, ICommandOutbox Outbox, Guid Store)> ArrangeAsync(TestDatabase db) =>
        (db.Services.GetRequiredService<ICommandStore>(), db.Services.GetRequiredService<ICommandOutbox>(), await db.CreateStoreAsync());

    private static NewCommand Command(Guid store, string? key = null, string request = "{\"sku\":\"A\"}") =>
        new(store, CommandKind.SetStock, null, key, request, "[{\"sku\":\"A\",\"locationId\":null,\"available\":3}]", Build.T0);

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task Only_one_of_two_deliveries_claiming_a_command_at_once_gets_it(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (commands, outbox, store) = await ArrangeAsync(db);
        var id = (await commands.EnqueueAsync(Command(store), None)).Command.Id;

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => outbox.ClaimAsync(id, Guid.NewGuid(), Build.T0, Lease, None)));

        var winner = Assert.Single(claims, c => c is not null);
        Assert.Equal(1, winner!.Attempt);
        Assert.Empty(await outbox.DueAsync(Build.T0.AddMinutes(1), 10, None));
        Assert.Equal(CommandStatus.Sending, (await commands.FindAsync(id, None))!.Status);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_claim_whose_lease_ran_out_is_taken_over_and_the_old_claim_can_no_longer_write(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (commands, outbox, store) = await ArrangeAsync(db);
        var id = (await commands.EnqueueAsync(Command(store), None)).Command.Id;
        var dead = Guid.NewGuid();
        await outbox.ClaimAsync(id, dead, Build.T0, Lease, None);

        Assert.Null(await outbox.ClaimAsync(id, Guid.NewGuid(), Build.T0 + Lease - TimeSpan.FromSeconds(1), Lease, None));
        Assert.Equal([id], await outbox.DueAsync(Build.T0 + Lease + TimeSpan.FromSeconds(1), 10, None));
        var live = Guid.NewGuid();
        var resumed = await outbox.ClaimAsync(id, live, Build.T0 + Lease + TimeSpan.FromSeconds(1), Lease, None);
        await outbox.FailAsync(id, dead, "late answer of the dead delivery", Build.T0 + Lease + TimeSpan.FromSeconds(2), None);
        await outbox.ConfirmAsync(id, live, new PushResult("gid://shopify/InventoryAdjustmentGroup/1", "set"), Build.T0 + Lease + TimeSpan.FromSeconds(3), None);

        Assert.Equal(2, resumed!.Attempt);
        var command = await commands.FindAsync(id, None);
        Assert.Equal((CommandStatus.Confirmed, "gid://shopify/InventoryAdjustmentGroup/1", "set", (string?)null), (command!.Status, command.MarketplaceReference, command.Result, command.Error));
        Assert.Equal(Build.T0 + Lease + TimeSpan.FromSeconds(3), command.CompletedAt);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task A_command_retried_later_is_not_due_before_its_time_and_keeps_the_reason(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (commands, outbox, store) = await ArrangeAsync(db);
        var id = (await commands.EnqueueAsync(Command(store), None)).Command.Id;
        var claim = Guid.NewGuid();
        await outbox.ClaimAsync(id, claim, Build.T0, Lease, None);

        await outbox.RetryLaterAsync(id, claim, "Unavailable: HTTP 503", Build.T0.AddSeconds(30), Build.T0.AddSeconds(1), None);

        Assert.Empty(await outbox.DueAsync(Build.T0.AddSeconds(29), 10, None));
        Assert.Equal([id], await outbox.DueAsync(Build.T0.AddSeconds(30), 10, None));
        var command = await commands.FindAsync(id, None);
        Assert.Equal((CommandStatus.Queued, 1, "Unavailable: HTTP 503", (DateTimeOffset?)Build.T0.AddSeconds(30)), (command!.Status, command.Attempts, command.Error, command.NextAttemptAt));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgreSqlData]
    public async Task The_same_idempotency_key_gives_the_first_command_for_the_same_request_and_refuses_another(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (commands, _, store) = await ArrangeAsync(db);

        var first = await commands.EnqueueAsync(Command(store, "key-1"), None);
        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => commands.EnqueueAsync(Command(store, "key-1"), None)));
        var other = await commands.EnqueueAsync(Command(store, "key-1", "{\"sku\":\"B\"}"), None);
        var unkeyed = await commands.EnqueueAsync(Command(store), None);

        Assert.Equal(EnqueueOutcome.Created, first.Outcome);
        Assert.All(racing, r => Assert.Equal((EnqueueOutcome.Replayed, first.Command.Id), (r.Outcome, r.Command.Id)));
        Assert.Equal((EnqueueOutcome.KeyReused, first.Command.Id), (other.Outcome, other.Command.Id));
        Assert.NotEqual(first.Command.Id, unkeyed.Command.Id);
    }
}
