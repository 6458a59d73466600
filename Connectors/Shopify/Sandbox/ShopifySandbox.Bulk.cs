using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using GraphQLParser.AST;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// Bulk operations: bulkOperationRunQuery checks the query against the schema subset and snapshots the roots that
/// exist now; bulkOperation(id:) answers CREATED/RUNNING and then the end the options set; the JSONL is served from
/// the sandbox host as a pre-signed storage URL would be: without the store's token, and refused if one is sent.
/// </summary>
public sealed partial class ShopifySandbox
{
    /// <summary>Where results are served; the operation and a signature ride in the query string.</summary>
    public const string BulkResultPath = "/shopify-bulk/result.jsonl";

    private readonly ConcurrentDictionary<string, SandboxBulkOperation> _bulk = new(StringComparer.Ordinal);
    private long _bulkNumbers;
    private int _bulkDownloadsWithToken;

    /// <summary>Every bulk operation started, in the order they were.</summary>
    public IReadOnlyList<ShopifySandboxBulkOperation> BulkOperations => [.. _bulk.Values.OrderBy(o => o.Number).Select(o => o.View())];

    /// <summary>Result downloads refused because they carried X-Shopify-Access-Token.</summary>
    public int BulkDownloadsWithToken => Volatile.Read(ref _bulkDownloadsWithToken);

    private void WriteBulkRun(Utf8JsonWriter w, GraphQLField field, JsonElement variables)
    {
        var text = SandboxSchema.StringArgument(field, "query", variables) ?? string.Empty;
        var grouped = BooleanArgument(field, "groupObjects", variables) ?? false;
        var now = _options.TimeProvider.GetUtcNow();
        w.WriteStartObject((string)field.Name);
        var (root, error) = BulkRoot(text);
        var running = _bulk.Values.Count(o => o.View().Status is "CREATED" or "RUNNING");
        if (error is null && running >= _options.Bulk.MaxRunning)
        {
            error = ("LIMIT_REACHED", $"A maximum of {_options.Bulk.MaxRunning} bulk queries can run at the same time.");
        }

        if (error is { } e)
        {
            w.WriteNull("bulkOperation");
            w.WriteStartArray("userErrors");
            w.WriteStartObject();
            w.WriteStartArray("field");
            w.WriteStringValue("query");
            w.WriteEndArray();
            w.WriteString("message", e.Message);
            w.WriteString("code", e.Code);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        else
        {
            var count = root == "orders" ? Data.VisibleOrderCount(now) : _options.ProductCount;
            var operation = new SandboxBulkOperation(Interlocked.Increment(ref _bulkNumbers), root!, text, grouped, now, count);
            _bulk[operation.Id] = operation;
            w.WritePropertyName("bulkOperation");
            WriteOperation(w, operation);
            w.WriteStartArray("userErrors");
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private void WriteBulkOperation(Utf8JsonWriter w, string? id)
    {
        if (id is null || !_bulk.TryGetValue(id, out var operation))
        {
            w.WriteNull("bulkOperation");
            return;
        }

        lock (operation.Gate)
        {
            operation.Polls++;
            var now = _options.TimeProvider.GetUtcNow();
            if (operation.Status is "CREATED" or "RUNNING")
            {
                operation.Status = operation.Polls <= _options.Bulk.RunningPolls || now < operation.CreatedAt + _options.Bulk.RunFor ? "RUNNING" : Finish(operation, now);
            }
        }

        w.WritePropertyName("bulkOperation");
        WriteOperation(w, operation);
    }

    private string Finish(SandboxBulkOperation operation, DateTimeOffset now)
    {
        var (jsonl, objects) = operation.Root == "orders"
            ? SandboxBulkWriter.Orders(Data, operation.RootCount, operation.GroupObjects)
            : SandboxBulkWriter.Products(Data, operation.RootCount, operation.GroupObjects);
        operation.Jsonl = jsonl;
        operation.ObjectCount = objects;
        operation.CompletedAt = now;
        return _options.Bulk.Fault == ShopifySandboxBulkFault.Failed ? "FAILED" : "COMPLETED";
    }

    private void WriteOperation(Utf8JsonWriter w, SandboxBulkOperation operation)
    {
        lock (operation.Gate)
        {
            var completed = operation.Status == "COMPLETED";
            var failed = operation.Status == "FAILED";
            w.WriteStartObject();
            w.WriteString("id", operation.Id);
            w.WriteString("status", operation.Status);
            w.WriteString("type", "QUERY");
            w.WriteString("query", operation.Query);
            SandboxJson.Timestamp(w, "createdAt", operation.CreatedAt);
            if (operation.CompletedAt is { } at && completed)
            {
                SandboxJson.Timestamp(w, "completedAt", at);
            }
            else
            {
                w.WriteNull("completedAt");
            }

            if (failed)
            {
                w.WriteString("errorCode", _options.Bulk.FailedErrorCode);
            }
            else
            {
                w.WriteNull("errorCode");
            }

            var done = completed || failed;
            w.WriteString("objectCount", (done ? operation.ObjectCount : 0).ToString(CultureInfo.InvariantCulture));
            w.WriteString("rootObjectCount", (done ? operation.RootCount : 0).ToString(CultureInfo.InvariantCulture));
            if (completed && operation.Jsonl is { } jsonl)
            {
                w.WriteString("fileSize", jsonl.Length.ToString(CultureInfo.InvariantCulture));
                w.WriteString("url", ResultUrl(operation, partial: false));
            }
            else
            {
                w.WriteNull("fileSize");
                w.WriteNull("url");
            }

            if (failed)
            {
                w.WriteString("partialDataUrl", ResultUrl(operation, partial: true));
            }
            else
            {
                w.WriteNull("partialDataUrl");
            }

            w.WriteEndObject();
        }
    }

    private string ResultUrl(SandboxBulkOperation operation, bool partial) =>
        string.Create(CultureInfo.InvariantCulture, $"{Url.GetLeftPart(UriPartial.Authority)}{BulkResultPath}?operation={operation.Number}&partial={(partial ? 1 : 0)}&X-Goog-Signature=sandbox{operation.Number:x8}");

    private Task<IResponseMessage> HandleBulkDownload(IRequestMessage request)
    {
        if (SandboxResponses.Header(request, ShopifyConstants.AccessTokenHeader) is not null)
        {
            // Storage never takes the shop's token; a client that sends it there has leaked it.
            Interlocked.Increment(ref _bulkDownloadsWithToken);
            return Task.FromResult<IResponseMessage>(StorageError(HttpStatusCode.BadRequest, "InvalidArgument", "The request carried an X-Shopify-Access-Token header."));
        }

        var number = request.Query is { } query && query.TryGetValue("operation", out var values) ? values.FirstOrDefault() : null;
        var operation = _bulk.Values.FirstOrDefault(o => o.Number.ToString(CultureInfo.InvariantCulture) == number);
        if (operation is null)
        {
            return Task.FromResult<IResponseMessage>(StorageError(HttpStatusCode.NotFound, "NoSuchKey", "The specified key does not exist."));
        }

        byte[]? jsonl;
        lock (operation.Gate)
        {
            jsonl = operation.Jsonl;
            operation.Downloads += jsonl is null ? 0 : 1;
        }

        if (jsonl is null)
        {
            return Task.FromResult<IResponseMessage>(StorageError(HttpStatusCode.NotFound, "NoSuchKey", "The specified key does not exist."));
        }

        if (_options.Bulk.Fault == ShopifySandboxBulkFault.ExpiredUrl)
        {
            return Task.FromResult<IResponseMessage>(StorageError(HttpStatusCode.BadRequest, "ExpiredToken", "The provided token has expired."));
        }

        if (_options.Bulk.Fault == ShopifySandboxBulkFault.TruncatedFile
            || (request.Query!.TryGetValue("partial", out var partial) && partial.FirstOrDefault() == "1"))
        {
            jsonl = jsonl[..(jsonl.Length / 2)];
        }

        var message = new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData { BodyAsBytes = jsonl, DetectedBodyType = BodyType.Bytes },
        };
        message.AddHeader("Content-Type", "application/jsonl");
        return Task.FromResult<IResponseMessage>(message);
    }

    private static ResponseMessage StorageError(HttpStatusCode status, string code, string message)
    {
        var response = new ResponseMessage
        {
            StatusCode = (int)status,
            BodyData = new BodyData
            {
                BodyAsString = $"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code><Message>{message}</Message></Error>",
                DetectedBodyType = BodyType.String,
                Encoding = Encoding.UTF8,
            },
        };
        response.AddHeader("Content-Type", "application/xml; charset=UTF-8");
        return response;
    }

    /// <summary>The one connection a bulk query reads, or the userError Shopify would answer.</summary>
    private (string? Root, (string Code, string Message)? Error) BulkRoot(string text)
    {
        var query = _schema.Parse(text);
        if (query.Error is not null)
        {
            return (null, ("INVALID", $"Invalid bulk query: {query.Error}"));
        }

        var roots = query.RootFields.ToList();
        if (roots.Count != 1)
        {
            return (null, ("INVALID", "Bulk queries must have exactly one top-level field."));
        }

        var name = (string)roots[0].Name;
        return name is "orders" or "products"
            ? (name, null)
            : (null, ("INVALID", $"Bulk queries must contain at least one connection; the sandbox serves orders and products, not {name}."));
    }

    private static bool? BooleanArgument(GraphQLField field, string name, JsonElement variables) =>
        field.Arguments?.Items.FirstOrDefault(a => (string)a.Name == name)?.Value switch
        {
            GraphQLBooleanValue b => b.BoolValue,
            GraphQLVariable v when variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty((string)v.Name, out var e)
                && e.ValueKind is JsonValueKind.True or JsonValueKind.False => e.GetBoolean(),
            _ => null,
        };
}
