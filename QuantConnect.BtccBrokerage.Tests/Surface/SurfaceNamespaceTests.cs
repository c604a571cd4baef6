/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    /// <summary>
    /// The plugin must only use the surface's LEAN types, so that it compiles unchanged against LEAN's
    /// packages: every type it references from the surface assembly has to live in a LEAN namespace.
    /// </summary>
    [TestFixture]
    public class SurfaceNamespaceTests
    {
        private static readonly string SurfaceAssemblyName = typeof(Symbol).Assembly.GetName().Name!;

        [Test]
        public void EveryTypeThePluginReferencesFromTheSurfaceIsInALeanNamespace()
        {
            var referenced = SurfaceTypesReferencedBy(typeof(BtccMarket).Assembly.Location);

            Assert.That(referenced, Is.Not.Empty, "the plugin references no surface type at all");
            Assert.That(referenced.Where(name => !IsLeanNamespace(NamespaceOf(name))), Is.Empty);
        }

        [Test]
        public void EveryPublicSurfaceTypeIsInALeanNamespace()
        {
            var outsideLean = typeof(Symbol).Assembly.GetExportedTypes()
                .Where(type => !IsLeanNamespace(type.Namespace))
                .Select(type => type.FullName);

            Assert.That(outsideLean, Is.Empty);
        }

        private static List<string> SurfaceTypesReferencedBy(string assemblyPath)
        {
            using var stream = File.OpenRead(assemblyPath);
            using var peReader = new PEReader(stream);
            var metadata = peReader.GetMetadataReader();
            var names = new List<string>();
            foreach (var handle in metadata.TypeReferences)
            {
                var reference = metadata.GetTypeReference(handle);
                var outermost = reference;
                // Nested types are scoped by their declaring type; the assembly is on the outermost one.
                while (outermost.ResolutionScope.Kind == HandleKind.TypeReference)
                {
                    outermost = metadata.GetTypeReference((TypeReferenceHandle)outermost.ResolutionScope);
                }
                if (outermost.ResolutionScope.Kind != HandleKind.AssemblyReference)
                {
                    continue;
                }
                var assembly = metadata.GetAssemblyReference((AssemblyReferenceHandle)outermost.ResolutionScope);
                if (metadata.GetString(assembly.Name) == SurfaceAssemblyName)
                {
                    names.Add(metadata.GetString(outermost.Namespace) + "." + metadata.GetString(reference.Name));
                }
            }
            return names;
        }

        private static string NamespaceOf(string fullName) => fullName[..fullName.LastIndexOf('.')];

        private static bool IsLeanNamespace(string? name) => name == "QuantConnect" || (name?.StartsWith("QuantConnect.", StringComparison.Ordinal) ?? false);
    }
}
