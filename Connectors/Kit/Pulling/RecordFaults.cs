using System.Text.Json;
using AutoMapper;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Kit.Pulling;

/// <summary>Which exceptions are one record's fault (quarantine it, keep the page) rather than the run's.</summary>
public static class RecordFaults
{
    public static bool IsRecordFault(Exception exception) =>
        exception is MappingException or JsonException or AutoMapperMappingException or InvalidOperationException or FormatException;

    /// <summary>The most specific reason in the chain: AutoMapper wraps the mapping rule's own message.</summary>
    public static string ReasonOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is MappingException or JsonException)
            {
                return e.Message;
            }
        }

        return exception.Message;
    }
}
