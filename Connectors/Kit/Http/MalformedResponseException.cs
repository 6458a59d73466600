namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>
/// A 2xx answer whose body is not whole JSON (cut off, garbled), thrown by a connector's response handler. An
/// HttpRequestException so the pipeline retries it; if it outlives the retries it becomes a MalformedResponse failure.
/// </summary>
public sealed class MalformedResponseException : HttpRequestException
{
    public MalformedResponseException()
    {
    }

    public MalformedResponseException(string message)
        : base(message)
    {
    }

    public MalformedResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
