/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Simulator.Faults
{
    /// <summary>
    /// Misbehaviours the simulator can inject, to prove a client survives them. Thread-safe: tests flip
    /// them while requests are in flight.
    /// </summary>
    public sealed partial class BtccSimulatorFaults
    {
        private readonly object _gate = new();
        private double _serverErrorRate;
        private int _requestBudgetPerSecond;
        private int _requestBudgetBurst;
        private TimeSpan _latency;
        private TimeSpan _quoteLatency;
        private bool _duplicateDeals;
        private bool _reorderDeals;
        private TimeSpan _lateReportDelay;
        private bool _hangRequests;
        private bool _silentQuotes;
        private decimal _partialFillRatio;
        private bool _apiKeyOutOfDate;
        private bool _apiKeyNotTradeAuthorised;
        private IReadOnlySet<string> _quoteDictionaryOmits = new HashSet<string>();

        /// <summary>Fraction (0..1) of REST requests answered HTTP 500/502/503, drawn from a seeded Random.</summary>
        public double ServerErrorRate { get { lock (_gate) return _serverErrorRate; } set { lock (_gate) _serverErrorRate = value; } }

        /// <summary>REST requests allowed per second; beyond it HTTP 429. 0 = unlimited.</summary>
        public int RequestBudgetPerSecond { get { lock (_gate) return _requestBudgetPerSecond; } set { lock (_gate) _requestBudgetPerSecond = value; } }

        /// <summary>
        /// 0 (default): <see cref="RequestBudgetPerSecond"/> counts requests per calendar second. Above 0: the budget is a
        /// token bucket of that many requests refilled at <see cref="RequestBudgetPerSecond"/> (as the client's own budget is).
        /// </summary>
        public int RequestBudgetBurst { get { lock (_gate) return _requestBudgetBurst; } set { lock (_gate) _requestBudgetBurst = value; } }

        /// <summary>
        /// Round trip added to every REST request: half before the endpoint runs (the request travelling), half before
        /// its reply leaves (the reply travelling), so a request sees the exchange as it is half a round trip after it was sent.
        /// </summary>
        public TimeSpan Latency { get { lock (_gate) return _latency; } set { lock (_gate) _latency = value; } }

        /// <summary>One-way delay of every quote-websocket frame the simulator sends (0: none).</summary>
        public TimeSpan QuoteLatency { get { lock (_gate) return _quoteLatency; } set { lock (_gate) _quoteLatency = value; } }

        /// <summary>dealTodayList, profitTodayList and getTradeReport return each item twice.</summary>
        public bool DuplicateDeals { get { lock (_gate) return _duplicateDeals; } set { lock (_gate) _duplicateDeals = value; } }

        /// <summary>Deal lists come back shuffled.</summary>
        public bool ReorderDeals { get { lock (_gate) return _reorderDeals; } set { lock (_gate) _reorderDeals = value; } }

        /// <summary>
        /// New positions, orders and deals are absent from the list endpoints for this long after creation
        /// (the reply of the write that created them still carries them).
        /// </summary>
        public TimeSpan LateReportDelay { get { lock (_gate) return _lateReportDelay; } set { lock (_gate) _lateReportDelay = value; } }

        /// <summary>REST requests hang until this is cleared or the client gives up.</summary>
        public bool HangRequests { get { lock (_gate) return _hangRequests; } set { lock (_gate) _hangRequests = value; } }

        /// <summary>Quote sockets stay open but receive no pushes (replies to requests still flow).</summary>
        public bool SilentQuotes { get { lock (_gate) return _silentQuotes; } set { lock (_gate) _silentQuotes = value; } }

        /// <summary>
        /// Tickers (e.g. ETHUSDT) left out of the quote dictionary sent at login, while still listed in symbollist and
        /// quoted: the account's dictionary then confirms no SecID for them.
        /// </summary>
        public IReadOnlySet<string> QuoteDictionaryOmits
        {
            get { lock (_gate) return _quoteDictionaryOmits; }
            set { lock (_gate) _quoteDictionaryOmits = new HashSet<string>(value ?? new HashSet<string>(), StringComparer.OrdinalIgnoreCase); }
        }

        /// <summary>
        /// 0 = pending orders fill fully when triggered; e.g. 0.5 = each trigger fills half the remaining volume
        /// (at least one volume step) and the order shows status 4 until done.
        /// </summary>
        public decimal PartialFillRatio { get { lock (_gate) return _partialFillRatio; } set { lock (_gate) _partialFillRatio = value; } }

        /// <summary>Logins are refused with 207 "API-keys … aren't up to date", as BTCC answers a stale key.</summary>
        public bool ApiKeyOutOfDate { get { lock (_gate) return _apiKeyOutOfDate; } set { lock (_gate) _apiKeyOutOfDate = value; } }

        /// <summary>
        /// Logins are refused with 209 "API KEY NOT TRADE AUTH", as BTCC answers a key without trade permission (or
        /// used from an IP address it is not bound to).
        /// </summary>
        public bool ApiKeyNotTradeAuthorised { get { lock (_gate) return _apiKeyNotTradeAuthorised; } set { lock (_gate) _apiKeyNotTradeAuthorised = value; } }
    }
}
