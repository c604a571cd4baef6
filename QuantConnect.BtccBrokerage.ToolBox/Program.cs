/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Runtime.InteropServices;
using System.Reflection;
using QuantConnect.Brokerages.Btcc.ToolBox.Hosting;
using QuantConnect.Configuration;
using QuantConnect.Logging;

namespace QuantConnect.Brokerages.Btcc.ToolBox
{
    /// <summary>
    /// ToolBox entry point, following LEAN's conventions: the command line is read with LEAN's parser
    /// (<see cref="ToolBoxCommandLine"/>), <c>--app=NAME</c> selects an app (any <see cref="IToolBoxApp"/> in this
    /// assembly, matched case-insensitively); the LEAN-style <c>config.json</c> is loaded and every command-line option
    /// is merged over it, so each config key the apps read can be overridden as <c>--key=value</c>.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the selected app; Ctrl+C or SIGTERM cancels it.</summary>
        public static int Main(string[] args)
        {
            using var cancellation = new CancellationTokenSource();
            // SIGTERM (e.g. `timeout`, a service manager) stops the app like Ctrl+C; otherwise the
            // embedded Kestrel host would swallow it and wait for Main forever.
            using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                cancellation.Cancel();
            });
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // first Ctrl+C asks the app to stop; a second one ends the process
                e.Cancel = !cancellation.IsCancellationRequested;
                cancellation.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                return RunAsync(args, cancellation.Token).GetAwaiter().GetResult();
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }

        /// <summary>The whole program without process concerns: parses, configures, runs, reports.</summary>
        /// <returns>The exit code: 0 success, 1 usage or configuration error or failure, 130 cancelled.</returns>
        internal static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
        {
            // known before parsing, so that a parse failure is reported with its details too
            var debug = args.Contains("--debug", StringComparer.Ordinal);
            try
            {
                var apps = DiscoverApps();
                var options = ToolBoxCommandLine.Parse(args, apps);
                if (!options.TryGetValue("app", out var appName) || string.IsNullOrWhiteSpace(appName))
                {
                    return Usage("ERROR: --app value is required", apps);
                }
                var app = apps.FirstOrDefault(a => string.Equals(a.Name, appName, StringComparison.OrdinalIgnoreCase));
                if (app == null)
                {
                    return Usage($"ERROR: Unrecognized --app value '{appName}'", apps);
                }

                LoadConfiguration(options);
                Log.LogHandler = new StandardErrorLogHandler(debug);
                Log.DebuggingEnabled = debug;
                return await app.RunAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (ToolBoxConfigurationException error)
            {
                Console.Error.WriteLine($"ERROR: {error.Message}");
                return 1;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Console.Error.WriteLine("Cancelled.");
                return 130;
            }
            catch (Exception error)
            {
                Console.Error.WriteLine(debug ? $"ERROR: {error}" : $"ERROR: {Describe(error)} (run with --debug for details)");
                return 1;
            }
        }

        /// <summary>Every app of this assembly, ordered by name.</summary>
        internal static IReadOnlyList<IToolBoxApp> DiscoverApps()
            => typeof(Program).Assembly.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IToolBoxApp).IsAssignableFrom(t)
                            && t.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) != null)
                .Select(t => (IToolBoxApp)Activator.CreateInstance(t, nonPublic: true)!)
                .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();

        /// <summary>
        /// Loads config.json (<c>--config</c>, else beside the executable, else in the current directory)
        /// and merges every command-line option over it.
        /// </summary>
        private static void LoadConfiguration(IReadOnlyDictionary<string, string> options)
        {
            string path;
            if (options.TryGetValue("config", out var explicitPath))
            {
                path = Path.GetFullPath(explicitPath);
                if (!File.Exists(path))
                {
                    throw new ToolBoxConfigurationException($"configuration file '{explicitPath}' (--config) was not found");
                }
            }
            else
            {
                path = new[] { Path.Combine(AppContext.BaseDirectory, "config.json"), Path.Combine(Directory.GetCurrentDirectory(), "config.json") }
                    .FirstOrDefault(File.Exists) ?? Path.Combine(Directory.GetCurrentDirectory(), "config.json");
            }

            Config.SetConfigurationFile(path);
            try
            {
                Config.Get("environment");
            }
            catch (Exception error)
            {
                throw new ToolBoxConfigurationException($"configuration file '{path}' cannot be read: {error.Message}");
            }
            // LEAN reads the selected environment's block before the top level, so a command-line value is
            // written to both: the command line wins wherever the key is defined.
            var environment = Config.Get("environment");
            foreach (var (key, value) in options)
            {
                Config.Set(key, value);
                if (!string.IsNullOrEmpty(environment))
                {
                    Config.Set($"{environment}.{key}", value);
                }
            }
        }

        private static int Usage(string error, IReadOnlyList<IToolBoxApp> apps)
        {
            var output = Console.Error;
            output.WriteLine(error);
            output.WriteLine();
            output.WriteLine("Usage: dotnet QuantConnect.Brokerages.Btcc.ToolBox.dll --app=NAME [--key=value ...] [--config=config.json] [--debug]");
            output.WriteLine("Every btcc-* key and app option of config.json can be overridden on the command line, e.g. --btcc-api-url=https://...");
            output.WriteLine();
            output.WriteLine("Apps:");
            var width = apps.Count == 0 ? 0 : apps.Max(a => a.Name.Length);
            foreach (var app in apps)
            {
                output.WriteLine($"  {app.Name.PadRight(width)}  {app.Description}");
            }
            return 1;
        }

        private static string Describe(Exception error)
        {
            var inner = error is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : error;
            return $"{inner.GetType().Name}: {inner.Message}";
        }
    }
}
