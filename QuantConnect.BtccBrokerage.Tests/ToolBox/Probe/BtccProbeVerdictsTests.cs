/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.ToolBox.Probe;
using static QuantConnect.Brokerages.Btcc.ToolBox.Probe.BtccProbeVerdict;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox.Probe
{
    /// <summary>The probe's verdicts as pure functions of what was observed.</summary>
    [TestFixture]
    public class BtccProbeVerdictsTests
    {
        private static BtccProbeLoginAttempt Attempt(BtccSignEncoding encoding, BtccPostParameters transport, int? code)
            => new(encoding, transport, code == null ? null : HttpStatusCode.OK, code, code == 0 ? "LoginSuccess" : "refused");

        // attempts as "transport/encoding=code", comma-separated
        private static List<BtccProbeLoginAttempt> Attempts(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(a =>
        {
            var (variant, code) = (a.Split('=')[0], a.Split('=')[1]);
            BtccPostParameterModes.TryParse(variant.Split('/')[0], out var transport);
            BtccSignEncodings.TryParse(variant.Split('/')[1], out var encoding);
            return Attempt(encoding, transport, code == "none" ? null : int.Parse(code));
        }).ToList();

        [TestCase("query/encoded=0,query/raw=202", true, Confirmed, "encoded accepted, raw refused")]
        [TestCase("query/encoded=202,query/raw=0", true, Contradicted, "btcc-sign-encoding=raw")]
        [TestCase("query/encoded=0,query/raw=0", true, Confirmed, "both")]
        [TestCase("query/encoded=0", false, Unverified, "sign alike")]
        [TestCase("query/encoded=202,query/raw=202", true, Unverified, "no login accepted")]
        [TestCase("query/encoded=none", true, Unverified, "no login accepted")]
        public void SignatureVariantIsJudgedByWhichEncodingBtccAccepted(string attempts, bool variantsDiffer, BtccProbeVerdict verdict, string observed)
        {
            var finding = BtccProbeVerdicts.SignatureVariant(Attempts(attempts), variantsDiffer);

            Assert.That(finding.Verdict, Is.EqualTo(verdict));
            Assert.That(finding.Observed, Does.Contain(observed));
        }

        [TestCase("query/encoded=0,form/encoded=201", Confirmed, "query accepted, form refused")]
        [TestCase("query/encoded=201,form/encoded=0", Contradicted, "btcc-post-parameters=form")]
        [TestCase("query/encoded=0,form/encoded=0", Confirmed, "both")]
        [TestCase("query/encoded=201,form/encoded=201", Unverified, "no login accepted")]
        public void PostTransportIsJudgedByWhichTransportBtccAccepted(string attempts, BtccProbeVerdict verdict, string observed)
        {
            var finding = BtccProbeVerdicts.PostTransport(Attempts(attempts));

            Assert.That(finding.Verdict, Is.EqualTo(verdict));
            Assert.That(finding.Observed, Does.Contain(observed));
        }

        private const string DocumentedLogin = """
            {"token":"t","account":{"id":320,"userid":1341,"account_groupid":13,"balance":0,"equity":0,"margin":0,"free_margin":0,
             "margin_level":0,"margin_stopout":0,"account_no":"86000402","positions":0,"bonus":0.0,"status":0},"server_time":1,"code":0,"msg":"LoginSuccess"}
            """;

        [TestCase(DocumentedLogin, Confirmed, "every documented field present")]
        [TestCase("""{"code":0,"msg":"","token":"t","account":{"id":1},"server_time":1}""", Contradicted, "missing account.userid")]
        [TestCase("""{"code":0,"msg":"","data":{"token":"t"}}""", Contradicted, "missing token")]
        [TestCase("<html>404</html>", Unverified, "not a JSON object")]
        [TestCase(null, Unverified, "no login accepted")]
        public void LoginReplyShapeIsJudgedAgainstTheDocumentedFields(string? body, BtccProbeVerdict verdict, string observed)
        {
            var finding = BtccProbeVerdicts.LoginReplyShape(body);

            Assert.That(finding.Verdict, Is.EqualTo(verdict));
            Assert.That(finding.Observed, Does.Contain(observed));
        }

        [Test]
        public void LoginReplyShapeListsUndocumentedFieldsWithoutContradicting()
        {
            var finding = BtccProbeVerdicts.LoginReplyShape(DocumentedLogin.Replace("\"code\":0", "\"code\":0,\"expire\":60"));

            Assert.That(finding.Verdict, Is.EqualTo(Confirmed));
            Assert.That(finding.Observed, Does.Contain("also expire"));
        }

        [TestCase("A/BTCUSDT5x,A/BTCUSDT20x,A/ETHUSDT20x", Confirmed, "2 pairs, 1 with one path per leverage (e.g. BTCUSDT 5x/20x)")]
        [TestCase("A/BTCUSDT100x,A/ETHUSDT50x", Confirmed, "2 pairs, one path each")]
        [TestCase("A/BTCUSDT100x,A/ETHUSDT", Contradicted, "1 without a readable suffix, e.g. A/ETHUSDT")]
        [TestCase("", Unverified, "no symbollist read")]
        public void SymbolPathsAreJudgedByTheirLeverageSuffix(string paths, BtccProbeVerdict verdict, string observed)
        {
            var finding = BtccProbeVerdicts.SymbolPaths(paths.Split(',', StringSplitOptions.RemoveEmptyEntries));

            Assert.That(finding.Verdict, Is.EqualTo(verdict));
            Assert.That(finding.Observed, Does.Contain(observed));
        }

        [Test]
        public void PathsPerPairListsEachPairsSuffixesAscending()
        {
            var pairs = BtccProbeVerdicts.PathsPerPair(new[] { "A/BTCUSDT100x", "A/BTCUSDT5x", "A/ETHUSDT20x", "junk" });

            Assert.That(pairs.Keys, Is.EqualTo(new[] { "BTCUSDT", "ETHUSDT" }));
            Assert.That(pairs["BTCUSDT"], Is.EqualTo(new[] { 5m, 100m }));
        }

        [TestCase(new long[] { 1, 2 }, new long[] { 1, 2, 3 }, Confirmed, "all 2 code_ids are SecIDs")]
        [TestCase(new long[] { 1, 2 }, new long[] { 65, 3289142 }, Contradicted, "0 of 2 code_ids")]
        [TestCase(new long[] { 1, 2 }, new long[] { 1 }, Contradicted, "1 of 2 code_ids")]
        [TestCase(new long[] { 1 }, new long[0], Unverified, "no quote dictionary")]
        [TestCase(new long[0], new long[] { 1 }, Unverified, "no symbollist")]
        public void CodeIdsAreJudgedAgainstTheDictionarysSecIds(long[] codeIds, long[] secIds, BtccProbeVerdict verdict, string observed)
        {
            var finding = BtccProbeVerdicts.CodeIdsAreSecIds(codeIds, secIds);

            Assert.That(finding.Verdict, Is.EqualTo(verdict));
            Assert.That(finding.Observed, Does.Contain(observed));
        }

        [TestCase(12, 2, Confirmed, "stream")]
        [TestCase(2, 2, Contradicted, "one-shot")]
        [TestCase(1, 2, Contradicted, "one-shot")]
        [TestCase(0, 2, Unverified, "no dealticksnap")]
        [TestCase(0, 0, Unverified, "nothing subscribed")]
        public void DealTickSnapCadenceIsAStreamOnlyWhenFramesOutnumberTheSubscribes(int frames, int subscribes, BtccProbeVerdict verdict, string observed)
        {
            var finding = BtccProbeVerdicts.DealTickSnapCadence(frames, subscribes, TimeSpan.FromSeconds(30));

            Assert.That(finding.Verdict, Is.EqualTo(verdict));
            Assert.That(finding.Observed, Does.Contain(observed));
        }

        [TestCase(true, true, null, 0, Confirmed, "no action, data.LoginResult; accepted")]
        [TestCase(true, true, "Login", 0, Contradicted, "\"action\":\"Login\"")]
        [TestCase(true, true, null, 1, Confirmed, "refused (LoginResult 1)")]
        [TestCase(true, false, null, null, Unverified, "no login reply")]
        [TestCase(false, false, null, null, Unverified, "did not open")]
        public void QuoteLoginReplyIsJudgedByItsAction(bool connected, bool replied, string? action, int? result, BtccProbeVerdict verdict, string observed)
        {
            var quotes = new BtccProbeQuoteObservation { Connected = connected, ConnectError = "404", LoginReplied = replied, LoginAction = action, LoginResult = result };

            var finding = BtccProbeVerdicts.QuoteLoginReply(quotes);

            Assert.That(finding.Verdict, Is.EqualTo(verdict));
            Assert.That(finding.Observed, Does.Contain(observed));
        }

        [TestCase(null, "AllProducts", Confirmed)]
        [TestCase("Dict", "All Products", Contradicted)]
        [TestCase(null, "All Products", Contradicted)]
        public void QuotePacketActionsAreJudgedAgainstThePdfs(string? dictionary, string? hours, BtccProbeVerdict verdict)
        {
            var quotes = new BtccProbeQuoteObservation
            {
                Connected = true, LoginReplied = true, DictionaryAction = dictionary, TradingHoursAction = hours,
                DictionarySecIds = new Dictionary<string, long> { ["BTC/USDT.100x"] = 65 }
            };

            Assert.That(BtccProbeVerdicts.QuotePacketActions(quotes).Verdict, Is.EqualTo(verdict));
        }

        [TestCase(new[] { Confirmed, Confirmed, Unverified }, Confirmed, "doc")]
        [TestCase(new[] { Contradicted, Contradicted, Contradicted }, Contradicted, "live")]
        [TestCase(new[] { Confirmed, Contradicted }, Contradicted, "mixed: b differ")]
        [TestCase(new[] { Unverified }, Unverified, "nothing to judge by")]
        public void QuoteDialectFollowsTheQuoteFindings(BtccProbeVerdict[] verdicts, BtccProbeVerdict verdict, string observed)
        {
            var findings = verdicts.Select((v, i) => new BtccProbeFinding(((char)('a' + i)).ToString(), "", "", v));

            var finding = BtccProbeVerdicts.QuoteDialect(findings);

            Assert.That(finding.Verdict, Is.EqualTo(verdict));
            Assert.That(finding.Observed, Does.StartWith(observed));
        }

        [TestCase(HttpStatusCode.OK, 0, true, Confirmed, "code 0, read")]
        [TestCase(HttpStatusCode.OK, 0, false, Contradicted, "code 0 but not read")]
        [TestCase(HttpStatusCode.OK, 301, true, Contradicted, "code 301 'm'")]
        [TestCase(HttpStatusCode.NotFound, null, false, Contradicted, "HTTP 404, no BTCC code")]
        public void EndpointReplyIsConfirmedOnlyWhenThePluginReadACodeZeroReply(HttpStatusCode status, int? code, bool parsed, BtccProbeVerdict verdict, string observed)
        {
            var finding = BtccProbeVerdicts.EndpointReply(new BtccProbeReply("/v1/account/account", status, code, "m", parsed));

            Assert.That(finding.Verdict, Is.EqualTo(verdict));
            Assert.That(finding.Observed, Does.StartWith(observed));
        }

        [Test]
        public void ErrorCodesListEveryNonZeroCodeOnceWithWhereItWasMet()
        {
            var finding = BtccProbeVerdicts.ErrorCodes(Attempts("query/encoded=0,query/raw=202"),
                new[] { new BtccProbeReply("/v1/x", HttpStatusCode.OK, 301, "m", true), new BtccProbeReply("/v1/x", HttpStatusCode.OK, 301, "m", true) });

            Assert.That(finding.Verdict, Is.EqualTo(Noted));
            Assert.That(finding.Observed, Is.EqualTo("202 'refused' (login query/raw); 301 'm' (/v1/x)"));
        }
    }
}
