/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Data;
using QuantConnect.Data.Market;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>
    /// BTCC history for LEAN's DownloaderDataProvider (<c>--data-downloader BtccBrokerageDownloader</c>, resolved by
    /// type name through LEAN's composer): trade bars of btcc crypto futures at Minute, Hour and Daily resolution,
    /// served by <see cref="BtccBrokerage.GetHistory"/>. Settings are the <c>btcc-*</c> keys of LEAN's Config, read
    /// as the brokerage factory reads them; the login happens on the first download.
    /// </summary>
    public sealed class BtccBrokerageDownloader : IDataDownloader, IDisposable
    {
        private readonly object _sync = new();
        private readonly BtccBrokerageSettings _settings;
        private BtccBrokerage? _brokerage;
        private bool _disposed;

        /// <summary>Creates the downloader from LEAN's Config, as LEAN's composer does.</summary>
        /// <exception cref="ArgumentException">A required <c>btcc-*</c> key is missing or malformed; the message names each.</exception>
        public BtccBrokerageDownloader()
            : this(SettingsFromConfig())
        {
        }

        /// <summary>Creates the downloader with given settings.</summary>
        public BtccBrokerageDownloader(BtccBrokerageSettings settings)
        {
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            // DownloaderDataProvider creates the downloader before it checks --market against LEAN's known markets
            BtccMarket.Register();
        }

        /// <summary>
        /// The trade bars of the request's symbol whose start lies in [StartUtc, EndUtc), oldest first, times in
        /// UTC. Null, as LEAN's downloaders answer what they cannot serve (tick or second resolution, quote or
        /// open-interest data, other markets, symbols BTCC does not list); the reason is logged.
        /// </summary>
        public IEnumerable<BaseData>? Get(DataDownloaderGetParameters dataDownloaderGetParameters)
        {
            ArgumentNullException.ThrowIfNull(dataDownloaderGetParameters);
            var parameters = dataDownloaderGetParameters;
            var request = new HistoryRequest(parameters.StartUtc, parameters.EndUtc,
                parameters.Resolution == Resolution.Tick ? typeof(Tick) : typeof(TradeBar), parameters.Symbol, parameters.Resolution,
                SecurityExchangeHours.AlwaysOpen(TimeZones.Utc), TimeZones.Utc, parameters.Resolution,
                // crypto trades around the clock; LEAN's own brokerage downloader asks the same for these resolutions
                parameters.Resolution != Resolution.Hour && parameters.Resolution != Resolution.Daily,
                false, DataNormalizationMode.Raw, parameters.TickType);
            return Brokerage().GetHistory(request);
        }

        /// <summary>Logs out and closes the quote socket.</summary>
        public void Dispose()
        {
            lock (_sync)
            {
                _disposed = true;
                _brokerage?.Dispose();
                _brokerage = null;
            }
        }

        private BtccBrokerage Brokerage()
        {
            lock (_sync)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_brokerage == null)
                {
                    _brokerage = new BtccBrokerage(_settings, null, null, null, null);
                    _brokerage.Message += (_, message) =>
                    {
                        var text = $"{message.Type} {message.Code}: {message.Message}";
                        if (message.Type == BrokerageMessageType.Error)
                        {
                            BtccLog.Error(nameof(BtccBrokerageDownloader), nameof(Get), text);
                        }
                        else
                        {
                            BtccLog.Trace(nameof(BtccBrokerageDownloader), nameof(Get), text);
                        }
                    };
                }
                return _brokerage;
            }
        }

        private static BtccBrokerageSettings SettingsFromConfig()
        {
            using var factory = new BtccBrokerageFactory();
            var data = factory.BrokerageData;
            // a downloader reports no fills: no fill ledger is read or written
            data[BtccSettingKeys.FillLedgerPath] = string.Empty;
            var reader = BtccSettingsReader.Of(data);
            var settings = BtccBrokerageSettings.Read(reader);
            reader.ThrowIfInvalid(nameof(BtccBrokerageDownloader));
            return settings;
        }
    }
}
