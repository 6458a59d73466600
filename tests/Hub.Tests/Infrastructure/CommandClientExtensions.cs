using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CrossBorderHub.Hub.Tests.Infrastructure;

/// <summary>What a warehouse system does with push commands over HTTP, in the words of the tests.</summary>
public static class CommandClientExtensions
{
    private static readonly TimeSpan CommandDeadline = TimeSpan.FromSeconds(60);

    public static async Task<HttpResponseMessage> PostShipmentAsync(this HttpClient admin, Guid orderId, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/orders/{orderId}/shipments", UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await admin.SendAsync(request);
    }

    public static async Task<Guid> CommandIdAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commandId").GetGuid();
        Assert.Equal($"/api/v1/commands/{id}", response.Headers.Location?.OriginalString);
        return id;
    }

    /// <summary>Polls the command until it is Confirmed or Failed (a condition, not a guess at how long delivery takes).</summary>
    public static async Task<JsonElement> WaitForCommandAsync(this HttpClient client, Guid commandId)
    {
        using var deadline = new CancellationTokenSource(CommandDeadline);
        while (true)
        {
            var command = await client.GetFromJsonAsync<JsonElement>($"/api/v1/commands/{commandId}", deadline.Token);
            if (command.GetProperty("status").GetString() is "Confirmed" or "Failed")
            {
                return command;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }

    /// <summary>A shipment of every line of <paramref name="order"/> (an order resource as the feed returns it), in full.</summary>
    public static object FullShipment(JsonElement order, string trackingNumber) => new
    {
        carrier = "DHL Express",
        service = "Worldwide",
        trackingNumber,
        trackingUrl = $"https://www.dhl.com/track?id={trackingNumber}",
        lines = order.GetProperty("lines").EnumerateArray()
            .Select(l => new { lineId = l.GetProperty("marketplaceLineId").GetString(), quantity = l.GetProperty("quantity").GetInt32() })
            .ToArray(),
    };
}
