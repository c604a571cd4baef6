/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Packets
{
    /// <summary>Kinds of packets exchanged with LEAN's nodes (stand-in for QuantConnect.Packets.PacketType; every value of LEAN's).</summary>
    public enum PacketType
    {
        None = 0
,
        AlgorithmNode = 1
,
        AutocompleteWork = 2
,
        AutocompleteResult = 3
,
        BacktestNode = 4
,
        BacktestResult = 5
,
        BacktestWork = 6
,
        LiveNode = 7
,
        LiveResult = 8
,
        LiveWork = 9
,
        SecurityTypes = 10
,
        BacktestError = 11
,
        AlgorithmStatus = 12
,
        BuildWork = 13
,
        BuildSuccess = 14
,
        BuildError = 15
,
        RuntimeError = 16
,
        HandledError = 17
,
        Log = 18
,
        Debug = 19
,
        OrderEvent = 20
,
        Success = 21
,
        History = 22
,
        CommandResult = 23
,
        GitHubHook = 24
,
        DocumentationResult = 25
,
        Documentation = 26
,
        SystemDebug = 27
,
        AlphaResult = 28
,
        AlphaWork = 29
,
        AlphaNode = 30
,
        RegressionAlgorithm = 31
,
        AlphaHeartbeat = 32
,
        DebuggingStatus = 33
,
        OptimizationNode = 34
,
        OptimizationEstimate = 35
,
        OptimizationStatus = 36
,
        OptimizationResult = 37
,
        Aggregated = 38
,
        LanguageModelQuery = 39
,
        LanguageModelFeedback = 40
,
        LanguageModelResponse = 41
,
        LanguageModelCodeAnalysis = 42
,
        LanguageModelChatWork = 43
,
        LanguageModelChatResponse = 44
,
        AlgorithmNameUpdate = 45
,
        AlgorithmTagsUpdate = 46
,
        ResearchNode = 47
,
        OrganizationUpdate = 48
,
        BuildWarning = 49
,
        LanguageModelFunctionCall = 50
,
        LanguageModelAgentMessage = 51
,
        AgentNode = 52

    }
}
