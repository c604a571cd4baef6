/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>BTCC's documented example payloads from Fixtures/.</summary>
    internal static class DocumentedPayload
    {
        public static JObject Rest(string name) => Load("Rest", name);

        public static JObject WebSocket(string name) => Load("WebSocket", name);

        /// <summary>A frame BTCC's live quote servers sent (Fixtures/WebSocket/live).</summary>
        public static JObject LiveWebSocket(string name) => Load(Path.Combine("WebSocket", "live"), name);

        /// <summary>The quote frame <paramref name="dialect"/> shows under <paramref name="name"/>.</summary>
        public static JObject WebSocket(QuantConnect.Brokerages.Btcc.Simulator.BtccQuoteDialect dialect, string name)
            => dialect == QuantConnect.Brokerages.Btcc.Simulator.BtccQuoteDialect.Live ? LiveWebSocket(name) : WebSocket(name);

        private static JObject Load(string folder, string name) =>
            JObject.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", folder, name + ".json")));
    }
}
