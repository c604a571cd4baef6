/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Builder;

namespace QuantConnect.Brokerages.Btcc.Simulator.WebConsole
{
    /// <summary>
    /// The console's own loopback listener, apart from the REST port: BTCC's API there stays exactly BTCC's, and the
    /// console's calls are neither faulted nor counted in the request log.
    /// </summary>
    internal static class ConsoleHost
    {
        /// <summary>The console's path on its listener.</summary>
        public const string Path = "/console";

        /// <summary>Starts the console of <paramref name="simulator"/> on loopback <paramref name="port"/> (0 = ephemeral).</summary>
        public static async Task<WebApplication> StartAsync(BtccSimulator simulator, int port, CancellationToken stopping, CancellationToken cancellationToken)
        {
            var app = SimulatorServer.Create(port);
            ConsolePage.Map(app, simulator, stopping);
            ConsoleFaults.Map(app, simulator.Faults);
            ConsoleActions.Map(app, simulator);
            await app.StartAsync(cancellationToken);
            return app;
        }
    }
}
