/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Rest;
using QuantConnect.Brokerages.Btcc.Tests.TestUtilities;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// What the plugin needs beside LEAN's Launcher. LEAN loads its own pinned RestSharp 106.12, which the
    /// plugin must not depend on, and every other assembly LEAN lacks must be in the README's copy list.
    /// </summary>
    [TestFixture]
    public class PluginDependenciesTests
    {
        private const string PluginName = "QuantConnect.Brokerages.Btcc";

        /// <summary>
        /// Third-party assemblies LEAN's Launcher already carries (its Common, Engine, Api and Brokerages
        /// projects reference these packages, its Configuration project McMaster's command-line parser). LEAN's own
        /// assemblies are the QuantConnect.* ones.
        /// </summary>
        private static readonly HashSet<string> ShippedByLean = new(StringComparer.OrdinalIgnoreCase)
        {
            "Newtonsoft.Json", "NodaTime", "McMaster.Extensions.CommandLineUtils"
        };

        private static readonly System.Reflection.Assembly Plugin = typeof(BtccRestApiClient).Assembly;

        [Test]
        public void ThePluginAssemblyReferencesNoRestSharp()
        {
            Assert.That(Plugin.GetName().Name, Is.EqualTo(PluginName));
            Assert.That(Plugin.GetReferencedAssemblies().Select(a => a.Name), Has.None.StartsWith("RestSharp"));
        }

        [Test]
        public void ThePluginsDepsJsonListsNoRestSharp()
        {
            var deps = ReadPluginDepsJson();

            Assert.That(((JObject)deps["libraries"]!).Properties().Select(p => p.Name), Has.None.StartsWith("RestSharp/"));
            Assert.That(deps.ToString(), Does.Not.Contain("RestSharp"));
        }

        [Test]
        public void TheAssembliesThePluginReferencesBeyondDotNetAndLeanAreTheReadmesCopyList()
        {
            var referenced = Plugin.GetReferencedAssemblies()
                .Select(a => a.Name!)
                .Where(name => !IsFramework(name) && !IsLean(name))
                .Select(name => name + ".dll");

            Assert.That(referenced, Is.EquivalentTo(ReadmeCopyList().Where(dll => dll != PluginName + ".dll")));
        }

        [Test]
        public void TheRuntimeFilesOfThePluginsPackagesBeyondLeanAreTheReadmesCopyList()
        {
            // deps.json also names packages the plugin pulls in only transitively, which must be copied too
            var deps = ReadPluginDepsJson();
            var libraries = (JObject)deps["libraries"]!;
            var packaged = ((JObject)deps["targets"]!).Properties().Single().Value.Children<JProperty>()
                .Where(library => libraries[library.Name]!.Value<string>("type") == "package")
                .Where(library => !ShippedByLean.Contains(library.Name.Split('/')[0]))
                .SelectMany(library => library.Value["runtime"] is JObject runtime ? runtime.Properties().Select(f => Path.GetFileName(f.Name)) : Enumerable.Empty<string>());

            Assert.That(packaged, Is.EquivalentTo(ReadmeCopyList().Where(dll => dll != PluginName + ".dll")));
        }

        [Test]
        public void TheReadmesCopyListStartsWithThePluginItself()
        {
            Assert.That(ReadmeCopyList().First(), Is.EqualTo(PluginName + ".dll"));
        }

        /// <summary>In .NET's shared framework (the Launcher's only one), so present wherever LEAN runs.</summary>
        private static bool IsFramework(string name)
            => name is "mscorlib" or "netstandard" || File.Exists(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), name + ".dll"));

        private static bool IsLean(string name) => name.StartsWith("QuantConnect.", StringComparison.Ordinal) || ShippedByLean.Contains(name);

        /// <summary>The DLLs named between the README's copy-beside-launcher markers.</summary>
        private static List<string> ReadmeCopyList()
        {
            var readme = File.ReadAllText(RepositoryFolder.PathOf("README.md"));
            var section = Regex.Match(readme, "<!-- copy-beside-launcher[^>]*-->(.*?)<!-- /copy-beside-launcher -->", RegexOptions.Singleline);
            Assert.That(section.Success, Is.True, "README.md lost its copy-beside-launcher markers");
            var dlls = Regex.Matches(section.Groups[1].Value, @"`([\w.]+\.dll)`").Select(m => m.Groups[1].Value).ToList();
            Assert.That(dlls, Is.Unique.And.Not.Empty);
            return dlls;
        }

        /// <summary>
        /// The deps.json next to the plugin's own build output (the tests' output has only the tests' deps.json),
        /// found by mirroring this test assembly's bin/&lt;configuration&gt;/&lt;framework&gt; under the plugin project.
        /// </summary>
        private static JObject ReadPluginDepsJson()
        {
            var testDirectory = TestContext.CurrentContext.TestDirectory;
            var output = Path.GetRelativePath(RepositoryFolder.PathOf("QuantConnect.BtccBrokerage.Tests"), testDirectory);
            var path = RepositoryFolder.PathOf("QuantConnect.BtccBrokerage", output, PluginName + ".deps.json");
            Assert.That(File.Exists(path), Is.True, $"the plugin's build output: {path}");
            return JObject.Parse(File.ReadAllText(path));
        }
    }
}
