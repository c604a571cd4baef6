namespace QuantConnect.Packets
{
    /// <summary>Kinds of packets exchanged with LEAN's nodes (the first of LEAN's values, in LEAN's order).</summary>
    public enum PacketType
    {
        None, AlgorithmNode, AutocompleteWork, AutocompleteResult, BacktestNode, BacktestResult, BacktestWork,
        LiveNode, LiveResult, LiveWork, SecurityTypes, BacktestError, AlgorithmStatus, BuildWork, BuildSuccess,
        BuildError, RuntimeError, HandledError, Log, Debug, OrderEvent, Success, History, CommandResult,
        GitHubHook, DocumentationResult, Documentation, SystemDebug
    }
}
