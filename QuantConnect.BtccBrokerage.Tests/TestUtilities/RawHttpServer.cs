/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace QuantConnect.Brokerages.Btcc.Tests.TestUtilities
{
    /// <summary>
    /// A bare HTTP/1.1 server on a loopback socket that keeps every request's bytes as they arrived, so tests
    /// can pin what goes over the wire (request line, header lines, body) where ASP.NET Core would normalise it.
    /// </summary>
    internal sealed class RawHttpServer : IDisposable
    {
        /// <summary>One request as received: the head's lines (request line first) and the body bytes.</summary>
        public sealed record Request(IReadOnlyList<string> Lines, byte[] Body)
        {
            /// <summary>e.g. <c>GET /v1/user/keepalive?token=T HTTP/1.1</c>.</summary>
            public string RequestLine => Lines[0];

            /// <summary>The request target (path and query).</summary>
            public string Target => RequestLine.Split(' ')[1];

            /// <summary>The header lines, in the order sent.</summary>
            public IEnumerable<string> Headers => Lines.Skip(1);
        }

        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Func<Request, byte[]?> _respond;
        private int _connections;

        /// <param name="respond">The raw reply to a request, or null to drop the connection without one.</param>
        public RawHttpServer(Func<Request, byte[]?> respond)
        {
            _respond = respond;
            _listener.Start();
            _ = Task.Run(AcceptLoopAsync);
        }

        /// <summary>Base address, http://127.0.0.1:port.</summary>
        public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

        /// <summary>Connections accepted so far.</summary>
        public int Connections => Volatile.Read(ref _connections);

        /// <summary>Every request received, in order.</summary>
        public ConcurrentQueue<Request> Requests { get; } = new();

        /// <summary>A complete reply with the given status line tail, headers and body.</summary>
        public static byte[] Reply(string status, string body, params string[] headers)
            => Reply(status, Encoding.UTF8.GetBytes(body), headers);

        /// <inheritdoc cref="Reply(string, string, string[])"/>
        public static byte[] Reply(string status, byte[] body, params string[] headers)
        {
            var head = new StringBuilder($"HTTP/1.1 {status}\r\n");
            foreach (var header in headers)
            {
                head.Append(header).Append("\r\n");
            }
            head.Append($"Content-Length: {body.Length}\r\n\r\n");
            return Encoding.ASCII.GetBytes(head.ToString()).Concat(body).ToArray();
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }

        private async Task AcceptLoopAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception)
                {
                    return;
                }
                Interlocked.Increment(ref _connections);
                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                var buffer = new List<byte>();
                var chunk = new byte[8192];
                try
                {
                    while (true)
                    {
                        int end;
                        while ((end = HeadEnd(buffer)) < 0)
                        {
                            var read = await stream.ReadAsync(chunk, _stop.Token);
                            if (read == 0) return;
                            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
                        }
                        var lines = Encoding.ASCII.GetString(buffer.GetRange(0, end).ToArray()).Split("\r\n");
                        var length = lines.Skip(1).Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                            .Select(l => int.Parse(l[15..].Trim())).FirstOrDefault();
                        while (buffer.Count < end + 4 + length)
                        {
                            var read = await stream.ReadAsync(chunk, _stop.Token);
                            if (read == 0) return;
                            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
                        }
                        var request = new Request(lines, buffer.GetRange(end + 4, length).ToArray());
                        buffer.RemoveRange(0, end + 4 + length);
                        Requests.Enqueue(request);
                        var reply = _respond(request);
                        if (reply == null) return;
                        await stream.WriteAsync(reply, _stop.Token);
                    }
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                }
                catch (IOException)
                {
                }
            }
        }

        private static int HeadEnd(List<byte> buffer)
        {
            for (var i = 0; i + 3 < buffer.Count; i++)
            {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') return i;
            }
            return -1;
        }
    }
}
