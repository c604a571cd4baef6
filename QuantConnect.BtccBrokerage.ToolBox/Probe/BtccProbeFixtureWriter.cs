/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>
    /// Writes what the probe received as fixture files, every one through <see cref="BtccProbeRedactor"/>:
    /// <c>rest/&lt;endpoint&gt;.json</c> (the body as BTCC sent it), <c>websocket/&lt;n&gt;-&lt;action&gt;.json</c> (one quote
    /// frame each, numbered in arrival order), and the report.
    /// </summary>
    public sealed class BtccProbeFixtureWriter
    {
        private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int> _restNames = new(StringComparer.OrdinalIgnoreCase);
        private int _frames;

        /// <summary>Creates the folder and its <c>rest</c> and <c>websocket</c> subfolders.</summary>
        /// <param name="folder">Where the files go.</param>
        /// <param name="secrets">The credentials, which must appear in no file.</param>
        public BtccProbeFixtureWriter(string folder, IEnumerable<string> secrets)
        {
            Folder = Path.GetFullPath(folder);
            Directory.CreateDirectory(Path.Combine(Folder, "rest"));
            Directory.CreateDirectory(Path.Combine(Folder, "websocket"));
            foreach (var secret in secrets)
            {
                AddSecret(secret);
            }
        }

        /// <summary>The output folder (absolute).</summary>
        public string Folder { get; }

        /// <summary>Adds a value (e.g. a session token) that must not appear in any file written from now on.</summary>
        public void AddSecret(string? secret)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                _secrets.TryAdd(secret, 0);
            }
        }

        /// <summary>
        /// Writes a REST reply as <c>rest/&lt;name&gt;.json</c>; a name written before gets <c>-2</c>, <c>-3</c>… so no
        /// reply is overwritten. Returns the file's path.
        /// </summary>
        public string WriteRest(string name, string body)
        {
            var count = _restNames.AddOrUpdate(name, 1, (_, n) => n + 1);
            var file = count == 1 ? name : $"{name}-{count}";
            return Write(Path.Combine("rest", SafeName(file) + ".json"), body);
        }

        /// <summary>Writes one quote frame as <c>websocket/&lt;n&gt;-&lt;action&gt;.json</c> (n from 001 in arrival order).</summary>
        public string WriteFrame(string action, string frame)
        {
            var n = Interlocked.Increment(ref _frames);
            return Write(Path.Combine("websocket", $"{n:000}-{SafeName(action)}.json"), frame);
        }

        /// <summary>Writes the report and the findings (<c>report.txt</c>, <c>findings.json</c>).</summary>
        public void WriteReport(string report, IReadOnlyList<BtccProbeFinding> findings)
        {
            Write("report.txt", report);
            var json = new JArray(findings.Select(f => new JObject
            {
                ["assumption"] = f.Assumption,
                ["expected"] = f.Expected,
                ["observed"] = f.Observed,
                ["verdict"] = f.Verdict.ToString()
            }));
            Write("findings.json", json.ToString(Formatting.Indented));
        }

        /// <summary>The action or kind as a file-name part: <c>All Products</c> → <c>All-Products</c>.</summary>
        internal static string SafeName(string name)
        {
            var text = new StringBuilder(name.Length);
            foreach (var c in name.Trim())
            {
                text.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
            }
            return text.Length == 0 ? "none" : text.ToString();
        }

        private string Write(string relativePath, string text)
        {
            var path = Path.Combine(Folder, relativePath);
            File.WriteAllText(path, BtccProbeRedactor.Redact(text, _secrets.Keys), new UTF8Encoding(false));
            return path;
        }
    }
}
