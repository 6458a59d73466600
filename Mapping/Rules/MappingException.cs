namespace CrossBorderHub.Mapping.Rules;

/// <summary>A marketplace record cannot be turned into the canonical model; the record is quarantined with this reason.</summary>
public sealed class MappingException : Exception
{
    public MappingException()
    {
    }

    public MappingException(string message)
        : base(message)
    {
    }

    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
