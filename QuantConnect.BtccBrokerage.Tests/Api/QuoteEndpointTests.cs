/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.WebSocket;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>A quote-websocket address that cannot work is reported naming btcc-websocket-url; passing faults are not.</summary>
    [TestFixture]
    public class QuoteEndpointTests
    {
        private const string Url = "wss://kapi1.btloginc.com:9082";

        public static IEnumerable<TestCaseData> Failures()
        {
            yield return new TestCaseData(HttpStatusCode.NotFound, new WebSocketException("404"), "answered HTTP 404").SetName("Upgrade answered 404 names the setting");
            yield return new TestCaseData(HttpStatusCode.OK, new WebSocketException("200"), "answered HTTP 200").SetName("Upgrade answered 200 names the setting");
            yield return new TestCaseData((HttpStatusCode)0, new WebSocketException("tls", new HttpRequestException("ssl", new AuthenticationException("name mismatch"))),
                "TLS handshake").SetName("Refused certificate names the setting");
        }

        [TestCaseSource(nameof(Failures))]
        public void AddressFaultIsDescribedNamingTheSetting(HttpStatusCode status, Exception error, string reason)
        {
            var text = BtccQuoteEndpointException.Describe(Url, status, error);

            Assert.That(text, Does.Contain(reason).And.Contain(BtccSettingKeys.WebSocketUrl).And.Contain(Url));
        }

        [Test]
        public void PassingFaultIsNotAnAddressFault()
        {
            var refused = new WebSocketException("connect", new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)));

            Assert.That(BtccQuoteEndpointException.Describe(Url, 0, refused), Is.Null);
        }

        [Test]
        public async Task ServerAnswering404FailsTheConnectNamingTheSetting()
        {
            await using var server = await LoopbackWebServer.StartAsync(app => app.Run(http =>
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
            var settings = BtccApiSettingsTests.Valid();
            settings.WebSocketUrl = server.Url.Replace("http://", "ws://");
            await using var client = new BtccQuoteWebSocketClient(settings, "86000402");

            var error = Assert.ThrowsAsync<BtccQuoteEndpointException>(() => client.ConnectAsync());

            Assert.That(error!.Message, Does.Contain("404").And.Contain(BtccSettingKeys.WebSocketUrl));
        }

        [Test]
        public async Task CertificateForAnotherHostFailsTheConnectNamingTheSetting()
        {
            await using var server = await TlsServerAsync("btcc.com");
            var settings = BtccApiSettingsTests.Valid();
            settings.WebSocketUrl = $"wss://127.0.0.1:{server.Urls.Select(u => new Uri(u).Port).First()}/quot/reqloginNew";
            await using var client = new BtccQuoteWebSocketClient(settings, "86000402");

            var error = Assert.ThrowsAsync<BtccQuoteEndpointException>(() => client.ConnectAsync());

            Assert.That(error!.Message, Does.Contain("TLS").And.Contain(BtccSettingKeys.WebSocketUrl));
        }

        /// <summary>An HTTPS server on loopback whose certificate names <paramref name="host"/>, as BTCC's kapi1 names *.btcc.com.</summary>
        private static async Task<WebApplication> TlsServerAsync(string host)
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName(host);
            request.CertificateExtensions.Add(names.Build());
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
            var app = builder.Build();
            app.UseWebSockets();
            app.Run(async http => (await http.WebSockets.AcceptWebSocketAsync()).Abort());
            await app.StartAsync();
            return app;
        }
    }
}
