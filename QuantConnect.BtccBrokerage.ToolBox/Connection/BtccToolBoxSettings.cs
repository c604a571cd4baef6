using System.Globalization;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Connection
{
    /// <summary>The <c>btcc-*</c> configuration a ToolBox connection needs, read from LEAN's Config.</summary>
    public sealed record BtccToolBoxSettings(
        Uri ApiUrl, Uri WebSocketUrl, string UserName, string Password, string ApiKey, string ApiSecret, int CompanyId)
    {
        /// <summary>Every key read, in the order they are reported when missing.</summary>
        public static readonly IReadOnlyList<string> Keys = new[]
        {
            "btcc-api-url", "btcc-websocket-url", "btcc-user-name", "btcc-password", "btcc-api-key", "btcc-api-secret", "btcc-company-id"
        };

        /// <summary>Reads the settings; a missing or invalid key is reported by name.</summary>
        /// <exception cref="ToolBoxConfigurationException">Keys are missing or invalid.</exception>
        public static BtccToolBoxSettings FromConfig()
        {
            var missing = Keys.Where(k => string.IsNullOrWhiteSpace(Config.Get(k))).ToList();
            if (missing.Count > 0)
            {
                throw new ToolBoxConfigurationException(
                    $"missing configuration {(missing.Count == 1 ? "key" : "keys")} {string.Join(", ", missing)} "
                    + $"(set {(missing.Count == 1 ? "it" : "them")} in config.json or pass --{missing[0]}=...)");
            }
            return new BtccToolBoxSettings(
                ReadUri("btcc-api-url"),
                ReadUri("btcc-websocket-url"),
                Config.Get("btcc-user-name"),
                Config.Get("btcc-password"),
                Config.Get("btcc-api-key"),
                Config.Get("btcc-api-secret"),
                int.TryParse(Config.Get("btcc-company-id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var companyId)
                    ? companyId
                    : throw new ToolBoxConfigurationException($"btcc-company-id must be an integer, not '{Config.Get("btcc-company-id")}'"));
        }

        /// <summary>
        /// Applies the REST choices BTCC's docs leave open (<c>btcc-sign-encoding</c>, <c>btcc-post-parameters</c>,
        /// <c>btcc-token-invalid-codes</c>) from LEAN's Config to <paramref name="api"/>, as the brokerage reads them.
        /// </summary>
        /// <exception cref="ToolBoxConfigurationException">A value is invalid; the message names its key.</exception>
        public static void ApplyRestGuesses(Api.BtccApiSettings api)
        {
            var keys = new[] { BtccBrokerageSettings.SignEncodingKey, BtccBrokerageSettings.PostParametersKey, BtccBrokerageSettings.TokenInvalidCodesKey };
            var errors = new List<string>();
            BtccBrokerageSettings.ReadRestGuesses(keys.ToDictionary(k => k, k => Config.Get(k)), api, errors);
            if (errors.Count > 0)
            {
                throw new ToolBoxConfigurationException(string.Join("; ", errors));
            }
        }

        /// <summary>
        /// The REST and quote client settings for these credentials and endpoints, with the REST choices from
        /// LEAN's Config applied and the whole validated.
        /// </summary>
        /// <exception cref="ToolBoxConfigurationException">A value is invalid; the message names its key.</exception>
        public Api.BtccApiSettings ToApiSettings()
        {
            var api = new Api.BtccApiSettings
            {
                RestUrl = ApiUrl.ToString().TrimEnd('/'),
                WebSocketUrl = WebSocketUrl.ToString().TrimEnd('/'),
                UserName = UserName,
                Password = Password,
                ApiKey = ApiKey,
                ApiSecret = ApiSecret,
                CompanyId = CompanyId
            };
            ApplyRestGuesses(api);
            try
            {
                api.Validate();
            }
            catch (ArgumentException error)
            {
                throw new ToolBoxConfigurationException(error.Message);
            }
            return api;
        }

        /// <summary>Never prints the credentials (the user name included).</summary>
        public override string ToString() => $"{ApiUrl} / {WebSocketUrl} (company {CompanyId})";

        private static Uri ReadUri(string key)
            => Uri.TryCreate(Config.Get(key), UriKind.Absolute, out var uri)
                ? uri
                : throw new ToolBoxConfigurationException($"{key} must be an absolute URL, not '{Config.Get(key)}'");
    }
}
