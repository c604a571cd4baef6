/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Models;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Simulator;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Api.Integration
{
    /// <summary>
    /// The REST choices BTCC's docs leave open, against a simulator that makes the other choice: the signature
    /// variant falls back by itself at login, the POST transport and the token-invalid codes follow their settings.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class RestGuessIntegrationTests
    {
        private const string Login = "/v1/user/login";

        private static async Task<BtccPosition> OpenBtcAsync(BtccRestApiClient client, SimulatorHarness harness)
        {
            var btc = harness.Simulator.Instruments.First(i => i.Ticker == "BTCUSDT");
            // the path's '/' is where the two signature variants differ on every trading request
            return await client.OpenPositionAsync(new BtccOpenPositionRequest(btc.Path, BtccDirection.Buy, 0.01m, 0m, btc.Leverage, 77));
        }

        [TestCase(false, BtccSignEncoding.Raw)]
        [TestCase(true, BtccSignEncoding.Encoded)]
        public async Task ALoginRefusedUnderOneSignatureVariantIsRetriedOnceUnderTheOther(bool simulatorSignsRaw, BtccSignEncoding configured)
        {
            await using var harness = await SimulatorHarness.StartAsync(o => o.SignsRawValues = simulatorSignsRaw);
            harness.Settings.SignEncoding = configured;
            using var log = new LogCapture();
            using var client = new BtccRestApiClient(harness.Settings);

            await client.LoginAsync();
            var position = await OpenBtcAsync(client, harness);

            Assert.That(harness.Simulator.Requests.Count(Login), Is.EqualTo(2));
            Assert.That(client.SignEncoding, Is.EqualTo(configured.Other()));
            Assert.That(position.Id, Is.Not.Zero);
            Assert.That(log.Texts.Count(t => t.Contains("BtccRestApiClient.Login(): BTCC refused the login signed with")), Is.EqualTo(1));
            Assert.That(log.Texts, Has.Some.Contains($"signing {configured.Other().Name()} from now on (set btcc-sign-encoding={configured.Other().Name()}"));
        }

        [Test]
        public async Task TheVariantThatWorkedIsKeptForLaterLogins()
        {
            await using var harness = await SimulatorHarness.StartAsync(o => o.SignsRawValues = true);
            using var log = new LogCapture();
            using var client = new BtccRestApiClient(harness.Settings);
            await client.LoginAsync();

            harness.Simulator.ExpireTokens();
            await client.GetAccountAsync();

            Assert.That(client.LoginCount, Is.EqualTo(2));
            Assert.That(harness.Simulator.Requests.Count(Login), Is.EqualTo(3));
            Assert.That(log.Texts.Count(t => t.Contains("BtccRestApiClient.Login(): BTCC refused the login signed with")), Is.EqualTo(1));
        }

        [Test]
        public async Task TheConfiguredVariantIsLoggedOnceWhenBtccAcceptsIt()
        {
            await using var harness = await SimulatorHarness.StartAsync();
            using var log = new LogCapture();
            using var client = new BtccRestApiClient(harness.Settings);

            await client.LoginAsync();
            await client.LoginAsync();

            Assert.That(harness.Simulator.Requests.Count(Login), Is.EqualTo(2));
            Assert.That(log.Texts.Where(t => t.Contains("signing with encoded values")).ToArray(),
                Is.EqualTo(new[] { "BtccRestApiClient.Login(): signing with encoded values (btcc-sign-encoding; BTCC accepted it)" }));
        }

        [Test]
        public async Task WrongCredentialsAreTriedUnderBothVariantsAndTheConfiguredOnesRefusalIsReported()
        {
            await using var harness = await SimulatorHarness.StartAsync();
            harness.Settings.Password = "wrong";
            using var client = new BtccRestApiClient(harness.Settings);

            var error = Assert.ThrowsAsync<BtccApiException>(() => client.LoginAsync())!;

            Assert.That(error.Code, Is.EqualTo(SimulatorErrorCodes.WrongPassword));
            Assert.That(harness.Simulator.Requests.Count(Login), Is.EqualTo(2));
            Assert.That(client.SignEncoding, Is.EqualTo(BtccSignEncoding.Encoded));
        }

        [Test]
        public async Task NoRetryWhenNoLoginValueNeedsEncoding()
        {
            await using var harness = await SimulatorHarness.StartAsync(o => o.UserName = "8613800000000");
            harness.Settings.UserName = "8613800000000";
            harness.Settings.Password = "wrong";
            using var client = new BtccRestApiClient(harness.Settings);

            Assert.ThrowsAsync<BtccApiException>(() => client.LoginAsync());

            Assert.That(harness.Simulator.Requests.Count(Login), Is.EqualTo(1));
        }

        [TestCase(true, SimulatorErrorCodes.ApiKeyOutOfDate)]
        [TestCase(false, SimulatorErrorCodes.ApiKeyNotTradeAuthorised)]
        public async Task AKeyProblemIsNotRetriedUnderTheOtherVariant(bool outOfDate, int code)
        {
            await using var harness = await SimulatorHarness.StartAsync(o =>
            {
                o.Faults.ApiKeyOutOfDate = outOfDate;
                o.Faults.ApiKeyNotTradeAuthorised = !outOfDate;
            });
            using var client = new BtccRestApiClient(harness.Settings);

            var error = Assert.ThrowsAsync<BtccApiException>(() => client.LoginAsync())!;

            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(harness.Simulator.Requests.Count(Login), Is.EqualTo(1));
        }

        [Test]
        public async Task FormPostsReachASimulatorThatReadsFormBodies()
        {
            await using var harness = await SimulatorHarness.StartAsync(o => o.ReadsPostParametersFromForm = true);
            harness.Settings.PostParameters = BtccPostParameters.Form;
            using var client = new BtccRestApiClient(harness.Settings);

            await client.LoginAsync();
            var position = await OpenBtcAsync(client, harness);

            Assert.That(harness.Simulator.Requests.Count(Login), Is.EqualTo(1));
            Assert.That(harness.Simulator.Snapshot().Positions.Single().Id, Is.EqualTo(position.Id));
        }

        [Test]
        public async Task QueryPostsToAFormReadingBtccAreRefusedNotLost()
        {
            await using var harness = await SimulatorHarness.StartAsync(o => o.ReadsPostParametersFromForm = true);
            using var client = new BtccRestApiClient(harness.Settings);

            var error = Assert.ThrowsAsync<BtccApiException>(() => client.LoginAsync())!;

            Assert.That(error.IsRefusal, Is.True);
            Assert.That(BtccLoginRefusal.Describe(error.Code, error.BtccMessage, harness.Settings), Does.Contain("btcc-post-parameters=form (now query)"));
        }

        [Test]
        public async Task AConfiguredTokenInvalidCodeRenewsTheSession()
        {
            await using var harness = await SimulatorHarness.StartAsync(o => o.TokenExpiredCode = 1001);
            harness.Settings.TokenInvalidCodes = new HashSet<int> { 207, 1001 };
            using var client = new BtccRestApiClient(harness.Settings);
            await client.LoginAsync();

            harness.Simulator.ExpireTokens();
            var account = await client.GetAccountAsync();

            Assert.That(account.Account.Id, Is.EqualTo(harness.Simulator.Options.AccountId));
            Assert.That(client.LoginCount, Is.EqualTo(2));
        }

        [Test]
        public async Task ACodeOutsideTheTokenInvalidListFailsTheRequestWithBtccsCode()
        {
            await using var harness = await SimulatorHarness.StartAsync(o => o.TokenExpiredCode = 1001);
            using var client = new BtccRestApiClient(harness.Settings);
            await client.LoginAsync();

            harness.Simulator.ExpireTokens();
            var error = Assert.ThrowsAsync<BtccApiException>(() => client.GetAccountAsync())!;

            Assert.That(error.Code, Is.EqualTo(1001));
            Assert.That(client.LoginCount, Is.EqualTo(1));
        }
    }
}
