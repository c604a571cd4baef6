/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Brokerages.Btcc.Simulator;

namespace QuantConnect.Brokerages.Btcc.Tests.TestUtilities
{
    /// <summary>The <c>btcc-*</c> brokerage data of a LEAN live job pointing at a simulator, as the factory reads it.</summary>
    internal static class SimulatorBrokerageData
    {
        /// <summary>The simulator's endpoints and demo credentials, fast polling, and no fill-ledger file left behind.</summary>
        public static Dictionary<string, string> For(BtccSimulator simulator) => new()
        {
            [BtccSettingKeys.ApiUrl] = simulator.RestUrl.ToString(),
            [BtccSettingKeys.WebSocketUrl] = simulator.WebSocketUrl.ToString(),
            [BtccSettingKeys.UserName] = simulator.Options.UserName,
            [BtccSettingKeys.Password] = simulator.Options.Password,
            [BtccSettingKeys.ApiKey] = simulator.Options.ApiKey,
            [BtccSettingKeys.ApiSecret] = simulator.Options.ApiSecret,
            [BtccSettingKeys.CompanyId] = "1",
            [BtccSettingKeys.Leverage] = "",
            [BtccSettingKeys.PollInterval] = "50",
            [BtccSettingKeys.IdlePollInterval] = "250",
            [BtccSettingKeys.RequestsPerSecond] = "200",
            // restarts are specified in Reliability/Soak
            [BtccSettingKeys.FillLedgerPath] = ""
        };
    }
}
