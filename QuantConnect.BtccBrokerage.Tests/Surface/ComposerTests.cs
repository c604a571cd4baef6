/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Util;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    [TestFixture]
    public class ComposerTests
    {
        [Test]
        public void AnAddedPartIsReturnedByItsContract()
        {
            var composer = new Composer();
            var part = new FirstPart();

            composer.AddPart<ISurfacePart>(part);

            Assert.That(composer.GetPart<ISurfacePart>(), Is.SameAs(part));
        }

        [Test]
        public void GetPartWithoutAMatchingPartReturnsNull()
        {
            var composer = new Composer();

            Assert.That(composer.GetPart<ISurfacePart>(), Is.Null);
        }

        [Test]
        public void GetExportedValueByTypeNameCreatesTheNamedTypeOnceAndCachesIt()
        {
            var composer = new Composer();

            var first = composer.GetExportedValueByTypeName<ISurfacePart>(typeof(SecondPart).FullName!);
            var again = composer.GetExportedValueByTypeName<ISurfacePart>(nameof(SecondPart));

            Assert.That(first, Is.InstanceOf<SecondPart>());
            Assert.That(again, Is.SameAs(first));
            Assert.That(composer.GetPart<ISurfacePart>(), Is.SameAs(first));
        }

        [Test]
        public void WithoutForcingTheNameAnExistingPartIsReused()
        {
            var composer = new Composer();
            var existing = new FirstPart();
            composer.AddPart<ISurfacePart>(existing);

            var value = composer.GetExportedValueByTypeName<ISurfacePart>(nameof(SecondPart), forceTypeNameOnExisting: false);

            Assert.That(value, Is.SameAs(existing));
        }

        [Test]
        public void AnUnknownTypeNameThrows()
        {
            var composer = new Composer();

            Assert.That(() => composer.GetExportedValueByTypeName<ISurfacePart>("NoSuchPart"), Throws.ArgumentException);
        }

        public interface ISurfacePart
        {
        }

        public class FirstPart : ISurfacePart
        {
        }

        public class SecondPart : ISurfacePart
        {
        }
    }
}
