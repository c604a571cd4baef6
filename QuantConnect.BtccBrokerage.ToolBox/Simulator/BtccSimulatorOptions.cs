namespace QuantConnect.Brokerages.Btcc.ToolBox.Simulator
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

        /// <summary>Fault knobs; settable before start and at any time while running.</summary>
        public BtccSimulatorFaults Faults { get; } = new();
    }
}
