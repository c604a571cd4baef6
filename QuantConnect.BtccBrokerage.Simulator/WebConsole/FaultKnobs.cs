/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator.Faults;

namespace QuantConnect.Brokerages.Btcc.Simulator.WebConsole
{
    /// <summary>What a knob's value is, which decides how it is read from JSON and shown.</summary>
    public enum KnobKind
    {
        /// <summary>A probability from 0 to 1.</summary>
        Rate,
        /// <summary>A whole number, 0 or more (0 usually means off).</summary>
        Count,
        /// <summary>A duration in whole milliseconds, 0 or more.</summary>
        Milliseconds,
        /// <summary>On or off.</summary>
        Flag,
        /// <summary>A set of tickers such as ETHUSDT (a JSON array or a comma-separated string).</summary>
        Tickers
    }

    /// <summary>One fault knob of <see cref="BtccSimulatorFaults"/> as the console and its API name it.</summary>
    /// <param name="Name">The JSON name, e.g. <c>serverErrorRate</c>.</param>
    /// <param name="Label">What the console calls it.</param>
    /// <param name="Kind">Its value's kind.</param>
    /// <param name="Get">Reads it.</param>
    /// <param name="Set">Writes an already validated value.</param>
    internal sealed record FaultKnob(string Name, string Label, KnobKind Kind, Func<BtccSimulatorFaults, object> Get, Action<BtccSimulatorFaults, object> Set);

    /// <summary>
    /// Every run-time fault knob, read and written by name. A change names the knobs it sets; it is validated whole
    /// and applied only when every value is good, so a typo never leaves half a scenario set.
    /// </summary>
    internal static class FaultKnobs
    {
        /// <summary>The knobs, in the console's order.</summary>
        public static readonly IReadOnlyList<FaultKnob> All =
        [
            Rate("serverErrorRate", "5xx rate (before applying)", f => f.ServerErrorRate, (f, v) => f.ServerErrorRate = v),
            Rate("appliedThenServerErrorRate", "writes applied, then 5xx", f => f.AppliedThenServerErrorRate, (f, v) => f.AppliedThenServerErrorRate = v),
            Rate("appliedThenHangRate", "writes applied, then no reply", f => f.AppliedThenHangRate, (f, v) => f.AppliedThenHangRate = v),
            Rate("cancelRaceRate", "fills racing cancels", f => f.CancelRaceRate, (f, v) => f.CancelRaceRate = v),
            new("partialFillRatio", "partial fill ratio (0 = whole fills)", KnobKind.Rate, f => (double)f.PartialFillRatio,
                (f, v) => f.PartialFillRatio = (decimal)(double)v),
            new("requestBudgetPerSecond", "request budget per second (0 = unlimited)", KnobKind.Count, f => f.RequestBudgetPerSecond,
                (f, v) => f.RequestBudgetPerSecond = (int)v),
            Duration("latencyMs", "latency", f => f.Latency, (f, v) => f.Latency = v),
            Duration("lateReportDelayMs", "list lag, every list", f => f.LateReportDelay, (f, v) => f.LateReportDelay = v),
            Duration("settlementIntervalMs", "settlement every (0 = on request)", f => f.SettlementInterval, (f, v) => f.SettlementInterval = v),
            Flag("duplicateDeals", "duplicated deal lists", f => f.DuplicateDeals, (f, v) => f.DuplicateDeals = v),
            Flag("reorderDeals", "reordered deal lists", f => f.ReorderDeals, (f, v) => f.ReorderDeals = v),
            Flag("hangRequests", "every request hangs", f => f.HangRequests, (f, v) => f.HangRequests = v),
            Flag("silentQuotes", "quote sockets silent", f => f.SilentQuotes, (f, v) => f.SilentQuotes = v),
            Flag("apiKeyOutOfDate", "logins refused 207 (stale key)", f => f.ApiKeyOutOfDate, (f, v) => f.ApiKeyOutOfDate = v),
            Flag("apiKeyNotTradeAuthorised", "logins refused 209 (no trade permission)", f => f.ApiKeyNotTradeAuthorised, (f, v) => f.ApiKeyNotTradeAuthorised = v),
            new("quoteDictionaryOmits", "tickers left out of the quote dictionary", KnobKind.Tickers,
                f => f.QuoteDictionaryOmits.Order(StringComparer.Ordinal).ToArray(), (f, v) => f.QuoteDictionaryOmits = new HashSet<string>((string[])v))
        ];

        private static readonly Dictionary<string, FaultKnob> ByName = All.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

        /// <summary>Every knob's current value by name.</summary>
        public static JObject Values(BtccSimulatorFaults faults) =>
            new(All.Select(k => new JProperty(k.Name, JToken.FromObject(k.Get(faults)))));

        /// <summary>
        /// Sets the knobs <paramref name="changes"/> names. Returns what is wrong with it (an unknown name, a value of
        /// the wrong kind or out of range), each naming its knob; nothing is set unless the list is empty.
        /// </summary>
        public static IReadOnlyList<string> Apply(BtccSimulatorFaults faults, JObject changes)
        {
            var errors = new List<string>();
            var valid = new List<(FaultKnob Knob, object Value)>();
            foreach (var (name, token) in changes)
            {
                if (!ByName.TryGetValue(name, out var knob))
                {
                    errors.Add($"unknown knob '{name}'");
                }
                else if (TryRead(knob.Kind, token, out var value))
                {
                    valid.Add((knob, value));
                }
                else
                {
                    errors.Add($"{knob.Name} must be {Expected(knob.Kind)}");
                }
            }
            if (errors.Count == 0)
            {
                foreach (var (knob, value) in valid) knob.Set(faults, value);
            }
            return errors;
        }

        /// <summary>Reads a knob's value of <paramref name="kind"/> from JSON (numbers may come as strings, as form fields send them).</summary>
        public static bool TryRead(KnobKind kind, JToken? token, out object value)
        {
            value = null!;
            switch (kind)
            {
                case KnobKind.Rate when Number(token) is { } rate && rate is >= 0 and <= 1:
                    value = rate;
                    return true;
                case KnobKind.Count or KnobKind.Milliseconds when Number(token) is { } whole && whole >= 0 && whole <= int.MaxValue && whole == Math.Floor(whole):
                    value = (int)whole;
                    return true;
                case KnobKind.Flag when token?.Type == JTokenType.Boolean:
                    value = token.Value<bool>();
                    return true;
                case KnobKind.Tickers when Tickers(token) is { } tickers:
                    value = tickers;
                    return true;
                default:
                    return false;
            }
        }

        private static string Expected(KnobKind kind) => kind switch
        {
            KnobKind.Rate => "a number from 0 to 1",
            KnobKind.Count => "a whole number, 0 or more",
            KnobKind.Milliseconds => "whole milliseconds, 0 or more",
            KnobKind.Flag => "true or false",
            _ => "a list of tickers"
        };

        private static double? Number(JToken? token) => token?.Type switch
        {
            JTokenType.Integer or JTokenType.Float => token.Value<double>(),
            JTokenType.String when double.TryParse(token.Value<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null
        };

        private static string[]? Tickers(JToken? token)
        {
            var items = token?.Type switch
            {
                JTokenType.Array when token.All(t => t.Type == JTokenType.String) => token.Values<string>().Select(t => t!),
                JTokenType.String => token.Value<string>()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                _ => null
            };
            return items?.Select(t => t.Trim().ToUpperInvariant()).Where(t => t.Length > 0).Distinct().ToArray();
        }

        private static FaultKnob Rate(string name, string label, Func<BtccSimulatorFaults, double> get, Action<BtccSimulatorFaults, double> set) =>
            new(name, label, KnobKind.Rate, f => get(f), (f, v) => set(f, (double)v));

        private static FaultKnob Duration(string name, string label, Func<BtccSimulatorFaults, TimeSpan> get, Action<BtccSimulatorFaults, TimeSpan> set) =>
            new(name, label, KnobKind.Milliseconds, f => (int)get(f).TotalMilliseconds, (f, v) => set(f, TimeSpan.FromMilliseconds((int)v)));

        private static FaultKnob Flag(string name, string label, Func<BtccSimulatorFaults, bool> get, Action<BtccSimulatorFaults, bool> set) =>
            new(name, label, KnobKind.Flag, f => get(f), (f, v) => set(f, (bool)v));
    }
}
