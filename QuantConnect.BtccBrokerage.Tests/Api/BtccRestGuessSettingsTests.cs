/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// The REST choices BTCC's docs leave open, as settings: <c>btcc-sign-encoding</c>, <c>btcc-post-parameters</c>
    /// and <c>btcc-token-invalid-codes</c>, their defaults and their refusal of bad values.
    /// </summary>
    [TestFixture]
    public class BtccRestGuessSettingsTests
    {
        private static (BtccApiSettings Api, List<string> Errors) Read(params (string Key, string Value)[] entries)
        {
            var api = new BtccApiSettings();
            var reader = BtccSettingsReader.Of(entries.ToDictionary(e => e.Key, e => e.Value));
            BtccBrokerageSettings.ReadRestChoices(reader, api);
            return (api, reader.Errors.ToList());
        }

        [Test]
        public void DefaultsAreWhatBtccDocumentsAndTheCodeSeen()
        {
            var (api, errors) = Read();

            Assert.That(errors, Is.Empty);
            Assert.That(api.SignEncoding, Is.EqualTo(BtccSignEncoding.Encoded));
            Assert.That(api.PostParameters, Is.EqualTo(BtccPostParameters.Query));
            Assert.That(api.TokenInvalidCodes, Is.EquivalentTo(new[] { 207 }));
        }

        [TestCase("raw", BtccSignEncoding.Raw)]
        [TestCase(" Encoded ", BtccSignEncoding.Encoded)]
        [TestCase("", BtccSignEncoding.Encoded)]
        public void SignEncodingIsRead(string text, BtccSignEncoding expected)
            => Assert.That(Read(("btcc-sign-encoding", text)).Api.SignEncoding, Is.EqualTo(expected));

        [TestCase("form", BtccPostParameters.Form)]
        [TestCase("QUERY", BtccPostParameters.Query)]
        [TestCase("", BtccPostParameters.Query)]
        public void PostParametersAreRead(string text, BtccPostParameters expected)
            => Assert.That(Read(("btcc-post-parameters", text)).Api.PostParameters, Is.EqualTo(expected));

        [TestCase("1001", new[] { 1001 })]
        [TestCase("207;1001", new[] { 207, 1001 })]
        [TestCase(" 207 , -3 ,", new[] { 207, -3 })]
        public void TokenInvalidCodesAreAList(string text, int[] expected)
            => Assert.That(Read(("btcc-token-invalid-codes", text)).Api.TokenInvalidCodes, Is.EquivalentTo(expected));

        [TestCase("btcc-sign-encoding", "url", "encoded or raw")]
        [TestCase("btcc-post-parameters", "json", "query or form")]
        [TestCase("btcc-token-invalid-codes", "expired", "207;1001")]
        [TestCase("btcc-token-invalid-codes", "207;0", "207;1001")]
        [TestCase("btcc-token-invalid-codes", ";", "207;1001")]
        public void ABadValueFailsNamingItsKey(string key, string value, string expected)
        {
            var (_, errors) = Read((key, value));

            Assert.That(errors.Single(), Does.Contain($"'{key}'").And.Contain(value).And.Contain(expected));
        }

        [Test]
        public void TheSettingsTextShowsTheChoicesInForce()
        {
            var (api, _) = Read(("btcc-sign-encoding", "raw"), ("btcc-post-parameters", "form"), ("btcc-token-invalid-codes", "1001;207"));

            Assert.That(api.ToString(), Does.Contain("SignEncoding=raw, PostParameters=form, TokenInvalidCodes=207;1001"));
        }
    }
}
