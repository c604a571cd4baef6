/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.ToolBox.Connection
{
    /// <summary>The <c>btcc-*</c> configuration a ToolBox connection needs, read from LEAN's Config.</summary>
    public sealed record BtccToolBoxSettings(
        Uri ApiUrl, Uri WebSocketUrl, string UserName, string Password, string ApiKey, string ApiSecret, int CompanyId)
    {
        /// <summary>Reads the endpoints and credentials from LEAN's Config; a missing or invalid key is reported by name.</summary>
        /// <exception cref="ToolBoxConfigurationException">Keys are missing or invalid.</exception>
        public static BtccToolBoxSettings FromConfig()
        {
            var api = Read(BtccBrokerageSettings.ReadApi);
            return new BtccToolBoxSettings(new Uri(api.RestUrl), new Uri(api.WebSocketUrl), api.UserName, api.Password, api.ApiKey, api.ApiSecret, api.CompanyId);
        }

        /// <summary>
        /// Reads settings from LEAN's Config with the brokerage's own reader (<see cref="BtccSettingsReader"/>): the same
        /// keys, defaults and checks as inside LEAN.
        /// </summary>
        /// <exception cref="ToolBoxConfigurationException">A value is missing or invalid; the message names every such key.</exception>
        public static T Read<T>(Func<BtccSettingsReader, T> read)
        {
            ArgumentNullException.ThrowIfNull(read);
            var reader = BtccSettingsReader.OfConfig();
            var settings = read(reader);
            if (reader.Errors.Count > 0)
            {
                throw new ToolBoxConfigurationException($"{string.Join("; ", reader.Errors)} (set them in config.json or pass --key=value)");
            }
            return settings;
        }

        /// <summary>
        /// The REST and quote client settings for these credentials and endpoints, with the REST choices from
        /// LEAN's Config applied and the whole validated.
        /// </summary>
        /// <exception cref="ToolBoxConfigurationException">A value is invalid; the message names its key.</exception>
        public Api.BtccApiSettings ToApiSettings()
        {
            var api = new Api.BtccApiSettings
            {
                RestUrl = ApiUrl.ToString().TrimEnd('/'),
                WebSocketUrl = WebSocketUrl.ToString().TrimEnd('/'),
                UserName = UserName,
                Password = Password,
                ApiKey = ApiKey,
                ApiSecret = ApiSecret,
                CompanyId = CompanyId
            };
            Read(reader =>
            {
                BtccBrokerageSettings.ReadRestChoices(reader, api);
                return api;
            });
            try
            {
                api.Validate();
            }
            catch (ArgumentException error)
            {
                throw new ToolBoxConfigurationException(error.Message);
            }
            return api;
        }

        /// <summary>Never prints the credentials (the user name included).</summary>
        public override string ToString() => $"{ApiUrl} / {WebSocketUrl} (company {CompanyId})";
    }
}
