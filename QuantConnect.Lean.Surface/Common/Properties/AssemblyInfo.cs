/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
// LEAN opens its internals only to its own assemblies, so the stand-in opens them to none of this repository's:
// what the plugin, the ToolBox, the tests and the benchmarks use of LEAN must be public there.
