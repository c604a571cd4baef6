/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;
using QuantConnect.Interfaces;
using QuantConnect.Packets;
using QuantConnect.Securities;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface
{
    [TestFixture]
    public class BrokerageFactoryTests
    {
        [Test]
        public void ReadingAMissingKeyReportsIt()
        {
            var errors = new List<string>();

            var value = TestFactory.ReadValue<string>(new Dictionary<string, string>(), "btcc-api-key", errors);

            Assert.That(value, Is.Null);
            Assert.That(errors, Is.EqualTo(new[] { "BrokerageFactory.CreateBrokerage(): Missing key: btcc-api-key" }));
        }

        [Test]
        public void ReadingAMalformedValueReportsKeyAndValue()
        {
            var errors = new List<string>();
            var data = new Dictionary<string, string> { ["btcc-account-id"] = "not-a-number" };

            var value = TestFactory.ReadValue<int>(data, "btcc-account-id", errors);

            Assert.That(value, Is.EqualTo(0));
            Assert.That(errors, Has.Count.EqualTo(1));
            Assert.That(errors[0], Does.Contain("btcc-account-id").And.Contain("not-a-number"));
        }

        [Test]
        public void ReadingConvertsWithTheInvariantCulture()
        {
            var errors = new List<string>();
            var data = new Dictionary<string, string> { ["rate"] = "1.25", ["flag"] = "true" };

            Assert.That(TestFactory.ReadValue<decimal>(data, "rate", errors), Is.EqualTo(1.25m));
            Assert.That(TestFactory.ReadValue<bool>(data, "flag", errors), Is.True);
            Assert.That(errors, Is.Empty);
        }

        [Test]
        public void ReadingAnEnumMatchesItsNameIgnoringCase()
        {
            var errors = new List<string>();
            var data = new Dictionary<string, string> { ["account-type"] = "cash" };

            Assert.That(TestFactory.ReadValue<AccountType>(data, "account-type", errors), Is.EqualTo(AccountType.Cash));
            Assert.That(errors, Is.Empty);
        }

        [Test]
        public void TheFactoryKnowsItsBrokerageTypeAndCreatesTheDefaultMessageHandler()
        {
            using var factory = new TestFactory();

            Assert.That(factory.BrokerageType, Is.EqualTo(typeof(string)));
            Assert.That(factory.CreateBrokerageMessageHandler(null!, new LiveNodePacket(), null!), Is.InstanceOf<DefaultBrokerageMessageHandler>());
        }

        private sealed class TestFactory : BrokerageFactory
        {
            public TestFactory()
                : base(typeof(string))
            {
            }

            public static T ReadValue<T>(IReadOnlyDictionary<string, string> data, string key, ICollection<string> errors)
                where T : IConvertible => Read<T>(data, key, errors);

            public override Dictionary<string, string> BrokerageData => new();
            public override IBrokerageModel GetBrokerageModel(IOrderProvider orderProvider) => new DefaultBrokerageModel();
            public override IBrokerage CreateBrokerage(LiveNodePacket job, IAlgorithm algorithm) => throw new NotSupportedException();
            public override void Dispose()
            {
            }
        }
    }
}
