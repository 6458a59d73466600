using AutoMapper;
using CrossBorderHub.Connectors.Ebay.Mapping;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>
/// eBay wire records to the canonical model. Each map call passes a list for <see cref="MappingIssue"/>s and the
/// order's currency (<see cref="EbayMappingContext"/>). Taxes eBay collects and remits itself
/// (<c>ebayCollectAndRemitTaxes</c>) are not the seller's and never enter canonical tax; only seller-collected
/// <c>taxes</c> and <c>pricingSummary.tax</c> do.
/// </summary>
internal sealed partial class EbayProfile : Profile
{
    public EbayProfile()
    {
        CreateMap<EbayOrder, CanonicalOrder>()
            .ForMember(d => d.MarketplaceOrderId, o => o.MapFrom(s => Required(s.OrderId, "orderId")))
            .ForMember(d => d.OrderNumber, o => o.MapFrom(s => s.SalesRecordReference))
            .ForMember(d => d.Status, o => o.MapFrom((s, _, _, ctx) => Status(s, ctx).Status))
            .ForMember(d => d.Flags, o => o.MapFrom(s => EbayOrderStatusTable.Resolve(s.OrderFulfillmentStatus, s.OrderPaymentStatus, s.CancelStatus == null ? null : s.CancelStatus.CancelState).Flags))
            .ForMember(d => d.MarketplaceStatus, o => o.MapFrom(s => MarketplaceStatus(s)))
            .ForMember(d => d.PlacedAt, o => o.MapFrom(s => UtcTime.Normalize(Required(s.CreationDate, "creationDate"))))
            .ForMember(d => d.UpdatedAt, o => o.MapFrom(s => UtcTime.Normalize(Required(s.LastModifiedDate, "lastModifiedDate"))))
            .ForMember(d => d.Currency, o => o.MapFrom((_, _, _, ctx) => ctx.OrderCurrency()))
            .ForMember(d => d.Totals, o => o.MapFrom((s, _, _, ctx) => Totals(Required(s.PricingSummary, "pricingSummary"), ctx.OrderCurrency())))
            .ForMember(d => d.Buyer, o => o.MapFrom(s => BuyerOf(s)))
            .ForMember(d => d.ShippingAddress, o => o.MapFrom(s => ShipToContact(s)))
            .ForMember(d => d.Lines, o => o.MapFrom(s => s.LineItems ?? Array.Empty<EbayLineItem>()))
            .ForMember(d => d.FulfilmentChannel, o => o.MapFrom(s => Channel(s)))
            .ForMember(d => d.ShipBy, o => o.MapFrom(s => ShipBy(s)));

        CreateMap<EbayLineItem, OrderLine>()
            .ForMember(d => d.MarketplaceLineId, o => o.MapFrom(s => Required(s.LineItemId, "lineItems.lineItemId")))
            .ForMember(d => d.Sku, o => o.MapFrom(s => string.IsNullOrEmpty(s.Sku) ? null : s.Sku))
            .ForMember(d => d.Quantity, o => o.MapFrom(s => Quantity(s)))
            .ForMember(d => d.UnitPrice, o => o.MapFrom((s, _, _, ctx) => UnitPrice(s, ctx.OrderCurrency())))
            .ForMember(d => d.Tax, o => o.MapFrom((s, _, _, ctx) => EbayMoney.Sum(s.Taxes?.Select(t => t.Amount), ctx.OrderCurrency(), "lineItems.taxes.amount")))
            .ForMember(d => d.Discount, o => o.MapFrom((s, _, _, ctx) => Discount(s, ctx.OrderCurrency())));

        CreateMap<EbayExtendedContact, Address>()
            .ForMember(d => d.Name, o => o.MapFrom(s => s.FullName))
            .ForMember(d => d.Company, o => o.MapFrom(s => s.CompanyName))
            .ForMember(d => d.Line1, o => o.MapFrom(s => s.ContactAddress == null ? null : s.ContactAddress.AddressLine1))
            .ForMember(d => d.Line2, o => o.MapFrom(s => s.ContactAddress == null ? null : s.ContactAddress.AddressLine2))
            .ForMember(d => d.City, o => o.MapFrom(s => s.ContactAddress == null ? null : s.ContactAddress.City))
            .ForMember(d => d.Region, o => o.MapFrom(s => s.ContactAddress == null ? null : s.ContactAddress.StateOrProvince))
            .ForMember(d => d.PostalCode, o => o.MapFrom(s => s.ContactAddress == null ? null : s.ContactAddress.PostalCode))
            .ForMember(d => d.CountryCode, o => o.MapFrom(s => s.ContactAddress == null || s.ContactAddress.CountryCode == null ? null : CountryCodes.Normalize(s.ContactAddress.CountryCode)))
            .ForMember(d => d.Phone, o => o.MapFrom(s => s.PrimaryPhone == null ? null : s.PrimaryPhone.PhoneNumber));

        CreateCatalogMaps();
    }

    /// <summary>The order's currency: that of pricingSummary.total, which every order carries.</summary>
    public static string CurrencyOf(EbayOrder order) =>
        CurrencyCodes.Normalize(order.PricingSummary?.Total?.Currency ?? throw new MappingException("pricingSummary.total.currency is missing."));

    private static EbayOrderStatus Status(EbayOrder order, ResolutionContext context)
    {
        var result = EbayOrderStatusTable.Resolve(order.OrderFulfillmentStatus, order.OrderPaymentStatus, order.CancelStatus?.CancelState);
        foreach (var (field, value) in result.UnknownValues)
        {
            context.IssueList().Add(new MappingIssue(order.OrderId ?? string.Empty, field, value));
        }

        return result;
    }

    private static string MarketplaceStatus(EbayOrder order) =>
        $"{order.OrderFulfillmentStatus ?? "-"}/{order.OrderPaymentStatus ?? "-"}/{order.CancelStatus?.CancelState ?? "-"}";

    private static OrderTotals Totals(EbayPricingSummary pricing, string currency) => new()
    {
        Items = EbayMoney.From(pricing.PriceSubtotal, currency, "pricingSummary.priceSubtotal"),
        Shipping = EbayMoney.OrZero(pricing.DeliveryCost, currency, "pricingSummary.deliveryCost"),
        Tax = EbayMoney.OrZero(pricing.Tax, currency, "pricingSummary.tax"),

        // eBay gives priceDiscount and deliveryDiscount as negative amounts; canonical discounts are positive.
        Discounts = new Money(
            Math.Abs(EbayMoney.OrZero(pricing.PriceDiscount, currency, "pricingSummary.priceDiscount").Amount)
            + Math.Abs(EbayMoney.OrZero(pricing.DeliveryDiscount, currency, "pricingSummary.deliveryDiscount").Amount),
            currency),
        Total = EbayMoney.From(pricing.Total, currency, "pricingSummary.total"),
    };

    private static Buyer? BuyerOf(EbayOrder order)
    {
        var shipTo = ShipToContact(order);
        var registered = order.Buyer?.BuyerRegistrationAddress;
        var buyer = new Buyer
        {
            Name = registered?.FullName ?? shipTo?.FullName,
            Email = registered?.Email ?? shipTo?.Email,
            Phone = registered?.PrimaryPhone?.PhoneNumber ?? shipTo?.PrimaryPhone?.PhoneNumber,
        };
        return buyer is { Name: null, Email: null, Phone: null } ? null : buyer;
    }

    private static EbayExtendedContact? ShipToContact(EbayOrder order) =>
        order.FulfillmentStartInstructions?.Select(i => i.ShippingStep?.ShipTo).FirstOrDefault(c => c is not null);

    private static FulfilmentChannel Channel(EbayOrder order) =>
        order.FulfillmentStartInstructions?.Any(i => i.FulfillmentInstructionsType == EbayEnums.FulfilledByEbay) == true
            ? FulfilmentChannel.Marketplace
            : FulfilmentChannel.Merchant;

    private static DateTimeOffset? ShipBy(EbayOrder order) =>
        order.LineItems?
            .Select(l => l.LineItemFulfillmentInstructions?.ShipByDate)
            .Where(d => d is not null)
            .Select(d => UtcTime.Normalize(d!.Value))
            .DefaultIfEmpty()
            .Min() is { } earliest && earliest != default ? earliest : null;

    private static int Quantity(EbayLineItem line) =>
        line.Quantity is > 0 and var quantity ? quantity : throw new MappingException($"lineItems.quantity '{line.Quantity}' is not a positive number.");

    /// <summary>lineItemCost is the unit price times the quantity, before discounts.</summary>
    private static Money UnitPrice(EbayLineItem line, string currency)
    {
        var cost = EbayMoney.From(line.LineItemCost, currency, "lineItems.lineItemCost");
        return new Money(Math.Round(cost.Amount / Quantity(line), 4, MidpointRounding.ToEven), currency);
    }

    /// <summary>The promotions applied to the line; without any listed, the gap between lineItemCost and discountedLineItemCost.</summary>
    private static Money Discount(EbayLineItem line, string currency)
    {
        if (line.AppliedPromotions is { Count: > 0 } promotions)
        {
            return new Money(Math.Abs(EbayMoney.Sum(promotions.Select(p => p.DiscountAmount), currency, "lineItems.appliedPromotions.discountAmount").Amount), currency);
        }

        if (line.DiscountedLineItemCost is { } discounted)
        {
            var cost = EbayMoney.From(line.LineItemCost, currency, "lineItems.lineItemCost").Amount;
            return new Money(Math.Max(0, cost - EbayMoney.From(discounted, currency, "lineItems.discountedLineItemCost").Amount), currency);
        }

        return Money.Zero(currency);
    }

    private static T Required<T>(T? value, string field)
        where T : class =>
        value ?? throw new MappingException($"{field} is missing.");

    private static DateTimeOffset Required(DateTimeOffset? value, string field) =>
        value ?? throw new MappingException($"{field} is missing.");

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new MappingException($"{field} is missing.") : value;
}
