/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Net;
using System.Text;

namespace QuantConnect.Brokerages.Btcc.Api.Rest
{
    /// <summary>
    /// The HTTP leg of every BTCC REST call, on the in-box <see cref="HttpClient"/>: LEAN loads its own pinned
    /// RestSharp, so the plugin brings no HTTP library. The signed parameters go in the query string (BTCC's docs
    /// say so, for POSTs too: then no request has a body) or, for POSTs with <see cref="BtccPostParameters.Form"/>,
    /// in a form body. Any failure before a complete reply is a <see cref="BtccAmbiguousResultException"/>: the
    /// request may or may not have reached BTCC.
    /// </summary>
    internal sealed class BtccHttpTransport : IDisposable
    {
        /// <summary>The User-Agent header of every request.</summary>
        public const string UserAgent = "QuantConnect.Brokerages.Btcc";

        // what RestSharp (the former transport) sent, kept so BTCC keeps receiving the same requests
        private const string Accept = "application/json, text/json, text/x-json, text/javascript, application/xml, text/xml";

        private readonly Uri _baseUri;
        private readonly TimeSpan _requestTimeout;
        private readonly BtccPostParameters _postParameters;
        private readonly HttpClient _http;
        private readonly CancellationTokenSource _closing = new();

        /// <summary>Creates the transport and its connection pool; nothing is sent yet.</summary>
        /// <param name="baseUrl">REST base address; endpoint paths are appended to its path.</param>
        /// <param name="requestTimeout">How long one request may take, from sending to the last byte of the reply.</param>
        /// <param name="postParameters">Where POSTs carry their parameters.</param>
        public BtccHttpTransport(string baseUrl, TimeSpan requestTimeout, BtccPostParameters postParameters = BtccPostParameters.Query)
        {
            _postParameters = postParameters;
            var uri = new Uri(baseUrl);
            _baseUri = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
            _requestTimeout = requestTimeout;
            _http = new HttpClient(new SocketsHttpHandler
            {
                // a redirect is an answer to report, not to follow with the signed query
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                // recycle pooled connections so a change of BTCC's DNS records is picked up
                PooledConnectionLifetime = TimeSpan.FromMinutes(5)
            })
            {
                // the request timeout is applied per call (see SendAsync), so that it can be told from a cancel
                Timeout = Timeout.InfiniteTimeSpan
            };
            _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
            _http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", Accept);
        }

        /// <summary>
        /// Sends one request and returns the status and the body as text. Throws
        /// <see cref="BtccAmbiguousResultException"/> ("request timed out" or "connection failed") when no
        /// complete reply arrived, and <see cref="OperationCanceledException"/> when the caller cancelled.
        /// </summary>
        public async Task<(HttpStatusCode Status, string Content)> SendAsync(BtccEndpoint endpoint, BtccParameters parameters, CancellationToken cancellationToken)
        {
            var inBody = endpoint.Method == HttpMethod.Post && _postParameters == BtccPostParameters.Form;
            var uri = BuildUri(endpoint.Path, inBody ? new BtccParameters() : parameters);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
            timeout.CancelAfter(_requestTimeout);
            (HttpStatusCode, string) reply;
            try
            {
                using var request = new HttpRequestMessage(endpoint.Method, uri);
                if (inBody)
                {
                    request.Content = FormBody(parameters);
                }
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                reply = (response.StatusCode, Decode(body, response.Content.Headers.ContentType?.CharSet));
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                // a timeout, a refused or dropped connection, a reply cut short, or this transport closing
                throw new BtccAmbiguousResultException(timeout.IsCancellationRequested ? "request timed out" : "connection failed", endpoint.Path, null, error);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw;
            }
            // the caller gave up: even a reply that arrived is not handed back
            cancellationToken.ThrowIfCancellationRequested();
            return reply;
        }

        /// <summary>Cancels requests in flight (they fail as timed out) and closes the connection pool.</summary>
        public void Dispose()
        {
            if (_closing.IsCancellationRequested)
            {
                return;
            }
            _closing.Cancel();
            _http.Dispose();
        }

        /// <summary>
        /// The base address with <paramref name="path"/> appended to its path, then the parameters, encoded as
        /// they were signed (<see cref="BtccUrlEncoder"/>), in their order.
        /// </summary>
        internal Uri BuildUri(string path, BtccParameters parameters)
        {
            var resource = new Uri(_baseUri, path.StartsWith('/') ? path[1..] : path);
            if (parameters.Count == 0)
            {
                return resource;
            }
            var text = new StringBuilder(resource.AbsoluteUri, resource.AbsoluteUri.Length + 32 * parameters.Count);
            var separator = resource.AbsoluteUri.Contains('?') ? '&' : '?';
            foreach (var (name, value) in parameters)
            {
                text.Append(separator).Append(name).Append('=');
                BtccUrlEncoder.Append(text, value);
                separator = '&';
            }
            return new Uri(text.ToString());
        }

        /// <summary>
        /// The parameters as an <c>application/x-www-form-urlencoded</c> body, encoded as they were signed
        /// (<see cref="BtccUrlEncoder"/>), in their order; no charset parameter (the body is ASCII).
        /// </summary>
        internal static ByteArrayContent FormBody(BtccParameters parameters)
        {
            var text = new StringBuilder(32 * parameters.Count);
            foreach (var (name, value) in parameters)
            {
                if (text.Length > 0)
                {
                    text.Append('&');
                }
                text.Append(name).Append('=');
                BtccUrlEncoder.Append(text, value);
            }
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes(text.ToString()));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
            return content;
        }

        /// <summary>
        /// The body as text: in the charset the reply names when .NET knows it, else UTF-8; a byte-order mark
        /// wins over both. (An unknown charset is not an error: BTCC's JSON is UTF-8.)
        /// </summary>
        private static string Decode(byte[] body, string? charset)
        {
            var encoding = Encoding.UTF8;
            if (!string.IsNullOrWhiteSpace(charset))
            {
                try
                {
                    encoding = Encoding.GetEncoding(charset.Trim('"', ' '));
                }
                catch (ArgumentException)
                {
                }
            }
            using var reader = new StreamReader(new MemoryStream(body), encoding, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
    }
}
