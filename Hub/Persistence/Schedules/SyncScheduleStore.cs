using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Schedules;

internal sealed class SyncScheduleStore(IHubDbContextFactory contexts) : ISyncScheduleStore
{
    public async Task<IReadOnlyList<SyncSchedule>> ListAsync(Guid? storeId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.SyncSchedules.AsNoTracking()
            .Where(s => storeId == null || s.StoreId == storeId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SyncSchedule(r.StoreId, r.Entity, r.Interval, r.Cron, r.Paused, r.UpdatedAt))];
    }

    public async Task SaveAsync(SyncSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        await using var db = contexts.CreateDbContext();
        var row = await db.SyncSchedules.FindAsync([schedule.StoreId, schedule.Entity], cancellationToken);
        if (row is null)
        {
            row = new SyncScheduleRow { StoreId = schedule.StoreId, Entity = schedule.Entity };
            db.SyncSchedules.Add(row);
        }

        row.Interval = schedule.Interval;
        row.Cron = schedule.Cron;
        row.Paused = schedule.Paused;
        row.UpdatedAt = schedule.UpdatedAt.ToUniversalTime();
        await db.SaveChangesAsync(cancellationToken);
    }
}
