/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// Bad-input table, ToolBox command line: every bad argument ends with exit code 1 and one ERROR line
    /// naming the problem, without a stack trace and before any request leaves the machine.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BadToolBoxArgumentsTests : ToolBoxFixture
    {
        public BadToolBoxArgumentsTests()
            : base(OfflineConfig)
        {
        }

        private static TestCaseData Row(string name, string fragment, params string[] args)
            => new TestCaseData(args, fragment).SetName($"ToolBox args: {name} => exit 1, ERROR '{fragment}'");

        public static IEnumerable<TestCaseData> Rows()
        {
            yield return Row("no --app", "--app value is required", "--tickers=BTCUSDT");
            yield return Row("unknown app", "Unrecognized --app value 'Nope'", "--app=Nope");
            yield return Row("stray positional argument", "'stray'", "stray", "--app=BTCCSPU");
            yield return Row("unknown option", "--nope", "--app=BTCCSPU", "--nope=1");
            yield return Row("option without its value", "from-date", "--app=BTCCDownloader", "{config}", "--tickers=BTCUSDT", "--from-date");
            yield return Row("flag given a value", "header", "--app=BTCCExchangeInfoDownloader", "{config}", "--header=yes");
            yield return Row("config file missing", "does-not-exist.json", "--app=BTCCSPU", "--config=does-not-exist.json");
            yield return Row("date in the wrong format", "--from-date", "--app=BTCCDownloader", "{config}", "--tickers=BTCUSDT", "--from-date=2024-01-01");
            yield return Row("tick resolution", "--resolution", "--app=BTCCDownloader", "{config}", "--tickers=BTCUSDT", "--resolution=Tick", "--from-date=20240101-00:00:00");
            yield return Row("plain http to a remote host", "unencrypted http://", "--app=BTCCExchangeInfoDownloader", "{config}", "--btcc-api-url=http://api.example.com");
        }

        [TestCaseSource(nameof(Rows))]
        public void ProgramFailsWithOneErrorLine(string[] args, string fragment)
        {
            var (exitCode, _, error) = Run(args.Select(a => a == "{config}" ? $"--config={ConfigPath}" : a).ToArray());

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith("ERROR: ").And.Contain(fragment).And.Not.Contain("   at "));
        }
    }
}
