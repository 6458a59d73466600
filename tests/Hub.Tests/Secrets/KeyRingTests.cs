using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using CrossBorderHub.Hub.Infrastructure;
using CrossBorderHub.Hub.Infrastructure.KeyRing;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Secrets;

/// <summary>
/// A copy of the database and the key folder is not enough to read a credential: the keys are encrypted with a
/// key-encryption key held elsewhere. Each test stores a credential through the hub, then opens the copy three ways.
/// </summary>
public sealed class KeyRingTests
{
    // CredentialProtector's purpose: the payload in store_credentials is opened exactly as the hub opens it.
    private const string CredentialPurpose = "CrossBorderHub.Persistence.StoreCredentials.v1";

    [Fact]
    public async Task With_a_key_encryption_key_the_database_and_key_folder_alone_decrypt_nothing()
    {
        using var folder = new TempFolder();
        var kek = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var (storeId, payload, token) = await StoreCredentialAsync(folder.Path, new() { ["DataProtection:KeyEncryptionKey"] = kek });

        AssertKeysEncrypted(folder.Path, AesGcmXmlEncryptor.ElementName);
        Assert.Contains(token, Open(folder.Path, storeId, payload, new() { ["DataProtection:KeyEncryptionKey"] = kek }), StringComparison.Ordinal);
        Assert.ThrowsAny<CryptographicException>(() => Open(folder.Path, storeId, payload, new()));
        Assert.ThrowsAny<CryptographicException>(() => Open(folder.Path, storeId, payload, new() { ["DataProtection:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }));

        // Rotation: a new KEK protects new keys, the old one listed as previous still opens the old keys.
        var next = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Assert.Contains(token, Open(folder.Path, storeId, payload, new() { ["DataProtection:KeyEncryptionKey"] = next, ["DataProtection:PreviousKeyEncryptionKeys:0"] = kek }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_certificate_the_database_and_key_folder_alone_decrypt_nothing()
    {
        using var folder = new TempFolder();
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CrossBorderHub key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        var pfx = Path.Combine(folder.Path, "kek.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        var withCertificate = new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "pfx-password" };
        var (storeId, payload, token) = await StoreCredentialAsync(folder.Path, withCertificate);

        AssertKeysEncrypted(folder.Path, "EncryptedData");
        Assert.Contains(token, Open(folder.Path, storeId, payload, withCertificate), StringComparison.Ordinal);
        Assert.ThrowsAny<CryptographicException>(() => Open(folder.Path, storeId, payload, new()));
    }

    [Fact]
    public void The_demo_generates_its_key_encryption_key_once_in_a_file_only_its_owner_reads()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "elsewhere", "demo-key-encryption-key");

        var first = KeyEncryptionKeys.LoadOrCreate(file);
        var second = KeyEncryptionKeys.LoadOrCreate(file);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task The_demo_encrypts_its_keys_with_the_generated_key_kept_outside_the_key_folder()
    {
        using var folder = new TempFolder();
        var demoKek = Path.Combine(folder.Path, "demo-kek", "key");
        await StoreCredentialAsync(folder.Path, new() { ["Demo:Enabled"] = "true", ["Demo:InitialOrders"] = "0" });

        Assert.True(File.Exists(demoKek));
        Assert.DoesNotContain(demoKek, Directory.EnumerateFiles(Path.Combine(folder.Path, "keys")));
        AssertKeysEncrypted(folder.Path, AesGcmXmlEncryptor.ElementName);
    }

    private static async Task<(Guid StoreId, string Payload, string Token)> StoreCredentialAsync(string folder, Dictionary<string, string?> settings)
    {
        var token = $"shpat_{Guid.NewGuid():N}";
        Guid storeId;
        await using (var hub = new HubFactory(DatabaseUnderTest.Sqlite(folder), folder, settings))
        {
            var response = await hub.CreateClient(HubFactory.AdminKey).PostAsJsonAsync("/api/v1/stores", new
            {
                marketplace = "shopify",
                name = $"Key ring {Guid.NewGuid():N}",
                settings = new { shopDomain = "key-ring.myshopify.com" },
                credentials = new { accessToken = token },
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            storeId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "hub.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT protected FROM store_credentials WHERE upper(store_id) = upper($id)";
        command.Parameters.AddWithValue("$id", storeId.ToString());
        return (storeId, (string)(await command.ExecuteScalarAsync())!, token);
    }

    /// <summary>The copy opened by a process that has the key folder and the given settings, nothing else of the hub's.</summary>
    private static string Open(string folder, Guid storeId, string payload, Dictionary<string, string?> settings)
    {
        settings["Demo:Enabled"] = "false";
        settings["DataProtection:KeysPath"] = Path.Combine(folder, "keys");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddHubDataProtection(configuration).BuildServiceProvider();
        return services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(CredentialPurpose, storeId.ToString("D"))
            .Unprotect(payload);
    }

    private static void AssertKeysEncrypted(string folder, string encryptedElement)
    {
        var keys = Directory.GetFiles(Path.Combine(folder, "keys"), "key-*.xml");
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var xml = File.ReadAllText(key);
            Assert.Contains(encryptedElement, xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        }
    }
}
