/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Security.Cryptography;
using System.Text;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    [TestFixture]
    public class BtccRequestSignerTests
    {
        private static KeyValuePair<string, string>[] Params(params (string Key, string Value)[] pairs)
            => pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToArray();

        /// <summary>The test's own MD5 of a string it spelled out by hand.</summary>
        private static string Md5(string text) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

        [Test]
        public void BtccDocumentedVectorGivesTheDocumentedSignature()
        {
            var sign = BtccRequestSigner.Sign(Params(("accountid", "142"), ("token", "00000011391572680255209")), "e8d24af2-1274-4fa1-a666-5a4ca7740afd");

            Assert.That(sign, Is.EqualTo("ba776fe2074bf6a8cf79500f72e6804e"));
        }

        [Test]
        public void SecretKeyIsSortedInAmongTheParameters()
        {
            var signed = BtccRequestSigner.BuildSignedString(Params(("token", "t1"), ("accountid", "142")), "s3cret");

            Assert.That(signed, Is.EqualTo("accountid=142&secret_key=s3cret&token=t1"));
        }

        [Test]
        public void SymbolPathSlashesSpacesColonsAndNonAsciiAreUrlEncodedWithUpperCaseHex()
        {
            var parameters = Params(
                ("token", "T"),
                ("symbol", "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x"),
                ("note", "a b:c"),
                ("name", "Zürich"),
                ("accountid", "142"));
            var byHand = "accountid=142&name=Z%C3%BCrich&note=a%20b%3Ac&secret_key=S"
                + "&symbol=GWFX%2FUSDT%2FGTS%2FMM%2FMIN%2F0%2FA%2FBTCUSDT5x&token=T";

            Assert.That(BtccRequestSigner.BuildSignedString(parameters, "S"), Is.EqualTo(byHand));
            Assert.That(BtccRequestSigner.Sign(parameters, "S"), Is.EqualTo(Md5(byHand)));
        }

        [TestCase("GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x")]
        [TestCase("user@example.com")]
        [TestCase("a b:c")]
        [TestCase("Zürich")]
        public void RawSigningHashesValuesAsTheyAre(string value)
        {
            var parameters = Params(("token", "T"), ("value", value));
            var byHand = "secret_key=S&token=T&value=" + value;

            Assert.That(BtccRequestSigner.BuildSignedString(parameters, "S", BtccSignEncoding.Raw), Is.EqualTo(byHand));
            Assert.That(BtccRequestSigner.Sign(parameters, "S", BtccSignEncoding.Raw), Is.EqualTo(Md5(byHand)));
        }

        [Test]
        public void BothVariantsGiveTheDocumentedSignatureForTheDocumentedVector()
        {
            var parameters = Params(("accountid", "142"), ("token", "00000011391572680255209"));

            Assert.That(BtccRequestSigner.Sign(parameters, "e8d24af2-1274-4fa1-a666-5a4ca7740afd", BtccSignEncoding.Raw), Is.EqualTo("ba776fe2074bf6a8cf79500f72e6804e"));
        }

        [TestCase("user@example.com", "secret", true)]
        [TestCase("8613800000000", "secret", false)]
        [TestCase("8613800000000", "se/cret", true)]
        public void VariantsDifferOnlyWhenAValueOrTheSecretNeedsEncoding(string userName, string secret, bool differ)
        {
            var parameters = Params(("user_name", userName), ("company_id", "1"), ("api_key", "55117c2a-84cb-44b1-b179-24273a304c48"));

            Assert.That(BtccRequestSigner.VariantsDiffer(parameters, secret), Is.EqualTo(differ));
        }

        [Test]
        public void CamelCaseNamesSortOrdinally()
        {
            var parameters = Params(("token", "T"), ("pageSize", "100"), ("pageNo", "1"), ("endTime", "2"), ("beginTime", "1"), ("accountNo", "86000402"));
            var byHand = "accountNo=86000402&beginTime=1&endTime=2&pageNo=1&pageSize=100&secret_key=K&token=T";

            Assert.That(BtccRequestSigner.Sign(parameters, "K"), Is.EqualTo(Md5(byHand)));
        }

        [Test]
        public void UpperCaseNamesSortBeforeLowerCase()
        {
            var parameters = Params(("alpha", "1"), ("Zeta", "2"));

            Assert.That(BtccRequestSigner.BuildSignedString(parameters, "K"), Is.EqualTo("Zeta=2&alpha=1&secret_key=K"));
        }

        [Test]
        public void AnExistingSignParameterIsNotSigned()
        {
            var with = BtccRequestSigner.Sign(Params(("accountid", "142"), ("sign", "old"), ("token", "00000011391572680255209")), "e8d24af2-1274-4fa1-a666-5a4ca7740afd");

            Assert.That(with, Is.EqualTo("ba776fe2074bf6a8cf79500f72e6804e"));
        }

        [Test]
        public void DecimalValuesAreWrittenWithoutExponentOrTrailingZeros()
        {
            Assert.That(BtccWireFormat.Decimal(0.10m), Is.EqualTo("0.1"));
            Assert.That(BtccWireFormat.Decimal(27421.50m), Is.EqualTo("27421.5"));
            Assert.That(BtccWireFormat.Decimal(20m), Is.EqualTo("20"));
            Assert.That(BtccWireFormat.Decimal(0.00000001m), Is.EqualTo("0.00000001"));
            Assert.That(BtccWireFormat.Decimal(-1.2500m), Is.EqualTo("-1.25"));
            Assert.That(BtccWireFormat.Decimal(1E-20m), Is.EqualTo("0.00000000000000000001"));
            Assert.That(BtccWireFormat.Decimal(0.000m), Is.EqualTo("0"));
        }

        [Test]
        public void DecimalFormattingIgnoresTheThreadCulture()
        {
            var previous = Thread.CurrentThread.CurrentCulture;
            try
            {
                Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
                Assert.That(BtccWireFormat.Decimal(1234.5m), Is.EqualTo("1234.5"));
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = previous;
            }
        }
    }
}
