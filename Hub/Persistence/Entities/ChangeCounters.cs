namespace CrossBorderHub.Persistence.Entities;

internal static class ChangeCounters
{
    public const string Orders = "orders";
    public const string Products = "products";
    public const string Inventory = "inventory";
}
