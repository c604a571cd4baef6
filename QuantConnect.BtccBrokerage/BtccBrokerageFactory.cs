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
        public override Dictionary<string, string> BrokerageData => WithOptionalKeys(new()
        {
            { BtccBrokerageSettings.ApiUrlKey, Config.Get(BtccBrokerageSettings.ApiUrlKey, BtccApiSettings.DefaultRestUrl) },
            { BtccBrokerageSettings.WebSocketUrlKey, Config.Get(BtccBrokerageSettings.WebSocketUrlKey, BtccApiSettings.DefaultWebSocketUrl) },
            { BtccBrokerageSettings.UserNameKey, Config.Get(BtccBrokerageSettings.UserNameKey) },
            { BtccBrokerageSettings.PasswordKey, Config.Get(BtccBrokerageSettings.PasswordKey) },
            { BtccBrokerageSettings.ApiKeyKey, Config.Get(BtccBrokerageSettings.ApiKeyKey) },
            { BtccBrokerageSettings.ApiSecretKey, Config.Get(BtccBrokerageSettings.ApiSecretKey) },
            { BtccBrokerageSettings.CompanyIdKey, Config.Get(BtccBrokerageSettings.CompanyIdKey, "1") },
            { BtccBrokerageSettings.LeverageKey, Config.Get(BtccBrokerageSettings.LeverageKey) },
            { BtccBrokerageSettings.PollIntervalKey, Config.Get(BtccBrokerageSettings.PollIntervalKey, ((int)BtccBrokerageSettings.DefaultPollInterval.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)) },
            { BtccBrokerageSettings.FillLedgerPathKey, Config.Get(BtccBrokerageSettings.FillLedgerPathKey, BtccBrokerageSettings.DefaultFillLedgerPath) }
        });

        /// <summary>Tuning keys that have defaults of their own: passed on only when configured.</summary>
        private static readonly string[] OptionalKeys =
        {
            BtccBrokerageSettings.RequestsPerSecondKey,
            BtccBrokerageSettings.IdlePollIntervalKey,
            BtccBrokerageSettings.AdaptivePollingKey,
            BtccBrokerageSettings.SignEncodingKey,
            BtccBrokerageSettings.PostParametersKey,
            BtccBrokerageSettings.TokenInvalidCodesKey,
            Data.BtccQuoteFeedOptions.SilenceTimeoutKey,
            Data.BtccQuoteFeedOptions.MaxDepthSocketsKey,
            Data.BtccQuoteFeedOptions.TradeDedupeWindowKey
        };

        private static Dictionary<string, string> WithOptionalKeys(Dictionary<string, string> data)
        {
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

        /// <summary>
        /// BTCC's brokerage model at the configured leverage (<c>btcc-leverage</c>, per ticker too; 10x when none is
        /// set): the leverage each security's margin model holds, and the <c>multiple</c> its orders are sent with.
        /// </summary>
        public override IBrokerageModel GetBrokerageModel(IOrderProvider orderProvider)
        {
            var setting = Symbols.BtccLeverageSetting.FromConfig();
            var leverage = setting.DefaultLeverage ?? BtccBrokerageModel.DefaultLeverage;
            return new BtccBrokerageModel(AccountType.Margin, leverage, BtccInstrumentCatalog.Shared) { LeverageSetting = setting };
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
            var data = job.BrokerageData;
            var errors = new List<string>();
            var api = new BtccApiSettings
            {
                RestUrl = data.ContainsKey(BtccBrokerageSettings.ApiUrlKey) ? Read<string>(data, BtccBrokerageSettings.ApiUrlKey, errors) : BtccApiSettings.DefaultRestUrl,
                WebSocketUrl = data.ContainsKey(BtccBrokerageSettings.WebSocketUrlKey) ? Read<string>(data, BtccBrokerageSettings.WebSocketUrlKey, errors) : BtccApiSettings.DefaultWebSocketUrl,
                UserName = ReadRequired(data, BtccBrokerageSettings.UserNameKey, errors),
                Password = ReadRequired(data, BtccBrokerageSettings.PasswordKey, errors),
                ApiKey = ReadRequired(data, BtccBrokerageSettings.ApiKeyKey, errors),
                ApiSecret = ReadRequired(data, BtccBrokerageSettings.ApiSecretKey, errors),
                CompanyId = ReadOptional(data, BtccBrokerageSettings.CompanyIdKey, 1, errors)
            };
            BtccBrokerageSettings.ReadRestGuesses(data, api, errors);
            if (data.TryGetValue(BtccBrokerageSettings.RequestsPerSecondKey, out var rpsText) && !string.IsNullOrWhiteSpace(rpsText))
            {
                var rps = Read<double>(data, BtccBrokerageSettings.RequestsPerSecondKey, errors);
                if (rps > 0)
                {
                    api.RequestsPerSecond = rps;
                    api.RequestBurst = Math.Max(api.RequestBurst, (int)Math.Ceiling(rps));
                }
                else if (errors.Count == 0)
                {
                    errors.Add($"BrokerageFactory.CreateBrokerage(): key '{BtccBrokerageSettings.RequestsPerSecondKey}' must be positive");
                }
            }
            var leverage = data.TryGetValue(BtccBrokerageSettings.LeverageKey, out var leverageText) ? leverageText : null;
            var pollMs = ReadOptional(data, BtccBrokerageSettings.PollIntervalKey, (int)BtccBrokerageSettings.DefaultPollInterval.TotalMilliseconds, errors);
            var settings = errors.Count == 0 ? BtccBrokerageSettings.Create(api, leverage, pollMs, errors, BtccBrokerageSettings.FillLedgerPathOf(data), data) : null;
            if (errors.Count != 0)
            {
                throw new ArgumentException(string.Join(Environment.NewLine, errors));
            }

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

            var brokerage = new BtccBrokerage(settings!, algorithm, orderProvider, aggregator, job);
            Composer.Instance.AddPart<IDataQueueHandler>(brokerage);
            return brokerage;
        }

        /// <summary>Nothing to release.</summary>
        public override void Dispose()
        {
        }

        private static string ReadRequired(IReadOnlyDictionary<string, string> data, string key, ICollection<string> errors)
        {
            var value = Read<string>(data, key, errors);
            if (data.ContainsKey(key) && string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"BrokerageFactory.CreateBrokerage(): Empty key: {key}");
            }
            return value ?? string.Empty;
        }

        private static int ReadOptional(IReadOnlyDictionary<string, string> data, string key, int fallback, ICollection<string> errors)
            => data.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? Read<int>(data, key, errors) : fallback;
    }
}
