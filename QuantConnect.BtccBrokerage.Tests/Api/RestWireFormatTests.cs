/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.IO.Compression;
using System.Net;
using System.Text;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// Pins the bytes the REST client puts on the wire and how it reads replies, as a raw socket sees them:
    /// the transport under the client may change, what BTCC receives may not.
    /// </summary>
    [TestFixture]
    public class RestWireFormatTests
    {
        private const string Login = "{\"code\":0,\"msg\":\"\",\"token\":\"T1\",\"server_time\":1700000000,"
            + "\"account\":{\"id\":320,\"account_no\":\"86000402\",\"account_groupid\":13}}";

        private static readonly string[] CommonHeaders =
        {
            "User-Agent: QuantConnect.Brokerages.Btcc",
            "Accept: application/json, text/json, text/x-json, text/javascript, application/xml, text/xml",
            "Accept-Encoding: gzip, deflate, br"
        };

        private static BtccApiSettings Settings(string url) => new()
        {
            RestUrl = url,
            WebSocketUrl = "ws://127.0.0.1:1",
            UserName = "user@example.com",
            Password = "p w:&=ü",
            ApiKey = "key",
            ApiSecret = "secret",
            ReadRetryCount = 0,
            RequestTimeout = TimeSpan.FromSeconds(5)
        };

        private static byte[] Json(string body, params string[] headers)
            => RawHttpServer.Reply("200 OK", body, headers.Prepend("Content-Type: application/json").ToArray());

        [Test]
        public async Task PostCarriesEveryParameterInTheQueryAndAnEmptyBody()
        {
            using var server = new RawHttpServer(_ => Json(Login));
            using var client = new BtccRestApiClient(Settings(server.Url));

            await client.LoginAsync();

            var request = server.Requests.Single();
            var expected = new List<KeyValuePair<string, string>>
            {
                new("user_name", "user@example.com"), new("password", "p w:&=ü"), new("company_id", "1"), new("api_key", "key")
            };
            var sign = BtccRequestSigner.Sign(expected, "secret");
            Assert.That(request.RequestLine, Is.EqualTo(
                "POST /v1/user/login?user_name=user%40example.com&password=p%20w%3A%26%3D%C3%BC&company_id=1&api_key=key&sign="
                + sign + " HTTP/1.1"));
            Assert.That(request.Headers, Is.EqualTo(new[] { "Host: " + new Uri(server.Url).Authority }
                .Concat(CommonHeaders).Append("Content-Length: 0")));
            Assert.That(request.Body, Is.Empty);
        }

        [Test]
        public async Task FormPostCarriesEveryParameterInTheBodyAndNoQuery()
        {
            using var server = new RawHttpServer(_ => Json(Login));
            var settings = Settings(server.Url);
            settings.PostParameters = BtccPostParameters.Form;
            using var client = new BtccRestApiClient(settings);

            await client.LoginAsync();

            var request = server.Requests.Single();
            var sign = BtccRequestSigner.Sign(new List<KeyValuePair<string, string>>
            {
                new("user_name", "user@example.com"), new("password", "p w:&=ü"), new("company_id", "1"), new("api_key", "key")
            }, "secret");
            var body = "user_name=user%40example.com&password=p%20w%3A%26%3D%C3%BC&company_id=1&api_key=key&sign=" + sign;
            Assert.That(request.RequestLine, Is.EqualTo("POST /v1/user/login HTTP/1.1"));
            Assert.That(request.Headers, Is.EqualTo(new[] { "Host: " + new Uri(server.Url).Authority }
                .Concat(CommonHeaders).Append("Content-Type: application/x-www-form-urlencoded").Append("Content-Length: " + body.Length)));
            Assert.That(Encoding.ASCII.GetString(request.Body), Is.EqualTo(body));
        }

        [Test]
        public async Task GetsKeepTheirParametersInTheQueryWhenPostsUseAForm()
        {
            using var server = new RawHttpServer(r => Json(r.Target.StartsWith("/v1/user/login") ? Login : "{\"code\":0,\"msg\":\"\"}"));
            var settings = Settings(server.Url);
            settings.PostParameters = BtccPostParameters.Form;
            using var client = new BtccRestApiClient(settings);

            await client.KeepAliveAsync();

            var request = server.Requests.Last();
            Assert.That(request.RequestLine, Does.StartWith("GET /v1/user/keepalive?token=T1&accountid=320&sign="));
            Assert.That(request.Headers, Is.EqualTo(new[] { "Host: " + new Uri(server.Url).Authority }.Concat(CommonHeaders)));
            Assert.That(request.Body, Is.Empty);
        }

        [Test]
        public async Task RawSigningChangesTheSignOnlyNotHowTheQueryIsEncoded()
        {
            using var server = new RawHttpServer(_ => Json(Login));
            var settings = Settings(server.Url);
            settings.SignEncoding = BtccSignEncoding.Raw;
            using var client = new BtccRestApiClient(settings);

            await client.LoginAsync();

            var expected = new List<KeyValuePair<string, string>>
            {
                new("user_name", "user@example.com"), new("password", "p w:&=ü"), new("company_id", "1"), new("api_key", "key")
            };
            Assert.That(server.Requests.Single().RequestLine, Is.EqualTo(
                "POST /v1/user/login?user_name=user%40example.com&password=p%20w%3A%26%3D%C3%BC&company_id=1&api_key=key&sign="
                + BtccRequestSigner.Sign(expected, "secret", BtccSignEncoding.Raw) + " HTTP/1.1"));
        }

        [Test]
        public async Task GetCarriesTheTokenAndParametersInTheQueryWithNoContentHeaders()
        {
            using var server = new RawHttpServer(r => Json(r.Target.StartsWith("/v1/user/login") ? Login : "{\"code\":0,\"msg\":\"\"}"));
            using var client = new BtccRestApiClient(Settings(server.Url));

            await client.KeepAliveAsync();

            var request = server.Requests.Last();
            Assert.That(request.RequestLine, Does.StartWith("GET /v1/user/keepalive?token=T1&accountid=320&sign=").And.EndWith(" HTTP/1.1"));
            Assert.That(request.Headers, Is.EqualTo(new[] { "Host: " + new Uri(server.Url).Authority }.Concat(CommonHeaders)));
            // one pooled connection serves both requests
            Assert.That(server.Requests, Has.Count.EqualTo(2));
            Assert.That(server.Connections, Is.EqualTo(1));
        }

        [TestCase("/api")]
        [TestCase("/api/")]
        public async Task PathsAreAppendedToTheBaseAddressPath(string basePath)
        {
            using var server = new RawHttpServer(_ => Json(Login));
            using var client = new BtccRestApiClient(Settings(server.Url + basePath));

            await client.LoginAsync();

            Assert.That(server.Requests.Single().Target, Does.StartWith("/api/v1/user/login?user_name="));
        }

        [Test]
        public async Task RedirectsAreNotFollowed()
        {
            using var server = new RawHttpServer(_ => RawHttpServer.Reply("302 Found", string.Empty, "Location: /elsewhere"));
            using var client = new BtccRestApiClient(Settings(server.Url));

            var error = Assert.ThrowsAsync<BtccApiException>(() => client.LoginAsync());

            Assert.That(error!.HttpStatus, Is.EqualTo(HttpStatusCode.Found));
            Assert.That(server.Requests, Has.Count.EqualTo(1));
            await Task.CompletedTask;
        }

        [Test]
        public async Task CookiesAreNeitherKeptNorSent()
        {
            using var server = new RawHttpServer(r => Json(r.Target.StartsWith("/v1/user/login") ? Login : "{\"code\":0,\"msg\":\"\"}", "Set-Cookie: session=abc"));
            using var client = new BtccRestApiClient(Settings(server.Url));

            await client.LoginAsync();
            await client.KeepAliveAsync();

            Assert.That(server.Requests.Last().Headers, Has.None.StartWith("Cookie"));
        }

        [Test]
        public async Task GzipRepliesAreDecompressed()
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(Encoding.UTF8.GetBytes(Login));
            }
            using var server = new RawHttpServer(_ => RawHttpServer.Reply("200 OK", compressed.ToArray(), "Content-Type: application/json", "Content-Encoding: gzip"));
            using var client = new BtccRestApiClient(Settings(server.Url));

            var reply = await client.LoginAsync();

            Assert.That(reply.Token, Is.EqualTo("T1"));
        }

        [TestCase("application/json")]
        [TestCase("application/json; charset=utf-8")]
        [TestCase("application/json; charset=no-such-charset")]
        public async Task RepliesAreReadAsUtf8UnlessTheyNameAnotherCharset(string contentType)
        {
            using var server = new RawHttpServer(_ => RawHttpServer.Reply("200 OK", "{\"code\":1001,\"msg\":\"参数错误 é\"}", "Content-Type: " + contentType));
            using var client = new BtccRestApiClient(Settings(server.Url));

            var error = Assert.ThrowsAsync<BtccApiException>(() => client.LoginAsync());

            Assert.That(error!.Code, Is.EqualTo(1001));
            Assert.That(error.BtccMessage, Is.EqualTo("参数错误 é"));
            await Task.CompletedTask;
        }

        [Test]
        public async Task AReplyWithAByteOrderMarkIsRead()
        {
            var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Login)).ToArray();
            using var server = new RawHttpServer(_ => RawHttpServer.Reply("200 OK", body, "Content-Type: application/json"));
            using var client = new BtccRestApiClient(Settings(server.Url));

            var reply = await client.LoginAsync();

            Assert.That(reply.Token, Is.EqualTo("T1"));
        }

        [Test]
        public async Task AConnectionDroppedWithoutAReplyIsAmbiguous()
        {
            using var server = new RawHttpServer(_ => null);
            using var client = new BtccRestApiClient(Settings(server.Url));

            var error = Assert.ThrowsAsync<BtccAmbiguousResultException>(() => client.LoginAsync());

            Assert.That(error!.BtccMessage, Is.EqualTo("connection failed"));
            Assert.That(error.HttpStatus, Is.Null);
            await Task.CompletedTask;
        }

        [Test]
        public async Task ASilentServerTimesOutAsAmbiguousAndACallerCancelIsACancel()
        {
            using var server = new RawHttpServer(_ =>
            {
                Thread.Sleep(TimeSpan.FromSeconds(2));
                return null;
            });
            var settings = Settings(server.Url);
            settings.RequestTimeout = TimeSpan.FromMilliseconds(200);
            using var client = new BtccRestApiClient(settings);

            var timedOut = Assert.ThrowsAsync<BtccAmbiguousResultException>(() => client.LoginAsync());
            Assert.That(timedOut!.BtccMessage, Is.EqualTo("request timed out"));

            settings.RequestTimeout = TimeSpan.FromSeconds(5);
            using var patient = new BtccRestApiClient(settings);
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            Assert.That(async () => await patient.LoginAsync(cancel.Token), Throws.InstanceOf<OperationCanceledException>());
            await Task.CompletedTask;
        }

        [Test]
        public async Task DisposingTheClientEndsARequestInFlightAsTimedOut()
        {
            using var server = new RawHttpServer(_ =>
            {
                Thread.Sleep(TimeSpan.FromSeconds(2));
                return null;
            });
            var client = new BtccRestApiClient(Settings(server.Url));
            var login = client.LoginAsync();
            await Task.Delay(200);

            client.Dispose();

            var error = Assert.ThrowsAsync<BtccAmbiguousResultException>(async () => await login);
            Assert.That(error!.BtccMessage, Is.EqualTo("request timed out"));
        }
    }
}
