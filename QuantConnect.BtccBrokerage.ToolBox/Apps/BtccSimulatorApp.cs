/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Apps
{
    /// <summary>
    /// <c>--app=BTCCSimulator</c>: runs the local BTCC exchange until Ctrl+C. Options: --dialect=live|doc (the quote
    /// websocket as BTCC's live servers speak it, default, or as its PDF prints it), --port, --ws-port, --console-port, --user,
    /// --password, --api-key, --api-secret, --seed, --server-error-rate, --request-budget (per second), --request-burst (with it: a token bucket), --latency-ms (REST round trip),
    /// --quote-latency-ms (quote frames, one way), --duplicate-deals, --reorder-deals, --late-report-ms, --partial-fill-ratio, --token-lifetime-s, and BTCC's
    /// undocumented choices --one-path-per-pair, --sign-raw, --post-form, --token-expired-code, --marketable-limit=fill|refuse,
    /// --api-key-out-of-date (logins answer 207), --api-key-not-trade-auth (logins answer 209).
    /// </summary>
    internal sealed class BtccSimulatorApp : IToolBoxApp
    {
        /// <inheritdoc />
        public string Name => "BTCCSimulator";

        /// <inheritdoc />
        public string Description => "Local BTCC exchange simulator (REST + quote websocket on 127.0.0.1)";

        /// <summary>The options it reads.</summary>
        public IReadOnlyList<CommandLineOption> Options { get; } = new[]
        {
            ToolBoxOptions.Value("port", "REST port (default 9081)"),
            ToolBoxOptions.Value("ws-port", "quote websocket port (default 9082)"),
            ToolBoxOptions.Value("seed", "price path seed"),
            ToolBoxOptions.Value("dialect", "quote dialect: live or doc"),
            ToolBoxOptions.Value("user", "demo login"),
            ToolBoxOptions.Value("password", "demo password"),
            ToolBoxOptions.Value("api-key", "demo API key"),
            ToolBoxOptions.Value("api-secret", "demo API secret"),
            ToolBoxOptions.Value("token-lifetime-s", "session token lifetime"),
            ToolBoxOptions.Flag("one-path-per-pair", "list each pair once, at its highest leverage"),
            ToolBoxOptions.Flag("sign-raw", "accept signatures over raw values only"),
            ToolBoxOptions.Flag("post-form", "read POST parameters from a form body only"),
            ToolBoxOptions.Value("token-expired-code", "reply code of an expired token (default 207)"),
            ToolBoxOptions.Value("marketable-limit", "fill or refuse limits priced through the market"),
            ToolBoxOptions.Value("server-error-rate", "share of requests answered 5xx"),
            ToolBoxOptions.Value("request-budget", "requests per second before 429"),
            ToolBoxOptions.Value("request-burst", "with --request-budget: a token bucket of this many requests"),
            ToolBoxOptions.Value("latency-ms", "added REST round trip"),
            ToolBoxOptions.Value("quote-latency-ms", "added one-way delay of quote frames"),
            ToolBoxOptions.Flag("duplicate-deals", "list deals twice"),
            ToolBoxOptions.Flag("reorder-deals", "list deals out of order"),
            ToolBoxOptions.Value("late-report-ms", "delay before orders are listed"),
            ToolBoxOptions.Value("partial-fill-ratio", "share of an order filled at a time"),
            ToolBoxOptions.Flag("api-key-out-of-date", "logins answer 207"),
            ToolBoxOptions.Flag("api-key-not-trade-auth", "logins answer 209")
        };

        /// <inheritdoc />
        public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
        {
            BtccSimulatorOptions settings;
            try
            {
                settings = Parse(options);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"ERROR: {e.Message}");
                return 1;
            }
            await using var simulator = await BtccSimulator.StartAsync(settings, cancellationToken);
            // Demo credentials of a local simulator: printing them is the point.
            Console.WriteLine($"BTCC simulator REST:      {simulator.RestUrl}");
            Console.WriteLine($"BTCC simulator websocket: {simulator.WebSocketUrl} ({settings.QuoteDialect.ToString().ToLowerInvariant()} dialect)");
            Console.WriteLine($"BTCC simulator console:   {simulator.ConsoleUrl} (state, request log, fault knobs)");
            Console.WriteLine($"user_name={settings.UserName} password={settings.Password} company_id={settings.CompanyId}");
            Console.WriteLine($"api_key={settings.ApiKey} api_secret={settings.ApiSecret} account_no={settings.AccountNo}");
            Console.WriteLine("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }
            return 0;
        }

        /// <summary>Reads the command-line options into simulator settings.</summary>
        internal static BtccSimulatorOptions Parse(IReadOnlyDictionary<string, string> options)
        {
            var lookup = new Dictionary<string, string>(options, StringComparer.OrdinalIgnoreCase);
            var settings = new BtccSimulatorOptions
            {
                Port = Int(lookup, "port", 9081),
                WebSocketPort = Int(lookup, "ws-port", 9082),
                ConsolePort = Int(lookup, "console-port", 9083),
                Seed = Int(lookup, "seed", 42)
            };
            if (lookup.TryGetValue("dialect", out var dialect))
            {
                settings.QuoteDialect = dialect.Trim().ToLowerInvariant() switch
                {
                    "live" => BtccQuoteDialect.Live,
                    "doc" => BtccQuoteDialect.Doc,
                    _ => throw new FormatException("--dialect must be live or doc")
                };
            }
            if (lookup.TryGetValue("user", out var user)) settings.UserName = user;
            if (lookup.TryGetValue("password", out var password)) settings.Password = password;
            if (lookup.TryGetValue("api-key", out var key)) settings.ApiKey = key;
            if (lookup.TryGetValue("api-secret", out var secret)) settings.ApiSecret = secret;
            if (lookup.ContainsKey("token-lifetime-s")) settings.TokenLifetime = TimeSpan.FromSeconds(Int(lookup, "token-lifetime-s", 60));
            settings.OnePathPerPair = Flag(lookup, "one-path-per-pair");
            settings.SignsRawValues = Flag(lookup, "sign-raw");
            settings.ReadsPostParametersFromForm = Flag(lookup, "post-form");
            settings.TokenExpiredCode = Int(lookup, "token-expired-code", SimulatorErrorCodes.TokenExpired);
            settings.MarketableLimits = MarketableLimits(lookup);
            var faults = settings.Faults;
            faults.ServerErrorRate = (double)Decimal(lookup, "server-error-rate", 0m);
            faults.RequestBudgetPerSecond = Int(lookup, "request-budget", 0);
            faults.RequestBudgetBurst = Int(lookup, "request-burst", 0);
            faults.Latency = TimeSpan.FromMilliseconds(Int(lookup, "latency-ms", 0));
            faults.QuoteLatency = TimeSpan.FromMilliseconds(Int(lookup, "quote-latency-ms", 0));
            faults.DuplicateDeals = Flag(lookup, "duplicate-deals");
            faults.ReorderDeals = Flag(lookup, "reorder-deals");
            faults.LateReportDelay = TimeSpan.FromMilliseconds(Int(lookup, "late-report-ms", 0));
            faults.PartialFillRatio = Decimal(lookup, "partial-fill-ratio", 0m);
            faults.ApiKeyOutOfDate = Flag(lookup, "api-key-out-of-date");
            faults.ApiKeyNotTradeAuthorised = Flag(lookup, "api-key-not-trade-auth");
            return settings;
        }

        private static int Int(Dictionary<string, string> options, string name, int fallback) =>
            !options.TryGetValue(name, out var text) ? fallback
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw new FormatException($"--{name} must be an integer");

        private static decimal Decimal(Dictionary<string, string> options, string name, decimal fallback) =>
            !options.TryGetValue(name, out var text) ? fallback
            : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
            : throw new FormatException($"--{name} must be a number");

        private static MarketableLimitPolicy MarketableLimits(Dictionary<string, string> options) =>
            !options.TryGetValue("marketable-limit", out var text) ? MarketableLimitPolicy.FillAtMarket
            : text.Equals("fill", StringComparison.OrdinalIgnoreCase) ? MarketableLimitPolicy.FillAtMarket
            : text.Equals("refuse", StringComparison.OrdinalIgnoreCase) ? MarketableLimitPolicy.Refuse
            : throw new FormatException("--marketable-limit must be fill or refuse");

        // A bare --flag arrives as an empty value.
        private static bool Flag(Dictionary<string, string> options, string name) =>
            options.TryGetValue(name, out var text) && (text.Length == 0 || text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase));
    }
}
