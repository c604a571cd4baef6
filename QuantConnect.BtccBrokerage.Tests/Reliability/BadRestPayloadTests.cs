/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using Reply = QuantConnect.Brokerages.Btcc.Tests.Reliability.ScriptedRestServer.Reply;

namespace QuantConnect.Brokerages.Btcc.Tests.Reliability
{
    /// <summary>
    /// Bad-input table, REST replies: whatever a loopback server answers (garbage, HTML, an empty or cut
    /// body, an unknown BTCC code, nothing at all), the REST client ends the call with a
    /// <see cref="BtccApiException"/> naming the code and the endpoint: it never crashes, hangs or returns
    /// as if the call had worked.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class BadRestPayloadTests
    {
        public enum Call { Login, Read, Write }

        private const string Account = "/v1/account/account";
        private const string Cancel = "/v1/account/cancelpending";
        private const string LoginPath = "/v1/user/login";

        private static readonly Type Refused = typeof(BtccApiException);
        private static readonly Type Ambiguous = typeof(BtccAmbiguousResultException);

        private ScriptedRestServer _server = null!;

        [OneTimeSetUp]
        public async Task StartServer() => _server = await ScriptedRestServer.StartAsync();

        [OneTimeTearDown]
        public async Task StopServer() => await _server.DisposeAsync();

        private static TestCaseData Row(string name, Call call, Reply reply, Type exception, int code, string endpoint, string fragment)
            => new TestCaseData(call, reply, exception, code, endpoint, fragment).SetName($"REST {call}: {name} => {exception.Name} code {code} '{fragment}'");

        public static IEnumerable<TestCaseData> Rows()
        {
            yield return Row("plain-text garbage", Call.Read, new Reply(200, "text/plain", "not json at all"), Refused, 200, Account, "unreadable body");
            yield return Row("HTML error page with 200", Call.Read, new Reply(200, "text/html", "<html><body>Service Unavailable</body></html>"), Refused, 200, Account, "unreadable body");
            yield return Row("empty body", Call.Read, new Reply(200, "application/json", string.Empty), Refused, 200, Account, "empty body");
            yield return Row("whitespace body", Call.Read, new Reply(200, "application/json", "  \r\n "), Refused, 200, Account, "empty body");
            yield return Row("unknown BTCC code 999", Call.Read, Reply.Json("{\"code\":999,\"msg\":\"mystery failure\"}"), Refused, 999, Account, "mystery failure");
            yield return Row("negative BTCC code", Call.Read, Reply.Json("{\"code\":-1,\"msg\":\"internal\"}"), Refused, -1, Account, "internal");
            yield return Row("truncated JSON", Call.Read, Reply.Json("{\"code\":0,\"msg\":\"\",\"account\":{\"id\":3"), Refused, 200, Account, "unreadable body");
            yield return Row("JSON array instead of object", Call.Read, Reply.Json("[1,2,3]"), Refused, 200, Account, "unreadable body");
            yield return Row("JSON null", Call.Read, Reply.Json("null"), Refused, 200, Account, "unreadable body");
            yield return Row("code is not a number", Call.Read, Reply.Json("{\"code\":\"abc\",\"msg\":\"\"}"), Refused, 200, Account, "unreadable body");
            yield return Row("payload of the wrong type", Call.Read, Reply.Json("{\"code\":0,\"msg\":\"\",\"account\":\"oops\"}"), Refused, 200, Account, "unreadable body");
            yield return Row("number too large for decimal", Call.Read, Reply.Json("{\"code\":0,\"msg\":\"\",\"account\":{\"balance\":1e400}}"), Refused, 200, Account, "unreadable body");
            yield return Row("HTML 404", Call.Read, new Reply(404, "text/html", "<h1>Not Found</h1>"), Refused, 404, Account, "unreadable body");
            yield return Row("403 with empty body", Call.Read, new Reply(403, "text/plain", string.Empty), Refused, 403, Account, "empty body");
            yield return Row("HTML 502 from a proxy", Call.Read, new Reply(502, "text/html", "<html>Bad Gateway</html>"), Ambiguous, 502, Account, "HTTP 502");
            yield return Row("token refused again after a fresh login", Call.Read, Reply.Json("{\"code\":207,\"msg\":\"key expired\"}"), Refused, 207, Account, "key expired");
            yield return Row("no answer at all", Call.Read, Reply.Hang, Ambiguous, -1, Account, "timed out");
            yield return Row("connection dropped mid-body", Call.Read, Reply.Cut("{\"code\":0,\"msg\":\"\",\"account\":{\"id\":320,\"balance\":1000}}"), Ambiguous, -1, Account, "connection failed");
            yield return Row("HTML login page", Call.Login, new Reply(200, "text/html", "<html>login</html>"), Refused, 200, LoginPath, "unreadable body");
            yield return Row("login without token", Call.Login, Reply.Json("{\"code\":0,\"msg\":\"\"}"), Refused, 0, LoginPath, "no token");
            yield return Row("login refused with code 204", Call.Login, Reply.Json("{\"code\":204,\"msg\":\"wrong password\"}"), Refused, 204, LoginPath, "wrong password");
            yield return Row("unknown BTCC code 999", Call.Write, Reply.Json("{\"code\":999,\"msg\":\"mystery refusal\"}"), Refused, 999, Cancel, "mystery refusal");
            yield return Row("HTML 400", Call.Write, new Reply(400, "text/html", "<h1>Bad Request</h1>"), Refused, 400, Cancel, "unreadable body");
            yield return Row("garbage 200 and unreadable lists", Call.Write, new Reply(200, "text/plain", "garbage"), Ambiguous, 200, Cancel, "unreadable body");
        }

        [TestCaseSource(nameof(Rows))]
        public void ClientThrowsBtccApiExceptionWithCodeAndEndpoint(Call call, Reply reply, Type exception, int code, string endpoint, string fragment)
        {
            _server.LoginReply = call == Call.Login ? reply : null;
            _server.Next = reply;
            using var client = new BtccRestApiClient(_server.Settings());

            Func<Task> act = call switch
            {
                Call.Login => () => client.LoginAsync(),
                Call.Read => () => client.GetAccountAsync(),
                _ => () => client.CancelPendingAsync(42)
            };

            Assert.That(async () => await act(), Throws.TypeOf(exception)
                .With.Property(nameof(BtccApiException.Code)).EqualTo(code)
                .And.Property(nameof(BtccApiException.Endpoint)).EqualTo(endpoint)
                .And.Message.Contain(fragment));
        }
    }
}
