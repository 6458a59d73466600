namespace CrossBorderHub.Persistence.Entities;

/// <summary>
/// The last change sequence handed out for one entity. Writers bump it inside their page transaction, so its row
/// lock orders commits and a feed reader never sees sequence N+1 committed before N.
/// </summary>
internal sealed class ChangeCounterRow
{
    public string Entity { get; set; } = "";
    public long Value { get; set; }
}
