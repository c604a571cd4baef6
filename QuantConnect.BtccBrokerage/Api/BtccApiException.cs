/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;

namespace QuantConnect.Brokerages.Btcc.Api
{
    /// <summary>
    /// A BTCC request failed: BTCC answered with a non-zero <c>code</c>, or HTTP failed. Carries the
    /// endpoint path only, never the query (it holds the token and signature).
    /// </summary>
    public class BtccApiException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="code">BTCC's reply code (or the HTTP status code when BTCC sent no reply body).</param>
        /// <param name="btccMessage">BTCC's <c>msg</c>, or a description of the transport failure.</param>
        /// <param name="endpoint">The request path, e.g. <c>/v1/account/openposition</c>.</param>
        /// <param name="httpStatus">The HTTP status, when one was received.</param>
        /// <param name="inner">The underlying failure.</param>
        public BtccApiException(int code, string btccMessage, string endpoint, HttpStatusCode? httpStatus = null, Exception? inner = null)
            : base($"BTCC {endpoint} failed: code {code}, '{btccMessage}'", inner)
        {
            Code = code;
            BtccMessage = btccMessage;
            Endpoint = endpoint;
            HttpStatus = httpStatus;
        }

        /// <summary>BTCC's reply code, or the HTTP status code when there was no BTCC reply.</summary>
        public int Code { get; }

        /// <summary>BTCC's <c>msg</c> text.</summary>
        public string BtccMessage { get; }

        /// <summary>The request path (no query).</summary>
        public string Endpoint { get; }

        /// <summary>The HTTP status, when one was received.</summary>
        public HttpStatusCode? HttpStatus { get; }

        /// <summary>
        /// True when BTCC read the request and refused it with a non-zero <c>code</c>, as opposed to an HTTP failure
        /// or an unreadable reply.
        /// </summary>
        public bool IsRefusal { get; init; }
    }

    /// <summary>
    /// A request whose outcome is unknown: HTTP 5xx, a timeout or a dropped connection. A read can be retried;
    /// a write may or may not have taken effect at the exchange.
    /// </summary>
    public sealed class BtccAmbiguousResultException : BtccApiException
    {
        /// <summary>Creates the exception.</summary>
        public BtccAmbiguousResultException(string reason, string endpoint, HttpStatusCode? httpStatus = null, Exception? inner = null)
            : base(httpStatus.HasValue ? (int)httpStatus.Value : -1, reason, endpoint, httpStatus, inner)
        {
        }
    }
}
