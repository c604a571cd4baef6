/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using NUnit.Framework;

namespace QuantConnect.Brokerages.Btcc.Tests.TestUtilities
{
    /// <summary>The repository's folder, found from the test assembly's by the solution file beside it.</summary>
    internal static class RepositoryFolder
    {
        /// <summary>The folder holding <c>Btcc.Brokerage.sln</c>, or null when the tests run outside the repository.</summary>
        public static string? Find()
        {
            for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Btcc.Brokerage.sln")))
                {
                    return folder.FullName;
                }
            }
            return null;
        }

        /// <summary>The repository's folder (fails the test when there is none).</summary>
        public static string Root => Find() ?? throw new InvalidOperationException("Btcc.Brokerage.sln not found above the test folder");

        /// <summary>A path inside the repository.</summary>
        public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());
    }
}
