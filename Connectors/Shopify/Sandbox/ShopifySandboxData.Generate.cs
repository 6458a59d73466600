using System.Globalization;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify.Mapping;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

public sealed partial class ShopifySandboxData
{
    internal SandboxOrder GenerateOrder(int index)
    {
        var rng = SandboxRandom.For(_options.Seed, index, 1);
        var createdAt = OrderCreatedAt(index);
        var updatedAt = OrderUpdatedAt(index);
        var touched = updatedAt != createdAt;
        var country = rng.Next(Countries.Length);
        var taxRate = TaxRates[country];
        var lines = new List<SandboxLineItem>();
        decimal subtotal = 0, tax = 0, discounts = 0;
        var lineCount = LineItemCount(index);
        for (var n = 0; n < lineCount; n++)
        {
            var product = rng.Next(Math.Max(1, _options.ProductCount));
            var variant = rng.Next(VariantCount(product));
            var price = VariantPrice(product, variant);
            var quantity = 1 + rng.Next(3);
            var discount = rng.Next(4) == 0 ? Math.Round(price * quantity * 0.1m, 2) : 0m;
            var lineTax = Math.Round(((price * quantity) - discount) * taxRate, 2);
            subtotal += (price * quantity) - discount;
            tax += lineTax;
            discounts += discount;
            lines.Add(new SandboxLineItem(
                $"gid://shopify/LineItem/{((OrderIdBase + index) * 10) + n}",
                Sku(product, variant),
                $"Product {product} / variant {variant}",
                quantity,
                Amount(price),
                Amount(lineTax),
                Amount(discount)));
        }

        var shipping = Math.Round(4.99m + rng.Next(10), 2);
        var financial = ShopifyEnums.Financial.All[rng.Next(ShopifyEnums.Financial.All.Count)];
        var fulfillment = touched ? ShopifyEnums.Fulfillment.Fulfilled : ShopifyEnums.Fulfillment.All[rng.Next(ShopifyEnums.Fulfillment.All.Count)];
        var returnStatus = ReturnWeights[rng.Next(ReturnWeights.Length)];
        DateTimeOffset? cancelledAt = rng.Next(20) == 0 ? createdAt : null;
        var legacyId = OrderIdBase + index;
        var order = new SandboxOrder(
            index,
            OrderId(index),
            legacyId,
            $"#{1001 + index}",
            createdAt,
            updatedAt,
            cancelledAt,
            financial,
            fulfillment,
            returnStatus,
            _options.ShopCurrency,
            Amount(subtotal),
            Amount(shipping),
            Amount(tax),
            Amount(discounts),
            Amount(subtotal + shipping + tax),
            $"buyer{index}@example.com",
            $"+1555{index % 10_000_000:D7}",
            new SandboxAddress(
                $"Buyer {index}",
                rng.Next(5) == 0 ? "Acme Ltd" : null,
                $"{1 + rng.Next(999)} Main Street",
                rng.Next(3) == 0 ? $"Unit {1 + rng.Next(50)}" : null,
                Cities[country],
                country == 0 ? "CA" : null,
                (10000 + rng.Next(89999)).ToString(CultureInfo.InvariantCulture),
                Countries[country],
                "+15550000000"),
            lines);
        return ApplyPushEffects(_recordFaults.Apply(index, order));
    }

    internal SandboxProduct GenerateProduct(int index)
    {
        var rng = SandboxRandom.For(_options.Seed, index, 2);
        var variants = Enumerable.Range(0, VariantCount(index))
            .Select(v => new SandboxVariant(
                $"gid://shopify/ProductVariant/{((9_000_000L + index) * VariantIdStride) + v}",
                InventoryItemId(_variantStart[index] + v),
                Sku(index, v),
                (4_000_000_000_000L + (index * VariantIdStride) + v).ToString(CultureInfo.InvariantCulture),
                $"Variant {v}",
                Amount(VariantPrice(index, v)),
                Math.Round(0.1m + (rng.Next(5000) / 1000m), 3),
                ShopifyEnums.Weight.All[rng.Next(ShopifyEnums.Weight.All.Count)],
                "6109.10",
                Countries[rng.Next(Countries.Length)]))
            .ToArray();
        return new SandboxProduct(
            index,
            ProductId(index),
            $"Product {index}",
            $"Vendor {index % 7}",
            ShopifyEnums.Product.All[index % ShopifyEnums.Product.All.Count],
            _options.ProductsStartAt + (_options.ProductInterval * index),
            variants);
    }

    /// <summary>Inventory item n is variant (product, variant) in catalog order; its ids grow with n.</summary>
    internal (SandboxProduct Product, SandboxVariant Variant) InventoryItem(int n)
    {
        var product = Array.BinarySearch(_variantStart, n);
        product = product >= 0 ? product : ~product - 1;
        while (product + 1 < _variantStart.Length && _variantStart[product + 1] <= n)
        {
            product++;
        }

        var p = GenerateProduct(product);
        return (p, p.Variants[n - _variantStart[product]]);
    }

    internal int Available(int item, int location) => Ledger.Available(item, location) ?? SandboxRandom.For(_options.Seed, item, 100 + location).Next(200);

    /// <summary>Room for every variant of a product in its ids; ten (the ids stores always had) while no product has more.</summary>
    private long VariantIdStride => _options.MaxVariantsPerProduct <= 10 ? 10 : 1000;

    /// <summary>The InventoryItem gid of the item with index <paramref name="n"/> (in the order of <see cref="Skus"/>).</summary>
    public static string InventoryItemId(int n) => $"gid://shopify/InventoryItem/{InventoryItemIdBase + n}";

    private decimal VariantPrice(int product, int variant) =>
        5m + (SandboxRandom.For(_options.Seed, product, 20 + variant).Next(20000) / 100m);

    private static SandboxOrder ApplyFault(SandboxOrder order, ShopifySandboxRecordFault fault) => fault switch
    {
        ShopifySandboxRecordFault.BadAmount => order with { Total = "12,34.5x" },
        ShopifySandboxRecordFault.UnknownCurrency => order with { Currency = "XQQ" },
        ShopifySandboxRecordFault.MissingId => order with { Id = null },
        ShopifySandboxRecordFault.UnknownCountry => order with { Address = order.Address with { CountryCode = "QQ" } },
        ShopifySandboxRecordFault.UnknownEnumValue => order with { FinancialStatus = "PARTIALLY_AUTHORIZED_LATER" },
        _ => order,
    };
}
