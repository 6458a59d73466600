using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Hub.Tests.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrossBorderHub.Hub.Tests.Secrets;

/// <summary>
/// Known secret strings go in as store credentials and an issued key; none comes back out: not in the database (the
/// SQLite files byte for byte, or every PostgreSQL row as text), not in an API answer, a problem detail or a log line.
/// </summary>
public sealed class SecretsAtRestTests
{
    [Fact]
    public async Task No_credential_or_key_is_in_clear_in_the_sqlite_files_answers_problems_or_logs()
    {
        using var folder = new TempFolder();
        var secrets = await StoreSecretsAsync(DatabaseUnderTest.Sqlite(folder.Path), folder.Path);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => Path.GetFileName(f) == "hub.db");

        // The scan reads the stored rows: the store's settings, which are not secret, are found in clear.
        Assert.Contains(files, f => Contains(File.ReadAllBytes(f), Encoding.UTF8.GetBytes("secret-shop.myshopify.com")));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var secret in secrets)
            {
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(secret)), $"{secret} in {file}");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(secret)), $"{secret} (UTF-16) in {file}");
            }
        }
    }

    [PostgreSqlFact]
    public async Task No_credential_or_key_is_in_clear_in_any_postgresql_row_answers_problems_or_logs()
    {
        using var folder = new TempFolder();
        var database = DatabaseUnderTest.PostgreSql();
        try
        {
            var secrets = await StoreSecretsAsync(database, folder.Path);
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            Assert.Contains("store_credentials", tables);
            foreach (var table in tables)
            {
                await using var dump = new NpgsqlCommand($"SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM \"{table}\" t", connection);
                var text = (string)(await dump.ExecuteScalarAsync())!;
                Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
            }
        }
        finally
        {
            await database.DropAsync();
        }
    }

    /// <summary>Stores two stores' credentials and issues a key through the API, checks every answer and log line, and returns the secrets.</summary>
    private static async Task<string[]> StoreSecretsAsync(DatabaseUnderTest database, string folder)
    {
        var logs = new CapturedLogs();
        var tag = Guid.NewGuid().ToString("N");
        var token = $"shpat_TOKEN{tag}";
        var clientSecret = $"PRD-SECRET{tag}";
        var refreshToken = $"v^1.1#REFRESH{tag}";
        await using var factory = new HubFactory(database, folder, services: s => s.AddSingleton<ILoggerProvider>(logs));
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var answers = new List<string>();

        var shopify = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Secret shop",
            settings = new { shopDomain = "secret-shop.myshopify.com" },
            credentials = new { accessToken = token },
            baseUrl = "http://127.0.0.1:9/",
        });
        var ebay = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "ebay",
            name = "Secret eBay",
            settings = new { marketplaceId = "EBAY_DE" },
            credentials = new { clientId = "App-ID", clientSecret, refreshToken },
            baseUrl = "http://127.0.0.1:9/",
            authUrl = "http://127.0.0.1:9/",
        });
        Assert.Equal(HttpStatusCode.Created, shopify.StatusCode);
        Assert.Equal(HttpStatusCode.Created, ebay.StatusCode);
        var shopifyId = (await shopify.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        answers.Add(await shopify.Content.ReadAsStringAsync());
        answers.Add(await ebay.Content.ReadAsStringAsync());

        // Reads, failing requests that carry the secrets, and a sync whose marketplace cannot be reached (its errors are logged).
        answers.Add(await admin.GetStringAsync(new Uri($"/api/v1/stores/{shopifyId}", UriKind.Relative)));
        answers.Add(await admin.GetStringAsync(new Uri("/api/v1/stores", UriKind.Relative)));
        var badSettings = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Bad settings",
            settings = new { shopDomain = "not a domain" },
            credentials = new { accessToken = token },
        });
        var unknownField = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "ebay",
            name = "Unknown field",
            settings = new { marketplaceId = "EBAY_DE" },
            credentials = new { clientId = "x", clientSecret, refreshToken, extra = token },
        });
        var badEdit = await admin.PatchAsJsonAsync($"/api/v1/stores/{shopifyId}", new { settings = new { shopDomain = "?" }, credentials = new { accessToken = token } });
        var tooLong = await admin.PostAsync(
            new Uri("/api/v1/stores", UriKind.Relative),
            new StringContent($$"""{"marketplace":"shopify","name":"Broken","credentials":{"accessToken":"{{token}}"},"settings":""", Encoding.UTF8, "application/json"));
        foreach (var failed in new[] { badSettings, unknownField, badEdit, tooLong })
        {
            Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
            Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
            answers.Add(await failed.Content.ReadAsStringAsync());
        }

        var run = await admin.WaitForRunAsync(await admin.StartSyncAsync(shopifyId, "orders"));
        Assert.Equal("Failed", run.GetProperty("status").GetString());
        answers.Add(run.GetRawText());

        var tenant = await admin.CreateTenantAsync("Secret tenant");
        var (_, key) = await admin.IssueKeyAsync(tenant, "ERP");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient(key).GetAsync(new Uri("/api/v1/orders", UriKind.Relative))).StatusCode);
        answers.Add(await admin.GetStringAsync(new Uri($"/api/v1/tenants/{tenant}/keys", UriKind.Relative)));

        string[] secrets = [token, clientSecret, refreshToken, key];
        Assert.NotEmpty(logs.Lines);
        foreach (var secret in secrets)
        {
            Assert.All(answers, a => Assert.DoesNotContain(secret, a, StringComparison.Ordinal));
            Assert.All(logs.Lines, l => Assert.DoesNotContain(secret, l, StringComparison.Ordinal));
        }

        return secrets;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
