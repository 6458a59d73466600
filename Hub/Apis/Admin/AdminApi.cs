using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Budgets;
using CrossBorderHub.Scheduler.Steering;
using Microsoft.AspNetCore.Http.HttpResults;
using Quartz;

namespace CrossBorderHub.Hub.Apis.Admin;

/// <summary>Steering the syncs at run time: schedules, run now, pause and resume, backfill, rate budgets left.</summary>
internal static class AdminApi
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxInterval = TimeSpan.FromDays(7);

    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        group.MapGet("/schedules", ListSchedules)
            .WithName("ListSchedules")
            .WithSummary("List sync schedules")
            .WithDescription("Every (store, entity) the store's connector can pull: its own interval (seconds) or cron expression (UTC; both null: the configured default), whether it is paused, and its next fire time.");
        group.MapPut("/stores/{storeId:guid}/schedules/{entity}", SetSchedule)
            .WithName("SetSchedule")
            .WithSummary("Edit a sync schedule")
            .WithDescription("Sets one (store, entity)'s schedule: `intervalSeconds` or `cron` (a Quartz cron expression in UTC, e.g. `0 0/15 * * * ?`), not both; neither means the configured default. `paused` pauses it. Kept in the database and applied at once.");
        group.MapPost("/sync/run", RunNow)
            .WithName("RunSyncsNow")
            .WithSummary("Run syncs now")
            .WithDescription("Queues a run of every (store, entity) the query names: a store (`storeId`), an entity (`entity`), both, or neither for everything. Paused and re-authorization-pending stores are left out.");
        group.MapPost("/sync/pause", Pause)
            .WithName("PauseSyncs")
            .WithSummary("Pause syncs")
            .WithDescription("Pauses the scheduled syncs the query names (as for run): a store's or an entity's pause is kept in its saved schedule; neither pauses everything, new stores included, until resumed. Runs already going finish.");
        group.MapPost("/sync/resume", Resume)
            .WithName("ResumeSyncs")
            .WithSummary("Resume syncs")
            .WithDescription("Resumes what pause paused, for the same query.");
        group.MapPost("/stores/{storeId:guid}/backfill", Backfill)
            .WithName("BackfillStore")
            .WithSummary("Backfill from a date")
            .WithDescription("Queues a run of one entity that starts at `from` instead of the stored checkpoint and walks forward through the marketplace's allowed windows (or updated-since pages). `mode` says `FromDate`, or `Full` when the store has no checkpoint of a known shape yet and the run reads as a first sync does.");
        group.MapGet("/rate-budgets", RateBudgets)
            .WithName("ListRateBudgets")
            .WithSummary("Rate budgets left")
            .WithDescription("The hub's estimate of each store's rate budget per marketplace operation: permits left (requests, or query-cost points for Shopify), the bucket's size and restore rate, and seconds until full. A store shows once one of its runs has called the marketplace since the hub started.");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<ScheduleResource>>> ListSchedules(Guid? storeId, SyncSteering steering, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ScheduleResource>>([.. (await steering.ListAsync(storeId, cancellationToken)).Select(ScheduleResource.From)]);

    public static async Task<Results<Ok<ScheduleResource>, NotFound, ValidationProblem>> SetSchedule(
        Guid storeId, string entity, ScheduleRequest request, SyncSteering steering, CancellationToken cancellationToken)
    {
        var errors = new List<(string Field, string Message)>();
        if (!SyncEntities.TryParse(entity, out var syncEntity))
        {
            errors.Add(("entity", EntityChoices()));
        }

        TimeSpan? interval = request.IntervalSeconds is { } seconds && double.IsFinite(seconds) ? TimeSpan.FromSeconds(seconds) : null;
        if (request.IntervalSeconds is not null && (interval is null || interval < MinInterval || interval > MaxInterval))
        {
            errors.Add(("intervalSeconds", $"Between {MinInterval.TotalSeconds} and {MaxInterval.TotalSeconds}."));
        }

        var cron = string.IsNullOrWhiteSpace(request.Cron) ? null : request.Cron.Trim();
        if (cron is not null && (cron.Length > 120 || !CronExpression.TryParse(cron, out _)))
        {
            errors.Add(("cron", "Not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year])."));
        }

        if (cron is not null && request.IntervalSeconds is not null)
        {
            errors.Add(("cron", "Give intervalSeconds or cron, not both."));
        }

        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }

        if (!await steering.SetAsync(storeId, syncEntity, interval, cron, request.Paused ?? false, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var view = (await steering.ListAsync(storeId, cancellationToken)).Single(v => v.Entity == syncEntity);
        return TypedResults.Ok(ScheduleResource.From(view));
    }

    public static async Task<Results<Accepted<QueuedRuns>, ValidationProblem>> RunNow(
        Guid? storeId, string? entity, SyncSteering steering, CancellationToken cancellationToken)
    {
        if (!TryEntity(entity, out var syncEntity))
        {
            return Problems.Field("entity", EntityChoices());
        }

        var runs = await steering.RunNowAsync(storeId, syncEntity, cancellationToken);
        return TypedResults.Accepted("/api/v1/sync-runs", new QueuedRuns(runs));
    }

    public static Task<Results<Ok<SteeredSchedules>, ValidationProblem>> Pause(Guid? storeId, string? entity, SyncSteering steering, CancellationToken cancellationToken) =>
        SetPausedAsync(storeId, entity, paused: true, steering, cancellationToken);

    public static Task<Results<Ok<SteeredSchedules>, ValidationProblem>> Resume(Guid? storeId, string? entity, SyncSteering steering, CancellationToken cancellationToken) =>
        SetPausedAsync(storeId, entity, paused: false, steering, cancellationToken);

    public static async Task<Results<Accepted<BackfillResource>, NotFound, ValidationProblem>> Backfill(
        Guid storeId, BackfillRequest request, SyncSteering steering, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<(string Field, string Message)>();
        if (!SyncEntities.TryParse(request.Entity, out var syncEntity))
        {
            errors.Add(("entity", EntityChoices()));
        }

        if (request.From is not { } from || from > time.GetUtcNow())
        {
            errors.Add(("from", "Required: a date-time in the past, e.g. 2026-01-01T00:00:00Z."));
        }

        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }

        var plan = await steering.BackfillAsync(storeId, syncEntity, request.From!.Value, cancellationToken);
        return plan is null
            ? TypedResults.NotFound()
            : TypedResults.Accepted($"/api/v1/sync-runs/{plan.RunId}", new BackfillResource(plan.RunId, plan.Mode));
    }

    public static Ok<IReadOnlyList<RateBudgetResource>> RateBudgets(Guid? storeId, RateBudgetBoard board) =>
        TypedResults.Ok<IReadOnlyList<RateBudgetResource>>([.. board.Read(storeId).Select(RateBudgetResource.From)]);

    private static async Task<Results<Ok<SteeredSchedules>, ValidationProblem>> SetPausedAsync(
        Guid? storeId, string? entity, bool paused, SyncSteering steering, CancellationToken cancellationToken)
    {
        if (!TryEntity(entity, out var syncEntity))
        {
            return Problems.Field("entity", EntityChoices());
        }

        var count = await steering.SetPausedAsync(storeId, syncEntity, paused, cancellationToken);
        return TypedResults.Ok(new SteeredSchedules(count, paused));
    }

    private static bool TryEntity(string? text, out Mapping.Canonical.SyncEntity? entity)
    {
        entity = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!SyncEntities.TryParse(text, out var parsed))
        {
            return false;
        }

        entity = parsed;
        return true;
    }

    private static string EntityChoices() => $"One of: {string.Join(", ", SyncEntities.All.Select(SyncEntities.Name))}.";
}
