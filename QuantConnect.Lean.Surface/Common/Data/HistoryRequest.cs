/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NodaTime;
using QuantConnect.Securities;

namespace QuantConnect.Data
{
    /// <summary>A request for historical data (stand-in for QuantConnect.Data.HistoryRequest).</summary>
    public class HistoryRequest : BaseDataRequest
    {
        /// <summary>Creates a request from its parts.</summary>
        public HistoryRequest(DateTime startTimeUtc, DateTime endTimeUtc, Type dataType, Symbol symbol, Resolution resolution,
            SecurityExchangeHours exchangeHours, DateTimeZone dataTimeZone, Resolution? fillForwardResolution,
            bool includeExtendedMarketHours, bool isCustomData, DataNormalizationMode dataNormalizationMode, TickType tickType,
            DataMappingMode dataMappingMode = DataMappingMode.OpenInterest, uint contractDepthOffset = 0)
            : base(startTimeUtc, endTimeUtc, exchangeHours, tickType, isCustomData, dataType)
        {
            Symbol = symbol;
            Resolution = resolution;
            FillForwardResolution = fillForwardResolution;
            IncludeExtendedMarketHours = includeExtendedMarketHours;
            DataTimeZone = dataTimeZone;
            DataNormalizationMode = dataNormalizationMode;
            TickType = tickType;
            DataMappingMode = dataMappingMode;
            ContractDepthOffset = contractDepthOffset;
        }

        /// <summary>Creates a request for a subscription's data.</summary>
        public HistoryRequest(SubscriptionDataConfig config, SecurityExchangeHours hours, DateTime startTimeUtc, DateTime endTimeUtc)
            : this(startTimeUtc, endTimeUtc, config.Type, config.Symbol, config.Resolution, hours, config.DataTimeZone,
                config.FillDataForward ? config.Resolution : null, config.ExtendedMarketHours, config.IsCustomData,
                config.DataNormalizationMode, config.TickType, config.DataMappingMode, config.ContractDepthOffset)
        {
        }

        /// <summary>Copies a request with another symbol and time range.</summary>
        public HistoryRequest(HistoryRequest request, Symbol newSymbol, DateTime newStartTimeUtc, DateTime newEndTimeUtc)
            : this(newStartTimeUtc, newEndTimeUtc, request.DataType, newSymbol, request.Resolution, request.ExchangeHours,
                request.DataTimeZone, request.FillForwardResolution, request.IncludeExtendedMarketHours, request.IsCustomData,
                request.DataNormalizationMode, request.TickType, request.DataMappingMode, request.ContractDepthOffset)
        {
        }

        /// <summary>The symbol.</summary>
        public Symbol Symbol { get; set; }
        /// <summary>The resolution.</summary>
        public Resolution Resolution { get; set; }
        /// <summary>The fill-forward resolution, or null for none.</summary>
        public Resolution? FillForwardResolution { get; set; }
        /// <summary>Whether extended market hours are included.</summary>
        public bool IncludeExtendedMarketHours { get; set; }
        /// <summary>The time zone of the data.</summary>
        public DateTimeZone DataTimeZone { get; set; }
        /// <summary>The tick type.</summary>
        public TickType TickType { get; set; }
        /// <summary>The price normalization.</summary>
        public DataNormalizationMode DataNormalizationMode { get; set; }
        /// <summary>The contract mapping of continuous futures.</summary>
        public DataMappingMode DataMappingMode { get; set; }
        /// <summary>The contract depth of continuous futures.</summary>
        public uint ContractDepthOffset { get; set; }

        /// <summary>Every calendar day of the request in the data's time zone (the exchange is always open).</summary>
        public override IEnumerable<DateTime> TradableDaysInDataTimeZone
        {
            get
            {
                var start = StartTimeUtc.ConvertFromUtc(DataTimeZone).Date;
                var end = EndTimeUtc.ConvertFromUtc(DataTimeZone).Date;
                for (var day = start; day <= end; day = day.AddDays(1))
                {
                    yield return day;
                }
            }
        }
    }
}
