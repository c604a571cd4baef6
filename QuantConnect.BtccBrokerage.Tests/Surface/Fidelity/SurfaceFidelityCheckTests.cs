/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Tests.Surface.Fidelity.Samples;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface.Fidelity
{
    /// <summary>The fidelity check itself: each kind of breaking difference is found, and a faithful declaration passes.</summary>
    [TestFixture]
    public class SurfaceFidelityCheckTests
    {
        private const string Ns = "QuantConnect.Brokerages.Btcc.Tests.Surface.Fidelity.Samples";

        private static readonly string[] Widget =
        {
            $"T\t{Ns}.Widget\tpublic class\tSamples",
            $"M\t{Ns}.Widget\tctor\tpublic Widget(string name, decimal size = 1.0)",
            $"M\t{Ns}.Widget\tproperty\tpublic string Name {{ get; internal set; }}",
            $"M\t{Ns}.Widget\tmethod\tpublic virtual bool TryResize(decimal size, out decimal previous)",
            $"M\t{Ns}.Widget\tmethod\tpublic static System.Collections.Generic.List<int?> Sizes(params int[] values)",
            $"M\t{Ns}.Widget\tevent\tpublic System.EventHandler<System.EventArgs> Resized",
            $"M\t{Ns}.Widget\tfield\tpublic const int MaxSize = 10",
        };

        [Test]
        public void AFaithfulDeclarationHasNoDifference()
        {
            Assert.That(Differences(Widget, typeof(Widget)), Is.Empty);
        }

        [TestCase(typeof(WidgetWithPublicSetter), "public string Name { get; set; }")]
        [TestCase(typeof(WidgetWithOtherDefault), "public Widget(string name, decimal size = 2.0)")]
        [TestCase(typeof(WidgetWithNonVirtualMethod), "public bool TryResize(decimal size, out decimal previous)")]
        [TestCase(typeof(WidgetWithExtraMember), "public void Polish()")]
        public void AMemberLeanDoesNotDeclareIsADifference(Type surface, string signature)
        {
            var manifest = Widget.Select(line => line.Replace($"{Ns}.Widget", $"{Ns}.{surface.Name}"))
                .Select(line => line.Replace("public Widget(", $"public {surface.Name}("));

            Assert.That(Differences(manifest, surface), Has.Some.Contains(signature.Replace("Widget(", $"{surface.Name}(")));
        }

        [Test]
        public void ATypeLeanLacksIsADifference()
        {
            Assert.That(Differences(Widget, typeof(Widget), typeof(Gadget)), Has.Some.EqualTo($"{Ns}.Gadget: LEAN has no such type"));
        }

        [Test]
        public void ADeclarationLeanDoesNotHaveIsADifference()
        {
            var manifest = new[] { $"T\t{Ns}.Gadget\tpublic class\tSamples", $"M\t{Ns}.Gadget\tctor\tpublic Gadget()" };

            Assert.That(Differences(manifest.Select(l => l.Replace("public class", "public sealed class")), typeof(Gadget)),
                Has.Some.Contains("declared `public class`, LEAN's is `public sealed class`"));
        }

        [Test]
        public void AnInterfaceLeanDoesNotImplementIsADifference()
        {
            var manifest = new[] { $"T\t{Ns}.DisposableGadget\tpublic class\tSamples", $"M\t{Ns}.DisposableGadget\tctor\tpublic DisposableGadget()",
                $"M\t{Ns}.DisposableGadget\tmethod\tpublic void Dispose()" };

            Assert.That(Differences(manifest, typeof(DisposableGadget)), Has.Some.Contains("implements `System.IDisposable`, LEAN's does not"));
        }

        [Test]
        public void ObsoleteOnOneSideOnlyIsADifference()
        {
            var manifest = Widget.Select(l => l.Contains("TryResize") ? l + "\t[Obsolete] use Resize" : l);

            Assert.That(Differences(manifest, typeof(Widget)), Has.Some.Contains("is [Obsolete] on one side only"));
        }

        [Test]
        public void AnEnumValueTheSurfaceLacksIsADifference()
        {
            var manifest = new[] { $"T\t{Ns}.Shade\tpublic enum:int\tSamples", $"M\t{Ns}.Shade\tvalue\tLight = 0", $"M\t{Ns}.Shade\tvalue\tDark = 1",
                $"M\t{Ns}.Shade\tvalue\tDusk = 2" };

            Assert.That(Differences(manifest, typeof(Shade)), Is.EqualTo(new[] { $"{Ns}.Shade: lacks LEAN's value `Dusk = 2`" }));
        }

        [Test]
        public void AnInterfaceMemberTheSurfaceOmitsIsAGapForTheProjectTypeImplementingIt()
        {
            var manifest = new[] { $"T\t{Ns}.IPart\tpublic interface\tSamples", $"M\t{Ns}.IPart\tmethod\tpublic void Fit()",
                $"M\t{Ns}.IPart\tmethod\tpublic void Report(string text)" };
            var check = new SurfaceFidelityCheck(LeanApiManifest.Parse(manifest), new[] { typeof(IPart) });

            Assert.That(check.ContractGaps(new[] { typeof(ProjectPart).Assembly }),
                Has.Some.EqualTo($"{Ns}.IPart: the surface omits LEAN's `public void Report(string text)`, which {typeof(ProjectPart).FullName} must implement"));
        }

        [Test]
        public void AnAbstractMemberTheSurfaceOmitsIsAGapForTheProjectTypeDerivingFromIt()
        {
            var manifest = new[] { $"T\t{Ns}.PartBase\tpublic abstract class\tSamples", $"M\t{Ns}.PartBase\tctor\tprotected PartBase()",
                $"M\t{Ns}.PartBase\tmethod\tpublic abstract void Fit()", $"M\t{Ns}.PartBase\tmethod\tprotected abstract bool Check(int tolerance)" };
            var check = new SurfaceFidelityCheck(LeanApiManifest.Parse(manifest), new[] { typeof(PartBase) });

            Assert.That(check.ContractGaps(new[] { typeof(DerivedPart).Assembly }),
                Is.EqualTo(new[] { $"{Ns}.PartBase: the surface omits LEAN's `protected abstract bool Check(int tolerance)`, which {typeof(DerivedPart).FullName} must implement" }));
        }

        [TestCase(typeof(Widget), "TryResize", "public virtual bool TryResize(decimal size, out decimal previous)")]
        [TestCase(typeof(Widget), "Sizes", "public static System.Collections.Generic.List<int?> Sizes(params int[] values)")]
        [TestCase(typeof(Widget), "Name", "public string Name { get; internal set; }")]
        [TestCase(typeof(Widget), "MaxSize", "public const int MaxSize = 10")]
        [TestCase(typeof(Widget), "Resized", "public System.EventHandler<System.EventArgs> Resized")]
        [TestCase(typeof(Gauge), "Item", "public override double this[QuantConnect.Resolution resolution] { get; protected set; }")]
        [TestCase(typeof(Gauge), "Read", "protected internal System.Collections.Generic.Dictionary<string, decimal[]> Read<T>(T unit, QuantConnect.Resolution resolution = 2, string label = \"x\", char separator = ,)")]
        [TestCase(typeof(Gauge), "Limit", "public System.TimeSpan? Limit { get; init; }")]
        public void MembersAreWrittenAsLeansManifestWritesThem(Type type, string name, string expected)
        {
            var member = SurfaceFidelityCheck.DeclaredMembers(type).Single(m => m.Name == name);

            Assert.That(ClrSignature.Member(member), Is.EqualTo(expected));
        }

        private static List<string> Differences(IEnumerable<string> manifest, params Type[] surface) =>
            new SurfaceFidelityCheck(LeanApiManifest.Parse(manifest), surface).SurfaceDifferences().ToList();
    }
}
