/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>A plain HTTP client of the simulator's console API, as a test scripting a fault mid-scenario uses it.</summary>
    internal sealed class ConsoleApiClient(BtccSimulator simulator) : IDisposable
    {
        public HttpClient Http { get; } = new() { BaseAddress = simulator.ConsoleUrl, Timeout = TimeSpan.FromSeconds(30) };

        /// <summary>POSTs <paramref name="body"/> as JSON to <c>/console/api/{path}</c>.</summary>
        public async Task<(HttpStatusCode Status, JObject Reply)> PostAsync(string path, object? body = null)
        {
            using var content = new StringContent(JsonConvert.SerializeObject(body ?? new { }), Encoding.UTF8, "application/json");
            using var response = await Http.PostAsync($"/console/api/{path}", content);
            return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
        }

        /// <summary>POSTs and expects 200.</summary>
        public async Task<JObject> PostOkAsync(string path, object? body = null)
        {
            var (status, reply) = await PostAsync(path, body);
            return status == HttpStatusCode.OK ? reply : throw new InvalidOperationException($"{path} answered {(int)status}: {reply}");
        }

        /// <summary>GETs <c>/console/api/{path}</c> as JSON.</summary>
        public async Task<JObject> GetAsync(string path) => JObject.Parse(await Http.GetStringAsync($"/console/api/{path}"));

        /// <summary>The console's state document.</summary>
        public Task<JObject> StateAsync() => GetAsync("state");

        /// <summary>The request log row of one endpoint, or null before it was called.</summary>
        public async Task<JObject?> EndpointAsync(string path) =>
            (JObject?)(await StateAsync())["requests"]!["endpoints"]!.FirstOrDefault(e => e.Value<string>("path") == path);

        public void Dispose() => Http.Dispose();
    }
}
