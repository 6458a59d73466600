using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Hub.Tenancy;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>The state of push commands (shipments, stock updates): any for admins, its own stores' for a tenant's key.</summary>
internal static class CommandsApi
{
    public static RouteGroupBuilder MapCommandsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/commands").WithTags("Commands").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        group.MapGet("/{id:guid}", GetCommand)
            .WithName("GetCommand")
            .WithSummary("Read a push command's state")
            .WithDescription(
                "The command's state (Queued, Sending, Confirmed, Failed), attempts so far, the marketplace's reference and answer once "
                + "confirmed, the reason it failed or why it is being retried (bounded), and its timestamps.")
            .Produces<CommandResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<CommandResource>, NotFound>> GetCommand(Guid id, ICommandStore commands, TenantAccess access, CancellationToken cancellationToken) =>
        await commands.FindAsync(id, cancellationToken) is { } command && await access.CanSeeStoreAsync(command.StoreId, cancellationToken)
            ? TypedResults.Ok(CommandResource.From(command))
            : TypedResults.NotFound();
}
