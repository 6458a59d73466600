namespace CrossBorderHub.Persistence;

/// <summary>Limits of a stored consent.</summary>
public static class ConsentAuthorizations
{
    public const int MaxReturnPathLength = 1024;
    public const int MaxFailureLength = 500;
}
