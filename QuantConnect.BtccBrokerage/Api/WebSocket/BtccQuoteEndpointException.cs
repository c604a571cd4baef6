/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using System.Security.Authentication;

namespace QuantConnect.Brokerages.Btcc.Api.WebSocket
{
    /// <summary>
    /// The quote-websocket address is wrong: the server did not upgrade (e.g. 404 at BTCC's root path) or its
    /// TLS certificate was refused. Retrying does not help; the user must fix <c>btcc-websocket-url</c>.
    /// </summary>
    public sealed class BtccQuoteEndpointException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public BtccQuoteEndpointException(string message, Exception inner)
            : base(message, inner)
        {
        }

        /// <summary>
        /// Why connecting to <paramref name="url"/> failed when the address is at fault, or null for failures that
        /// may pass (refused, reset, timed out, DNS): <paramref name="httpStatus"/> is the status the server
        /// answered the upgrade with (0 when none came).
        /// </summary>
        public static string? Describe(string url, HttpStatusCode httpStatus, Exception error)
        {
            var key = BtccSettingKeys.WebSocketUrl;
            if (httpStatus != 0 && httpStatus != HttpStatusCode.SwitchingProtocols)
            {
                return $"the quote server at {url} answered HTTP {(int)httpStatus} instead of upgrading to a websocket; check {key} "
                    + $"(BTCC's quote servers upgrade at /quot/reqloginNew, e.g. {BtccApiSettings.DefaultWebSocketUrl})";
            }
            for (var inner = error; inner != null; inner = inner.InnerException)
            {
                if (inner is AuthenticationException)
                {
                    return $"the TLS handshake with {url} failed ({inner.Message}); check {key} "
                        + $"(BTCC's kapi1 host presents a certificate for *.btcc.com; {BtccApiSettings.DefaultWebSocketUrl} has a valid one)";
                }
            }
            return null;
        }
    }
}
