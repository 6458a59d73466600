namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The data of calls whose success carries nothing the hub reads.</summary>
internal sealed record TikTokEmptyData;
