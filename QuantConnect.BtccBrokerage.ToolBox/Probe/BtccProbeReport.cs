/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using Spectre.Console;

namespace QuantConnect.Brokerages.Btcc.ToolBox.Probe
{
    /// <summary>
    /// The probe's table of findings, rendered with Spectre.Console: colours and the terminal's width on a terminal,
    /// plain ASCII borders at a fixed width otherwise (redirected output, the report file), so it stays readable anywhere.
    /// </summary>
    internal static class BtccProbeReport
    {
        /// <summary>The width used when the output is not a terminal.</summary>
        public const int PlainWidth = 160;

        /// <summary>Writes the table to <paramref name="output"/>.</summary>
        public static void Write(TextWriter output, IReadOnlyList<BtccProbeFinding> findings)
        {
            // Spectre's detection looks at the process's terminal, not at the writer
            var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No
            });
            if (!terminal)
            {
                console.Profile.Width = PlainWidth;
            }
            var table = new Table { Border = terminal ? TableBorder.Rounded : TableBorder.Ascii, Title = new TableTitle("BTCC probe: assumptions confirmed or contradicted") };
            table.AddColumn("Assumption").AddColumn("Expected").AddColumn("Observed").AddColumn("Verdict");
            foreach (var finding in findings)
            {
                table.AddRow(Markup.Escape(finding.Assumption), Markup.Escape(finding.Expected), Markup.Escape(finding.Observed), Verdict(finding.Verdict));
            }
            console.Write(table);
            var counts = Enum.GetValues<BtccProbeVerdict>().Select(v => $"{findings.Count(f => f.Verdict == v)} {v.ToString().ToLowerInvariant()}");
            console.WriteLine(string.Join(", ", counts));
        }

        /// <summary>The report file's text: the table, then each pair's leverage suffixes.</summary>
        public static string Text(IReadOnlyList<BtccProbeFinding> findings, IReadOnlyDictionary<string, IReadOnlyList<decimal>> pathsPerPair)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            Write(text, findings);
            text.WriteLine();
            text.WriteLine("Symbol paths per pair (leverage suffixes):");
            foreach (var (ticker, leverages) in pathsPerPair)
            {
                text.WriteLine($"  {ticker}: {string.Join(" ", leverages.Select(l => l.ToString(CultureInfo.InvariantCulture) + "x"))}");
            }
            return text.ToString();
        }

        private static string Verdict(BtccProbeVerdict verdict) => verdict switch
        {
            BtccProbeVerdict.Confirmed => "[green]confirmed[/]",
            BtccProbeVerdict.Contradicted => "[red]CONTRADICTED[/]",
            BtccProbeVerdict.Unverified => "[yellow]unverified[/]",
            _ => "noted"
        };
    }
}
