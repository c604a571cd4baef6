/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Simulator.Faults;
namespace QuantConnect.Brokerages.Btcc.Simulator
{
    /// <summary>
    /// Settings of a <see cref="BtccSimulator"/>: ports, the single demo account it accepts, the seed of its
    /// price paths and the timing knobs that tests shorten.
    /// </summary>
    public sealed class BtccSimulatorOptions
    {
        /// <summary>REST port on 127.0.0.1; 0 picks a free one.</summary>
        public int Port { get; set; }

        /// <summary>Quote websocket port on 127.0.0.1 (a separate listener, like BTCC's 9081/9082); 0 picks a free one.</summary>
        public int WebSocketPort { get; set; }

        /// <summary>The web console's port on 127.0.0.1 (its page and control API, apart from BTCC's API); 0 picks a free one.</summary>
        public int ConsolePort { get; set; }

        /// <summary>The <c>user_name</c> login accepts.</summary>
        public string UserName { get; set; } = "demo@btcc.local";

        /// <summary>The <c>password</c> login accepts.</summary>
        public string Password { get; set; } = "demo-password";

        /// <summary>The <c>api_key</c> login and the quote-websocket login accept.</summary>
        public string ApiKey { get; set; } = "demo-api-key";

        /// <summary>The secret every <c>sign</c> is checked with.</summary>
        public string ApiSecret { get; set; } = "demo-api-secret";

        /// <summary>The <c>company_id</c> login accepts.</summary>
        public int CompanyId { get; set; } = 1;

        /// <summary>The trading account id (<c>accountid</c>).</summary>
        public long AccountId { get; set; } = 320;

        /// <summary>The account number (<c>account_no</c>, the quote-websocket login name).</summary>
        public string AccountNo { get; set; } = "86000402";

        /// <summary>Seed of the price paths, the candle history and the fault dice.</summary>
        public int Seed { get; set; } = 42;

        /// <summary>Starting balance in USDT.</summary>
        public decimal InitialBalance { get; set; } = 100_000m;

        /// <summary>A token dies after this much silence (no call and no keepalive).</summary>
        public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Which BTCC the quote websocket speaks (default: as its live servers do).</summary>
        public BtccQuoteDialect QuoteDialect { get; set; } = BtccQuoteDialect.Live;

        /// <summary>
        /// A quote socket silent this long is closed; null = the dialect's own: live, 30.5 s after the last KeepLive
        /// (as observed, without a close frame); doc, 60 s after the last message (the PDF names no limit).
        /// </summary>
        public TimeSpan? QuoteKeepAliveTimeout { get; set; }

        /// <summary>The price paths step (and quotes push) at this interval; <see cref="TimeSpan.Zero"/> = manual stepping only.</summary>
        public TimeSpan PriceInterval { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>Most candles one <c>Kline</c> reply carries.</summary>
        public int MaxKlinesPerReply { get; set; } = 500;

        /// <summary>
        /// BTCC's docs do not say whether closeposition's <c>direction</c> is the position's side or the closing
        /// (opposite) side. true: the closing side (sell closes a long); false: the position's side. The same
        /// reading applies to the <c>direction</c> of pending close orders (openpending types 3-5).
        /// </summary>
        public bool CloseDirectionIsClosingSide { get; set; } = true;

        /// <summary>
        /// The symbollist's shape: false lists one path per leverage (…BTCUSDT5x, …BTCUSDT20x, …BTCUSDT100x); true only
        /// each pair's highest-leverage path, the way BTCC's live quote dictionary lists pairs. Either way a path's
        /// suffix is the most leverage an order's <c>multiple</c> may ask for on it.
        /// </summary>
        public bool OnePathPerPair { get; set; }

        /// <summary>
        /// BTCC's docs say values are URL-encoded before they are hashed into <c>sign</c>; independent clients
        /// disagree. false: the encoded variant is accepted; true: the raw one. Only one is ever accepted, as at BTCC.
        /// </summary>
        public bool SignsRawValues { get; set; }

        /// <summary>
        /// BTCC's docs put POST parameters in the query string; one client sends a form body. false: POSTs are read
        /// from the query string only; true: from an <c>application/x-www-form-urlencoded</c> body only.
        /// </summary>
        public bool ReadsPostParametersFromForm { get; set; }

        /// <summary>
        /// The code an expired or unknown token is refused with. BTCC documents none; 207 is the code seen for a
        /// stale key at login, and the default here.
        /// </summary>
        public int TokenExpiredCode { get; set; } = SimulatorErrorCodes.TokenExpired;

        /// <summary>
        /// What a limit order on the wrong side of the market (a buy limit at or above the ask, a sell limit at or
        /// below the bid) meets when placed or updated. BTCC does not document it; MT4-style back ends refuse such
        /// pending orders, exchanges fill them at the market's price.
        /// </summary>
        public MarketableLimitPolicy MarketableLimits { get; set; } = MarketableLimitPolicy.FillAtMarket;

        /// <summary>Fault knobs; settable before start and at any time while running.</summary>
        public BtccSimulatorFaults Faults { get; } = new();
    }

    /// <summary>What the simulator does with a limit order that is marketable when placed or updated.</summary>
    public enum MarketableLimitPolicy
    {
        /// <summary>It executes at once at the market's price (the ask for a buy, the bid for a sell), as a taker.</summary>
        FillAtMarket,

        /// <summary>It is refused with <see cref="SimulatorErrorCodes.LimitOnWrongSide"/>; nothing is placed.</summary>
        Refuse
    }
}
