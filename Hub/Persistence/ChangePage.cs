namespace CrossBorderHub.Persistence;

/// <param name="Last">Sequence of the last item, or the <c>after</c> asked for when the page is empty: pass it as the next <c>after</c>.</param>
public sealed record ChangePage<T>(IReadOnlyList<T> Items, long Last);
