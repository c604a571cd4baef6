/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>How an observation compares with what the plugin assumes.</summary>
    public enum BtccProbeVerdict
    {
        /// <summary>BTCC behaved as the plugin's default assumes.</summary>
        Confirmed,

        /// <summary>BTCC behaved otherwise; the finding says what to set or change.</summary>
        Contradicted,

        /// <summary>Nothing observed could tell (no reply, or both readings fit).</summary>
        Unverified,

        /// <summary>A fact with no assumption to compare against (e.g. the error codes met).</summary>
        Noted
    }

    /// <summary>One row of the probe's table: an assumption, what the plugin expects, what BTCC did, and the verdict.</summary>
    /// <param name="Assumption">What is being checked, e.g. "Signature variant".</param>
    /// <param name="Expected">The plugin's default or the documented behaviour.</param>
    /// <param name="Observed">What the probe saw.</param>
    /// <param name="Verdict">How the two compare.</param>
    public sealed record BtccProbeFinding(string Assumption, string Expected, string Observed, BtccProbeVerdict Verdict);
}
