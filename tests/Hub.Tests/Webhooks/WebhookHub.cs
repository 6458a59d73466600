using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Persistence;
using CrossBorderHub.Hub.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>A hub with the test marketplace (<see cref="FakePushConnector"/>, <see cref="FakePushWebhooks"/>), and what its tests do to it.</summary>
public sealed class WebhookHub : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://hub.example.com/base";
    public const string VerificationToken = "token-of-the-test-app";
    public const string AppSecret = "secret-of-the-test-app";
    public const int MaxBodyBytes = 4096;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private WebhookHub(HubFactory factory)
    {
        Factory = factory;
        Admin = factory.CreateClient(HubFactory.AdminKey);
        Anonymous = factory.CreateClient();
    }

    public HubFactory Factory { get; }

    public HttpClient Admin { get; }

    public HttpClient Anonymous { get; }

    public FakePushConnector Connector => Factory.Services.GetRequiredService<FakePushConnector>();

    /// <summary>Records this hub's own measurements of a webhook counter from now on (meters of other hubs in the process are not seen).</summary>
    public MetricCollector<long> Collect(string instrument) =>
        new(Factory.Services.GetRequiredService<IMeterFactory>(), WebhookMetrics.MeterName, instrument);

    public static WebhookHub Start(DatabaseUnderTest database, string folder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Webhooks:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Connect:PublicBaseUrl"] = PublicBaseUrl,
            [$"Connect:Apps:{FakePushConnector.Key}:verificationToken"] = VerificationToken,
            [$"Connect:Apps:{FakePushConnector.Key}:secret"] = AppSecret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new HubFactory(database, folder, all, services => services
            .AddMarketplaceConnector<FakePushConnector>()
            .AddMarketplaceWebhooks<FakePushWebhooks>());
        return new WebhookHub(factory);
    }

    public async Task<Guid> ConnectAsync(string name, string account, string? secret)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = FakePushConnector.Key,
            name,
            settings = new { account },
            credentials = secret is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["secret"] = secret },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// A push as the test marketplace sends it, signed with <paramref name="secret"/> (none: unsigned) over
    /// <paramref name="signedBody"/> when given (a body changed after signing), else over the body sent.
    /// </summary>
    public async Task<HttpResponseMessage> PushAsync(
        string account, string? deliveryId, string topic, string? secret, byte[]? body = null, byte[]? signedBody = null, bool chunked = false)
    {
        body ??= Encoding.UTF8.GetBytes($$"""{"account":"{{account}}","topic":"{{topic}}"}""");
        HttpContent content = chunked ? new StreamContent(new UnseekableStream(body)) : new ByteArrayContent(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/webhooks/{FakePushConnector.Key}", UriKind.Relative)) { Content = content };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(FakePushWebhooks.AccountHeader, account);
        request.Headers.Add(FakePushWebhooks.TopicHeader, topic);
        if (deliveryId is not null)
        {
            request.Headers.Add(FakePushWebhooks.DeliveryHeader, deliveryId);
        }

        if (secret is not null)
        {
            request.Headers.Add(FakePushWebhooks.SignatureHeader, FakePushWebhooks.Sign(secret, signedBody ?? body));
        }

        return await Anonymous.SendAsync(request);
    }

    public async Task<List<JsonElement>> RunsAsync(Guid storeId)
    {
        var runs = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}&limit=100");
        return [.. runs.EnumerateArray()];
    }

    public Task<IReadOnlyList<WebhookDeliveryView>> DeliveriesAsync(Guid storeId) =>
        Factory.Services.GetRequiredService<IWebhookDeliveries>().ListForStoreAsync(storeId, 100, CancellationToken.None);

    /// <summary>Waits until the store's push with this delivery id has been processed.</summary>
    public async Task<WebhookDeliveryView> WaitForProcessedAsync(Guid storeId, string deliveryId)
    {
        WebhookDeliveryView? row = null;
        await WaitUntilAsync(async () =>
        {
            row = (await DeliveriesAsync(storeId)).FirstOrDefault(d => d.DeliveryId == deliveryId && d.ProcessedAt is not null);
            return row is not null;
        });
        return row!;
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(25), deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Anonymous.Dispose();
        await Factory.DisposeAsync();
    }
}
