using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Scheduling;

public sealed class GracefulStopTests
{
    [Fact]
    public async Task A_stop_cancels_a_running_sync_and_records_it_as_interrupted()
    {
        using var folder = new TempFolder();
        var database = DatabaseUnderTest.Sqlite(folder.Path);
        var connector = new HangingConnector();
        Guid runId;
        var factory = new HubFactory(database, folder.Path, services: s => s.AddSingleton<IMarketplaceConnector>(connector));
        await using (factory)
        {
            var admin = factory.CreateClient(HubFactory.AdminKey);
            var created = await admin.PostAsJsonAsync("/api/v1/stores", new
            {
                marketplace = HangingConnector.Key,
                name = "Never answers",
                settings = new { },
                credentials = new { token = "t" },
            });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var storeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            runId = await admin.StartSyncAsync(storeId, "orders");
            await connector.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        // Disposing the factory stops the host; it has returned, so the job saw its cancellation and unwound.
        Assert.True(connector.Cancelled.Task.IsCompletedSuccessfully);
        var (status, error) = await ReadRunAsync(database, runId);
        Assert.Equal("Interrupted", status);
        Assert.StartsWith("Interrupted: the hub was stopping", error, StringComparison.Ordinal);
    }

    /// <summary>Straight from the file: a second hub would close open runs itself at start and prove nothing.</summary>
    private static async Task<(string Status, string? Error)> ReadRunAsync(DatabaseUnderTest database, Guid runId)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, error FROM sync_runs WHERE upper(id) = upper($id)";
        command.Parameters.AddWithValue("$id", runId.ToString().ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"Run {runId} is not in the database.");
        var status = (CrossBorderHub.Scheduler.Ports.SyncRunStatus)reader.GetInt32(0);
        return (status.ToString(), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
