using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Persistence;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>
/// The hub's webhook pipeline with the test marketplace, on whichever database the fixture runs: verify, store, answer,
/// then sync. The provider test classes call each scenario from their own facts; each scenario uses its own accounts.
/// </summary>
public abstract class WebhookPipelineScenarios(WebhookHubFixture fixture)
{
    private WebhookHub Hub => fixture.Hub;

    protected async Task A_verified_push_is_answered_while_its_sync_has_not_run_and_the_processor_starts_the_sync_after()
    {
        var store = await Hub.ConnectAsync("Early answer", "acct-early", "early-secret");
        var gate = Hub.Connector.Hold(store);

        // The store's pulls cannot finish before the gate opens: an endpoint that synced inline would never answer.
        var response = await Hub.PushAsync("acct-early", "early-1", "orders/updated", "early-secret");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(await Hub.RunsAsync(store), r => r.GetProperty("status").GetString() == "Succeeded");
        await WebhookHub.WaitUntilAsync(async () => (await Hub.RunsAsync(store)).Any(r => r.GetProperty("status").GetString() == "Running"));
        gate.SetResult();
        var run = Assert.Single(await Hub.RunsAsync(store));
        var finished = await Infrastructure.HubClientExtensions.WaitForRunAsync(Hub.Admin, run.GetProperty("id").GetGuid());
        Assert.Equal("Succeeded", finished.GetProperty("status").GetString());
        Assert.Equal("orders", finished.GetProperty("entity").GetString(), ignoreCase: true);
        var row = await Hub.WaitForProcessedAsync(store, "early-1");
        Assert.Equal(WebhookOutcome.SyncStarted, row.Outcome);
        Assert.Contains(run.GetProperty("id").GetGuid().ToString(), row.Detail, StringComparison.OrdinalIgnoreCase);
    }

    protected async Task Pushes_nobody_verifies_are_refused_with_401_and_neither_stored_nor_synced()
    {
        using var refusedCount = Hub.Collect("cbh.webhooks.refused");
        using var receivedCount = Hub.Collect("cbh.webhooks.received");
        var store = await Hub.ConnectAsync("Refusing", "acct-refuse", "right-secret");
        var removed = await Hub.ConnectAsync("Removed", "acct-removed", "removed-secret");
        Assert.Equal(HttpStatusCode.OK, (await Hub.Admin.DeleteAsync(new Uri($"/api/v1/stores/{removed}", UriKind.Relative))).StatusCode);
        var signedBody = Encoding.UTF8.GetBytes("""{"order":"1","status":"paid"}""");
        var changedBody = Encoding.UTF8.GetBytes("""{"order":"1","status":"refunded"}""");

        HttpResponseMessage[] refused =
        [
            await Hub.PushAsync("acct-refuse", "refused-1", "orders/updated", "wrong-secret"),
            await Hub.PushAsync("acct-refuse", "refused-2", "orders/updated", secret: null),
            await Hub.PushAsync("acct-refuse", "refused-3", "orders/updated", "right-secret", body: changedBody, signedBody: signedBody),
            await Hub.PushAsync("acct-nobody", "refused-4", "orders/updated", "right-secret"),
            await Hub.PushAsync("acct-removed", "refused-5", "orders/updated", "removed-secret"),
            await Hub.PushAsync("", "refused-6", "orders/updated", "right-secret"),
        ];

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));

        // Pushes are processed in order: once a later verified one is done, any earlier one would have been too.
        Assert.Equal(HttpStatusCode.OK, (await Hub.PushAsync("acct-refuse", "accepted-after", "orders/updated", "right-secret")).StatusCode);
        await Hub.WaitForProcessedAsync(store, "accepted-after");
        Assert.Equal(["accepted-after"], (await Hub.DeliveriesAsync(store)).Select(d => d.DeliveryId));
        Assert.Single(await Hub.RunsAsync(store));
        Assert.Empty(await Hub.DeliveriesAsync(removed));
        Assert.Empty(await Hub.RunsAsync(removed));

        Assert.Contains(refusedCount.GetMeasurementSnapshot(), m => m.Tags["reason"] as string == "unverified");
        Assert.Equal(1, receivedCount.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    protected async Task The_same_delivery_id_twice_starts_one_sync()
    {
        using var duplicates = Hub.Collect("cbh.webhooks.duplicates");
        var store = await Hub.ConnectAsync("Redelivered", "acct-dup", "dup-secret");

        Assert.Equal(HttpStatusCode.OK, (await Hub.PushAsync("acct-dup", "dup-1", "orders/updated", "dup-secret")).StatusCode);
        await Hub.WaitForProcessedAsync(store, "dup-1");
        await Infrastructure.HubClientExtensions.WaitForRunAsync(Hub.Admin, Assert.Single(await Hub.RunsAsync(store)).GetProperty("id").GetGuid());
        var again = await Hub.PushAsync("acct-dup", "dup-1", "orders/updated", "dup-secret");
        var together = await Task.WhenAll(
            Hub.PushAsync("acct-dup", "dup-2", "orders/updated", "dup-secret"),
            Hub.PushAsync("acct-dup", "dup-2", "orders/updated", "dup-secret"));
        await Hub.WaitForProcessedAsync(store, "dup-2");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.All(together, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(["dup-1", "dup-2"], (await Hub.DeliveriesAsync(store)).Select(d => d.DeliveryId).Order());
        Assert.Equal(2, (await Hub.RunsAsync(store)).Count);
        Assert.Equal(2, duplicates.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    protected async Task Pushes_without_a_delivery_id_are_processed_every_time()
    {
        var store = await Hub.ConnectAsync("No ids", "acct-noid", "noid-secret");

        Assert.Equal(HttpStatusCode.OK, (await Hub.PushAsync("acct-noid", null, "orders/updated", "noid-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Hub.PushAsync("acct-noid", null, "orders/updated", "noid-secret")).StatusCode);
        await WebhookHub.WaitUntilAsync(async () => (await Hub.DeliveriesAsync(store)).Count(d => d.ProcessedAt is not null) == 2);

        Assert.All(await Hub.DeliveriesAsync(store), d => Assert.Equal(WebhookOutcome.SyncStarted, d.Outcome));
        Assert.NotEmpty(await Hub.RunsAsync(store));
    }

    protected async Task A_push_starts_the_syncs_its_topic_calls_for_that_the_connector_can_run()
    {
        var store = await Hub.ConnectAsync("Topics", "acct-topics", "topics-secret");

        Assert.Equal(HttpStatusCode.OK, (await Hub.PushAsync("acct-topics", "t-inventory", "inventory/update", "topics-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Hub.PushAsync("acct-topics", "t-ping", "app/ping", "topics-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Hub.PushAsync("acct-topics", "t-all", "shop/everything", "topics-secret")).StatusCode);
        var all = await Hub.WaitForProcessedAsync(store, "t-all");

        Assert.Equal(WebhookOutcome.NothingToSync, (await Hub.WaitForProcessedAsync(store, "t-inventory")).Outcome);
        Assert.Equal(WebhookOutcome.NothingToSync, (await Hub.WaitForProcessedAsync(store, "t-ping")).Outcome);
        Assert.Equal(WebhookOutcome.SyncStarted, all.Outcome);
        var entities = (await Hub.RunsAsync(store)).Select(r => r.GetProperty("entity").GetString()!.ToLowerInvariant()).Order();
        Assert.Equal(["catalog", "orders"], entities);
    }

    protected async Task A_push_for_a_paused_store_is_answered_and_starts_nothing()
    {
        var store = await Hub.ConnectAsync("Paused", "acct-paused", "paused-secret");
        var paused = await Hub.Admin.PatchAsJsonAsync($"/api/v1/stores/{store}", new { paused = true });
        Assert.Equal("Paused", (await paused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var response = await Hub.PushAsync("acct-paused", "paused-1", "orders/updated", "paused-secret");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WebhookOutcome.StoreNotActive, (await Hub.WaitForProcessedAsync(store, "paused-1")).Outcome);
        Assert.Empty(await Hub.RunsAsync(store));
    }

    protected async Task A_store_without_a_secret_of_its_own_verifies_pushes_signed_with_the_hubs_app()
    {
        var store = await Hub.ConnectAsync("App signed", "acct-app", secret: null);

        var refused = await Hub.PushAsync("acct-app", "app-0", "orders/updated", "not-the-app-secret");
        var accepted = await Hub.PushAsync("acct-app", "app-1", "orders/updated", WebhookHub.AppSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(WebhookOutcome.SyncStarted, (await Hub.WaitForProcessedAsync(store, "app-1")).Outcome);
    }

    protected async Task An_oversized_push_is_refused_with_413_and_nothing_is_stored()
    {
        var store = await Hub.ConnectAsync("Oversized", "acct-big", "big-secret");
        var tooBig = Encoding.UTF8.GetBytes($$"""{"pad":"{{new string('x', WebhookHub.MaxBodyBytes)}}"}""");
        var justFits = Encoding.UTF8.GetBytes($$"""{"pad":"{{new string('x', WebhookHub.MaxBodyBytes - 10)}}"}""");
        Assert.Equal(WebhookHub.MaxBodyBytes, justFits.Length);

        var declared = await Hub.PushAsync("acct-big", "big-1", "orders/updated", "big-secret", body: tooBig);
        var streamed = await Hub.PushAsync("acct-big", "big-2", "orders/updated", "big-secret", body: tooBig, chunked: true);
        var fits = await Hub.PushAsync("acct-big", "big-3", "orders/updated", "big-secret", body: justFits, chunked: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        await Hub.WaitForProcessedAsync(store, "big-3");
        Assert.Equal(["big-3"], (await Hub.DeliveriesAsync(store)).Select(d => d.DeliveryId));
    }

    protected async Task A_marketplace_without_webhooks_is_404()
    {
        var post = await Hub.Anonymous.PostAsync(new Uri("/webhooks/nowhere", UriKind.Relative), new StringContent("{}"));
        var get = await Hub.Anonymous.GetAsync(new Uri("/webhooks/nowhere?challenge_code=1", UriKind.Relative));
        var amazon = await Hub.Anonymous.PostAsync(new Uri("/webhooks/amazon", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, amazon.StatusCode);
    }

    protected async Task A_challenge_is_answered_by_the_marketplaces_webhooks_over_the_public_url()
    {
        var answer = await Hub.Anonymous.GetAsync(new Uri("/webhooks/pushmarket?challenge_code=c0de-42", UriKind.Relative));
        var noChallenge = await Hub.Anonymous.GetAsync(new Uri("/webhooks/pushmarket", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        var expected = FakePushWebhooks.ChallengeResponse("c0de-42", WebhookHub.VerificationToken, WebhookHub.PublicBaseUrl + "/webhooks/pushmarket");
        Assert.Equal(expected, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("challengeResponse").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noChallenge.StatusCode);
    }
}
