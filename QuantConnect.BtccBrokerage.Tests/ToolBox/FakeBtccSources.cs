/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Data;
using QuantConnect.Data.Market;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox
{
    /// <summary>An in-memory BTCC connection: a fixed symbol list and generated trade bars, recording history requests.</summary>
    internal sealed class FakeBtccSources : IBtccSymbolListSource, IDataDownloader, IBtccToolBoxConnection
    {
        private readonly IReadOnlyList<BtccSymbolInfo> _instruments;

        public FakeBtccSources(IReadOnlyList<BtccSymbolInfo> instruments)
        {
            _instruments = instruments;
        }

        /// <summary>Every history request asked for.</summary>
        public List<DataDownloaderGetParameters> Requests { get; } = new();

        public bool Disposed { get; private set; }

        public IBtccSymbolListSource SymbolList => this;

        public IDataDownloader History => this;

        public Task<IReadOnlyList<BtccSymbolInfo>> GetSymbolListAsync(CancellationToken cancellationToken = default)
            => Task.FromResult(_instruments);

        /// <summary>A bar at every period of the grid that starts in [StartUtc, EndUtc), prices derived from its time.</summary>
        public IEnumerable<BaseData> Get(DataDownloaderGetParameters parameters)
        {
            Requests.Add(parameters);
            var period = parameters.Resolution.ToTimeSpan();
            var bars = new List<BaseData>();
            for (var time = new DateTime(parameters.StartUtc.Ticks - parameters.StartUtc.Ticks % period.Ticks, DateTimeKind.Utc); time < parameters.EndUtc; time += period)
            {
                if (time >= parameters.StartUtc)
                {
                    var open = 100m + time.Minute * 0.25m;
                    bars.Add(new TradeBar(time, parameters.Symbol, open, open + 1.5m, open - 0.75m, open + 0.5m, 1.25m + time.Hour, period));
                }
            }
            return bars;
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
