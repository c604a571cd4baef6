/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Simulator.WebConsole
{
    /// <summary>
    /// Where the browser test leaves its screenshot: README's <c>docs/simulator-console.png</c> in the checkout the tests
    /// were built from (each run renews it), else beside the test assembly.
    /// </summary>
    internal static class ConsoleScreenshot
    {
        /// <summary>The picture README shows, relative to the repository root.</summary>
        public const string ReadmePath = "docs/simulator-console.png";

        /// <summary>Moves a freshly taken <paramref name="png"/> to where README shows it; returns where it went.</summary>
        public static string Publish(string png)
        {
            TestContext.AddTestAttachment(png, "the console while the session traded");
            if (RepositoryFolder.Find() is not { } root) return png;
            var target = Path.Combine(root, ReadmePath);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                // copied beside it, then moved over it: README never shows half a picture
                var partial = target + ".partial";
                File.Copy(png, partial, overwrite: true);
                File.Move(partial, target, overwrite: true);
                return target;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TestContext.Progress.WriteLine($"the console screenshot stays at {png}: {target} cannot be written ({e.Message})");
                return png;
            }
        }
    }
}
