/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using McMaster.Extensions.CommandLineUtils;
using NUnit.Framework;
using QuantConnect.Configuration;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    /// <summary>LEAN's command-line parser as the ToolBox uses it.</summary>
    [TestFixture]
    public class ApplicationParserTests
    {
        private static readonly List<CommandLineOption> Options = new()
        {
            new("app", CommandOptionType.SingleValue),
            new("tickers", CommandOptionType.MultipleValue),
            new("debug", CommandOptionType.NoValue)
        };

        private static Dictionary<string, object> Parse(params string[] args)
        {
            var output = Console.Out;
            Console.SetOut(TextWriter.Null);
            try
            {
                return ApplicationParser.Parse("test", "a test", "help", args, Options);
            }
            finally
            {
                Console.SetOut(output);
            }
        }

        [TestCase("--app=BTCCSPU")]
        [TestCase("--app:BTCCSPU")]
        [TestCase("--app", "BTCCSPU")]
        public void AValueIsGivenAfterAnEqualsSignAColonOrASpace(params string[] args)
        {
            Assert.That(Parse(args)["app"], Is.EqualTo("BTCCSPU"));
        }

        [Test]
        public void AFlagIsTrueAndAnOptionNotGivenIsAbsent()
        {
            var options = Parse("--debug");

            Assert.That(options["debug"], Is.EqualTo(true));
            Assert.That(options.ContainsKey("app"), Is.False);
        }

        [Test]
        public void AListIsSplitAtCommasIntoItemsAndTheirPartAfterAColon()
        {
            var tickers = (Dictionary<string, string>)Parse("--tickers=BTCUSDT,ETHUSDT:x")["tickers"];

            Assert.That(tickers, Is.EqualTo(new Dictionary<string, string> { ["BTCUSDT"] = "", ["ETHUSDT"] = "x" }));
        }

        [Test]
        public void AListGivenTwiceKeepsItsFirstValue()
        {
            var tickers = (Dictionary<string, string>)Parse("--tickers=BTCUSDT", "--tickers=ETHUSDT")["tickers"];

            Assert.That(tickers.Keys, Is.EqualTo(new[] { "BTCUSDT" }));
        }

        [TestCase("--nope=1", "nope")]
        [TestCase("stray", "'stray'")]
        public void AnArgumentThatIsNoOptionIsRefusedNamingIt(string argument, string named)
        {
            Assert.That(() => Parse("--app=BTCCSPU", argument), Throws.InstanceOf<CommandParsingException>().With.Message.Contains(named));
        }

        [Test]
        public void NamesMatchExactly()
        {
            Assert.That(() => Parse("--APP=BTCCSPU"), Throws.InstanceOf<CommandParsingException>());
        }
    }
}
