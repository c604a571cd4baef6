/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Configuration;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Data;
using QuantConnect.Interfaces;
using QuantConnect.Packets;
using QuantConnect.Securities;
using QuantConnect.Util;

namespace QuantConnect.Brokerages.Btcc
{
    /// <summary>Creates <see cref="BtccBrokerage"/> instances from LEAN's live job.</summary>
    public class BtccBrokerageFactory : BrokerageFactory
    {
        /// <summary>
        /// The instruments of the brokerage this factory creates, read by the model it gives LEAN: LEAN's engine asks one
        /// factory for both, and the model checks orders before they reach the brokerage.
        /// </summary>
        private readonly BtccInstrumentCatalog _catalog = new();

        /// <summary>
        /// Creates the factory and registers the btcc market with its market-hours entry: LEAN constructs
        /// factories before the algorithm's Initialize adds any btcc security.
        /// </summary>
        public BtccBrokerageFactory() : base(typeof(BtccBrokerage))
        {
            BtccMarket.Register();
        }

        /// <summary>
        /// The <c>btcc-*</c> keys with their values from LEAN's configuration (defaults for the URLs, company id,
        /// poll interval and fill ledger). <c>btcc-fill-ledger-path</c> defaults to
        /// <c>./btcc-fill-ledger-{accountId}.json</c> in LEAN's working directory; a restarted brokerage reads it to
        /// report the fills that happened while it was down. Set it empty to keep the ledger in memory only.
        /// </summary>
        public override Dictionary<string, string> BrokerageData
        {
            get
            {
                var data = new Dictionary<string, string>
                {
                    { BtccSettingKeys.ApiUrl, Config.Get(BtccSettingKeys.ApiUrl, BtccApiSettings.DefaultRestUrl) },
                    { BtccSettingKeys.WebSocketUrl, Config.Get(BtccSettingKeys.WebSocketUrl, BtccApiSettings.DefaultWebSocketUrl) },
                    { BtccSettingKeys.UserName, Config.Get(BtccSettingKeys.UserName) },
                    { BtccSettingKeys.Password, Config.Get(BtccSettingKeys.Password) },
                    { BtccSettingKeys.ApiKey, Config.Get(BtccSettingKeys.ApiKey) },
                    { BtccSettingKeys.ApiSecret, Config.Get(BtccSettingKeys.ApiSecret) },
                    { BtccSettingKeys.CompanyId, Config.Get(BtccSettingKeys.CompanyId, "1") },
                    { BtccSettingKeys.Leverage, Config.Get(BtccSettingKeys.Leverage) },
                    { BtccSettingKeys.PollInterval, Config.Get(BtccSettingKeys.PollInterval, ((int)BtccBrokerageSettings.DefaultPollInterval.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                    { BtccSettingKeys.FillLedgerPath, Config.Get(BtccSettingKeys.FillLedgerPath, BtccBrokerageSettings.DefaultFillLedgerPath) }
                };
                foreach (var key in OptionalKeys)
                {
                    var value = Config.Get(key);
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        data[key] = value;
                    }
                }
                return data;
            }
        }

        /// <summary>Tuning keys that have defaults of their own: passed on only when configured.</summary>
        private static readonly string[] OptionalKeys =
        {
            BtccSettingKeys.RequestsPerSecond,
            BtccSettingKeys.IdlePollInterval,
            BtccSettingKeys.AdaptivePolling,
            BtccSettingKeys.SignEncoding,
            BtccSettingKeys.PostParameters,
            BtccSettingKeys.TokenInvalidCodes,
            BtccSettingKeys.QuoteSilenceTimeout,
            BtccSettingKeys.QuoteMaxDepthSockets,
            BtccSettingKeys.QuoteTradeDedupeWindow
        };

        /// <summary>
        /// BTCC's brokerage model at the configured leverage (<c>btcc-leverage</c>, per ticker too; 10x when none is
        /// set): the leverage each security's margin model holds, and the <c>multiple</c> its orders are sent with.
        /// </summary>
        public override IBrokerageModel GetBrokerageModel(IOrderProvider orderProvider)
        {
            var reader = BtccSettingsReader.OfConfig();
            var setting = Symbols.BtccLeverageSetting.Read(reader);
            reader.ThrowIfInvalid("BtccBrokerageFactory.GetBrokerageModel()");
            var leverage = setting.DefaultLeverage ?? BtccBrokerageModel.DefaultLeverage;
            return new BtccBrokerageModel(AccountType.Margin, leverage, _catalog) { LeverageSetting = setting };
        }

        /// <summary>
        /// Reads the <c>btcc-*</c> keys from <paramref name="job"/>'s brokerage data and creates the brokerage,
        /// which also serves as LEAN's data queue handler.
        /// </summary>
        /// <exception cref="ArgumentException">A key is missing or malformed; the message names every such key.</exception>
        public override IBrokerage CreateBrokerage(LiveNodePacket job, IAlgorithm algorithm)
            => CreateBrokerage(job, algorithm, algorithm?.Transactions);

        /// <summary>
        /// Creates the brokerage as LEAN's engine does, with <paramref name="orderProvider"/> standing for the
        /// algorithm's transactions (LEAN's own brokerage tests and the ToolBox's live session run without an algorithm).
        /// </summary>
        internal IBrokerage CreateBrokerage(LiveNodePacket job, IAlgorithm? algorithm, IOrderProvider? orderProvider)
        {
            ArgumentNullException.ThrowIfNull(job);
            var reader = BtccSettingsReader.Of(job.BrokerageData);
            var settings = BtccBrokerageSettings.Read(reader);
            reader.ThrowIfInvalid("BtccBrokerageFactory.CreateBrokerage()");

            IDataAggregator? aggregator = null;
            try
            {
                aggregator = Composer.Instance.GetExportedValueByTypeName<IDataAggregator>(
                    Config.Get("data-aggregator", "QuantConnect.Lean.Engine.DataFeeds.AggregationManager"), forceTypeNameOnExisting: false);
            }
            catch (Exception error) when (error is ArgumentException or InvalidOperationException or MissingMethodException)
            {
                // trading works without an aggregator; only the data queue handler needs one
                BtccLog.Trace("BtccBrokerageFactory", "CreateBrokerage", $"no data aggregator available: {error.Message}");
            }

            var brokerage = new BtccBrokerage(settings, algorithm, orderProvider, aggregator, job, _catalog);
            Composer.Instance.AddPart<IDataQueueHandler>(brokerage);
            return brokerage;
        }

        /// <summary>Nothing to release.</summary>
        public override void Dispose()
        {
        }
    }
}
