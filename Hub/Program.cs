using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Sandbox;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using CrossBorderHub.Hub.Apis;
using CrossBorderHub.Hub.Apis.Admin;
using CrossBorderHub.Hub.Apis.Commands;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Hub.Consent;
using CrossBorderHub.Hub.Dashboard;
using CrossBorderHub.Hub.Demo;
using CrossBorderHub.Hub.Health;
using CrossBorderHub.Hub.Infrastructure;
using CrossBorderHub.Hub.Infrastructure.Limits;
using CrossBorderHub.Hub.Metrics;
using CrossBorderHub.Hub.Tenancy;
using CrossBorderHub.Hub.Webhooks;
using CrossBorderHub.Persistence;
using CrossBorderHub.Persistence.JobStore;
using CrossBorderHub.Scheduler;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRootAppSettings();

builder.Services.AddHubDemo(builder.Configuration)
    .AddShopifyDemoStore()
    .AddEbayDemoStore()
    .AddTikTokShopDemoStore()
    .AddShopeeDemoStore()
    .AddAmazonDemoStore();
builder.Services.AddApiKeyAuth(builder.Configuration);
builder.Services.AddHubTenancy(builder.Configuration);
builder.Services.AddHubConsent(builder.Configuration);
builder.Services.AddHubApi();
builder.Services.AddHubRequestLimits(builder.Configuration);
builder.Services.AddHubDataProtection(builder.Configuration);
builder.Services.AddHubPersistence(builder.Configuration);
builder.Services.AddShopifyConnector(builder.Configuration);
builder.Services.AddEbayConnector(builder.Configuration);
builder.Services.AddTikTokShopConnector(builder.Configuration);
builder.Services.AddShopeeConnector(builder.Configuration);
builder.Services.AddAmazonConnector(builder.Configuration);
builder.Services.AddSyncScheduler(builder.Configuration);
builder.Services.AddHubJobStore(builder.Configuration);
builder.Services.AddCommandOutbox(builder.Configuration);
builder.Services.AddPersonalDataRetention(builder.Configuration);
builder.Services.AddHubHealthChecks();
builder.Services.AddHubWebhooks();
builder.Services.AddDashboard();
builder.Services.AddHubMetrics();

var app = builder.Build();
await app.Services.GetRequiredService<IHubDatabase>().MigrateAsync(app.Lifetime.ApplicationStopping);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseDashboard();

app.MapOpenApi();
app.MapHubHealthChecks();
app.MapHubMetrics();
app.MapStoresApi();
app.MapSyncRunsApi();
app.MapFeedsApi();
app.MapQuarantineApi();
app.MapShipmentsApi();
app.MapInventoryUpdatesApi();
app.MapCommandsApi();
app.MapTikTokShopWebhooks();
app.MapDashboard();
app.MapTenantsApi();
app.MapConsentApi();
app.MapAdminApi();
app.MapCallBudgetsApi();

await app.RunAsync();

/// <summary>The host's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
