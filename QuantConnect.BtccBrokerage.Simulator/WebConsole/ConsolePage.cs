/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;

namespace QuantConnect.Brokerages.Btcc.Simulator.WebConsole
{
    /// <summary>
    /// The console page and its live state: the page, its stylesheet and script (embedded in this assembly, nothing
    /// fetched from elsewhere), the state as one JSON document, and the same state pushed as server-sent events.
    /// </summary>
    internal static class ConsolePage
    {
        /// <summary>How often the event stream pushes the state.</summary>
        public static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(500);

        private static readonly (string Path, string Resource, string ContentType)[] Assets =
        [
            ("/console", "console.html", "text/html; charset=utf-8"), // routing takes /console/ too
            ("/console/console.css", "console.css", "text/css; charset=utf-8"),
            ("/console/console.js", "console.js", "text/javascript; charset=utf-8")
        ];

        /// <summary>Maps the page, its assets, <c>/console/api/state</c> and <c>/console/api/events</c>.</summary>
        public static void Map(WebApplication app, BtccSimulator simulator, CancellationToken stopping)
        {
            app.MapGet("/", http =>
            {
                http.Response.Redirect("/console");
                return Task.CompletedTask;
            });
            foreach (var (path, resource, contentType) in Assets)
            {
                var content = Load(resource);
                app.MapGet(path, http =>
                {
                    http.Response.ContentType = contentType;
                    http.Response.Headers.CacheControl = "no-store";
                    return http.Response.Body.WriteAsync(content, http.RequestAborted).AsTask();
                });
            }
            ConsoleHttp.Get(app, "/console/api/state", () => ConsoleState.Of(simulator));
            app.MapGet("/console/api/events", http => StreamAsync(http, simulator, stopping));
        }

        /// <summary>Pushes the state every <see cref="PushInterval"/> until the page goes or the simulator stops.</summary>
        private static async Task StreamAsync(HttpContext http, BtccSimulator simulator, CancellationToken stopping)
        {
            using var end = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-store";
            try
            {
                while (!end.IsCancellationRequested)
                {
                    var state = ConsoleState.Of(simulator).ToString(Formatting.None);
                    await http.Response.WriteAsync($"event: state\ndata: {state}\n\n", end.Token);
                    await http.Response.Body.FlushAsync(end.Token);
                    await Task.Delay(PushInterval, end.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // the page closed, or the simulator is stopping
            }
        }

        private static byte[] Load(string resource)
        {
            var name = $"WebConsole.{resource}";
            using var stream = typeof(ConsolePage).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"the console's {name} is not embedded");
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return bytes.ToArray();
        }
    }
}
