using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuantConnect.Brokerages.Btcc.Api.Models;

namespace QuantConnect.Brokerages.Btcc.Tests.Api
{
    /// <summary>
    /// Each documented reply, read into its model and written back, gives the same JSON: every documented
    /// field is mapped (none dropped, none renamed) and keeps its JSON type (strings stay strings).
    /// </summary>
    [TestFixture]
    public class RestFixtureRoundTripTests
    {
        private static readonly JsonSerializerSettings Settings = new()
        {
            FloatParseHandling = FloatParseHandling.Decimal,
            NullValueHandling = NullValueHandling.Ignore
        };

        private static IEnumerable<TestCaseData> Replies()
        {
            yield return new TestCaseData("login.json", typeof(BtccLoginResponse));
            yield return new TestCaseData("keepalive.json", typeof(BtccKeepAliveResponse));
            yield return new TestCaseData("account.json", typeof(BtccAccountResponse));
            yield return new TestCaseData("accountgroup.json", typeof(BtccAccountGroupResponse));
            yield return new TestCaseData("symbollist.json", typeof(BtccSymbolListResponse));
            yield return new TestCaseData("positionlist.json", typeof(BtccPositionListResponse));
            yield return new TestCaseData("position.json", typeof(BtccPositionResponse));
            yield return new TestCaseData("order.json", typeof(BtccOrderResponse));
            yield return new TestCaseData("orderList.json", typeof(BtccOrderListResponse));
            yield return new TestCaseData("dealTodayList.json", typeof(BtccDealListResponse));
            yield return new TestCaseData("getTradeReport.json", typeof(BtccTradeReportResponse));
            yield return new TestCaseData("getHisOrder.json", typeof(BtccHisOrderResponse));
            yield return new TestCaseData("getProfitReport.json", typeof(BtccProfitReportResponse));
            yield return new TestCaseData("getReportDeal.json", typeof(BtccReportDealResponse));
            yield return new TestCaseData("getSymbolDetail.json", typeof(BtccSymbolDetailResponse));
        }

        [TestCaseSource(nameof(Replies))]
        public void ModelMapsEveryDocumentedFieldWithItsJsonType(string fixture, Type model)
        {
            var documented = JToken.Parse(Fixture.Rest(fixture));
            var parsed = JsonConvert.DeserializeObject(Fixture.Rest(fixture), model, Settings);
            var written = JToken.Parse(JsonConvert.SerializeObject(parsed, Settings));

            Assert.That(Describe(written), Is.EquivalentTo(Describe(documented)));
        }

        [Test]
        public void EveryRestFixtureHasAModel()
        {
            var covered = Replies().Select(c => (string)c.Arguments[0]!).ToHashSet();
            var files = Directory.GetFiles(Path.GetDirectoryName(Fixture.Path("Rest", "x"))!, "*.json").Select(Path.GetFileName);

            Assert.That(files, Is.SubsetOf(covered));
        }

        /// <summary>Every leaf as "path:type=value", numbers compared by value.</summary>
        private static IEnumerable<string> Describe(JToken token)
        {
            foreach (var leaf in token.SelectTokens("$..*").Where(t => t is JValue).Cast<JValue>())
            {
                var kind = leaf.Type is JTokenType.Integer or JTokenType.Float ? "number" : leaf.Type.ToString();
                var value = leaf.Type is JTokenType.Integer or JTokenType.Float
                    ? Convert.ToDecimal(leaf.Value, System.Globalization.CultureInfo.InvariantCulture).ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture)
                    : Convert.ToString(leaf.Value, System.Globalization.CultureInfo.InvariantCulture);
                yield return $"{leaf.Path}:{kind}={value}";
            }
        }
    }
}
