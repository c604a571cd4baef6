/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Symbols;
using QuantConnect.Brokerages.Btcc.ToolBox.Connection;
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>
    /// <c>--app=BTCCProbe [--probe-seconds=30] [--probe-output=folder] [--probe-ticker=BTCUSDT] [--with-orders]</c>: a
    /// first-contact diagnostic for a real account. Read-only unless <c>--with-orders</c>: logs in in every variant,
    /// reads each read endpoint once and the quote socket for a while, writes the replies (secrets redacted) as fixture
    /// files and prints which of the plugin's assumptions BTCC confirmed or contradicted.
    /// </summary>
    internal sealed class BtccProbeApp : IToolBoxApp
    {
        /// <summary>The --app value.</summary>
        public string Name => "BTCCProbe";

        /// <summary>One line for the usage text.</summary>
        public string Description => "First contact with a real account: tries the login variants, reads every read endpoint and the quote socket, "
            + "writes the replies (secrets redacted) as fixtures and prints the assumptions confirmed or contradicted (--with-orders: one far limit order).";

        /// <summary>The options it reads.</summary>
        public IReadOnlyList<CommandLineOption> Options { get; } = new[]
        {
            ToolBoxOptions.Value("probe-seconds", "how long the quote socket is read (default 30)"),
            ToolBoxOptions.Value("probe-output", "folder of the fixtures written"),
            ToolBoxOptions.Value("probe-ticker", "ticker subscribed (default BTCUSDT)"),
            ToolBoxOptions.Flag("with-orders", "also place, update and cancel one far limit order")
        };

        /// <summary>Runs the probe; exit code 1 when no login variant was accepted.</summary>
        public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
        {
            var probe = BtccProbeOptions.From(options, DateTime.UtcNow);
            var output = Console.Out;
            if (probe.WithOrders)
            {
                output.WriteLine(BtccProbeOrders.Warning);
            }
            var settings = BtccToolBoxSettings.FromConfig();
            var api = settings.ToApiSettings();
            var writer = new BtccProbeFixtureWriter(probe.OutputFolder, new[] { settings.UserName, settings.Password, settings.ApiKey, settings.ApiSecret });
            // not the settings' ToString: it names the user, a secret here
            BtccLog.Trace("BtccProbeApp", "Run", $"probing {settings.ApiUrl} and {settings.WebSocketUrl}, quotes for {probe.QuoteWindow.TotalSeconds:0.#} s, "
                + $"{(probe.WithOrders ? "with one order" : "read-only")}; fixtures in {writer.Folder}");

            var (attempts, acceptedBody) = await BtccProbeLogin.TryVariantsAsync(api, writer, cancellationToken).ConfigureAwait(false);
            var accepted = attempts.FirstOrDefault(a => a.Accepted);
            var variantsDiffer = BtccRequestSigner.VariantsDiffer(BtccProbeLogin.LoginParameters(api), api.ApiSecret);
            if (accepted != null)
            {
                // the rest of the probe speaks the way BTCC accepted
                api.SignEncoding = accepted.Encoding;
                api.PostParameters = accepted.Transport;
            }

            var replies = (IReadOnlyList<BtccProbeReply>)Array.Empty<BtccProbeReply>();
            var symbols = (IReadOnlyList<BtccSymbolInfo>)Array.Empty<BtccSymbolInfo>();
            var quotes = new BtccProbeQuoteObservation { ConnectError = "not tried: no login", Window = probe.QuoteWindow };
            var orders = (IReadOnlyList<BtccProbeFinding>)Array.Empty<BtccProbeFinding>();
            if (accepted != null)
            {
                using var client = new BtccRestApiClient(api);
                var reads = new BtccProbeReads(client, writer);
                if (await reads.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    symbols = reads.Symbols;
                    var instrument = PickInstrument(symbols, probe.Ticker);
                    quotes = await new BtccProbeQuotes(writer, probe.Ticker, instrument?.CodeId)
                        .ReadAsync(new Uri(api.WebSocketUrl), client.Session!.AccountNo, api.ApiKey, probe.QuoteWindow, cancellationToken).ConfigureAwait(false);
                    if (probe.WithOrders)
                    {
                        orders = await BtccProbeOrders.RunAsync(client, instrument, quotes.LastBid, cancellationToken).ConfigureAwait(false);
                    }
                }
                replies = reads.Replies;
            }

            var findings = Judge(attempts, variantsDiffer, acceptedBody, replies, symbols, quotes, orders);
            BtccProbeReport.Write(output, findings);
            writer.WriteReport(BtccProbeReport.Text(findings, BtccProbeVerdicts.PathsPerPair(symbols.Select(s => s.Name))), findings);
            output.WriteLine($"Fixtures and report written to {writer.Folder} (secrets redacted): send that folder back.");
            return accepted == null ? 1 : 0;
        }

        /// <summary>Every finding, in the table's order.</summary>
        internal static IReadOnlyList<BtccProbeFinding> Judge(IReadOnlyList<BtccProbeLoginAttempt> attempts, bool variantsDiffer, string? acceptedLogin,
            IReadOnlyList<BtccProbeReply> replies, IReadOnlyList<BtccSymbolInfo> symbols, BtccProbeQuoteObservation quotes, IReadOnlyList<BtccProbeFinding> orders)
        {
            var findings = new List<BtccProbeFinding>
            {
                BtccProbeVerdicts.SignatureVariant(attempts, variantsDiffer),
                BtccProbeVerdicts.PostTransport(attempts),
                BtccProbeVerdicts.LoginReplyShape(acceptedLogin)
            };
            findings.AddRange(replies.Where(r => r.Path != BtccEndpoint.Login.Path).Select(BtccProbeVerdicts.EndpointReply));
            findings.Add(BtccProbeVerdicts.SymbolPaths(symbols.Select(s => s.Name).ToList()));
            findings.Add(BtccProbeVerdicts.CodeIdsAreSecIds(symbols.Select(s => s.CodeId).ToList(), quotes.DictionarySecIds.Values.ToList()));
            var dialect = new[]
            {
                BtccProbeVerdicts.QuoteLoginReply(quotes),
                BtccProbeVerdicts.QuotePacketActions(quotes),
                BtccProbeVerdicts.DealTickSnapCadence(quotes.DealTickSnaps, quotes.Subscribes, quotes.Window)
            };
            findings.AddRange(dialect);
            findings.Add(BtccProbeVerdicts.QuoteDialect(dialect));
            findings.AddRange(orders);
            findings.Add(BtccProbeVerdicts.ErrorCodes(attempts, replies));
            return findings;
        }

        /// <summary>The pair's tradable path with the least maximum leverage (the one most accounts have).</summary>
        private static BtccSymbolInfo? PickInstrument(IEnumerable<BtccSymbolInfo> symbols, string ticker)
            => symbols
                .Where(s => s.Tradable == BtccTradable.Yes && BtccSymbolPath.TryParse(s.Name, out var t, out _) && t == ticker)
                .OrderBy(s => BtccSymbolPath.GetLeverage(s.Name))
                .FirstOrDefault();
    }
}
