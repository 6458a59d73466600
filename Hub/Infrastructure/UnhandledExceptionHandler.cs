using Microsoft.AspNetCore.Diagnostics;

namespace CrossBorderHub.Hub.Infrastructure;

/// <summary>Unexpected failures become a problem-details 500 without internals; bad JSON bodies a 400.</summary>
internal sealed class UnhandledExceptionHandler(IProblemDetailsService problems, ILogger<UnhandledExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var badRequest = exception is BadHttpRequestException;

        // A body over the size limit is a 413, whenever it is found out (a chunked body only while it is read).
        httpContext.Response.StatusCode = exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            ? StatusCodes.Status413PayloadTooLarge
            : badRequest ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
        if (!badRequest)
        {
            HubLog.UnhandledException(logger, exception, httpContext.Request.Path);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = httpContext.Response.StatusCode,
                Title = badRequest ? "The request could not be read." : "An unexpected error occurred.",
                Detail = badRequest ? string.Join(" ", exception.Message, exception.InnerException?.Message) : null,
            },
        });
    }
}
