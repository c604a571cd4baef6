using QuantConnect.Brokerages.Btcc.ToolBox.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests
{
    /// <summary>The <c>btcc-*</c> brokerage data of a LEAN live job pointing at a simulator, as the factory reads it.</summary>
    internal static class SimulatorBrokerageData
    {
        /// <summary>The simulator's endpoints and demo credentials, fast polling, and no fill-ledger file left behind.</summary>
        public static Dictionary<string, string> For(BtccSimulator simulator) => new()
        {
            [BtccBrokerageSettings.ApiUrlKey] = simulator.RestUrl.ToString(),
            [BtccBrokerageSettings.WebSocketUrlKey] = simulator.WebSocketUrl.ToString(),
            [BtccBrokerageSettings.UserNameKey] = simulator.Options.UserName,
            [BtccBrokerageSettings.PasswordKey] = simulator.Options.Password,
            [BtccBrokerageSettings.ApiKeyKey] = simulator.Options.ApiKey,
            [BtccBrokerageSettings.ApiSecretKey] = simulator.Options.ApiSecret,
            [BtccBrokerageSettings.CompanyIdKey] = "1",
            [BtccBrokerageSettings.LeverageKey] = "",
            [BtccBrokerageSettings.PollIntervalKey] = "50",
            [BtccBrokerageSettings.IdlePollIntervalKey] = "250",
            [BtccBrokerageSettings.RequestsPerSecondKey] = "200",
            // restarts are specified in Reliability/Soak
            [BtccBrokerageSettings.FillLedgerPathKey] = ""
        };
    }
}
