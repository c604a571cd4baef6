/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
// Declarations the fidelity check's own tests compare with hand-written manifest lines.
#pragma warning disable CS0067 // events never raised: only their declarations matter
namespace QuantConnect.Brokerages.Btcc.Tests.Surface.Fidelity.Samples
{
    public class Widget
    {
        public const int MaxSize = 10;

        public Widget(string name, decimal size = 1.0m)
        {
            Name = name;
        }

        public event EventHandler<EventArgs>? Resized;

        public string Name { get; internal set; }

        public static List<int?> Sizes(params int[] values) => values.Select(v => (int?)v).ToList();

        public virtual bool TryResize(decimal size, out decimal previous)
        {
            previous = size;
            return true;
        }
    }

    // Each variant declares only the member in which it departs from Widget's manifest lines.
    public class WidgetWithPublicSetter
    {
        public string Name { get; set; } = string.Empty;
    }

    public class WidgetWithOtherDefault
    {
        public WidgetWithOtherDefault(string name, decimal size = 2.0m)
        {
        }
    }

    public class WidgetWithNonVirtualMethod
    {
        public bool TryResize(decimal size, out decimal previous) => (previous = size) > 0;
    }

    public class WidgetWithExtraMember
    {
        public void Polish()
        {
        }
    }

    public class Gadget
    {
    }

    public class DisposableGadget : IDisposable
    {
        public void Dispose()
        {
        }
    }

    public enum Shade
    {
        Light,
        Dark,
    }

    public abstract class GaugeBase
    {
        public abstract double this[Resolution resolution] { get; protected set; }
    }

    public class Gauge : GaugeBase
    {
        public override double this[Resolution resolution]
        {
            get => 0;
            protected set { }
        }

        public TimeSpan? Limit { get; init; }

        protected internal Dictionary<string, decimal[]> Read<T>(T unit, Resolution resolution = Resolution.Minute, string label = "x", char separator = ',')
            => new();
    }

    public interface IPart
    {
        void Fit();
    }

    public abstract class PartBase
    {
        public abstract void Fit();
    }

    /// <summary>A project type implementing the sample surface interface.</summary>
    public sealed class ProjectPart : IPart
    {
        public void Fit()
        {
        }
    }

    /// <summary>A project type deriving from the sample surface class.</summary>
    public sealed class DerivedPart : PartBase
    {
        public override void Fit()
        {
        }
    }
}
