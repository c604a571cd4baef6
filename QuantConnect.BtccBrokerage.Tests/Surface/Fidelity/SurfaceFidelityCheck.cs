/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Reflection;
using System.Runtime.CompilerServices;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface.Fidelity
{
    /// <summary>
    /// Compares the LEAN surface with LEAN's API manifest and lists every breaking difference: anything the surface
    /// declares that LEAN does not (so code built on the surface would not build on LEAN), and anything of LEAN's that a
    /// project type must implement but the surface leaves out (so the project's implementation would be partial).
    /// </summary>
    public sealed class SurfaceFidelityCheck
    {
        private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic
            | BindingFlags.Instance | BindingFlags.Static;

        private readonly LeanApiManifest _lean;
        private readonly HashSet<Type> _surface;

        /// <summary>Creates the check of the assembly <paramref name="surface"/> against <paramref name="lean"/>.</summary>
        public SurfaceFidelityCheck(LeanApiManifest lean, Assembly surface)
            : this(lean, surface.GetTypes())
        {
        }

        /// <summary>Creates the check of the types <paramref name="surface"/> (with their nested types) against <paramref name="lean"/>.</summary>
        public SurfaceFidelityCheck(LeanApiManifest lean, IEnumerable<Type> surface)
        {
            _lean = lean;
            _surface = surface.SelectMany(SelfAndNested).ToHashSet();
        }

        /// <summary>The surface's types that C# code elsewhere could name (compiler-generated and private ones left out).</summary>
        public IEnumerable<Type> SurfaceTypes() => _surface.Where(IsDeclarable).OrderBy(t => t.FullName, StringComparer.Ordinal);

        /// <summary>Every difference of the surface's own declarations from LEAN's, one line each.</summary>
        public IEnumerable<string> SurfaceDifferences() => SurfaceTypes().SelectMany(TypeDifferences);

        /// <summary>
        /// Every member of a LEAN interface that a project type implements, and every abstract member of a LEAN class
        /// that a project type derives from, that the surface leaves out.
        /// </summary>
        public IEnumerable<string> ContractGaps(IEnumerable<Assembly> project)
        {
            var gaps = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var type in project.SelectMany(LoadableTypes))
            {
                // An interface the base class already implements is the base's to implement, not this type's.
                var inherited = type.BaseType?.GetInterfaces() ?? Type.EmptyTypes;
                var contracts = type.GetInterfaces().Except(inherited).Where(FromSurface)
                    .Select(i => (Surface: Definition(i), Required: (Func<LeanMemberEntry, bool>)(_ => true)))
                    .Concat(BaseClasses(type).Where(FromSurface)
                        .Select(b => (Surface: Definition(b), Required: (Func<LeanMemberEntry, bool>)IsAbstract)));
                foreach (var (surface, required) in contracts)
                {
                    var name = ClrSignature.TypeName(surface);
                    var declared = DeclaredSignatures(surface).ToHashSet(StringComparer.Ordinal);
                    foreach (var member in _lean.MembersOf(name).Where(m => m.Kind != "ctor" && required(m)))
                    {
                        if (!declared.Contains(member.Signature))
                        {
                            gaps.Add($"{name}: the surface omits LEAN's `{member.Signature}`, which {type.FullName} must implement");
                        }
                    }
                }
            }
            return gaps;
        }

        /// <summary>The LEAN type names the surface's checks read: its types, their LEAN ancestors and interfaces.</summary>
        public ISet<string> ManifestTypesNeeded(LeanApiManifest full)
        {
            var needed = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var name in SurfaceTypes().Select(ClrSignature.TypeName))
            {
                if (!full.Types.TryGetValue(name, out var entry))
                {
                    continue;
                }
                foreach (var ancestor in full.SelfAndAncestors(entry))
                {
                    needed.Add(ancestor.Name);
                }
                needed.UnionWith(full.AllInterfacesOf(entry, _ => Array.Empty<string>()).Where(full.Types.ContainsKey));
            }
            return needed;
        }

        private IEnumerable<string> TypeDifferences(Type type)
        {
            var name = ClrSignature.TypeName(type);
            if (!_lean.Types.TryGetValue(name, out var lean))
            {
                yield return $"{name}: LEAN has no such type";
                yield break;
            }
            var head = ClrSignature.TypeHead(type);
            if (head != lean.Head)
            {
                yield return $"{name}: declared `{head}`, LEAN's is `{lean.Head}`";
            }
            var baseClass = type.IsClass && type.BaseType != typeof(object) && type.BaseType != null ? ClrSignature.TypeName(type.BaseType) : null;
            if (baseClass != _lean.BaseClassOf(lean))
            {
                yield return $"{name}: derives from `{baseClass ?? "object"}`, LEAN's from `{_lean.BaseClassOf(lean) ?? "object"}`";
            }
            var known = type.GetInterfaces().Concat(BaseClasses(type)).GroupBy(ClrSignature.TypeName).ToDictionary(g => g.Key, g => g.First());
            var leanInterfaces = _lean.AllInterfacesOf(lean, external =>
                known.TryGetValue(external, out var t) ? t.GetInterfaces().Select(ClrSignature.TypeName) : Array.Empty<string>());
            // What a base outside the surface brings (System.Enum's IComparable, System.Exception's ISerializable) is LEAN's too.
            var external = BaseClasses(type).FirstOrDefault(b => !FromSurface(b))?.GetInterfaces() ?? Type.EmptyTypes;
            foreach (var implemented in type.GetInterfaces().Except(external).Select(ClrSignature.TypeName).Where(i => !leanInterfaces.Contains(i)))
            {
                yield return $"{name}: implements `{implemented}`, LEAN's does not";
            }
            if (type.IsDefined(typeof(ObsoleteAttribute), false) != lean.Obsolete)
            {
                yield return $"{name}: [Obsolete] on one side only (LEAN: {lean.Obsolete})";
            }
            foreach (var difference in MemberDifferences(type, name, lean))
            {
                yield return difference;
            }
        }

        private IEnumerable<string> MemberDifferences(Type type, string name, LeanTypeEntry lean)
        {
            var scope = (type.IsInterface
                    ? new[] { lean }.Concat(_lean.AllInterfacesOf(lean, _ => Array.Empty<string>())
                        .Where(_lean.Types.ContainsKey).Select(i => _lean.Types[i]))
                    : _lean.SelfAndAncestors(lean))
                .ToList();
            var own = _lean.MembersOf(name);
            var surfaceSignatures = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in DeclaredMembers(type))
            {
                var signature = ClrSignature.Member(member)!;
                surfaceSignatures.Add(signature);
                var kind = ClrSignature.Kind(member);
                var candidates = kind == "ctor" ? own : scope.SelectMany(t => _lean.MembersOf(t.Name));
                var match = candidates.FirstOrDefault(m => m.Kind == kind && m.Signature == signature);
                if (match == null)
                {
                    yield return $"{name}: `{signature}` matches no member of LEAN's type or its ancestors";
                }
                else if (member.IsDefined(typeof(ObsoleteAttribute), false) != match.Obsolete)
                {
                    yield return $"{name}: `{signature}` is [Obsolete] on one side only (LEAN: {match.Obsolete})";
                }
            }
            if (type.IsEnum)
            {
                foreach (var value in own.Where(m => m.Kind == "value" && !surfaceSignatures.Contains(m.Signature)))
                {
                    yield return $"{name}: lacks LEAN's value `{value.Signature}`";
                }
            }
        }

        /// <summary>The members of a type that C# code could declare and name, each once (accessors folded into their property).</summary>
        public static IEnumerable<MemberInfo> DeclaredMembers(Type type) =>
            type.GetMembers(Declared).Where(m => !m.IsDefined(typeof(CompilerGeneratedAttribute), false) && m switch
            {
                ConstructorInfo ctor => !ctor.IsStatic && ClrSignature.IsVisible(ctor),
                MethodInfo method => ClrSignature.IsVisible(method) && (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal)),
                PropertyInfo property => ClrSignature.IsVisible(property.GetMethod) || ClrSignature.IsVisible(property.SetMethod),
                EventInfo evt => ClrSignature.IsVisible(evt.AddMethod),
                FieldInfo field => ClrSignature.IsVisible(field) && !field.IsSpecialName,
                _ => false,
            });

        private static IEnumerable<string> DeclaredSignatures(Type type) => DeclaredMembers(type).Select(m => ClrSignature.Member(m)!);

        private static bool IsAbstract(LeanMemberEntry member) => member.Signature.Contains(" abstract ", StringComparison.Ordinal);

        private bool FromSurface(Type type) => _surface.Contains(Definition(type));

        private static IEnumerable<Type> SelfAndNested(Type type) =>
            new[] { type }.Concat(type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(SelfAndNested));

        private static Type Definition(Type type) => type.IsGenericType ? type.GetGenericTypeDefinition() : type;

        private static IEnumerable<Type> BaseClasses(Type type)
        {
            for (var current = type.BaseType; current != null && current != typeof(object); current = current.BaseType)
            {
                yield return current;
            }
        }

        private static bool IsDeclarable(Type type) =>
            !type.IsDefined(typeof(CompilerGeneratedAttribute), false)
            && !type.Name.Contains('<')
            && (!type.IsNested || !type.IsNestedPrivate);

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException partial)
            {
                return partial.Types.Where(t => t != null)!;
            }
        }
    }
}
