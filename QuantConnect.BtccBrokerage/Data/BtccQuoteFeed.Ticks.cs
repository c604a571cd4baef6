using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Data
{
    public sealed partial class BtccQuoteFeed
    {
        /// <summary><c>tickinfo</c>: quotes (no sizes) from the main socket, unless the symbol's depth socket is up.</summary>
        private void OnTickInfo(FeedSocket socket, BtccTickInfo info)
        {
            Tick? tick = null;
            BrokerageMessageEvent? resumed;
            lock (_gate)
            {
                resumed = TouchLocked(socket);
                if (socket.DepthSecId == null
                    && _symbols.TryGetValue(info.SecId, out var wanted) && wanted.Quotes
                    && wanted.Depth is not { Connected: true, Down: false }
                    && _quotes.IsNew(info.SecId, info.Bid, 0m, info.Ask, 0m, info.Time))
                {
                    tick = BtccTickConverter.ToQuoteTick(info, wanted.Symbol, wanted.TimeZone);
                }
            }
            Raise(resumed);
            Emit(tick);
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
                    if (_quotes.IsNew(depth.SecId, candidate.BidPrice, candidate.BidSize, candidate.AskPrice, candidate.AskSize, depth.Time))
                    {
                        tick = candidate;
                    }
                }
            }
            Raise(resumed);
            Emit(tick);
        }

        /// <summary><c>dealticksnap</c>: trades from the main socket, each delivered once.</summary>
        private void OnDeal(FeedSocket socket, BtccDealTick deal)
        {
            Tick? tick = null;
            BrokerageMessageEvent? resumed;
            lock (_gate)
            {
                resumed = TouchLocked(socket);
                if (socket.DepthSecId == null
                    && _symbols.TryGetValue(deal.SecId, out var wanted) && wanted.Trades
                    && _trades.IsNew(deal))
                {
                    tick = BtccTickConverter.ToTradeTick(deal, wanted.Symbol, wanted.TimeZone);
                }
            }
            Raise(resumed);
            Emit(tick);
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
