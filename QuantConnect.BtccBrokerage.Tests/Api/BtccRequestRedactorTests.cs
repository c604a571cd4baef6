/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    [TestFixture]
    public class BtccRequestRedactorTests
    {
        [Test]
        public void CredentialTokenAndSignatureValuesAreMasked()
        {
            var parameters = new[]
            {
                new KeyValuePair<string, string>("user_name", "trader@example.com"),
                new KeyValuePair<string, string>("password", "pw-123"),
                new KeyValuePair<string, string>("company_id", "1"),
                new KeyValuePair<string, string>("api_key", "key-456"),
                new KeyValuePair<string, string>("secret_key", "secret-789"),
                new KeyValuePair<string, string>("token", "000000134"),
                new KeyValuePair<string, string>("sign", "ba776fe2"),
            };

            var line = BtccRequestRedactor.Format("POST", "/v1/user/login", parameters);

            Assert.That(line, Is.EqualTo("POST /v1/user/login?user_name=***&password=***&company_id=1&api_key=***&secret_key=***&token=***&sign=***"));
        }

        [Test]
        public void OrdinaryValuesAreShownEncoded()
        {
            var line = BtccRequestRedactor.Format("GET", "/v1/account/positionlist", new[]
            {
                new KeyValuePair<string, string>("accountid", "320"),
                new KeyValuePair<string, string>("symbol", "GWFX/USDT/GTS/MM/MIN/0/A/BTCUSDT5x"),
            });

            Assert.That(line, Is.EqualTo("GET /v1/account/positionlist?accountid=320&symbol=GWFX%2FUSDT%2FGTS%2FMM%2FMIN%2F0%2FA%2FBTCUSDT5x"));
        }

        [Test]
        public void QueryStringsBuiltElsewhereAreRedacted()
        {
            var redacted = BtccRequestRedactor.RedactQuery("https://h/v1/account/account?token=abc&accountid=1&sign=def");

            Assert.That(redacted, Is.EqualTo("https://h/v1/account/account?token=***&accountid=1&sign=***"));
        }
    }
}
