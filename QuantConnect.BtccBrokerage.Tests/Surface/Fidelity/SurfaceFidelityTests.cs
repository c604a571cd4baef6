/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Reflection;
using System.Runtime.CompilerServices;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.ToolBox;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface.Fidelity
{
    /// <summary>
    /// The LEAN surface is held to LEAN's real public API (the manifest at LEAN commit 24863901): code that builds
    /// against the surface must build against LEAN, and what the project implements of LEAN's must be LEAN's whole.
    /// </summary>
    [TestFixture]
    public class SurfaceFidelityTests
    {
        private const string FixtureName = "lean-api.tsv";

        /// <summary>The file the fidelity test leaves beside the test assembly: its count line, then each difference.</summary>
        public const string SummaryFile = "lean-surface-fidelity.txt";

        [Test]
        public void TheSurfaceHasNoBreakingDifferenceFromLeansApi()
        {
            var check = new SurfaceFidelityCheck(LeanApiManifest.Parse(File.ReadLines(FixturePath())), typeof(Symbol).Assembly);

            var differences = check.SurfaceDifferences().Concat(check.ContractGaps(ProjectAssemblies())).ToList();

            // CI prints this line (see .ci/run): the count is the result, the list below it the work left.
            var summary = $"LEAN surface fidelity: {differences.Count} breaking differences from LEAN's API ({check.SurfaceTypes().Count()} surface types checked)";
            File.WriteAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, SummaryFile), differences.Prepend(summary));
            TestContext.Out.WriteLine(summary);
            Assert.That(differences, Is.Empty, string.Join(Environment.NewLine, differences));
        }

        [Test]
        public void TheFixtureIsLeansManifestForEveryTypeTheSurfaceDeclares()
        {
            var shared = SharedManifestPath();
            if (shared == null)
            {
                Assert.Ignore("../shared/lean-api/lean-api.tsv is not beside this checkout; the committed fixture is used as it is");
            }
            var full = LeanApiManifest.Parse(File.ReadLines(shared!));
            var expected = FixtureLines(full, File.ReadLines(shared!));
            if (Environment.GetEnvironmentVariable("BTCC_UPDATE_LEAN_FIXTURE") == "1")
            {
                File.WriteAllLines(Path.Combine(SourceFolder(), "..", "..", "Fixtures", "LeanApi", FixtureName), expected);
            }

            Assert.That(File.ReadAllLines(FixturePath()), Is.EqualTo(expected),
                "the fixture is stale: run this test with BTCC_UPDATE_LEAN_FIXTURE=1 to take LEAN's lines for the surface's types");
        }

        /// <summary>The plugin, the ToolBox, these tests and the benchmarks: every assembly of ours that uses LEAN's types.</summary>
        private static IEnumerable<Assembly> ProjectAssemblies()
        {
            yield return typeof(BtccBrokerage).Assembly;
            yield return typeof(IToolBoxApp).Assembly;
            yield return typeof(SurfaceFidelityTests).Assembly;
            var configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;
            var benchmarks = Path.Combine(RepositoryFolder.Root, "QuantConnect.BtccBrokerage.Benchmarks", "bin", configuration, "net10.0",
                "QuantConnect.Brokerages.Btcc.Benchmarks.dll");
            Assert.That(File.Exists(benchmarks), $"the benchmarks are built before the tests run ({benchmarks})");
            yield return Assembly.LoadFrom(benchmarks);
        }

        private static List<string> FixtureLines(LeanApiManifest full, IEnumerable<string> lines)
        {
            var needed = new SurfaceFidelityCheck(full, typeof(Symbol).Assembly).ManifestTypesNeeded(full);
            return lines.Where(line => line.StartsWith('#') || (line.Split('\t') is { Length: > 1 } cells && needed.Contains(cells[1]))).ToList();
        }

        private static string FixturePath() => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "LeanApi", FixtureName);

        private static string? SharedManifestPath()
        {
            var path = Path.Combine(RepositoryFolder.Root, "..", "shared", "lean-api", "lean-api.tsv");
            return File.Exists(path) ? path : null;
        }

        private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
    }
}
