/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// The brokerage's configuration, read from LEAN's <c>btcc-*</c> keys (<see cref="BtccSettingKeys"/>) by
    /// <see cref="BtccSettingsReader"/>.
    /// </summary>
    public sealed class BtccBrokerageSettings
    {
        /// <summary>
        /// Default fill-ledger file: in LEAN's working directory (the launcher's folder, beside its log), one
        /// file per BTCC account.
        /// </summary>
        public const string DefaultFillLedgerPath = "./btcc-fill-ledger-{accountId}.json";

        /// <summary>Default fill-poller period.</summary>
        public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(500);

        /// <summary>Default idle fill-poller period.</summary>
        public static readonly TimeSpan DefaultIdlePollInterval = TimeSpan.FromSeconds(20);

        /// <summary>Endpoints, credentials and request pacing of the BTCC clients.</summary>
        public BtccApiSettings Api { get; init; } = new();

        /// <summary>Which leverage variant of each symbol orders go to.</summary>
        public BtccLeverageSetting Leverage { get; init; } = BtccLeverageSetting.Unset;

        /// <summary>
        /// How often BTCC's lists are polled while an order works (with adaptive polling, only the lists that order needs:
        /// orderList for a pending order, dealTodayList for a market order's deal); every poll reads both without it.
        /// </summary>
        public TimeSpan PollInterval { get; init; } = DefaultPollInterval;

        /// <summary>
        /// With adaptive polling, how often orderList and dealTodayList are read while no LEAN order works: the longest an
        /// order or a fill from outside LEAN (the web app, a liquidation) goes unseen, also while orders work. At least
        /// <see cref="PollInterval"/>.
        /// </summary>
        public TimeSpan IdlePollInterval { get; init; } = DefaultIdlePollInterval;

        /// <summary>
        /// Whether the fill poller adapts to what is working (fast and only the lists needed while orders work, right after a
        /// write and when the market reaches a working order; slow when idle). Off: both lists every <see cref="PollInterval"/>,
        /// positions and account when they changed and every tenth poll.
        /// </summary>
        public bool AdaptivePolling { get; init; } = true;

        /// <summary>
        /// How long an order may wait in Submitted (no fill seen) or CancelPending before it is looked up in
        /// BTCC's history and brought to its true state.
        /// </summary>
        public TimeSpan OrderStateTimeout { get; init; } = TimeSpan.FromSeconds(10);

        /// <summary>
        /// How long a request whose reply was lost (HTTP 5xx, a timeout) is looked for in BTCC's lists before the part
        /// of the order it carried is taken as not placed. Longer than any lag of BTCC's lists: the request is never
        /// sent again (a lagging list would make that a second order), so this is the only way it ends.
        /// </summary>
        public TimeSpan UnconfirmedWriteTimeout { get; init; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// How long a fill that matches no LEAN order is held back (the order it belongs to may be reported
        /// late) before it is reported as an order placed outside LEAN.
        /// </summary>
        public TimeSpan UnmatchedFillGrace { get; init; } = TimeSpan.FromSeconds(3);

        /// <summary>
        /// The fill-ledger file (see <see cref="BtccSettingKeys.FillLedgerPath"/>), or null to keep the ledger in memory only:
        /// then a restarted brokerage treats the fills that happened while it was down as history.
        /// </summary>
        public string? FillLedgerPath { get; init; }

        /// <summary>
        /// How long the fill poller may go without a successful poll before its watchdog reports the stall
        /// (a hung request, a dead connection), even while a request is still waiting for its reply.
        /// </summary>
        public TimeSpan PollerStallTimeout { get; init; } = TimeSpan.FromSeconds(15);

        /// <summary>
        /// Whether closeposition's <c>direction</c> is the closing side (sell for a long ticket). BTCC's docs
        /// do not say; the closing side is what a close order is on every other venue.
        /// </summary>
        public bool CloseDirectionIsClosingSide { get; init; } = true;

        /// <summary>The live quote feed's knobs (<c>btcc-quote-*</c>).</summary>
        public BtccQuoteFeedOptions Quotes { get; init; } = new();

        /// <summary>The clock Day and GoodTilDate orders expire by (a fake one in tests).</summary>
        internal TimeProvider Clock { get; init; } = TimeProvider.System;

        /// <summary>
        /// Reads the brokerage's settings; missing or malformed keys are recorded in <paramref name="settings"/>'
        /// errors (each naming its key), absent optional keys keep their defaults.
        /// </summary>
        public static BtccBrokerageSettings Read(BtccSettingsReader settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            var api = ReadApi(settings);
            var leverage = BtccLeverageSetting.Read(settings);
            var pollMs = settings.Integer(BtccSettingKeys.PollInterval, (int)DefaultPollInterval.TotalMilliseconds, 1, "a positive number of milliseconds");
            var idleMs = settings.Integer(BtccSettingKeys.IdlePollInterval, Math.Max(pollMs, (int)DefaultIdlePollInterval.TotalMilliseconds), pollMs,
                $"a number of milliseconds of at least {BtccSettingKeys.PollInterval} ({pollMs} ms)");
            var adaptive = settings.Parsed(BtccSettingKeys.AdaptivePolling, true, bool.TryParse, "true or false");
            var ledger = settings.Raw(BtccSettingKeys.FillLedgerPath) switch
            {
                null => DefaultFillLedgerPath,
                { Length: 0 } => null,
                var path => path
            };
            return new BtccBrokerageSettings
            {
                Api = api,
                Leverage = leverage,
                PollInterval = TimeSpan.FromMilliseconds(pollMs),
                IdlePollInterval = TimeSpan.FromMilliseconds(idleMs),
                AdaptivePolling = adaptive,
                FillLedgerPath = ledger,
                Quotes = BtccQuoteFeedOptions.Read(settings)
            };
        }

        /// <summary>
        /// Reads the endpoints, credentials, request budget and REST choices, and validates them (a problem is
        /// recorded naming its key).
        /// </summary>
        public static BtccApiSettings ReadApi(BtccSettingsReader settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            var api = new BtccApiSettings
            {
                RestUrl = settings.Text(BtccSettingKeys.ApiUrl, BtccApiSettings.DefaultRestUrl),
                WebSocketUrl = settings.Text(BtccSettingKeys.WebSocketUrl, BtccApiSettings.DefaultWebSocketUrl),
                UserName = settings.Required(BtccSettingKeys.UserName),
                Password = settings.Required(BtccSettingKeys.Password),
                ApiKey = settings.Required(BtccSettingKeys.ApiKey),
                ApiSecret = settings.Required(BtccSettingKeys.ApiSecret),
                CompanyId = settings.Integer(BtccSettingKeys.CompanyId, 1, int.MinValue, "an integer")
            };
            var rps = settings.Number(BtccSettingKeys.RequestsPerSecond, 0, double.Epsilon, "a positive number");
            if (rps > 0)
            {
                api.RequestsPerSecond = rps;
                api.RequestBurst = Math.Max(api.RequestBurst, (int)Math.Ceiling(rps));
            }
            ReadRestChoices(settings, api);
            if (settings.Errors.Count == 0)
            {
                try
                {
                    api.Validate();
                }
                catch (ArgumentException error)
                {
                    settings.Invalid(KeyOf(error.ParamName), error.Message);
                }
            }
            return api;
        }

        /// <summary>
        /// Reads the REST choices BTCC's docs leave open into <paramref name="api"/>: <see cref="BtccSettingKeys.SignEncoding"/>,
        /// <see cref="BtccSettingKeys.PostParameters"/> and <see cref="BtccSettingKeys.TokenInvalidCodes"/>; absent keys keep the defaults.
        /// </summary>
        public static void ReadRestChoices(BtccSettingsReader settings, BtccApiSettings api)
        {
            ArgumentNullException.ThrowIfNull(settings);
            ArgumentNullException.ThrowIfNull(api);
            api.SignEncoding = settings.Parsed(BtccSettingKeys.SignEncoding, api.SignEncoding, BtccSignEncodings.TryParse, "encoded or raw");
            api.PostParameters = settings.Parsed(BtccSettingKeys.PostParameters, api.PostParameters, BtccPostParameterModes.TryParse, "query or form");
            api.TokenInvalidCodes = settings.Parsed(BtccSettingKeys.TokenInvalidCodes, api.TokenInvalidCodes, TryParseCodes, "BTCC reply codes such as 207 or 207;1001");
        }

        /// <summary>
        /// Reads a list of BTCC reply codes such as <c>207</c> or <c>207; 1001</c> (<c>;</c> or <c>,</c> between
        /// them); false when an entry is not a non-zero integer (0 is success) or there is none.
        /// </summary>
        public static bool TryParseCodes(string text, out ISet<int> codes)
        {
            codes = new HashSet<int>();
            foreach (var item in text.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) || code == 0)
                {
                    return false;
                }
                codes.Add(code);
            }
            return codes.Count > 0;
        }

        private static string KeyOf(string? apiSettingName) => apiSettingName switch
        {
            nameof(BtccApiSettings.RestUrl) => BtccSettingKeys.ApiUrl,
            nameof(BtccApiSettings.WebSocketUrl) => BtccSettingKeys.WebSocketUrl,
            nameof(BtccApiSettings.UserName) => BtccSettingKeys.UserName,
            nameof(BtccApiSettings.Password) => BtccSettingKeys.Password,
            nameof(BtccApiSettings.ApiKey) => BtccSettingKeys.ApiKey,
            nameof(BtccApiSettings.ApiSecret) => BtccSettingKeys.ApiSecret,
            nameof(BtccApiSettings.RequestsPerSecond) or nameof(BtccApiSettings.RequestBurst) => BtccSettingKeys.RequestsPerSecond,
            _ => apiSettingName ?? "btcc-*"
        };
    }
}
