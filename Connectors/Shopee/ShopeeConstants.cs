namespace CrossBorderHub.Connectors.Shopee;

internal static class ShopeeConstants
{
    public const string Marketplace = "shopee";
    public const string DisplayName = "Shopee";
    public const string ConfigurationSection = "Connectors:Shopee";
    public const string HttpClientName = "shopee";

    public const string GlobalHost = "global";
    public const string ChinaHost = "cn";
    public const string SandboxHost = "sandbox";

    public static readonly Uri GlobalBaseUrl = new("https://partner.shopeemobile.com");
    public static readonly Uri ChinaBaseUrl = new("https://openplatform.shopee.cn");
    public static readonly Uri SandboxBaseUrl = new("https://openplatform.sandbox.test-stable.shopee.sg");

    /// <summary>Refit needs a base address; the signing handler sends each request to its store's host.</summary>
    public static readonly Uri PlaceholderBaseAddress = new("https://shopee.invalid");

    public const string PartnerKeyCredential = "partnerKey";
    public const string AccessTokenCredential = "accessToken";
    public const string RefreshTokenCredential = "refreshToken";

    /// <summary>get_order_list accepts a time range of at most 15 days.</summary>
    public static readonly TimeSpan MaxOrderWindow = TimeSpan.FromDays(15);

    public const int MaxOrderListPageSize = 100;
    public const int MaxOrderDetailBatch = 50;

    public const string UpdateTimeField = "update_time";

    /// <summary>get_item_list pages of at most 100 items; get_item_base_info takes at most 50 item ids; update_stock 50 models.</summary>
    public const int MaxItemListPageSize = 100;
    public const int MaxItemBaseInfoBatch = 50;
    public const int MaxStockListEntries = 50;

    /// <summary>Every item_status get_item_list accepts: deleted and banned items are read too, so they sync as archived or inactive.</summary>
    public static readonly IReadOnlyList<string> ItemStatuses = ["NORMAL", "UNLIST", "REVIEWING", "BANNED", "SELLER_DELETE", "SHOPEE_DELETE"];

    /// <summary>The location id of seller stock held without a warehouse (Shopee sends no location_id then).</summary>
    public const string SellerStockLocation = "seller";

    /// <summary>The location id of Shopee-warehouse stock sent without a location_id.</summary>
    public const string ShopeeStockLocation = "shopee";

    /// <summary>The optional get_order_detail fields the canonical order is built from.</summary>
    public const string OrderDetailOptionalFields =
        "buyer_username,estimated_shipping_fee,recipient_address,actual_shipping_fee,actual_shipping_fee_confirmed,item_list,pay_time,total_amount,fulfillment_flag,package_list,shipping_carrier";

    public static class Paths
    {
        public const string OrderList = "/api/v2/order/get_order_list";
        public const string OrderDetail = "/api/v2/order/get_order_detail";
        public const string RefreshAccessToken = "/api/v2/auth/access_token/get";
        public const string GetAccessToken = "/api/v2/auth/token/get";
        public const string ShippingParameter = "/api/v2/logistics/get_shipping_parameter";
        public const string ShipOrder = "/api/v2/logistics/ship_order";
        public const string TrackingNumber = "/api/v2/logistics/get_tracking_number";
        public const string UpdateStock = "/api/v2/product/update_stock";
        public const string ItemList = "/api/v2/product/get_item_list";
        public const string ItemBaseInfo = "/api/v2/product/get_item_base_info";
        public const string ModelList = "/api/v2/product/get_model_list";
        public const string AuthPartner = "/api/v2/shop/auth_partner";
        public const string ShopInfo = "/api/v2/shop/get_shop_info";
    }

    public static class Query
    {
        public const string PartnerId = "partner_id";
        public const string Timestamp = "timestamp";
        public const string Sign = "sign";
        public const string AccessToken = "access_token";
        public const string ShopId = "shop_id";
    }

    public static class Errors
    {
        public const string Auth = "error_auth";
        public const string Sign = "error_sign";
        public const string Permission = "error_permission";
        public const string Shop = "error_shop";
        public const string Server = "error_server";
        public const string Network = "error_network";
        public const string Param = "error_param";
        public const string NotFound = "error_not_found";
        public const string InvalidAccessToken = "invalid_access_token";
        public const string InvalidAccessTokenPrefixed = "error_invalid_access_token";
        public const string TooManyRequests = "error_too_many_request";
        public const string FailedToGetLock = "logistics.error_too_many_invoke_function";
        public const string UpdateStockFailed = "error_busi_update_stock_failed";
        public const string ItemNotFound = "error_item_not_found";
    }
}
