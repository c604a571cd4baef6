/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace QuantConnect.Configuration
{
    /// <summary>
    /// LEAN's configuration store (stand-in for QuantConnect.Configuration.Config): a flat view of
    /// <c>config.json</c> where the block named by <c>environment</c> under <c>environments</c>
    /// overrides the top-level keys.
    /// </summary>
    public static class Config
    {
        private static readonly object Sync = new();
        private static string _configurationFile = "config.json";
        private static JObject _settings;

        /// <summary>Selects the configuration file and reloads it.</summary>
        public static void SetConfigurationFile(string fileName)
        {
            lock (Sync)
            {
                _configurationFile = fileName;
                _settings = null;
            }
        }

        /// <summary>Forgets every value set in code and reloads from the file on next use.</summary>
        public static void Reset()
        {
            lock (Sync)
            {
                _settings = null;
            }
        }

        /// <summary>Merges parsed command-line options over the configuration.</summary>
        public static void MergeCommandLineArgumentsWithConfiguration(Dictionary<string, object> cliArguments)
        {
            if (cliArguments == null)
            {
                return;
            }
            lock (Sync)
            {
                var settings = Settings;
                foreach (var pair in cliArguments)
                {
                    settings[pair.Key] = pair.Value == null ? JValue.CreateNull() : JToken.FromObject(pair.Value);
                }
            }
        }

        /// <summary>The name of the selected environment.</summary>
        public static string GetEnvironment() => Get("environment");

        /// <summary>Reads a value as a string.</summary>
        public static string Get(string key, string defaultValue = "")
        {
            var token = GetToken(key);
            if (token == null || token.Type == JTokenType.Null)
            {
                return defaultValue;
            }
            return token.Type == JTokenType.String ? token.Value<string>() : token.ToString(Newtonsoft.Json.Formatting.None);
        }

        /// <summary>Reads the raw JSON value of a key, honouring the selected environment.</summary>
        public static JToken GetToken(string key)
        {
            lock (Sync)
            {
                var settings = Settings;
                var environment = settings["environment"]?.Value<string>();
                if (!string.IsNullOrEmpty(environment)
                    && settings["environments"]?[environment] is JObject block
                    && block.TryGetValue(key, out var fromEnvironment))
                {
                    return fromEnvironment;
                }
                return settings.TryGetValue(key, out var token) ? token : null;
            }
        }

        /// <summary>
        /// Sets a value in memory. As in LEAN, <c>{environment}.key</c> sets it inside that environment's block
        /// (which wins over the top level while the environment is selected).
        /// </summary>
        public static void Set(string key, dynamic value)
        {
            lock (Sync)
            {
                JObject target = Settings;
                var dot = key.IndexOf('.');
                while (dot > 0)
                {
                    var environments = target["environments"] as JObject ?? (JObject)(target["environments"] = new JObject());
                    target = environments[key[..dot]] as JObject ?? (JObject)(environments[key[..dot]] = new JObject());
                    key = key[(dot + 1)..];
                    dot = key.IndexOf('.');
                }
                target[key] = value == null ? JValue.CreateNull() : JToken.FromObject(value);
            }
        }

        /// <summary>Reads a boolean.</summary>
        public static bool GetBool(string key, bool defaultValue = false) => GetValue(key, defaultValue);

        /// <summary>Reads an integer.</summary>
        public static int GetInt(string key, int defaultValue = 0) => GetValue(key, defaultValue);

        /// <summary>Reads a double.</summary>
        public static double GetDouble(string key, double defaultValue = 0.0) => GetValue(key, defaultValue);

        /// <summary>Reads a value converted to <typeparamref name="T"/>.</summary>
        public static T GetValue<T>(string key, T defaultValue = default(T))
            => TryGetValue(key, defaultValue, out var value) ? value : defaultValue;

        /// <summary>Tries to read a value converted to <typeparamref name="T"/>.</summary>
        public static bool TryGetValue<T>(string key, out T value) => TryGetValue(key, default, out value);

        /// <summary>Tries to read a value converted to <typeparamref name="T"/>, else the default.</summary>
        public static bool TryGetValue<T>(string key, T defaultValue, out T value)
        {
            var token = GetToken(key);
            if (token == null || token.Type == JTokenType.Null || (token.Type == JTokenType.String && token.Value<string>() == string.Empty))
            {
                value = defaultValue;
                return false;
            }
            try
            {
                if (typeof(T).IsEnum)
                {
                    value = (T)Enum.Parse(typeof(T), token.ToString(), true);
                }
                else if (token.Type == JTokenType.String && typeof(IConvertible).IsAssignableFrom(typeof(T)))
                {
                    value = (T)Convert.ChangeType(token.Value<string>(), typeof(T), CultureInfo.InvariantCulture);
                }
                else
                {
                    value = token.ToObject<T>();
                }
                return true;
            }
            catch (Exception)
            {
                value = defaultValue;
                return false;
            }
        }

        /// <summary>Writes the in-memory configuration back to the file.</summary>
        public static void Write(string targetPath = null)
        {
            lock (Sync)
            {
                File.WriteAllText(targetPath ?? _configurationFile, Settings.ToString());
            }
        }

        private static JObject Settings
        {
            get
            {
                if (_settings == null)
                {
                    _settings = File.Exists(_configurationFile)
                        ? JObject.Parse(File.ReadAllText(_configurationFile), new JsonLoadSettings { CommentHandling = CommentHandling.Ignore })
                        : new JObject();
                }
                return _settings;
            }
        }
    }
}
