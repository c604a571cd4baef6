/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Execution;
using QuantConnect.Orders;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// Wiring of the fill engine (<see cref="BtccFillEngine"/>, under <c>Execution/</c>) to LEAN's events: its order
    /// events, messages and account reads become <see cref="Brokerage.OnOrderEvent(OrderEvent)"/>,
    /// <see cref="Brokerage.OnMessage"/> and <see cref="Brokerage.OnAccountChanged"/>, raised through
    /// <see cref="BtccEventLanes"/> once no lock of the engine is held, so a handler may place, update or cancel at once.
    /// </summary>
    public partial class BtccBrokerage : IBtccFillSink
    {
        private readonly BtccEventLanes _events = new();
        private BtccFillEngine? _engine;
        private decimal _lastBalance;

        /// <summary>Where the fill ledger is saved (null: in memory only, or not connected yet).</summary>
        internal string? FillLedgerPath => _engine?.LedgerPath;

        /// <summary>The fill engine's session (unix seconds), part of every refid it sends; 0 before the session started.</summary>
        internal long SessionSeconds => _engine?.SessionSeconds ?? 0;

        private bool IsPollerHealthy => _engine?.IsPollerHealthy ?? false;

        /// <summary>Fill-engine polls completed so far.</summary>
        internal long FillPolls => _engine?.Polls ?? 0;

        /// <summary>Whether the adaptive fill poller is idle (nothing works: only the idle interval's reads come).</summary>
        internal bool IsFillPollerIdle => _engine?.IsPollerIdle ?? false;

        /// <summary>The fill engine, created once the REST client exists and kept across reconnects.</summary>
        private BtccFillEngine Engine => _engine ??= new BtccFillEngine(_restClient!, _settings!, this, _orderProvider,
            symbol => InstrumentOf(symbol)?.Name, LeanSymbolOf, symbol => MultipleOf(symbol, LeverageOf(symbol)));

        void IBtccFillSink.OrderEvent(OrderEvent orderEvent) => _events.Post(orderEvent.OrderId, () => OnOrderEvent(orderEvent));

        void IBtccFillSink.Message(BrokerageMessageEvent message) => _events.Post(BtccEventLanes.Brokerage, () => OnMessage(message));

        /// <summary>Raises AccountChanged when the USDT balance moved (fills, fees, funding).</summary>
        void IBtccFillSink.AccountRead(BtccAccount account)
        {
            if (account.Balance == _lastBalance)
            {
                return;
            }
            _lastBalance = account.Balance;
            var changed = new AccountEvent(AccountCurrency, account.Balance);
            _events.Post(BtccEventLanes.Brokerage, () => OnAccountChanged(changed));
        }
    }
}
