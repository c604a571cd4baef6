/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
namespace QuantConnect.Brokerages.Btcc.Tests.Surface.Fidelity
{
    /// <summary>One LEAN type as the manifest lists it: name, declaration head, bases, [Obsolete].</summary>
    public sealed record LeanTypeEntry(string Name, string Head, IReadOnlyList<string> Bases, bool Obsolete, string Line);

    /// <summary>One LEAN member as the manifest lists it: declaring type, kind, C# signature, [Obsolete].</summary>
    public sealed record LeanMemberEntry(string TypeName, string Kind, string Signature, bool Obsolete, string Line);

    /// <summary>
    /// LEAN's public API read from its manifest (<c>lean-api.tsv</c>: a <c>T</c> line per type, an <c>M</c> line per
    /// member, tab-separated; see the file's header).
    /// </summary>
    public sealed class LeanApiManifest
    {
        private readonly Dictionary<string, LeanTypeEntry> _types;
        private readonly Dictionary<string, List<LeanMemberEntry>> _members;

        private LeanApiManifest(Dictionary<string, LeanTypeEntry> types, Dictionary<string, List<LeanMemberEntry>> members)
        {
            _types = types;
            _members = members;
        }

        /// <summary>Every type the manifest lists, by full name.</summary>
        public IReadOnlyDictionary<string, LeanTypeEntry> Types => _types;

        /// <summary>Parses manifest lines; comment lines start with <c>#</c>.</summary>
        public static LeanApiManifest Parse(IEnumerable<string> lines)
        {
            var types = new Dictionary<string, LeanTypeEntry>(StringComparer.Ordinal);
            var members = new Dictionary<string, List<LeanMemberEntry>>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }
                var cells = line.Split('\t');
                if (cells[0] == "T" && cells.Length >= 4)
                {
                    var (head, bases) = SplitDeclaration(cells[2]);
                    types[cells[1]] = new LeanTypeEntry(cells[1], head, bases, IsObsolete(cells, 4), line);
                }
                else if (cells[0] == "M" && cells.Length >= 4)
                {
                    if (!members.TryGetValue(cells[1], out var list))
                    {
                        members[cells[1]] = list = new List<LeanMemberEntry>();
                    }
                    list.Add(new LeanMemberEntry(cells[1], cells[2], cells[3], IsObsolete(cells, 4), line));
                }
            }
            return new LeanApiManifest(types, members);
        }

        /// <summary>The members LEAN declares on a type (not those it inherits).</summary>
        public IReadOnlyList<LeanMemberEntry> MembersOf(string typeName) =>
            _members.TryGetValue(typeName, out var list) ? list : Array.Empty<LeanMemberEntry>();

        /// <summary>The type's base class as LEAN declares it, or null (object, interfaces, enums, structs).</summary>
        public string? BaseClassOf(LeanTypeEntry type)
        {
            if (!type.Head.EndsWith(" class", StringComparison.Ordinal) || type.Bases.Count == 0)
            {
                return null;
            }
            var first = type.Bases[0];
            return IsInterfaceName(first) ? null : first;
        }

        /// <summary>The type itself and its LEAN base classes, nearest first (stops at the first non-LEAN type).</summary>
        public IEnumerable<LeanTypeEntry> SelfAndAncestors(LeanTypeEntry type)
        {
            for (var current = type; current != null;)
            {
                yield return current;
                var baseName = BaseClassOf(current);
                current = baseName != null && _types.TryGetValue(baseName, out var next) ? next : null;
            }
        }

        /// <summary>
        /// Every interface the type has, as LEAN declares it: those it lists, those its base classes list, and theirs,
        /// transitively; interfaces outside LEAN are closed over with <paramref name="externalInterfaces"/>.
        /// </summary>
        public ISet<string> AllInterfacesOf(LeanTypeEntry type, Func<string, IEnumerable<string>> externalInterfaces)
        {
            var all = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            foreach (var ancestor in SelfAndAncestors(type))
            {
                foreach (var name in ancestor.Bases.Where(IsInterfaceName))
                {
                    pending.Push(name);
                }
                var baseName = BaseClassOf(ancestor);
                if (baseName != null && !_types.ContainsKey(baseName))
                {
                    foreach (var name in externalInterfaces(baseName))
                    {
                        pending.Push(name);
                    }
                }
            }
            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (!all.Add(name))
                {
                    continue;
                }
                var inherited = _types.TryGetValue(name, out var lean) ? lean.Bases : externalInterfaces(name);
                foreach (var next in inherited)
                {
                    pending.Push(next);
                }
            }
            return all;
        }

        /// <summary>LEAN's and .NET's convention: an interface's simple name is I followed by a capital.</summary>
        public static bool IsInterfaceName(string fullName)
        {
            var generic = fullName.IndexOf('<');
            var name = generic < 0 ? fullName : fullName[..generic];
            var simple = name[(name.LastIndexOf('.') + 1)..];
            return simple.Length > 1 && simple[0] == 'I' && char.IsUpper(simple[1]);
        }

        private static bool IsObsolete(string[] cells, int index) =>
            cells.Length > index && cells[index].StartsWith("[Obsolete]", StringComparison.Ordinal);

        /// <summary>"public abstract class : A&lt;B, C&gt;, I" → ("public abstract class", ["A&lt;B, C&gt;", "I"]).</summary>
        private static (string Head, IReadOnlyList<string> Bases) SplitDeclaration(string declaration)
        {
            var colon = declaration.IndexOf(" : ", StringComparison.Ordinal);
            if (colon < 0)
            {
                return (declaration, Array.Empty<string>());
            }
            return (declaration[..colon], SplitTopLevel(declaration[(colon + 3)..]));
        }

        /// <summary>Splits a comma-separated list of type names at the commas outside angle brackets.</summary>
        public static IReadOnlyList<string> SplitTopLevel(string list)
        {
            var parts = new List<string>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i < list.Length; i++)
            {
                switch (list[i])
                {
                    case '<': depth++; break;
                    case '>': depth--; break;
                    case ',' when depth == 0:
                        parts.Add(list[start..i].Trim());
                        start = i + 1;
                        break;
                }
            }
            parts.Add(list[start..].Trim());
            return parts;
        }
    }
}
