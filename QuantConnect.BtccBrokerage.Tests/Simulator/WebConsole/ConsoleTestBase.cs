/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>A simulator, a REST client and a console API client per test.</summary>
    public abstract class ConsoleTestBase : SimulatorTestBase
    {
        internal ConsoleApiClient ConsoleApi { get; private set; } = null!;

        [SetUp]
        public void CreateConsoleClient() => ConsoleApi = new ConsoleApiClient(Simulator);

        [TearDown]
        public void DisposeConsoleClient() => ConsoleApi.Dispose();
    }
}
