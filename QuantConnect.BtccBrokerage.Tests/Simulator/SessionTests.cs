/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    [TestFixture]
    public class SessionTests : SimulatorTestBase
    {
        [Test]
        public void TestSignerReproducesBtccDocumentedSignature()
        {
            var parameters = new Dictionary<string, string> { ["accountid"] = "142", ["token"] = "00000011391572680255209" };

            var sign = TestSigner.Sign(parameters, "e8d24af2-1274-4fa1-a666-5a4ca7740afd");

            Assert.That(sign, Is.EqualTo("ba776fe2074bf6a8cf79500f72e6804e"));
        }

        [Test]
        public async Task LoginWithCorrectSignatureReturnsTokenAndAccount()
        {
            var reply = await Client.LoginAsync();

            Assert.That(reply.Value<int>("code"), Is.Zero);
            Assert.That(reply.Value<string>("token"), Is.Not.Empty);
            Assert.That(reply["account"]!.Value<long>("id"), Is.EqualTo(Simulator.Options.AccountId));
            Assert.That(reply["account"]!.Value<decimal>("balance"), Is.EqualTo(Simulator.Options.InitialBalance));
        }

        [Test]
        public async Task LoginWithWrongSignatureIsRefused()
        {
            var reply = await Client.SendAsync(HttpMethod.Post, "/v1/user/login", Client.LoginParameters(), withToken: false, secret: "not-the-secret");

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.WrongSign));
            Assert.That(reply.ContainsKey("token"), Is.False);
        }

        [Test]
        public async Task LoginWithWrongApiKeyIsRefused()
        {
            var parameters = Client.LoginParameters();
            parameters["api_key"] = "someone-else";

            var reply = await Client.SendAsync(HttpMethod.Post, "/v1/user/login", parameters, withToken: false);

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.WrongApiKey));
        }

        [Test]
        public async Task LoginWithWrongPasswordIsRefused()
        {
            var parameters = Client.LoginParameters();
            parameters["password"] = "guess";

            var reply = await Client.SendAsync(HttpMethod.Post, "/v1/user/login", parameters, withToken: false);

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.WrongPassword));
        }

        [Test]
        public async Task SymbolListServesEveryInstrumentWithItsSecId()
        {
            await Client.LoginAsync();

            var reply = await Client.GetAsync("/v1/config/symbollist");

            Assert.That(reply.Value<int>("code"), Is.Zero);
            var names = reply["symbols"]!.Select(s => s.Value<string>("name")).ToList();
            Assert.That(names, Is.EquivalentTo(Simulator.Instruments.Select(i => i.Path)));
            Assert.That(reply["symbols"]!.First(s => s.Value<string>("name") == Btc5x).Value<long>("code_id"),
                Is.EqualTo(Simulator.Instruments.First(i => i.Path == Btc5x).CodeId));
        }

        [Test]
        public async Task RequestWithWrongSignatureIsRefused()
        {
            await Client.LoginAsync();

            var reply = await Client.SendAsync(HttpMethod.Get, "/v1/account/account", Account(), secret: "wrong");

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.WrongSign));
        }
    }
}
