/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox.Probe;

namespace QuantConnect.Brokerages.Btcc.Tests.ToolBox.Probe
{
    /// <summary>Redaction keeps a reply byte for byte except its secrets.</summary>
    [TestFixture]
    public class BtccProbeRedactorTests
    {
        [Test]
        public void SecretNamedFieldsAreMaskedAndEveryOtherByteIsKept()
        {
            const string reply = """{"code":0, "token" : "00000013411571637727917","account":{"id":320,"balance":1.10},"sign":12345}""";

            var redacted = BtccProbeRedactor.Redact(reply, Array.Empty<string>());

            Assert.That(redacted, Is.EqualTo("""{"code":0, "token" : "***","account":{"id":320,"balance":1.10},"sign":"***"}"""));
        }

        [Test]
        public void EmptySecretFieldsStayAsTheyAre()
        {
            const string frame = """{"action":"Login","data":{"LoginResult":0,"token":""}}""";

            Assert.That(BtccProbeRedactor.Redact(frame, Array.Empty<string>()), Is.EqualTo(frame));
        }

        [TestCase("""{"msg":"user a@b.c/x locked"}""", """{"msg":"user *** locked"}""")]
        [TestCase("""{"msg":"user a@b.c\/x locked"}""", """{"msg":"user *** locked"}""")]
        [TestCase("GET /v1?user_name=a%40b.c%2Fx", "GET /v1?user_name=***")]
        public void AKnownSecretIsReplacedWhereverAndHoweverItAppears(string text, string expected)
        {
            Assert.That(BtccProbeRedactor.Redact(text, new[] { "a@b.c/x", string.Empty }), Is.EqualTo(expected));
        }
    }
}
