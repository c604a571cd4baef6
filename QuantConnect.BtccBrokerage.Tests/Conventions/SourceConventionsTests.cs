/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Text.RegularExpressions;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Conventions
{
    /// <summary>
    /// The repository's own rules for its C# sources, checked on every file: the license header LEAN's files carry a
    /// counterpart of, a namespace that follows the folder, and no file longer than 400 lines.
    /// </summary>
    [TestFixture]
    public class SourceConventionsTests
    {
        /// <summary>The header every source file starts with.</summary>
        public const string LicenseHeader =
            "/*\n * BTCC brokerage for QuantConnect LEAN.\n * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.\n */\n";

        private const int MaxLines = 400;

        /// <summary>Each project folder and the namespace its root folder maps to.</summary>
        private static readonly Dictionary<string, string> RootNamespaces = new()
        {
            ["QuantConnect.BtccBrokerage"] = "QuantConnect.Brokerages.Btcc",
            ["QuantConnect.BtccBrokerage.Simulator"] = "QuantConnect.Brokerages.Btcc.Simulator",
            ["QuantConnect.BtccBrokerage.ToolBox"] = "QuantConnect.Brokerages.Btcc.ToolBox",
            ["QuantConnect.BtccBrokerage.Tests"] = "QuantConnect.Brokerages.Btcc.Tests",
            ["QuantConnect.BtccBrokerage.Benchmarks"] = "QuantConnect.Brokerages.Btcc.Benchmarks"
        };

        private static IEnumerable<string> SourceFiles()
        {
            var root = RepositoryFolder.Root;
            return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .OrderBy(path => path, StringComparer.Ordinal);
        }

        private static string Relative(string path) => Path.GetRelativePath(RepositoryFolder.Root, path).Replace('\\', '/');

        [Test]
        public void EverySourceFileStartsWithTheLicenseHeader()
        {
            var missing = SourceFiles().Where(path => !File.ReadAllText(path).Replace("\r\n", "\n").StartsWith(LicenseHeader, StringComparison.Ordinal))
                .Select(Relative).ToList();

            Assert.That(missing, Is.Empty);
        }

        [Test]
        public void NoSourceFileIsLongerThan400Lines()
        {
            var tooLong = SourceFiles().Select(path => (Path: Relative(path), Lines: File.ReadLines(path).Count()))
                .Where(file => file.Lines > MaxLines).Select(file => $"{file.Path}: {file.Lines} lines").ToList();

            Assert.That(tooLong, Is.Empty);
        }

        [Test]
        public void EveryNamespaceFollowsItsFolder()
        {
            var wrong = new List<string>();
            foreach (var path in SourceFiles())
            {
                var relative = Relative(path).Split('/');
                if (!RootNamespaces.TryGetValue(relative[0], out var root))
                {
                    continue; // the LEAN surface declares LEAN's namespaces, whatever its folders
                }
                var expected = string.Join('.', new[] { root }.Concat(relative[1..^1]));
                var declared = Regex.Matches(File.ReadAllText(path), @"^namespace ([\w.]+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
                if (declared.Count == 0 || declared.Any(ns => ns != expected))
                {
                    wrong.Add($"{Relative(path)}: {string.Join(", ", declared.DefaultIfEmpty("(none)"))}, expected {expected}");
                }
            }

            Assert.That(wrong, Is.Empty);
        }
    }
}
