/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using NodaTime;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Data;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Configuration;
using QuantConnect.Data;
using QuantConnect.Data.Market;
using QuantConnect.Packets;
using QuantConnect.Util;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// The data queue handler: LEAN subscriptions -> <see cref="BtccQuoteFeed"/> (BTCC quote websockets) ->
    /// ticks -> <see cref="IDataAggregator"/>. Serves Trade and Quote ticks of btcc crypto futures; quote
    /// subscriptions get a depth socket each (sizes on their ticks) up to <see cref="BtccQuoteFeedOptions.MaxDepthSockets"/>.
    /// </summary>
    public partial class BtccBrokerage
    {
        private readonly object _aggregatorLock = new();
        private readonly object _feedLock = new();
        private readonly ConcurrentDictionary<Symbol, DateTimeZone> _exchangeTimeZones = new();
        private readonly HashSet<Symbol> _refusedSymbols = new();
        private EventBasedDataQueueHandlerSubscriptionManager? _subscriptionManager;
        private BtccQuoteFeedOptions? _quoteFeedOptions;
        private BtccQuoteFeed? _quoteFeed;

        /// <summary>The live quote feed, once the session started (null before and after a disconnect).</summary>
        internal BtccQuoteFeed? QuoteFeed
        {
            get { lock (_feedLock) return _quoteFeed; }
        }

        /// <summary>
        /// Options of the quote feed; set before the session starts to override the settings' <c>btcc-quote-*</c> values.
        /// </summary>
        internal BtccQuoteFeedOptions? QuoteFeedOptions
        {
            get { lock (_feedLock) return _quoteFeedOptions; }
            set { lock (_feedLock) _quoteFeedOptions = value; }
        }

        /// <summary>
        /// Subscribes to a btcc crypto future's Trade or Quote ticks. Returns null, as LEAN data queue handlers do,
        /// for what BTCC cannot serve (other markets or security types, other tick types, unknown symbols); a
        /// Warning message says why, once per symbol.
        /// </summary>
        public IEnumerator<BaseData>? Subscribe(SubscriptionDataConfig dataConfig, EventHandler newDataAvailableHandler)
        {
            ArgumentNullException.ThrowIfNull(dataConfig);
            if (!CanSubscribe(dataConfig))
            {
                return null;
            }
            EnsureSession();
            if (ListingRefusal(dataConfig.Symbol) is { } refusal)
            {
                RefuseOnce(dataConfig.Symbol, $"{refusal}: no live data for it.");
                return null;
            }
            var aggregator = _aggregator ?? throw new InvalidOperationException("BtccBrokerage has no data aggregator: use the full constructor or SetJob.");
            _exchangeTimeZones[dataConfig.Symbol] = dataConfig.ExchangeTimeZone ?? DateTimeZone.Utc;
            var enumerator = aggregator.Add(dataConfig, newDataAvailableHandler);
            SubscriptionManager.Subscribe(dataConfig);
            return enumerator;
        }

        /// <summary>Ends a subscription: the feed stops delivering the symbol's ticks of that type.</summary>
        public void Unsubscribe(SubscriptionDataConfig dataConfig)
        {
            ArgumentNullException.ThrowIfNull(dataConfig);
            SubscriptionManager.Unsubscribe(dataConfig);
            _aggregator?.Remove(dataConfig);
        }

        /// <summary>
        /// Used when LEAN takes this class only as its data queue handler: reads the settings from the job's
        /// brokerage data, gets LEAN's data aggregator and starts the session.
        /// </summary>
        /// <exception cref="ArgumentException">Required <c>btcc-*</c> keys are missing or malformed.</exception>
        public void SetJob(LiveNodePacket job)
        {
            ArgumentNullException.ThrowIfNull(job);
            var reader = BtccSettingsReader.Of(job.BrokerageData);
            var settings = _settings ?? BtccBrokerageSettings.Read(reader);
            reader.ThrowIfInvalid("BtccBrokerage.SetJob()");
            _settings = settings;
            _job = job;
            _aggregator ??= Composer.Instance.GetExportedValueByTypeName<IDataAggregator>(
                Config.Get("data-aggregator", "QuantConnect.Lean.Engine.DataFeeds.AggregationManager"), forceTypeNameOnExisting: false);
            EnsureSession();
        }

        private EventBasedDataQueueHandlerSubscriptionManager SubscriptionManager
        {
            get
            {
                lock (_feedLock)
                {
                    return _subscriptionManager ??= new EventBasedDataQueueHandlerSubscriptionManager(tickType => tickType.ToString())
                    {
                        SubscribeImpl = (symbols, tickType) => FeedSubscribe(symbols, tickType),
                        UnsubscribeImpl = (symbols, tickType) => QuoteFeed?.Unsubscribe(symbols.Single(), tickType) ?? true
                    };
                }
            }
        }

        private bool FeedSubscribe(IEnumerable<Symbol> symbols, TickType tickType)
        {
            var feed = QuoteFeed ?? throw new InvalidOperationException("BtccBrokerage: the quote feed is not running (session not started).");
            var subscribed = true;
            foreach (var symbol in symbols)
            {
                // the SecID is found once the quote socket has BTCC's dictionary; an unrouted symbol gets a Warning there
                subscribed &= feed.Subscribe(symbol, ExchangeTimeZoneOf(symbol), tickType);
            }
            return subscribed;
        }

        private DateTimeZone ExchangeTimeZoneOf(Symbol symbol) => _exchangeTimeZones.TryGetValue(symbol, out var zone) ? zone : DateTimeZone.Utc;

        /// <summary>
        /// Why BTCC serves no data for a btcc symbol: not in this account's symbol list, or not margined in USDT
        /// (USDC, coin-margined and USDX contracts share the quote socket but not the plugin's USDT accounting); null when served.
        /// </summary>
        private string? ListingRefusal(Symbol symbol)
        {
            IReadOnlyList<BtccSymbolInfo> variants;
            try
            {
                variants = _symbolMapper?.GetVariants(symbol) ?? Array.Empty<BtccSymbolInfo>();
            }
            catch (ArgumentException)
            {
                variants = Array.Empty<BtccSymbolInfo>();
            }
            if (variants.Count == 0)
            {
                return $"BTCC does not list {symbol.Value} for this account";
            }
            var family = BtccMarginFamilies.Of(variants[0], symbol.Value);
            return BtccMarginFamilies.Refusal(family, symbol.Value, variants[0].MarginCurrency);
        }

        /// <summary>The quote feed's routes: the account's instruments through a login's quote dictionary.</summary>
        private BtccQuoteRoutes BuildQuoteRoutes(IReadOnlyCollection<BtccQuoteProduct> dictionary) => BtccQuoteRoutes.Build(_symbolMapper, dictionary);

        private bool CanSubscribe(SubscriptionDataConfig config)
        {
            var symbol = config.Symbol;
            if (!BtccMarket.IsBtccCryptoFuture(symbol))
            {
                RefuseOnce(symbol, $"BTCC serves only {BtccMarket.Name} crypto futures: no live data for {symbol.Value} ({symbol.SecurityType}, market {symbol.ID.Market}).");
                return false;
            }
            if (config.TickType is not (TickType.Trade or TickType.Quote))
            {
                BtccLog.Trace("BtccBrokerage", "Subscribe", $"{symbol.Value}: {config.TickType} ticks are not published by BTCC; subscription skipped");
                return false;
            }
            return true;
        }

        private void RefuseOnce(Symbol symbol, string text)
        {
            lock (_refusedSymbols)
            {
                if (!_refusedSymbols.Add(symbol))
                {
                    return;
                }
            }
            BtccLog.Trace("BtccBrokerage", "Subscribe", "WARNING " + text);
            OnMessage(new BrokerageMessageEvent(BrokerageMessageType.Warning, "UnsupportedSubscription", text));
        }

        /// <summary>Hands a tick to the aggregator (one at a time: LEAN's aggregator is not thread-safe).</summary>
        private void EmitTick(Tick tick)
        {
            // the market reaching a working order's price is the fill engine's cue to poll at once
            _engine?.OnMarket(tick);
            var aggregator = _aggregator;
            if (aggregator == null)
            {
                return;
            }
            lock (_aggregatorLock)
            {
                aggregator.Update(tick);
            }
        }

        /// <summary>Starts the quote feed with the session and restores subscriptions made before a disconnect.</summary>
        partial void OnSessionStarted()
        {
            var accountNo = _restClient?.Session?.AccountNo;
            if (string.IsNullOrEmpty(accountNo) || _settings == null)
            {
                BtccLog.Error("BtccBrokerage", "OnSessionStarted", "no account number after login: the quote feed cannot log in");
                return;
            }
            var api = _settings.Api;
            BtccQuoteFeed feed;
            lock (_feedLock)
            {
                if (_quoteFeed != null)
                {
                    return;
                }
                feed = new BtccQuoteFeed(_quoteFeedOptions ?? _settings.Quotes, () => new BtccQuoteWebSocketClient(api, accountNo), BuildQuoteRoutes, EmitTick, OnMessage);
                _quoteFeed = feed;
            }
            if (_subscriptionManager != null)
            {
                foreach (var tickType in new[] { TickType.Trade, TickType.Quote })
                {
                    foreach (var symbol in _subscriptionManager.GetSubscribedSymbols(tickType))
                    {
                        FeedSubscribe(new[] { symbol }, tickType);
                    }
                }
            }
        }

        /// <summary>Closes the quote sockets.</summary>
        partial void OnDisconnecting()
        {
            BtccQuoteFeed? feed;
            lock (_feedLock)
            {
                feed = _quoteFeed;
                _quoteFeed = null;
            }
            feed?.Dispose();
        }
    }
}
