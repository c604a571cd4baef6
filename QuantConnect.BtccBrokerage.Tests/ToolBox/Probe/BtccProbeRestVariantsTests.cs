/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.Probe;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox.Probe
{
    /// <summary>The probe against a BTCC that signs raw values and reads POST parameters from a form body, and one that refuses the login.</summary>
    [TestFixture, NonParallelizable]
    public class BtccProbeRestVariantsTests : ToolBoxFixture
    {
        public BtccProbeRestVariantsTests()
            : base("{}")
        {
        }

        private (int ExitCode, string Output, string Error, Dictionary<string, JToken> Findings) Probe(BtccSimulator simulator, string password)
        {
            var folder = Path.Combine(FolderPath, "probe");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var (exitCode, output, error) = Run(new[]
            {
                "--app=BTCCProbe", $"--config={ConfigPath}", "--probe-seconds=1", $"--probe-output={folder}",
                $"--btcc-api-url={simulator.RestUrl}", $"--btcc-websocket-url={simulator.WebSocketUrl}",
                $"--btcc-user-name={simulator.Options.UserName}", $"--btcc-password={password}",
                $"--btcc-api-key={simulator.Options.ApiKey}", $"--btcc-api-secret={simulator.Options.ApiSecret}", "--btcc-company-id=1"
            }, timeout.Token);
            var findings = JArray.Parse(File.ReadAllText(Path.Combine(folder, "findings.json"))).ToDictionary(f => f.Value<string>("assumption")!, f => f);
            return (exitCode, output, error, findings);
        }

        [Test]
        public async Task ARawSigningFormReadingBtccContradictsBothDefaultsAndIsStillReadTheWayItAccepted()
        {
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions { SignsRawValues = true, ReadsPostParametersFromForm = true });

            var (exitCode, _, error, findings) = Probe(simulator, simulator.Options.Password);

            Assert.That(exitCode, Is.Zero, error);
            Assert.That(findings["Signature variant (btcc-sign-encoding)"].Value<string>("verdict"), Is.EqualTo("Contradicted"));
            Assert.That(findings["Signature variant (btcc-sign-encoding)"].Value<string>("observed"), Does.Contain("btcc-sign-encoding=raw"));
            Assert.That(findings["POST transport (btcc-post-parameters)"].Value<string>("verdict"), Is.EqualTo("Contradicted"));
            Assert.That(findings["POST transport (btcc-post-parameters)"].Value<string>("observed"), Does.Contain("btcc-post-parameters=form"));
            Assert.That(findings["/v1/account/account reply"].Value<string>("verdict"), Is.EqualTo("Confirmed"));
        }

        [Test]
        public async Task ARefusedLoginLeavesEveryOtherAssumptionUnverifiedAndExitsNonZero()
        {
            await using var simulator = await BtccSimulator.StartAsync(new BtccSimulatorOptions());

            var (exitCode, output, _, findings) = Probe(simulator, "wrong-password");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(findings["Signature variant (btcc-sign-encoding)"].Value<string>("verdict"), Is.EqualTo("Unverified"));
            Assert.That(findings["Quote dialect"].Value<string>("verdict"), Is.EqualTo("Unverified"));
            Assert.That(findings["Error codes met"].Value<string>("observed"), Does.Contain("(login query/encoded)"));
            Assert.That(simulator.Requests.TradingRequests, Is.Zero);
            Assert.That(output, Does.Contain("send that folder back"));
        }
    }
}
