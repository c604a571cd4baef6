/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>A hand-written BTCC REST client for the simulator tests: signs requests, keeps the token.</summary>
    internal sealed class RestTestClient : IDisposable
    {
        private readonly BtccSimulator _simulator;

        public RestTestClient(BtccSimulator simulator)
        {
            _simulator = simulator;
            Http = new HttpClient { BaseAddress = simulator.RestUrl, Timeout = TimeSpan.FromSeconds(30) };
        }

        public HttpClient Http { get; }

        public string? Token { get; set; }

        public string AccountId => _simulator.Options.AccountId.ToString(CultureInfo.InvariantCulture);

        public Dictionary<string, string> LoginParameters() => new()
        {
            ["user_name"] = _simulator.Options.UserName,
            ["password"] = _simulator.Options.Password,
            ["company_id"] = _simulator.Options.CompanyId.ToString(CultureInfo.InvariantCulture),
            ["api_key"] = _simulator.Options.ApiKey
        };

        public async Task<JObject> LoginAsync()
        {
            var reply = await SendAsync(HttpMethod.Post, "/v1/user/login", LoginParameters(), withToken: false);
            Token = reply.Value<string>("token");
            return reply;
        }

        public Task<JObject> GetAsync(string path, Dictionary<string, string>? parameters = null) =>
            SendAsync(HttpMethod.Get, path, parameters ?? new Dictionary<string, string>());

        public Task<JObject> PostAsync(string path, Dictionary<string, string> parameters) =>
            SendAsync(HttpMethod.Post, path, parameters);

        /// <summary>Sends a signed request and parses the JSON reply (HTTP 200 expected).</summary>
        public async Task<JObject> SendAsync(HttpMethod method, string path, Dictionary<string, string> parameters, bool withToken = true,
            string? secret = null)
        {
            using var response = await SendRawAsync(method, path, parameters, withToken, secret);
            response.EnsureSuccessStatusCode();
            return JObject.Parse(await response.Content.ReadAsStringAsync());
        }

        public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, Dictionary<string, string> parameters,
            bool withToken = true, string? secret = null, CancellationToken cancellationToken = default)
        {
            var all = new Dictionary<string, string>(parameters);
            if (withToken && Token is not null) all["token"] = Token;
            all["sign"] = TestSigner.Sign(all, secret ?? _simulator.Options.ApiSecret);
            var query = string.Join("&", all.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
            return Http.SendAsync(new HttpRequestMessage(method, $"{path}?{query}"), cancellationToken);
        }

        public void Dispose() => Http.Dispose();
    }
}
