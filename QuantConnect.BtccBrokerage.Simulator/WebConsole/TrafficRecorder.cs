/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.AspNetCore.Http;

namespace QuantConnect.Brokerages.Btcc.Simulator.WebConsole
{
    /// <summary>
    /// REST middleware ahead of the fault injector: once a request is over, counts what it ended in (the status the
    /// client got, or no reply when the connection was aborted) into <see cref="RequestTraffic"/>.
    /// </summary>
    internal sealed class TrafficRecorder(RequestTraffic traffic)
    {
        /// <summary>The middleware body.</summary>
        public async Task InvokeAsync(HttpContext http, RequestDelegate next)
        {
            var path = http.Request.Path.Value ?? "/";
            try
            {
                await next(http);
            }
            finally
            {
                traffic.Record(path, http.RequestAborted.IsCancellationRequested
                    ? ReplyOutcome.NoReply
                    : RequestTraffic.OutcomeOf(http.Response.StatusCode));
            }
        }
    }
}
