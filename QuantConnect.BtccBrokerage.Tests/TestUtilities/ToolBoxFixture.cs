/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.ToolBox;
using QuantConnect.Brokerages.Btcc.ToolBox;
using QuantConnect.Configuration;
using QuantConnect.Logging;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.TestUtilities
{
    /// <summary>
    /// Base of fixtures that run the ToolBox entry point in-process: each test gets a fresh folder holding
    /// config.json, and afterwards the process-wide log handler and Config are put back. Program changes
    /// both, so such fixtures must be NonParallelizable.
    /// </summary>
    public abstract class ToolBoxFixture
    {
        /// <summary>A complete config whose endpoints are closed loopback ports: nothing gets far enough to connect.</summary>
        protected const string OfflineConfig = """
            {
              "data-folder": "./data",
              "btcc-api-url": "http://127.0.0.1:1",
              "btcc-websocket-url": "ws://127.0.0.1:1",
              "btcc-user-name": "demo@btcc.local",
              "btcc-password": "demo-password",
              "btcc-api-key": "demo-api-key",
              "btcc-api-secret": "demo-api-secret",
              "btcc-company-id": 1
            }
            """;

        private readonly string _configJson;
        private TemporaryDirectory _folder = null!;
        private ILogHandler _logHandler = null!;

        /// <param name="configJson">What config.json holds at the start of each test.</param>
        protected ToolBoxFixture(string configJson) => _configJson = configJson;

        /// <summary>The test's own folder, deleted after the test.</summary>
        protected string FolderPath => _folder.Path;

        /// <summary>config.json in <see cref="FolderPath"/>.</summary>
        protected string ConfigPath => Path.Combine(FolderPath, "config.json");

        [SetUp]
        public void CreateFolderWithConfig()
        {
            _logHandler = Log.LogHandler;
            _folder = new TemporaryDirectory();
            File.WriteAllText(ConfigPath, _configJson);
        }

        [TearDown]
        public void RestoreProcessWideState()
        {
            Log.LogHandler = _logHandler;
            Config.Reset();
            // the apps point LEAN's data folder at the test's folder, whose database FromDataFolder may have loaded
            Globals.Reset();
            SymbolPropertiesDatabase.Reset();
            _folder.Dispose();
        }

        /// <summary>Runs the ToolBox with <paramref name="args"/>, returning its exit code and what it wrote to stdout and stderr.</summary>
        protected static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(args, CancellationToken.None);

        /// <summary>As <see cref="Run(string[])"/>, cancelled by <paramref name="cancellation"/>.</summary>
        protected static (int ExitCode, string Output, string Error) Run(IEnumerable<string> args, CancellationToken cancellation)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var (previousOut, previousError) = (Console.Out, Console.Error);
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var exitCode = Program.RunAsync(args.ToArray(), cancellation).GetAwaiter().GetResult();
                return (exitCode, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(previousOut);
                Console.SetError(previousError);
            }
        }
    }
}
