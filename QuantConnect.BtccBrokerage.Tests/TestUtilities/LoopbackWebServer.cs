/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QuantConnect.Brokerages.Btcc.Tests.TestUtilities
{
    /// <summary>
    /// A quiet ASP.NET Core app on 127.0.0.1 at a free port: the plumbing under the tests' scripted servers,
    /// which only say how requests are answered.
    /// </summary>
    internal sealed class LoopbackWebServer : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private LoopbackWebServer(WebApplication app, string url)
        {
            _app = app;
            Url = url;
        }

        /// <summary>The server's base address (http://127.0.0.1:port).</summary>
        public string Url { get; }

        /// <summary>Builds the app, lets <paramref name="configure"/> add its middleware and endpoints, then starts it.</summary>
        public static async Task<LoopbackWebServer> StartAsync(Action<WebApplication> configure)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            configure(app);
            await app.StartAsync();
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LoopbackWebServer(app, url);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
