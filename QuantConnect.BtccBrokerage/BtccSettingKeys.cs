/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// Every <c>btcc-*</c> key the plugin and its ToolBox read, in one place (README "Configuration keys").
    /// <see cref="BtccSettingsReader"/> is their one reader.
    /// </summary>
    public static class BtccSettingKeys
    {
        /// <summary>REST base address (default BTCC's production address).</summary>
        public const string ApiUrl = "btcc-api-url";
        /// <summary>Quote-websocket address (default BTCC's production address).</summary>
        public const string WebSocketUrl = "btcc-websocket-url";
        /// <summary>Login e-mail or mobile number.</summary>
        public const string UserName = "btcc-user-name";
        /// <summary>Login password.</summary>
        public const string Password = "btcc-password";
        /// <summary>API key.</summary>
        public const string ApiKey = "btcc-api-key";
        /// <summary>API secret.</summary>
        public const string ApiSecret = "btcc-api-secret";
        /// <summary>Company id (BTCC documents 1, the default).</summary>
        public const string CompanyId = "btcc-company-id";
        /// <summary>Leverage choice (see <see cref="Symbols.BtccLeverageSetting"/>).</summary>
        public const string Leverage = "btcc-leverage";
        /// <summary>Fill-poller period, in milliseconds: how often BTCC's lists are read while an order works.</summary>
        public const string PollInterval = "btcc-poll-interval-ms";
        /// <summary>Idle fill-poller period, in milliseconds (see <see cref="BtccBrokerageSettings.IdlePollInterval"/>).</summary>
        public const string IdlePollInterval = "btcc-idle-poll-interval-ms";
        /// <summary>Adaptive polling switch: <c>true</c> (default) or <c>false</c> (see <see cref="BtccBrokerageSettings.AdaptivePolling"/>).</summary>
        public const string AdaptivePolling = "btcc-adaptive-polling";
        /// <summary>REST request budget, requests per second.</summary>
        public const string RequestsPerSecond = "btcc-requests-per-second";
        /// <summary>Signature value encoding: <c>encoded</c> (default) or <c>raw</c> (see <see cref="Api.BtccSignEncoding"/>).</summary>
        public const string SignEncoding = "btcc-sign-encoding";
        /// <summary>POST parameter transport: <c>query</c> (default) or <c>form</c> (see <see cref="Api.BtccPostParameters"/>).</summary>
        public const string PostParameters = "btcc-post-parameters";
        /// <summary>Token-invalid reply codes: a <c>;</c>- or <c>,</c>-separated list (default <c>207</c>).</summary>
        public const string TokenInvalidCodes = "btcc-token-invalid-codes";

        /// <summary>
        /// Fill-ledger file: where the ids of fills already reported to LEAN are kept across restarts.
        /// <c>{accountId}</c> in the value is replaced by the BTCC account id; relative paths are relative to
        /// LEAN's working directory. Empty disables persistence.
        /// </summary>
        public const string FillLedgerPath = "btcc-fill-ledger-path";

        /// <summary>Seconds without quote data on a subscribed socket before it is reported and reconnected.</summary>
        public const string QuoteSilenceTimeout = "btcc-quote-silence-timeout-s";
        /// <summary>How many extra sockets may carry depth (<c>deep</c>) subscriptions, one symbol each.</summary>
        public const string QuoteMaxDepthSockets = "btcc-quote-max-depth-sockets";
        /// <summary>Seconds of exchange time within which a repeated trade (SecID, T, P, V) is a duplicate.</summary>
        public const string QuoteTradeDedupeWindow = "btcc-quote-trade-dedupe-window-s";

        /// <summary>Keys whose values are secrets: never echoed in an error or a log line.</summary>
        public static readonly IReadOnlySet<string> Secrets = new HashSet<string>(StringComparer.Ordinal) { Password, ApiKey, ApiSecret };
    }
}
