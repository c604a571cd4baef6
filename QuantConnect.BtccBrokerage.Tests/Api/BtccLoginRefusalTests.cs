/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>A refused login becomes a message saying what the user has to fix.</summary>
    [TestFixture]
    public class BtccLoginRefusalTests
    {
        private static string Describe(int code, string message = "msg", BtccPostParameters post = BtccPostParameters.Query)
            => BtccLoginRefusal.Describe(code, message, new BtccApiSettings { PostParameters = post });

        [Test]
        public void Code207SaysTheKeyIsOutOfDateAndWhichKeysToReplace()
        {
            var text = Describe(207, "API-keys you are using aren't up to date");

            Assert.That(text, Does.Contain("API key is out of date").And.Contain("aren't up to date")
                .And.Contain("Create a new API key").And.Contain("btcc-api-key").And.Contain("btcc-api-secret"));
        }

        [Test]
        public void Code209SaysTheKeyLacksTradePermissionOrThisIp()
        {
            var text = Describe(209, "API KEY NOT TRADE AUTH");

            Assert.That(text, Does.Contain("may not trade").And.Contain("API KEY NOT TRADE AUTH")
                .And.Contain("futures-trade permission").And.Contain("at most 5 IP addresses").And.Contain("btcc-api-key"));
        }

        [TestCase(BtccPostParameters.Query, "btcc-post-parameters=form (now query)")]
        [TestCase(BtccPostParameters.Form, "btcc-post-parameters=query (now form)")]
        public void AnyOtherCodeNamesTheCredentialsAndTheOtherPostTransport(BtccPostParameters post, string suggestion)
        {
            var text = Describe(204, "wrong user name or password", post);

            Assert.That(text, Does.Contain("code 204 'wrong user name or password'")
                .And.Contain("btcc-user-name").And.Contain("btcc-password").And.Contain("btcc-api-key").And.Contain("btcc-api-secret")
                .And.Contain(suggestion).And.Contain("btcc-sign-encoding"));
        }
    }
}
