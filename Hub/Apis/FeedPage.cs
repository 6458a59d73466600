namespace CrossBorderHub.Hub.Apis;

/// <summary>A page of the change feed. Pass <see cref="Next"/> as <c>after</c> to continue; an empty page means caught up (poll again later with the same cursor).</summary>
public sealed record FeedPage<T>(IReadOnlyList<T> Items, string Next);
