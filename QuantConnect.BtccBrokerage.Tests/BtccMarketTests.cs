using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests
{
    [TestFixture]
    public class BtccMarketTests
    {
        [Test]
        public void RegisterIsIdempotentAndEncodesTheBtccCode()
        {
            BtccMarket.Register();
            BtccMarket.Register();

            Assert.That(Market.Encode("btcc"), Is.EqualTo(BtccMarket.Code));
            Assert.That(Market.Decode(BtccMarket.Code), Is.EqualTo("btcc"));
        }
    }
}
