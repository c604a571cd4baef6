using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator
{
    /// <summary>BTCC's documented example payloads from Fixtures/.</summary>
    internal static class DocumentedPayload
    {
        public static JObject Rest(string name) => Load("Rest", name);

        public static JObject WebSocket(string name) => Load("WebSocket", name);

        private static JObject Load(string folder, string name) =>
            JObject.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", folder, name + ".json")));
    }
}
