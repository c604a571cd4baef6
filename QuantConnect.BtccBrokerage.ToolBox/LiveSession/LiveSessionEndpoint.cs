/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// Where the session trades. With BTCC credentials configured (LEAN's <c>btcc-*</c> keys, from config.json —
    /// its selected environment block included — or the command line) it is BTCC itself; with none, or with no
    /// <c>btcc-api-url</c>, the bundled simulator is started on ephemeral loopback ports and the session logs in
    /// with the simulator's demo credentials. The brokerage data is the factory's, as LEAN's launcher passes it.
    /// </summary>
    internal sealed class LiveSessionEndpoint : IAsyncDisposable
    {
        /// <summary>The embedded simulator's price step (prices move, quotes flow).</summary>
        internal static readonly TimeSpan SimulatorPriceInterval = TimeSpan.FromMilliseconds(200);

        /// <summary>The poll interval used against the embedded simulator unless one is configured.</summary>
        internal const int SimulatorPollIntervalMs = 250;

        /// <summary>The credential keys; none set means nothing to log in to BTCC with.</summary>
        internal static readonly string[] CredentialKeys =
        {
            BtccSettingKeys.UserName, BtccSettingKeys.Password, BtccSettingKeys.ApiKey, BtccSettingKeys.ApiSecret
        };

        private LiveSessionEndpoint(Dictionary<string, string> brokerageData, BtccSimulator? simulator, string description)
        {
            BrokerageData = brokerageData;
            Simulator = simulator;
            Description = description;
        }

        /// <summary>The brokerage data for the job (btcc-* keys).</summary>
        public Dictionary<string, string> BrokerageData { get; }

        /// <summary>The embedded simulator, null when trading on BTCC.</summary>
        public BtccSimulator? Simulator { get; }

        /// <summary>The first line of output: where orders go.</summary>
        public string Description { get; }

        /// <summary>
        /// Reads the configuration (command-line options over LEAN's Config) and, when nothing points at BTCC,
        /// starts the embedded simulator.
        /// </summary>
        public static async Task<LiveSessionEndpoint> ResolveAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
        {
            // Program has merged the command line over config.json (environment block included), so the
            // factory's BrokerageData already holds what the user asked for.
            var data = new BtccBrokerageFactory().BrokerageData;

            if (!UseEmbeddedSimulator(options))
            {
                return new LiveSessionEndpoint(data, null,
                    $"Trading on BTCC at {data[BtccSettingKeys.ApiUrl]} with the configured credentials: REAL orders with real funds.");
            }

            var dialect = Dialect(options);
            var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions
            {
                Port = 0,
                WebSocketPort = 0,
                PriceInterval = SimulatorPriceInterval,
                QuoteDialect = dialect
            }, cancellationToken).ConfigureAwait(false);
            var demo = simulator.Options;
            data[BtccSettingKeys.ApiUrl] = simulator.RestUrl.ToString();
            data[BtccSettingKeys.WebSocketUrl] = simulator.WebSocketUrl.ToString();
            data[BtccSettingKeys.UserName] = demo.UserName;
            data[BtccSettingKeys.Password] = demo.Password;
            data[BtccSettingKeys.ApiKey] = demo.ApiKey;
            data[BtccSettingKeys.ApiSecret] = demo.ApiSecret;
            data[BtccSettingKeys.CompanyId] = demo.CompanyId.ToString(CultureInfo.InvariantCulture);
            // every simulator is a new exchange: a fill ledger from an earlier run has nothing to recover
            data[BtccSettingKeys.FillLedgerPath] = string.Empty;
            if (!IsSet(options, BtccSettingKeys.PollInterval))
            {
                data[BtccSettingKeys.PollInterval] = SimulatorPollIntervalMs.ToString(CultureInfo.InvariantCulture);
            }
            return new LiveSessionEndpoint(data, simulator,
                $"No BTCC credentials configured: running against the embedded BTCC simulator at {simulator.RestUrl} (demo account, no real orders).");
        }

        /// <summary>
        /// The embedded simulator's quote dialect (<c>--dialect=live|doc</c>): as BTCC's live servers speak (default)
        /// or as its PDF prints.
        /// </summary>
        /// <exception cref="ToolBoxConfigurationException">The value is neither.</exception>
        internal static BtccQuoteDialect Dialect(IReadOnlyDictionary<string, string> options)
        {
            if (!options.TryGetValue("dialect", out var text))
            {
                return BtccQuoteDialect.Live;
            }
            return text.Trim().ToLowerInvariant() switch
            {
                "live" => BtccQuoteDialect.Live,
                "doc" => BtccQuoteDialect.Doc,
                _ => throw new ToolBoxConfigurationException($"invalid --dialect value '{text}' (expected live or doc)")
            };
        }

        /// <summary>True when no <c>btcc-api-url</c> or none of the credential keys is configured.</summary>
        internal static bool UseEmbeddedSimulator(IReadOnlyDictionary<string, string> options)
            => !IsSet(options, BtccSettingKeys.ApiUrl) || !CredentialKeys.Any(key => IsSet(options, key));

        private static bool IsSet(IReadOnlyDictionary<string, string> options, string key)
            => options.TryGetValue(key, out var value) ? !string.IsNullOrWhiteSpace(value) : !string.IsNullOrWhiteSpace(Config.Get(key));

        /// <summary>Stops the embedded simulator, if any.</summary>
        public async ValueTask DisposeAsync()
        {
            if (Simulator != null)
            {
                await Simulator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
