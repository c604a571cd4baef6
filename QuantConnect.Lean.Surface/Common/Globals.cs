/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using QuantConnect.Configuration;

namespace QuantConnect
{
    /// <summary>Process-wide values read from the configuration (stand-in for QuantConnect.Globals; a subset).</summary>
    public static class Globals
    {
        static Globals()
        {
            Reset();
        }

        /// <summary>The data folder: config <c>data-folder</c>, by default <c>../../../Data/</c>.</summary>
        public static string DataFolder { get; private set; }

        /// <summary>Where cached data is looked for first: config <c>cache-location</c> when that folder has files, else the data folder.</summary>
        public static string CacheDataFolder { get; private set; }

        /// <summary>Reads the values from the configuration again.</summary>
        public static void Reset()
        {
            CacheDataFolder = DataFolder = Config.Get("data-folder", "../../../Data/");
            var cacheLocation = Config.Get("cache-location");
            if (!string.IsNullOrEmpty(cacheLocation) && !IsDirectoryEmpty(cacheLocation))
            {
                CacheDataFolder = cacheLocation;
            }
        }

        /// <summary>A folder of the data: under the cache location when it has that folder with files, else under the data folder.</summary>
        public static string GetDataFolderPath(string relativePath)
        {
            var result = Path.Combine(CacheDataFolder, relativePath);
            return IsDirectoryEmpty(result) ? Path.Combine(DataFolder, relativePath) : result;
        }

        private static bool IsDirectoryEmpty(string path) => !Directory.Exists(path) || !Directory.EnumerateFileSystemEntries(path).Any();
    }
}
