using CrossBorderHub.Connectors;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Scheduler.Outbox;

/// <summary>
/// Delivers due commands: claims each in the database, sends it with its id as the idempotency key, and stores the
/// marketplace's answer. Transient failures wait with doubling delay; a refusal fails the command at once.
/// </summary>
internal sealed class CommandDeliverer(
    ICommandOutbox outbox,
    IStoreAccountSource accounts,
    IConnectorRegistry connectors,
    StoreReauthorization reauthorization,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<CommandDeliverer> logger)
{
    /// <summary>Delivers rounds of due commands until none is left; returns how many were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempted = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await outbox.DueAsync(time.GetUtcNow(), settings.BatchSize, cancellationToken);
            var round = 0;
            foreach (var id in due)
            {
                var claim = Guid.NewGuid();
                var command = await outbox.ClaimAsync(id, claim, time.GetUtcNow(), settings.Lease, cancellationToken);
                if (command is null)
                {
                    continue;
                }

                round++;
                await DeliverAsync(command, claim, settings, cancellationToken);
            }

            attempted += round;
            if (round == 0 || due.Count < settings.BatchSize)
            {
                return attempted;
            }
        }

        return attempted;
    }

    private async Task DeliverAsync(OutboxCommand command, Guid claim, OutboxOptions settings, CancellationToken cancellationToken)
    {
        if (command.Attempt > settings.MaxAttempts)
        {
            // Claimed again and again by deliveries that never finished (a process dying on it): stop here.
            await FailAsync(command, claim, $"Gave up after {settings.MaxAttempts} attempts that did not finish.", cancellationToken);
            return;
        }

        var account = await accounts.FindAsync(command.StoreId, cancellationToken);
        var connector = account is null ? null : connectors.Find(account.Marketplace);
        if (account is null || connector is null)
        {
            await FailAsync(command, claim, account is null ? "The store no longer exists." : $"No connector for {account.Marketplace}.", cancellationToken);
            return;
        }

        try
        {
            var result = command.Kind switch
            {
                CommandKind.ConfirmShipment => await connector.ConfirmShipmentAsync(account, CommandPayloads.ReadShipment(command.Payload), command.Id, cancellationToken),
                CommandKind.SetStock => await connector.SetStockAsync(account, CommandPayloads.ReadStock(command.Payload), command.Id, cancellationToken),
                _ => throw new NotSupportedException($"Unknown command kind {command.Kind}."),
            };
            await outbox.ConfirmAsync(command.Id, claim, result with { Summary = MarketplaceException.Bound(result.Summary) }, time.GetUtcNow(), CancellationToken.None);
            OutboxLog.Confirmed(logger, command.Kind, command.Id, command.StoreId, result.MarketplaceReference);
        }
        catch (MarketplaceException e) when (e.IsTransient && command.Attempt < settings.MaxAttempts)
        {
            var delay = settings.DelayAfter(command.Attempt);
            var now = time.GetUtcNow();
            await outbox.RetryLaterAsync(command.Id, claim, Reason(e), now + delay, now, CancellationToken.None);
            OutboxLog.RetryScheduled(logger, command.Kind, command.Id, command.Attempt, delay, e.Message);
        }
        catch (MarketplaceException e)
        {
            // The store is marked before the command ends, so whoever sees the command failed also sees why.
            if (e.Kind == MarketplaceFailureKind.AuthorizationRefused)
            {
                await reauthorization.RequireAsync(command.StoreId, Reason(e), CancellationToken.None);
            }

            var reason = e.IsTransient ? $"Gave up after {command.Attempt} attempts. {Reason(e)}" : Reason(e);
            await FailAsync(command, claim, reason, CancellationToken.None);
        }
        catch (NotSupportedException e)
        {
            await FailAsync(command, claim, e.Message, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The hub is stopping: the claim's lease runs out and the next process takes the command again.
            throw;
        }
        catch (System.Text.Json.JsonException e)
        {
            await FailAsync(command, claim, $"The stored command cannot be read: {e.Message}", CancellationToken.None);
        }
        catch (Exception e)
        {
            // Not a failure the connector classified (a cancellation the hub did not ask for among them, such as an HTTP
            // stack's own timeout): retried like an outage, within the same attempt budget, not left Sending until the lease ends.
            OutboxLog.Unexpected(logger, e, command.Kind, command.Id);
            if (command.Attempt < settings.MaxAttempts)
            {
                var now = time.GetUtcNow();
                await outbox.RetryLaterAsync(command.Id, claim, MarketplaceException.Bound(e.Message), now + settings.DelayAfter(command.Attempt), now, CancellationToken.None);
            }
            else
            {
                await FailAsync(command, claim, $"Gave up after {command.Attempt} attempts. {e.Message}", CancellationToken.None);
            }
        }
    }

    private async Task FailAsync(OutboxCommand command, Guid claim, string reason, CancellationToken cancellationToken)
    {
        await outbox.FailAsync(command.Id, claim, MarketplaceException.Bound(reason), time.GetUtcNow(), cancellationToken);
        OutboxLog.Failed(logger, command.Kind, command.Id, command.StoreId, reason);
    }

    private static string Reason(MarketplaceException e) =>
        MarketplaceException.Bound(e.Code is null ? $"{e.Kind}: {e.Message}" : $"{e.Kind} ({e.Code}): {e.Message}");
}
