/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Symbols;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>
    /// The probe's judgements, each a pure function of what was observed: one <see cref="BtccProbeFinding"/> per
    /// assumption the plugin makes about BTCC (its defaults follow the Nov-2023 PDF; the live quote servers differ).
    /// </summary>
    public static class BtccProbeVerdicts
    {
        /// <summary>The login reply's fields as BTCC's PDF prints them (<c>POST /v1/user/login</c>).</summary>
        public static readonly IReadOnlyList<string> DocumentedLoginFields = new[]
        {
            "code", "msg", "token", "server_time", "account.id", "account.userid", "account.account_groupid", "account.account_no",
            "account.balance", "account.equity", "account.margin", "account.free_margin", "account.margin_level", "account.margin_stopout",
            "account.positions", "account.bonus", "account.status"
        };

        /// <summary>Which <c>btcc-sign-encoding</c> BTCC accepted; the docs say encoded.</summary>
        /// <param name="attempts">Every login attempt.</param>
        /// <param name="variantsDiffer">Whether the two variants sign the login differently at all.</param>
        public static BtccProbeFinding SignatureVariant(IReadOnlyList<BtccProbeLoginAttempt> attempts, bool variantsDiffer)
        {
            const string assumption = "Signature variant (btcc-sign-encoding)";
            const string expected = "encoded values (BTCC's docs)";
            var accepted = attempts.Where(a => a.Accepted).Select(a => a.Encoding).Distinct().ToList();
            if (accepted.Count == 0)
            {
                return new(assumption, expected, $"no login accepted ({Codes(attempts)})", BtccProbeVerdict.Unverified);
            }
            if (!variantsDiffer)
            {
                return new(assumption, expected, "login accepted; its values sign alike either way (no @, / or space): the first order will tell", BtccProbeVerdict.Unverified);
            }
            if (accepted.Count == 2)
            {
                return new(assumption, expected, "both encoded and raw accepted", BtccProbeVerdict.Confirmed);
            }
            var refused = attempts.FirstOrDefault(a => a.Encoding != accepted[0]);
            var other = refused == null ? "not tried" : $"{refused.Encoding.Name()} refused ({Describe(refused)})";
            return accepted[0] == BtccSignEncoding.Encoded
                ? new(assumption, expected, $"encoded accepted, {other}", BtccProbeVerdict.Confirmed)
                : new(assumption, expected, $"raw accepted, {other}: set {BtccSettingKeys.SignEncoding}=raw", BtccProbeVerdict.Contradicted);
        }

        /// <summary>Which <c>btcc-post-parameters</c> BTCC accepted; the docs say the query string.</summary>
        public static BtccProbeFinding PostTransport(IReadOnlyList<BtccProbeLoginAttempt> attempts)
        {
            const string assumption = "POST transport (btcc-post-parameters)";
            const string expected = "query string, empty body (BTCC's docs)";
            var accepted = attempts.Where(a => a.Accepted).Select(a => a.Transport).Distinct().ToList();
            if (accepted.Count == 0)
            {
                return new(assumption, expected, $"no login accepted ({Codes(attempts)})", BtccProbeVerdict.Unverified);
            }
            if (accepted.Count == 2)
            {
                return new(assumption, expected, "both query and form accepted", BtccProbeVerdict.Confirmed);
            }
            var refused = attempts.FirstOrDefault(a => a.Transport != accepted[0]);
            var other = refused == null ? "not tried" : $"{refused.Transport.Name()} refused ({Describe(refused)})";
            return accepted[0] == BtccPostParameters.Query
                ? new(assumption, expected, $"query accepted, {other}", BtccProbeVerdict.Confirmed)
                : new(assumption, expected, $"form accepted, {other}: set {BtccSettingKeys.PostParameters}=form", BtccProbeVerdict.Contradicted);
        }

        /// <summary>Whether the accepted login reply carries every documented field (extra fields are listed, not judged).</summary>
        /// <param name="body">The accepted login reply's body, or null when none was accepted.</param>
        public static BtccProbeFinding LoginReplyShape(string? body)
        {
            const string assumption = "Login reply shape";
            const string expected = "token, account{id, account_no, account_groupid, …}, server_time at top level";
            var reply = TryParseObject(body);
            if (reply == null)
            {
                return new(assumption, expected, body == null ? "no login accepted" : "reply is not a JSON object", BtccProbeVerdict.Unverified);
            }
            var fields = FieldPaths(reply);
            var missing = DocumentedLoginFields.Where(f => !fields.Contains(f)).ToList();
            var extra = fields.Where(f => f != "account" && !DocumentedLoginFields.Contains(f)).ToList();
            var extraText = extra.Count == 0 ? string.Empty : $"; also {string.Join(", ", extra)}";
            return missing.Count == 0
                ? new(assumption, expected, $"every documented field present{extraText}", BtccProbeVerdict.Confirmed)
                : new(assumption, expected, $"missing {string.Join(", ", missing)}{extraText}", BtccProbeVerdict.Contradicted);
        }

        /// <summary>
        /// Whether every symbollist path ends in its ticker and a leverage suffix (<c>…/BTCUSDT100x</c>), and whether the
        /// account lists one path per pair or one per leverage (the plugin supports both).
        /// </summary>
        public static BtccProbeFinding SymbolPaths(IReadOnlyList<string> paths)
        {
            const string assumption = "Symbol paths and leverage suffixes";
            const string expected = "…/<TICKER><N>x, N the most leverage; one path per pair or per leverage";
            if (paths.Count == 0)
            {
                return new(assumption, expected, "no symbollist read", BtccProbeVerdict.Unverified);
            }
            var unreadable = paths.Where(p => !BtccSymbolPath.TryParse(p, out _, out _)).ToList();
            var pairs = PathsPerPair(paths);
            var several = pairs.Count(p => p.Value.Count > 1);
            var shape = several == 0
                ? $"{pairs.Count} pairs, one path each"
                : $"{pairs.Count} pairs, {several} with one path per leverage (e.g. {Example(pairs)})";
            return unreadable.Count == 0
                ? new(assumption, expected, shape, BtccProbeVerdict.Confirmed)
                : new(assumption, expected, $"{shape}; {unreadable.Count} without a readable suffix, e.g. {unreadable[0]}", BtccProbeVerdict.Contradicted);
        }

        /// <summary>Each pair's leverage suffixes, ascending (paths without a readable suffix are left out).</summary>
        public static IReadOnlyDictionary<string, IReadOnlyList<decimal>> PathsPerPair(IEnumerable<string> paths)
            => paths.Select(p => BtccSymbolPath.TryParse(p, out var ticker, out var leverage) ? (ticker, leverage) : (ticker: string.Empty, leverage: 0m))
                .Where(p => p.ticker.Length > 0)
                .GroupBy(p => p.ticker, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<decimal>)g.Select(p => p.leverage).Distinct().Order().ToList(), StringComparer.Ordinal);

        /// <summary>Whether symbollist's <c>code_id</c>s are the quote dictionary's SecIDs (the plugin's first routing choice).</summary>
        public static BtccProbeFinding CodeIdsAreSecIds(IReadOnlyCollection<long> codeIds, IReadOnlyCollection<long> dictionarySecIds)
        {
            const string assumption = "symbollist code_id = quote SecID";
            const string expected = "every code_id is a dictionary SecID";
            if (codeIds.Count == 0 || dictionarySecIds.Count == 0)
            {
                return new(assumption, expected, codeIds.Count == 0 ? "no symbollist read" : "no quote dictionary received", BtccProbeVerdict.Unverified);
            }
            var secIds = dictionarySecIds.ToHashSet();
            var matched = codeIds.Distinct().Count(secIds.Contains);
            var total = codeIds.Distinct().Count();
            return matched == total
                ? new(assumption, expected, $"all {total} code_ids are SecIDs", BtccProbeVerdict.Confirmed)
                : new(assumption, expected, $"{matched} of {total} code_ids are SecIDs: quotes are routed by the dictionary's ShortName", BtccProbeVerdict.Contradicted);
        }

        /// <summary>Whether <c>dealticksnap</c> streams trades (the PDF) or answers each ReqSubcri once (BTCC's live servers).</summary>
        public static BtccProbeFinding DealTickSnapCadence(int frames, int subscribes, TimeSpan window)
        {
            const string assumption = "dealticksnap cadence";
            const string expected = "a stream of trades (BTCC's PDF)";
            var seconds = window.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
            if (subscribes == 0)
            {
                return new(assumption, expected, "nothing subscribed", BtccProbeVerdict.Unverified);
            }
            if (frames == 0)
            {
                return new(assumption, expected, $"no dealticksnap in {seconds} s after {subscribes} ReqSubcri", BtccProbeVerdict.Unverified);
            }
            return frames > subscribes
                ? new(assumption, expected, $"stream: {frames} frames in {seconds} s for {subscribes} ReqSubcri", BtccProbeVerdict.Confirmed)
                : new(assumption, expected, $"one-shot: {frames} frames in {seconds} s for {subscribes} ReqSubcri (trades come from tickinfo)", BtccProbeVerdict.Contradicted);
        }

        /// <summary>Whether the quote login reply is the PDF's (no action, data.LoginResult) or the live servers' (<c>"action":"Login"</c>).</summary>
        public static BtccProbeFinding QuoteLoginReply(BtccProbeQuoteObservation quotes)
        {
            const string assumption = "Quote login reply";
            const string expected = "no action, data.LoginResult (BTCC's PDF)";
            if (!quotes.Connected)
            {
                return new(assumption, expected, $"socket did not open: {quotes.ConnectError}", BtccProbeVerdict.Unverified);
            }
            if (!quotes.LoginReplied)
            {
                return new(assumption, expected, "no login reply", BtccProbeVerdict.Unverified);
            }
            var result = quotes.LoginResult == 0 ? "accepted" : $"refused (LoginResult {quotes.LoginResult})";
            return quotes.LoginAction == null
                ? new(assumption, expected, $"no action, data.LoginResult; {result}", BtccProbeVerdict.Confirmed)
                : new(assumption, expected, $"\"action\":\"{quotes.LoginAction}\", data.LoginResult (live dialect); {result}", BtccProbeVerdict.Contradicted);
        }

        /// <summary>Whether the dictionary and market-hours packets carry the PDF's actions (none, <c>AllProducts</c>).</summary>
        public static BtccProbeFinding QuotePacketActions(BtccProbeQuoteObservation quotes)
        {
            const string assumption = "Quote dictionary / hours actions";
            const string expected = "dictionary without action, hours \"AllProducts\"";
            if (!quotes.LoginReplied || quotes.DictionarySecIds.Count == 0)
            {
                return new(assumption, expected, "no dictionary received", BtccProbeVerdict.Unverified);
            }
            var observed = $"dictionary {Quoted(quotes.DictionaryAction)}, hours {Quoted(quotes.TradingHoursAction)}, {quotes.EmptyFrames} empty frames";
            return quotes.DictionaryAction == null && quotes.TradingHoursAction == "AllProducts"
                ? new(assumption, expected, observed, BtccProbeVerdict.Confirmed)
                : new(assumption, expected, observed + " (live dialect)", BtccProbeVerdict.Contradicted);
        }

        /// <summary>The quote dialect the three login packets and the dealticksnap cadence point to.</summary>
        public static BtccProbeFinding QuoteDialect(IEnumerable<BtccProbeFinding> quoteFindings)
        {
            const string assumption = "Quote dialect";
            const string expected = "doc (BTCC's Nov-2023 PDF)";
            var judged = quoteFindings.Where(f => f.Verdict is BtccProbeVerdict.Confirmed or BtccProbeVerdict.Contradicted).ToList();
            if (judged.Count == 0)
            {
                return new(assumption, expected, "nothing to judge by", BtccProbeVerdict.Unverified);
            }
            if (judged.All(f => f.Verdict == BtccProbeVerdict.Confirmed))
            {
                return new(assumption, expected, "doc", BtccProbeVerdict.Confirmed);
            }
            return judged.All(f => f.Verdict == BtccProbeVerdict.Contradicted)
                ? new(assumption, expected, "live (as btcc-live-observations.md describes)", BtccProbeVerdict.Contradicted)
                : new(assumption, expected, "mixed: " + string.Join(", ", judged.Where(f => f.Verdict == BtccProbeVerdict.Contradicted).Select(f => f.Assumption)) + " differ", BtccProbeVerdict.Contradicted);
        }

        /// <summary>How one read endpoint answered: code 0 in a shape the plugin's model reads, or not.</summary>
        public static BtccProbeFinding EndpointReply(BtccProbeReply reply)
        {
            var assumption = $"{reply.Path} reply";
            const string expected = "code 0, read by the plugin";
            if (reply.Code == null)
            {
                return new(assumption, expected, reply.Status == null ? $"no reply: {reply.Message}" : $"HTTP {(int)reply.Status}, no BTCC code", BtccProbeVerdict.Contradicted);
            }
            if (reply.Code != 0)
            {
                return new(assumption, expected, $"code {reply.Code} '{reply.Message}'", BtccProbeVerdict.Contradicted);
            }
            return reply.Parsed
                ? new(assumption, expected, "code 0, read", BtccProbeVerdict.Confirmed)
                : new(assumption, expected, $"code 0 but not read: {reply.Message}", BtccProbeVerdict.Contradicted);
        }

        /// <summary>Every non-zero BTCC code met, with where and what it said (BTCC documents no code table).</summary>
        public static BtccProbeFinding ErrorCodes(IEnumerable<BtccProbeLoginAttempt> attempts, IEnumerable<BtccProbeReply> replies)
        {
            var met = attempts.Where(a => a.Code is not null and not 0)
                .Select(a => $"{a.Code} '{a.Message}' (login {a.Transport.Name()}/{a.Encoding.Name()})")
                .Concat(replies.Where(r => r.Code is not null and not 0).Select(r => $"{r.Code} '{r.Message}' ({r.Path})"))
                .Distinct()
                .ToList();
            return new("Error codes met", "none documented", met.Count == 0 ? "none" : string.Join("; ", met), BtccProbeVerdict.Noted);
        }

        private static string Describe(BtccProbeLoginAttempt attempt)
            => attempt.Code is { } code ? $"code {code} '{attempt.Message}'" : attempt.Message;

        private static string Codes(IEnumerable<BtccProbeLoginAttempt> attempts)
            => string.Join("; ", attempts.Select(a => $"{a.Transport.Name()}/{a.Encoding.Name()}: {Describe(a)}"));

        private static string Quoted(string? action) => action == null ? "without action" : $"\"{action}\"";

        private static string Example(IReadOnlyDictionary<string, IReadOnlyList<decimal>> pairs)
        {
            var (ticker, leverages) = pairs.First(p => p.Value.Count > 1);
            return $"{ticker} {string.Join("/", leverages.Select(l => l.ToString(CultureInfo.InvariantCulture) + "x"))}";
        }

        private static JObject? TryParseObject(string? body)
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return null;
            }
            try
            {
                return JToken.Parse(body) as JObject;
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }

        /// <summary>The reply's field names, nested ones dotted (<c>account.id</c>).</summary>
        private static HashSet<string> FieldPaths(JObject reply)
        {
            var fields = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in reply.Properties())
            {
                fields.Add(property.Name);
                if (property.Value is JObject nested)
                {
                    foreach (var inner in nested.Properties())
                    {
                        fields.Add(property.Name + "." + inner.Name);
                    }
                }
            }
            return fields;
        }
    }
}
