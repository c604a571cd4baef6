/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using System.Text;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// Everything the BTCC clients need to reach the exchange: endpoints, credentials and the pacing,
    /// retry and keep-alive knobs. BTCC publishes no rate limits and bans abusers, so the defaults are
    /// conservative.
    /// </summary>
    public sealed class BtccApiSettings
    {
        /// <summary>BTCC's documented REST base address.</summary>
        public const string DefaultRestUrl = "https://api1.btloginc.com:9081";

        /// <summary>
        /// The quote-websocket address BTCC's own web page uses. The PDF's <c>wss://kapi1.btloginc.com:9082</c> fails
        /// both ways it was tried live: its root path answers the upgrade with 404 (the upgrade succeeds at
        /// <c>/quot/reqloginNew</c>) and its certificate names *.btcc.com, not the host.
        /// </summary>
        public const string DefaultWebSocketUrl = "wss://wkd2.btloginc.com/quot/reqloginNew";

        /// <summary>The longest heartbeat gap BTCC allows before a token or quote session dies.</summary>
        public static readonly TimeSpan MaxKeepAliveInterval = TimeSpan.FromSeconds(20);

        /// <summary>
        /// The longest quote heartbeat period allowed: half the 30.5 s after which BTCC's live quote servers close a
        /// socket that sent no KeepLive, so one late or lost heartbeat does not cost the connection.
        /// </summary>
        public static readonly TimeSpan MaxQuoteKeepAliveInterval = TimeSpan.FromSeconds(15);

        /// <summary>REST base address.</summary>
        public string RestUrl { get; set; } = DefaultRestUrl;

        /// <summary>Quote-websocket address.</summary>
        public string WebSocketUrl { get; set; } = DefaultWebSocketUrl;

        /// <summary>Login e-mail address or mobile number.</summary>
        public string UserName { get; set; } = string.Empty;

        /// <summary>Login password.</summary>
        public string Password { get; set; } = string.Empty;

        /// <summary>API access key (also the quote-websocket login key).</summary>
        public string ApiKey { get; set; } = string.Empty;

        /// <summary>API secret used to sign requests; never sent.</summary>
        public string ApiSecret { get; set; } = string.Empty;

        /// <summary>BTCC company id sent at login (BTCC documents 1).</summary>
        public int CompanyId { get; set; } = 1;

        /// <summary>Sustained REST request budget (token bucket refill rate).</summary>
        public double RequestsPerSecond { get; set; } = 5;

        /// <summary>Requests that may be sent back to back before pacing starts.</summary>
        public int RequestBurst { get; set; } = 5;

        /// <summary>
        /// Sustained budget of quote-websocket <c>ReqKline</c> requests (history paging). BTCC publishes no
        /// websocket limits and bans abusers, and a long history is many pages back to back (a week of minute
        /// bars is about 21 pages of 500), so pages are spaced out at a conservative pace instead of bursting.
        /// </summary>
        public double KlineRequestsPerSecond { get; set; } = 5;

        /// <summary>ReqKline requests that may go back to back before pacing starts (1: evenly spaced).</summary>
        public int KlineRequestBurst { get; set; } = 1;

        /// <summary>First pause after an HTTP 429; it doubles on each further 429 and resets after a success.</summary>
        public TimeSpan ThrottleBackoff { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Longest pause after repeated HTTP 429 replies.</summary>
        public TimeSpan MaxThrottleBackoff { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How many HTTP 429 replies one request tolerates before failing.</summary>
        public int MaxThrottleRetries { get; set; } = 20;

        /// <summary>Trading-session heartbeat period (<c>/v1/user/keepalive</c>); at most 20 s.</summary>
        public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Quote-websocket heartbeat period (<c>KeepLive</c>); at most 15 s (<see cref="MaxQuoteKeepAliveInterval"/>).</summary>
        public TimeSpan QuoteKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How long one REST request may take before it counts as timed out.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Retries of a read after HTTP 5xx, a timeout or a dropped connection.</summary>
        public int ReadRetryCount { get; set; } = 3;

        /// <summary>First delay between read retries (exponential, with jitter).</summary>
        public TimeSpan ReadRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>
        /// Re-sends allowed for a write whose outcome was ambiguous and whose effect the exchange's lists
        /// did not show. Writes are never re-sent without that look-up.
        /// </summary>
        public int WriteResendCount { get; set; } = 1;

        /// <summary>Clock tolerance when matching a write's effect by exchange timestamps.</summary>
        public TimeSpan WriteMatchClockTolerance { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>
        /// BTCC reply codes meaning "token invalid" (setting <c>btcc-token-invalid-codes</c>): the client logs in
        /// again, once, and re-sends the request. BTCC documents no code table; 207 is the code seen for a stale key
        /// at login, so a request refused with it is worth one fresh login (which names the key problem if there is one).
        /// </summary>
        public ISet<int> TokenInvalidCodes { get; set; } = new HashSet<int>(DefaultTokenInvalidCodes);

        /// <summary>The default <see cref="TokenInvalidCodes"/>.</summary>
        public static readonly IReadOnlyList<int> DefaultTokenInvalidCodes = [207];

        /// <summary>
        /// How values are written into the signed string (setting <c>btcc-sign-encoding</c>). A login refused under
        /// one variant is retried once under the other when they differ; the one BTCC accepts is kept.
        /// </summary>
        public BtccSignEncoding SignEncoding { get; set; } = BtccSignEncoding.Encoded;

        /// <summary>Where POSTs carry their parameters (setting <c>btcc-post-parameters</c>).</summary>
        public BtccPostParameters PostParameters { get; set; } = BtccPostParameters.Query;

        /// <summary>First quote-websocket reconnect delay (exponential, with jitter).</summary>
        public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Longest quote-websocket reconnect delay.</summary>
        public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>How long the quote websocket waits for its login reply or a kline reply.</summary>
        public TimeSpan WebSocketReplyTimeout { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Page size used by the fetch-all-pages helpers.</summary>
        public int PageSize { get; set; } = 100;

        /// <summary>
        /// Refuses unusable settings: missing credentials, plain-text transport to anything but this machine,
        /// heartbeats slower than BTCC's 20-second limit.
        /// </summary>
        /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
        public void Validate()
        {
            ValidateUrl(nameof(RestUrl), RestUrl, "https", "http");
            ValidateUrl(nameof(WebSocketUrl), WebSocketUrl, "wss", "ws");
            Require(nameof(UserName), UserName);
            Require(nameof(Password), Password);
            Require(nameof(ApiKey), ApiKey);
            Require(nameof(ApiSecret), ApiSecret);
            Positive(nameof(RequestsPerSecond), RequestsPerSecond);
            Positive(nameof(RequestBurst), RequestBurst);
            Positive(nameof(KlineRequestsPerSecond), KlineRequestsPerSecond);
            Positive(nameof(KlineRequestBurst), KlineRequestBurst);
            Positive(nameof(RequestTimeout), RequestTimeout);
            Positive(nameof(ThrottleBackoff), ThrottleBackoff);
            Positive(nameof(ReconnectDelay), ReconnectDelay);
            Positive(nameof(WebSocketReplyTimeout), WebSocketReplyTimeout);
            Positive(nameof(PageSize), PageSize);
            if (ReadRetryCount < 0) throw new ArgumentException($"{nameof(ReadRetryCount)} must not be negative.", nameof(ReadRetryCount));
            if (WriteResendCount < 0) throw new ArgumentException($"{nameof(WriteResendCount)} must not be negative.", nameof(WriteResendCount));
            Heartbeat(nameof(KeepAliveInterval), KeepAliveInterval, MaxKeepAliveInterval);
            Heartbeat(nameof(QuoteKeepAliveInterval), QuoteKeepAliveInterval, MaxQuoteKeepAliveInterval);
        }

        /// <summary>The settings without any secret: credentials are shown only as set or not set.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append("RestUrl=").Append(RestUrl)
                .Append(", WebSocketUrl=").Append(WebSocketUrl)
                .Append(", UserName=").Append(Shown(UserName))
                .Append(", Password=").Append(Shown(Password))
                .Append(", ApiKey=").Append(Shown(ApiKey))
                .Append(", ApiSecret=").Append(Shown(ApiSecret))
                .Append(", CompanyId=").Append(CompanyId)
                .Append(", SignEncoding=").Append(SignEncoding.Name())
                .Append(", PostParameters=").Append(PostParameters.Name())
                .Append(", TokenInvalidCodes=").Append(string.Join(';', TokenInvalidCodes.Order()))
                .Append(", RequestsPerSecond=").Append(RequestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(", KlineRequestsPerSecond=").Append(KlineRequestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(", KeepAliveInterval=").Append(KeepAliveInterval)
                .Append(", QuoteKeepAliveInterval=").Append(QuoteKeepAliveInterval)
                .Append(", RequestTimeout=").Append(RequestTimeout);
            return text.ToString();
        }

        /// <summary>Whether <paramref name="host"/> names this machine (localhost, 127.0.0.0/8, ::1).</summary>
        public static bool IsLoopbackHost(string host)
        {
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            var trimmed = host.Trim('[', ']');
            return IPAddress.TryParse(trimmed, out var address) && IPAddress.IsLoopback(address);
        }

        private static string Shown(string value) => string.IsNullOrEmpty(value) ? "<not set>" : "***";

        private static void ValidateUrl(string name, string value, string secureScheme, string plainScheme)
        {
            if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
            {
                throw new ArgumentException($"{name} must be an absolute {secureScheme}:// address.", name);
            }
            if (uri.Scheme == secureScheme)
            {
                return;
            }
            if (uri.Scheme == plainScheme)
            {
                if (IsLoopbackHost(uri.Host))
                {
                    return;
                }
                throw new ArgumentException(
                    $"{name} uses unencrypted {plainScheme}:// to '{uri.Host}'; only {secureScheme}:// is allowed except for a loopback host (localhost, 127.0.0.0/8, ::1).",
                    name);
            }
            throw new ArgumentException($"{name} must use {secureScheme}:// (got '{uri.Scheme}').", name);
        }

        private static void Require(string name, string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"{name} is required.", name);
            }
        }

        private static void Positive(string name, double value)
        {
            if (!(value > 0))
            {
                throw new ArgumentException($"{name} must be positive.", name);
            }
        }

        private static void Positive(string name, TimeSpan value)
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException($"{name} must be positive.", name);
            }
        }

        private static void Heartbeat(string name, TimeSpan value, TimeSpan maximum)
        {
            if (value <= TimeSpan.Zero || value > maximum)
            {
                throw new ArgumentException($"{name} must be positive and at most {maximum.TotalSeconds:0} seconds (BTCC drops silent sessions).", name);
            }
        }
    }
}
