/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Newtonsoft.Json;
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>Reads BTCC's documented payloads from the test output folder.</summary>
    internal static class Fixture
    {
        private static readonly JsonSerializerSettings Settings = new() { FloatParseHandling = FloatParseHandling.Decimal };

        public static string Path(string folder, string name)
            => System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", folder, name);

        public static string Rest(string name) => File.ReadAllText(Path("Rest", name));

        public static byte[] WebSocket(string name) => File.ReadAllBytes(Path("WebSocket", name));

        /// <summary>A frame BTCC's live quote servers sent (Fixtures/WebSocket/live).</summary>
        public static byte[] LiveWebSocket(string name) => File.ReadAllBytes(Path(System.IO.Path.Combine("WebSocket", "live"), name));

        public static T RestModel<T>(string name) => JsonConvert.DeserializeObject<T>(Rest(name), Settings)!;

        public static object RestModel(Type model, string name) => JsonConvert.DeserializeObject(Rest(name), model, Settings)!;
    }
}
