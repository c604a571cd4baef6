/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Execution
{
    /// <summary>
    /// Hands the fill engine's events to LEAN on thread-pool threads, never on the thread that made them: the engine makes
    /// them under its gate (a poll, a request being sent), and LEAN runs the algorithm's <c>OnOrderEvent</c> inside the
    /// brokerage's event, where an algorithm may place, update or cancel orders at once, and a synchronous market order
    /// waits for its fill. Each lane (one per LEAN order, one for messages and cash) delivers in the order its events were
    /// made; lanes run side by side, so a handler waiting on one order's fill never holds that fill back.
    /// </summary>
    internal sealed class BtccEventLanes
    {
        /// <summary>The lane of brokerage messages and account changes.</summary>
        public const int Brokerage = int.MinValue;

        private readonly object _gate = new();
        private readonly Dictionary<int, Queue<Action>> _waiting = new();

        /// <summary>Delivers <paramref name="deliver"/> after what was posted to <paramref name="lane"/> before it.</summary>
        public void Post(int lane, Action deliver)
        {
            lock (_gate)
            {
                if (_waiting.TryGetValue(lane, out var queue))
                {
                    // the lane's worker is running: it takes this one in turn
                    queue.Enqueue(deliver);
                    return;
                }
                _waiting[lane] = new Queue<Action>();
            }
            ThreadPool.UnsafeQueueUserWorkItem(_ => Drain(lane, deliver), null);
        }

        private void Drain(int lane, Action first)
        {
            for (var next = first; ;)
            {
                try
                {
                    next();
                }
                catch (Exception error)
                {
                    // a handler's failure is its own; the lane goes on
                    BtccLog.Error("BtccEventLanes", "Drain", $"an event handler failed: {error}");
                }
                lock (_gate)
                {
                    var queue = _waiting[lane];
                    if (queue.Count == 0)
                    {
                        _waiting.Remove(lane);
                        return;
                    }
                    next = queue.Dequeue();
                }
            }
        }
    }
}
