/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>Tokens die after TokenLifetime of silence; keepalive keeps them alive.</summary>
    [TestFixture]
    public class TokenLifetimeTests : SimulatorTestBase
    {
        protected override void Configure(BtccSimulatorOptions options) => options.TokenLifetime = TimeSpan.FromMilliseconds(800);

        [Test]
        public async Task KeepaliveExtendsTheToken()
        {
            await Client.LoginAsync();
            for (var i = 0; i < 6; i++)
            {
                await Task.Delay(300);
                Assert.That((await Client.GetAsync("/v1/user/keepalive", Account())).Value<int>("code"), Is.Zero);
            }

            var reply = await Client.GetAsync("/v1/account/account", Account());

            Assert.That(reply.Value<int>("code"), Is.Zero);
        }

        [Test]
        public async Task SilenceBeyondTokenLifetimeExpiresTheToken()
        {
            await Client.LoginAsync();

            await Task.Delay(1200);
            var reply = await Client.GetAsync("/v1/account/account", Account());

            Assert.That(reply.Value<int>("code"), Is.EqualTo(SimulatorErrorCodes.TokenExpired));
        }
    }
}
