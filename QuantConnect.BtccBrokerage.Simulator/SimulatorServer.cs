/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace QuantConnect.Brokerages.Btcc.Simulator
{
    /// <summary>Builds a quiet Kestrel app listening on 127.0.0.1 only.</summary>
    internal static class SimulatorServer
    {
        /// <summary>A slim web application bound to loopback <paramref name="port"/> (0 = ephemeral).</summary>
        public static WebApplication Create(int port)
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
            return builder.Build();
        }

        /// <summary>The address the started app actually listens on.</summary>
        public static Uri BoundAddress(WebApplication app, string scheme)
        {
            var bound = new Uri(app.Urls.First());
            return new UriBuilder(scheme, IPAddress.Loopback.ToString(), bound.Port).Uri;
        }
    }
}
