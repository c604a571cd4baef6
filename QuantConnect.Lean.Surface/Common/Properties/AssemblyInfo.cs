using System.Runtime.CompilerServices;

// As LEAN opens its internals to its own test assembly, the stand-in opens them to this repository's
// tests and benchmarks (e.g. to give an order an id). The plugin itself gets no such access.
[assembly: InternalsVisibleTo("QuantConnect.Brokerages.Btcc.Tests")]
[assembly: InternalsVisibleTo("QuantConnect.Brokerages.Btcc.Benchmarks")]
