using System.Globalization;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// The brokerage's configuration, read from LEAN's <c>btcc-*</c> brokerage-data keys.
    /// </summary>
    public sealed class BtccBrokerageSettings
    {
        /// <summary>REST base address key.</summary>
        public const string ApiUrlKey = "btcc-api-url";
        /// <summary>Quote-websocket address key.</summary>
        public const string WebSocketUrlKey = "btcc-websocket-url";
        /// <summary>Login e-mail or mobile number key.</summary>
        public const string UserNameKey = "btcc-user-name";
        /// <summary>Login password key.</summary>
        public const string PasswordKey = "btcc-password";
        /// <summary>API key key.</summary>
        public const string ApiKeyKey = "btcc-api-key";
        /// <summary>API secret key.</summary>
        public const string ApiSecretKey = "btcc-api-secret";
        /// <summary>Company id key (BTCC documents 1).</summary>
        public const string CompanyIdKey = "btcc-company-id";
        /// <summary>Leverage choice key (see <see cref="BtccLeverageSetting"/>).</summary>
        public const string LeverageKey = BtccLeverageSetting.ConfigKey;
        /// <summary>Fill-poller period key, in milliseconds: how often BTCC's lists are read while an order works.</summary>
        public const string PollIntervalKey = "btcc-poll-interval-ms";
        /// <summary>Idle fill-poller period key, in milliseconds (see <see cref="IdlePollInterval"/>).</summary>
        public const string IdlePollIntervalKey = "btcc-idle-poll-interval-ms";
        /// <summary>Adaptive polling switch key: <c>true</c> (default) or <c>false</c> (see <see cref="AdaptivePolling"/>).</summary>
        public const string AdaptivePollingKey = "btcc-adaptive-polling";
        /// <summary>Optional REST request budget key (requests per second).</summary>
        public const string RequestsPerSecondKey = "btcc-requests-per-second";
        /// <summary>Signature value encoding key: <c>encoded</c> (default) or <c>raw</c> (see <see cref="BtccSignEncoding"/>).</summary>
        public const string SignEncodingKey = BtccSignEncodings.ConfigKey;
        /// <summary>POST parameter transport key: <c>query</c> (default) or <c>form</c> (see <see cref="BtccPostParameters"/>).</summary>
        public const string PostParametersKey = BtccPostParameterModes.ConfigKey;
        /// <summary>Token-invalid reply codes key: a <c>;</c>- or <c>,</c>-separated list (default <c>207</c>).</summary>
        public const string TokenInvalidCodesKey = "btcc-token-invalid-codes";

        /// <summary>
        /// Fill-ledger file key: where the ids of fills already reported to LEAN are kept across restarts.
        /// <c>{accountId}</c> in the value is replaced by the BTCC account id; relative paths are relative to
        /// LEAN's working directory. Empty disables persistence.
        /// </summary>
        public const string FillLedgerPathKey = "btcc-fill-ledger-path";

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
        /// The fill-ledger file (see <see cref="FillLedgerPathKey"/>), or null to keep the ledger in memory only:
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

        /// <summary>
        /// Builds settings from LEAN brokerage data. Missing or malformed required keys are added to
        /// <paramref name="errors"/> (each message names its key); optional keys fall back to defaults.
        /// </summary>
        public static BtccBrokerageSettings FromBrokerageData(IReadOnlyDictionary<string, string> data, ICollection<string> errors)
        {
            ArgumentNullException.ThrowIfNull(data);
            ArgumentNullException.ThrowIfNull(errors);
            var api = new BtccApiSettings
            {
                RestUrl = Optional(data, ApiUrlKey, BtccApiSettings.DefaultRestUrl),
                WebSocketUrl = Optional(data, WebSocketUrlKey, BtccApiSettings.DefaultWebSocketUrl),
                UserName = Required(data, UserNameKey, errors),
                Password = Required(data, PasswordKey, errors),
                ApiKey = Required(data, ApiKeyKey, errors),
                ApiSecret = Required(data, ApiSecretKey, errors),
                CompanyId = OptionalInt(data, CompanyIdKey, 1, errors)
            };
            ReadRestGuesses(data, api, errors);
            var rps = Optional(data, RequestsPerSecondKey, string.Empty);
            if (rps.Length > 0)
            {
                if (double.TryParse(rps, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
                {
                    api.RequestsPerSecond = value;
                    api.RequestBurst = Math.Max(api.RequestBurst, (int)Math.Ceiling(value));
                }
                else
                {
                    errors.Add(Malformed(RequestsPerSecondKey, rps, "a positive number"));
                }
            }
            return Create(api, Optional(data, LeverageKey, string.Empty), OptionalInt(data, PollIntervalKey, (int)DefaultPollInterval.TotalMilliseconds, errors), errors,
                FillLedgerPathOf(data), data);
        }

        /// <summary>
        /// Completes settings from already-read values: parses the leverage text, checks the poll interval
        /// and the API settings; problems are added to <paramref name="errors"/> naming their key.
        /// </summary>
        /// <param name="api">Endpoints and credentials.</param>
        /// <param name="leverage">The <see cref="LeverageKey"/> text.</param>
        /// <param name="pollIntervalMs">The <see cref="PollIntervalKey"/> value.</param>
        /// <param name="errors">Receives one message per problem.</param>
        /// <param name="fillLedgerPath">The fill-ledger file, or null/empty to keep the ledger in memory.</param>
        /// <param name="polling">Brokerage data holding the optional <see cref="IdlePollIntervalKey"/> and <see cref="AdaptivePollingKey"/>, or null for their defaults.</param>
        public static BtccBrokerageSettings Create(BtccApiSettings api, string? leverage, int pollIntervalMs, ICollection<string> errors, string? fillLedgerPath = null,
            IReadOnlyDictionary<string, string>? polling = null)
        {
            var leverageSetting = BtccLeverageSetting.Unset;
            try
            {
                leverageSetting = BtccLeverageSetting.Parse(leverage);
            }
            catch (ArgumentException error)
            {
                errors.Add($"BtccBrokerageSettings: invalid key '{LeverageKey}': {error.Message}");
            }
            if (pollIntervalMs <= 0)
            {
                errors.Add(Malformed(PollIntervalKey, pollIntervalMs.ToString(CultureInfo.InvariantCulture), "a positive number of milliseconds"));
            }
            var (idlePollIntervalMs, adaptive) = ReadPolling(polling, Math.Max(1, pollIntervalMs), errors);
            if (errors.Count == 0)
            {
                try
                {
                    api.Validate();
                }
                catch (ArgumentException error)
                {
                    errors.Add($"BtccBrokerageSettings: invalid setting ({KeyOf(error.ParamName)}): {error.Message}");
                }
            }
            return new BtccBrokerageSettings
            {
                Api = api,
                Leverage = leverageSetting,
                PollInterval = TimeSpan.FromMilliseconds(Math.Max(1, pollIntervalMs)),
                IdlePollInterval = TimeSpan.FromMilliseconds(idlePollIntervalMs),
                AdaptivePolling = adaptive,
                FillLedgerPath = string.IsNullOrWhiteSpace(fillLedgerPath) ? null : fillLedgerPath.Trim()
            };
        }

        /// <summary>
        /// The idle poll interval (default <see cref="DefaultIdlePollInterval"/>, never below the poll interval) and the
        /// adaptive-polling switch (default on) from <paramref name="data"/>; a bad value is added to <paramref name="errors"/>.
        /// </summary>
        private static (int IdleMs, bool Adaptive) ReadPolling(IReadOnlyDictionary<string, string>? data, int pollIntervalMs, ICollection<string> errors)
        {
            var defaultIdle = Math.Max(pollIntervalMs, (int)DefaultIdlePollInterval.TotalMilliseconds);
            if (data == null)
            {
                return (defaultIdle, true);
            }
            var idle = OptionalInt(data, IdlePollIntervalKey, defaultIdle, errors);
            if (idle < pollIntervalMs)
            {
                errors.Add(Malformed(IdlePollIntervalKey, idle.ToString(CultureInfo.InvariantCulture), $"at least {PollIntervalKey} ({pollIntervalMs} ms)"));
                idle = defaultIdle;
            }
            var adaptive = true;
            var text = Optional(data, AdaptivePollingKey, string.Empty);
            if (text.Length > 0 && !bool.TryParse(text, out adaptive))
            {
                errors.Add(Malformed(AdaptivePollingKey, text, "true or false"));
                adaptive = true;
            }
            return (idle, adaptive);
        }

        /// <summary>
        /// Reads the REST choices BTCC's docs leave open into <paramref name="api"/>: <see cref="SignEncodingKey"/>,
        /// <see cref="PostParametersKey"/> and <see cref="TokenInvalidCodesKey"/>. Absent or empty keys keep the
        /// defaults; a bad value is added to <paramref name="errors"/> naming its key.
        /// </summary>
        public static void ReadRestGuesses(IReadOnlyDictionary<string, string> data, BtccApiSettings api, ICollection<string> errors)
        {
            ArgumentNullException.ThrowIfNull(data);
            ArgumentNullException.ThrowIfNull(api);
            ArgumentNullException.ThrowIfNull(errors);
            var encoding = Optional(data, SignEncodingKey, string.Empty);
            if (encoding.Length > 0)
            {
                if (BtccSignEncodings.TryParse(encoding, out var parsed))
                {
                    api.SignEncoding = parsed;
                }
                else
                {
                    errors.Add(Malformed(SignEncodingKey, encoding, "encoded or raw"));
                }
            }
            var post = Optional(data, PostParametersKey, string.Empty);
            if (post.Length > 0)
            {
                if (BtccPostParameterModes.TryParse(post, out var parsed))
                {
                    api.PostParameters = parsed;
                }
                else
                {
                    errors.Add(Malformed(PostParametersKey, post, "query or form"));
                }
            }
            var codes = Optional(data, TokenInvalidCodesKey, string.Empty);
            if (codes.Length > 0)
            {
                if (TryParseCodes(codes, out var parsed))
                {
                    api.TokenInvalidCodes = parsed;
                }
                else
                {
                    errors.Add(Malformed(TokenInvalidCodesKey, codes, "BTCC reply codes such as 207 or 207;1001"));
                }
            }
        }

        /// <summary>
        /// Reads a list of BTCC reply codes such as <c>207</c> or <c>207; 1001</c> (<c>;</c> or <c>,</c> between
        /// them); false when an entry is not a non-zero integer (0 is success) or there is none.
        /// </summary>
        public static bool TryParseCodes(string? text, out HashSet<int> codes)
        {
            codes = new HashSet<int>();
            foreach (var item in (text ?? string.Empty).Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) || code == 0)
                {
                    return false;
                }
                codes.Add(code);
            }
            return codes.Count > 0;
        }

        /// <summary>
        /// The fill-ledger path from brokerage data: the key's value, <see cref="DefaultFillLedgerPath"/> when the
        /// key is absent, null (persistence off) when it is present but empty.
        /// </summary>
        public static string? FillLedgerPathOf(IReadOnlyDictionary<string, string> data)
        {
            ArgumentNullException.ThrowIfNull(data);
            if (!data.TryGetValue(FillLedgerPathKey, out var value))
            {
                return DefaultFillLedgerPath;
            }
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        private static string KeyOf(string? apiSettingName) => apiSettingName switch
        {
            nameof(BtccApiSettings.RestUrl) => ApiUrlKey,
            nameof(BtccApiSettings.WebSocketUrl) => WebSocketUrlKey,
            nameof(BtccApiSettings.UserName) => UserNameKey,
            nameof(BtccApiSettings.Password) => PasswordKey,
            nameof(BtccApiSettings.ApiKey) => ApiKeyKey,
            nameof(BtccApiSettings.ApiSecret) => ApiSecretKey,
            _ => apiSettingName ?? "?"
        };

        private static string Required(IReadOnlyDictionary<string, string> data, string key, ICollection<string> errors)
        {
            if (!data.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"BtccBrokerageSettings: missing key '{key}'");
                return string.Empty;
            }
            return value;
        }

        private static string Optional(IReadOnlyDictionary<string, string> data, string key, string fallback)
            => data.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;

        private static int OptionalInt(IReadOnlyDictionary<string, string> data, string key, int fallback, ICollection<string> errors)
        {
            var text = Optional(data, key, string.Empty);
            if (text.Length == 0)
            {
                return fallback;
            }
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            errors.Add(Malformed(key, text, "an integer"));
            return fallback;
        }

        private static string Malformed(string key, string value, string expected)
            => $"BtccBrokerageSettings: malformed key '{key}' (value '{value}'): expected {expected}";
    }
}
