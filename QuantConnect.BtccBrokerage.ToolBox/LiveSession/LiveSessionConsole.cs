/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using QuantConnect.Orders;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace QuantConnect.Brokerages.Btcc.ToolBox.LiveSession
{
    /// <summary>
    /// The session's terminal output: a header rule, tables for reconciliation and the summary, one timestamped
    /// line per event (order events colored by status). Thread-safe (events arrive on the brokerage's threads);
    /// without a terminal (redirected output, CI) Spectre writes plain text.
    /// </summary>
    internal sealed class LiveSessionConsole
    {
        private readonly object _sync = new();
        private readonly IAnsiConsole _console;

        /// <summary>Line width when the output is not a terminal (CI logs, files): wide enough that nothing wraps.</summary>
        internal const int RedirectedWidth = 140;

        /// <summary>
        /// Writes to <paramref name="output"/>; ANSI colors and the terminal's width only when it is a terminal
        /// that supports them.
        /// </summary>
        public LiveSessionConsole(TextWriter output, bool verbose)
        {
            Verbose = verbose;
            // Spectre's detection looks at the process's terminal, not at the writer: decide here whether the
            // writer is that terminal, so redirected and captured output stay plain text
            var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            _console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No
            });
            if (!terminal)
            {
                _console.Profile.Width = RedirectedWidth;
            }
        }

        /// <summary>Whether detail lines are shown.</summary>
        public bool Verbose { get; }

        /// <summary>A plain line, as given (markup escaped).</summary>
        public void Plain(string text) => Write(new Text(text + Environment.NewLine));

        /// <summary>A section rule.</summary>
        public void Section(string title) => Write(new Rule($"[bold]{Markup.Escape(title)}[/]") { Justification = Justify.Left });

        /// <summary>A renderable (table, panel).</summary>
        public void Write(IRenderable renderable)
        {
            lock (_sync)
            {
                _console.Write(renderable);
            }
        }

        /// <summary>A timestamped line of markup.</summary>
        public void Event(string markup)
        {
            lock (_sync)
            {
                _console.MarkupLine($"[grey]{DateTime.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)}[/] {markup}");
            }
        }

        /// <summary>A note from the session itself.</summary>
        public void Notice(string text) => Event($"[aqua]session[/]   {Markup.Escape(text)}");

        /// <summary>A note from the strategy.</summary>
        public void Strategy(string text) => Event($"[fuchsia]strategy[/]  {Markup.Escape(text)}");

        /// <summary>A detail line, shown with --verbose only.</summary>
        public void Detail(string text)
        {
            if (Verbose)
            {
                Event($"[grey]detail    {Markup.Escape(text)}[/]");
            }
        }

        /// <summary>A quote line.</summary>
        public void Quote(string ticker, decimal bid, decimal ask, string indicators)
            => Event($"[blue]quote[/]     {Markup.Escape(ticker)}  bid {Number(bid)}  ask {Number(ask)}  [grey]{Markup.Escape(indicators)}[/]");

        /// <summary>The session sends an order.</summary>
        public void OrderRequest(Order order)
        {
            var price = order is LimitOrder limit ? $" limit {Number(limit.LimitPrice)}" : string.Empty;
            Event($"[white]order {order.Id,-3}[/] [grey]request[/]   {Side(order.Quantity)} {Number(Math.Abs(order.Quantity))} {Markup.Escape(order.Symbol.Value)} {order.Type}{price}" +
                  (string.IsNullOrEmpty(order.Tag) ? string.Empty : $"  [grey]({Markup.Escape(order.Tag)})[/]"));
        }

        /// <summary>An order event from the brokerage.</summary>
        public void OrderEvent(OrderEvent orderEvent, Order? order)
        {
            var status = orderEvent.Status;
            var color = ColorOf(status);
            var text = $"[white]order {orderEvent.OrderId,-3}[/] [{color}]{status,-15}[/]";
            if (status.IsFill())
            {
                var fee = orderEvent.OrderFee?.Value ?? default;
                text += $" {Side(orderEvent.FillQuantity)} {Number(orderEvent.AbsoluteFillQuantity)} {Markup.Escape(orderEvent.Symbol.Value)} @ {Number(orderEvent.FillPrice)}";
                if (fee.Currency != null)
                {
                    text += $"  fee {Number(fee.Amount)} {Markup.Escape(fee.Currency)}";
                }
            }
            else if (order != null)
            {
                text += $" {Side(order.Quantity)} {Number(Math.Abs(order.Quantity))} {Markup.Escape(order.Symbol.Value)} {order.Type}";
                if (order is LimitOrder limit)
                {
                    text += $" limit {Number(limit.LimitPrice)}";
                }
            }
            if (!string.IsNullOrEmpty(orderEvent.Message))
            {
                text += $"  [grey]{Markup.Escape(orderEvent.Message)}[/]";
            }
            Event(text);
        }

        /// <summary>A holding moved.</summary>
        public void HoldingChanged(Symbol symbol, SessionHoldings.Position before, SessionHoldings.Position after)
            => Event($"[olive]holdings[/]  {Markup.Escape(symbol.Value)} {Signed(before.Quantity)} -> [bold]{Signed(after.Quantity)}[/]" +
                     (after.Quantity == 0m ? string.Empty : $"  avg {Number(after.AveragePrice)}"));

        /// <summary>The cash balance moved.</summary>
        public void CashChanged(string currency, decimal? before, decimal after)
            => Event($"[olive]cash[/]      {Markup.Escape(currency)} {(before.HasValue ? Number(before.Value) + " -> " : string.Empty)}[bold]{Number(after)}[/]");

        /// <summary>A brokerage message: warnings and errors always, the rest with --verbose.</summary>
        public void BrokerageMessage(BrokerageMessageEvent message)
        {
            switch (message.Type)
            {
                case BrokerageMessageType.Error:
                    Event($"[red]brokerage[/] [red]{Markup.Escape(message.Type.ToString())}[/] {Markup.Escape(message.Code ?? string.Empty)}: {Markup.Escape(message.Message ?? string.Empty)}");
                    break;
                case BrokerageMessageType.Warning:
                case BrokerageMessageType.Disconnect:
                case BrokerageMessageType.Reconnect:
                    Event($"[yellow]brokerage[/] {Markup.Escape(message.Type.ToString())} {Markup.Escape(message.Code ?? string.Empty)}: {Markup.Escape(message.Message ?? string.Empty)}");
                    break;
                default:
                    Detail($"brokerage {message.Type} {message.Code}: {message.Message}");
                    break;
            }
        }

        /// <summary>A table with the session's look.</summary>
        public static Table NewTable(string title, params string[] columns)
        {
            var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(title) };
            foreach (var column in columns)
            {
                table.AddColumn(new TableColumn(Markup.Escape(column)));
            }
            return table;
        }

        /// <summary>A number in invariant culture with thousands separators and no trailing zeros.</summary>
        public static string Number(decimal value) => value.ToString("#,##0.##########", CultureInfo.InvariantCulture);

        /// <summary>A signed quantity.</summary>
        public static string Signed(decimal value) => value > 0 ? "+" + Number(value) : Number(value);

        private static string Side(decimal quantity) => quantity >= 0 ? "[green]BUY[/]" : "[red]SELL[/]";

        private static string ColorOf(OrderStatus status) => status switch
        {
            OrderStatus.Filled or OrderStatus.PartiallyFilled => "green",
            OrderStatus.Canceled or OrderStatus.CancelPending => "yellow",
            OrderStatus.Invalid => "red",
            OrderStatus.UpdateSubmitted => "aqua",
            _ => "blue"
        };
    }
}
