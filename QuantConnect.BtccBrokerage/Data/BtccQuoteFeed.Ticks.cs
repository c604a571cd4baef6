/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Data
{
    public sealed partial class BtccQuoteFeed
    {
        /// <summary>
        /// <c>tickinfo</c> on the main socket: quotes (no sizes) unless the symbol's depth socket is up, and the trade
        /// its last price and volume show when they changed (<see cref="BtccTickTrades"/>).
        /// </summary>
        private void OnTickInfo(FeedSocket socket, BtccTickInfo info)
        {
            Tick? quote = null, trade = null;
            BrokerageMessageEvent? resumed;
            lock (_gate)
            {
                resumed = TouchLocked(socket);
                if (socket.DepthSecId == null && !socket.Retired && _symbols.TryGetValue(info.SecId, out var wanted))
                {
                    if (wanted.Quotes
                        && (info.Bid > 0 || info.Ask > 0) // a book of nulls says nothing
                        && wanted.Depth is not { Connected: true, Down: false }
                        && _quotes.IsNew(info.SecId, info.Bid, 0m, info.Ask, 0m, info.Time))
                    {
                        quote = BtccTickConverter.ToQuoteTick(info, wanted.Symbol, wanted.TimeZone);
                    }
                    if (_tickTrades.TryDerive(info, out var derived) && wanted.Trades && _trades.IsNew(derived))
                    {
                        trade = BtccTickConverter.ToTradeTick(derived, wanted.Symbol, wanted.TimeZone);
                    }
                }
            }
            Raise(resumed);
            Emit(quote);
            Emit(trade);
        }

        /// <summary><c>tickinfo_deep</c>: quotes with level-0 sizes from the symbol's own depth socket.</summary>
        private void OnDepth(FeedSocket socket, BtccDepth depth)
        {
            Tick? tick = null;
            BrokerageMessageEvent? resumed;
            lock (_gate)
            {
                resumed = TouchLocked(socket);
                if (socket.DepthSecId == depth.SecId
                    && _symbols.TryGetValue(depth.SecId, out var wanted) && wanted.Quotes && ReferenceEquals(wanted.Depth, socket))
                {
                    var candidate = BtccTickConverter.ToQuoteTick(depth, wanted.Symbol, wanted.TimeZone);
                    if ((candidate.BidPrice > 0 || candidate.AskPrice > 0)
                        && _quotes.IsNew(depth.SecId, candidate.BidPrice, candidate.BidSize, candidate.AskPrice, candidate.AskSize, depth.Time))
                    {
                        tick = candidate;
                    }
                }
            }
            Raise(resumed);
            Emit(tick);
        }

        /// <summary><c>dealticksnap</c>: trades from the main socket, each delivered once (tickinfo's included).</summary>
        private void OnDeal(FeedSocket socket, BtccDealTick deal)
        {
            Tick? tick = null;
            BrokerageMessageEvent? resumed;
            lock (_gate)
            {
                resumed = TouchLocked(socket);
                if (socket.DepthSecId == null
                    && _symbols.TryGetValue(deal.SecId, out var wanted) && wanted.Trades
                    && deal.Price > 0 && deal.Volume > 0 && _trades.IsNew(deal))
                {
                    tick = BtccTickConverter.ToTradeTick(deal, wanted.Symbol, wanted.TimeZone);
                }
            }
            Raise(resumed);
            Emit(tick);
        }

        /// <summary>A <c>dealticksnap</c> frame on the main socket: counted, so a stream is told from one-shots.</summary>
        private void OnDealSnapshot(FeedSocket socket, long secId)
        {
            lock (_gate)
            {
                if (socket.DepthSecId == null && !socket.Retired && _symbols.ContainsKey(secId))
                {
                    _tickTrades.OnSnapshot(secId);
                }
            }
        }

        /// <summary>Notes data on a socket; returns an Information message when this ends a reported silence.</summary>
        private BrokerageMessageEvent? TouchLocked(FeedSocket socket)
        {
            if (socket.Retired)
            {
                return null;
            }
            socket.LastDataTicks = NowTicks;
            if (!socket.Silent)
            {
                return null;
            }
            socket.Silent = false;
            if (AllSocketsLocked().Any(s => s.Silent))
            {
                return null;
            }
            BtccLog.Trace(Source, "Watchdog", "quote data flows again");
            return new BrokerageMessageEvent(BrokerageMessageType.Information, "QuotesResumed", "BTCC quote data flows again.");
        }

        private IEnumerable<FeedSocket> AllSocketsLocked()
            => _main == null ? _depthSockets : _depthSockets.Append(_main);
    }
}
