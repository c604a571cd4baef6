/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using Microsoft.Playwright;
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>
    /// Debian's Chromium, headless, driven by Playwright (whose driver ships in its package; no browser is downloaded),
    /// with a fresh profile and every background connection off: nothing outside loopback is reachable here.
    /// </summary>
    internal sealed class HeadlessChromium : IAsyncDisposable
    {
        /// <summary>Where Debian's <c>chromium</c> package puts the browser (.ci/run installs it).</summary>
        public const string ExecutablePath = "/usr/bin/chromium";

        private static readonly string[] Args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"
        ];

        private readonly IPlaywright _playwright;
        private readonly string _profile;

        private HeadlessChromium(IPlaywright playwright, IBrowserContext context, string profile)
        {
            _playwright = playwright;
            Context = context;
            _profile = profile;
        }

        /// <summary>The browser's one context (its fresh profile).</summary>
        public IBrowserContext Context { get; }

        /// <summary>Starts the browser; a test is ignored, saying why, on a machine without it.</summary>
        public static async Task<HeadlessChromium> LaunchAsync()
        {
            if (!File.Exists(ExecutablePath))
            {
                Assert.Ignore($"the browser test needs Chromium at {ExecutablePath} (Debian's chromium package, which .ci/run installs); it is not on this machine");
            }
            var profile = Directory.CreateTempSubdirectory("btcc-console-chromium-").FullName;
            var playwright = await Playwright.CreateAsync();
            try
            {
                var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
                {
                    ExecutablePath = ExecutablePath,
                    Headless = true,
                    Args = Args,
                    ViewportSize = new ViewportSize { Width = 1440, Height = 1000 }
                });
                return new HeadlessChromium(playwright, context, profile);
            }
            catch
            {
                playwright.Dispose();
                throw;
            }
        }

        /// <summary>Closes the browser and removes its profile.</summary>
        public async ValueTask DisposeAsync()
        {
            await Context.CloseAsync();
            _playwright.Dispose();
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
                // the browser may still hold a file for a moment; the temp folder is the system's to clean
            }
        }
    }
}
