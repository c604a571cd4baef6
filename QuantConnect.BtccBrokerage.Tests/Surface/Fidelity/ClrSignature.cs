/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace QuantConnect.Brokerages.Btcc.Tests.Surface.Fidelity
{
    /// <summary>
    /// Writes a reflected type or member the way LEAN's API manifest does: as C# would declare it, with full type names,
    /// C# keywords for the built-in types, default values, and the accessibility and modifiers that matter to a caller.
    /// </summary>
    public static class ClrSignature
    {
        private static readonly Dictionary<Type, string> Keywords = new()
        {
            [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
            [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char", [typeof(short)] = "short",
            [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
            [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        };

        /// <summary>The manifest's name of a type: <c>System.Collections.Generic.List&lt;QuantConnect.Orders.Order&gt;</c>.</summary>
        public static string TypeName(Type type)
        {
            if (type.IsByRef || type.IsPointer)
            {
                return TypeName(type.GetElementType()!);
            }
            if (type.IsArray)
            {
                return TypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
            }
            if (type.IsGenericParameter)
            {
                return type.Name;
            }
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return TypeName(underlying) + "?";
            }
            if (Keywords.TryGetValue(type, out var keyword))
            {
                return keyword;
            }
            return QualifiedName(type, type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes);
        }

        /// <summary>A type's declaration head as the manifest writes it: <c>public abstract class</c>, <c>public enum:int</c>.</summary>
        public static string TypeHead(Type type)
        {
            var access = type.IsNested ? NestedAccess(type) : type.IsPublic ? "public" : "internal";
            if (type.IsEnum)
            {
                return $"{access} enum:{TypeName(Enum.GetUnderlyingType(type))}";
            }
            if (type.IsInterface)
            {
                return $"{access} interface";
            }
            if (type.IsValueType)
            {
                return $"{access} struct";
            }
            var modifier = type is { IsAbstract: true, IsSealed: true } ? " static" : type.IsAbstract ? " abstract" : type.IsSealed ? " sealed" : "";
            return $"{access}{modifier} class";
        }

        /// <summary>The manifest's kind of a member: ctor, method, property, event, field or value (an enum's).</summary>
        public static string Kind(MemberInfo member) => member switch
        {
            ConstructorInfo => "ctor",
            MethodInfo => "method",
            PropertyInfo => "property",
            EventInfo => "event",
            FieldInfo field when field.DeclaringType!.IsEnum => "value",
            FieldInfo => "field",
            _ => member.MemberType.ToString().ToLowerInvariant(),
        };

        /// <summary>A member's signature as the manifest writes it, or null for what C# does not let one declare.</summary>
        public static string? Member(MemberInfo member) => member switch
        {
            ConstructorInfo ctor => $"{Access(ctor)} {SimpleName(ctor.DeclaringType!)}({Parameters(ctor.GetParameters())})",
            MethodInfo method => Method(method),
            PropertyInfo property => Property(property),
            EventInfo evt => $"{Access(evt.AddMethod!)}{Modifiers(evt.AddMethod!)} {TypeName(evt.EventHandlerType!)} {evt.Name}",
            FieldInfo field => Field(field),
            _ => null,
        };

        private static string Method(MethodInfo method)
        {
            var generic = method.IsGenericMethodDefinition
                ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
                : "";
            return $"{Access(method)}{Modifiers(method)} {TypeName(method.ReturnType)} {method.Name}{generic}({Parameters(method.GetParameters())})";
        }

        private static string Property(PropertyInfo property)
        {
            var accessors = new[] { property.GetMethod, property.SetMethod }.Where(IsVisible).Cast<MethodInfo>().ToList();
            var widest = accessors.OrderByDescending(AccessRank).First();
            var access = Access(widest);
            var parts = accessors.Select(a =>
            {
                var keyword = a == property.GetMethod ? "get" : IsInit(a) ? "init" : "set";
                var own = Access(a);
                return own == access ? $"{keyword};" : $"{own} {keyword};";
            });
            var indexParameters = property.GetIndexParameters();
            var name = indexParameters.Length > 0 ? $"this[{Parameters(indexParameters)}]" : property.Name;
            return $"{access}{Modifiers(widest)} {TypeName(property.PropertyType)} {name} {{ {string.Join(" ", parts)} }}";
        }

        private static string Field(FieldInfo field)
        {
            if (field.DeclaringType!.IsEnum)
            {
                return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }
            var access = FieldAccess(field);
            if (field.IsLiteral)
            {
                return $"{access} const {TypeName(field.FieldType)} {field.Name} = {Literal(field.GetRawConstantValue(), field.FieldType)}";
            }
            var modifiers = (field.IsStatic ? " static" : "") + (field.IsInitOnly ? " readonly" : "");
            return $"{access}{modifiers} {TypeName(field.FieldType)} {field.Name}";
        }

        /// <summary>A parameter list: <c>string name, out decimal quantity, int size = 4</c>.</summary>
        public static string Parameters(ParameterInfo[] parameters) => string.Join(", ", parameters.Select(p =>
        {
            var prefix = p.ParameterType.IsByRef ? p.IsOut ? "out " : p.IsIn ? "in " : "ref " : p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : "";
            var text = $"{prefix}{TypeName(p.ParameterType)} {p.Name}";
            return p.HasDefaultValue ? $"{text} = {Literal(p.DefaultValue, p.ParameterType)}" : text;
        }));

        /// <summary>A default or constant value as the manifest writes it (enums as their number, decimals with their scale).</summary>
        public static string Literal(object? value, Type type) => value switch
        {
            null => "null",
            string text => $"\"{text}\"",
            bool flag => flag ? "true" : "false",
            char c => c.ToString(),
            Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "null",
        };

        /// <summary>Whether C# code outside the declaring assembly's family could see the method at all.</summary>
        public static bool IsVisible(MethodBase? method) => method != null && !method.IsPrivate;

        /// <summary>Whether the field is visible outside its type (not private).</summary>
        public static bool IsVisible(FieldInfo field) => !field.IsPrivate;

        private static string Modifiers(MethodInfo method)
        {
            if (method.DeclaringType!.IsInterface)
            {
                return method.IsStatic ? " static" : "";
            }
            if (method.IsStatic)
            {
                return " static";
            }
            var overrides = method.IsVirtual && method.GetBaseDefinition().DeclaringType != method.DeclaringType;
            if (method.IsAbstract)
            {
                return overrides ? " abstract override" : " abstract";
            }
            if (overrides)
            {
                return method.IsFinal ? " sealed override" : " override";
            }
            return method.IsVirtual && !method.IsFinal ? " virtual" : "";
        }

        private static string Access(MethodBase method) =>
            method.IsPublic ? "public"
            : method.IsFamilyOrAssembly ? "protected internal"
            : method.IsFamily ? "protected"
            : method.IsAssembly ? "internal"
            : method.IsFamilyAndAssembly ? "private protected"
            : "private";

        private static string FieldAccess(FieldInfo field) =>
            field.IsPublic ? "public"
            : field.IsFamilyOrAssembly ? "protected internal"
            : field.IsFamily ? "protected"
            : field.IsAssembly ? "internal"
            : field.IsFamilyAndAssembly ? "private protected"
            : "private";

        private static int AccessRank(MethodBase method) =>
            method.IsPublic ? 5 : method.IsFamilyOrAssembly ? 4 : method.IsFamily ? 3 : method.IsAssembly ? 2 : method.IsFamilyAndAssembly ? 1 : 0;

        private static bool IsInit(MethodInfo setter) =>
            setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

        private static string NestedAccess(Type type) =>
            type.IsNestedPublic ? "public"
            : type.IsNestedFamORAssem ? "protected internal"
            : type.IsNestedFamily ? "protected"
            : type.IsNestedAssembly ? "internal"
            : type.IsNestedFamANDAssem ? "private protected"
            : "private";

        private static string SimpleName(Type type)
        {
            var tick = type.Name.IndexOf('`');
            return tick < 0 ? type.Name : type.Name[..tick];
        }

        /// <summary>Namespace, enclosing types and generic arguments, each enclosing type taking its own share of them.</summary>
        private static string QualifiedName(Type type, Type[] arguments)
        {
            var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
            var own = definition.GetGenericArguments().Length;
            string prefix;
            var inherited = 0;
            if (type.IsNested)
            {
                var outer = type.DeclaringType!;
                inherited = outer.IsGenericTypeDefinition ? outer.GetGenericArguments().Length : 0;
                prefix = QualifiedName(outer, arguments.Take(inherited).ToArray()) + ".";
            }
            else
            {
                prefix = string.IsNullOrEmpty(type.Namespace) ? "" : type.Namespace + ".";
            }
            var mine = arguments.Skip(inherited).Take(own - inherited).ToArray();
            var generic = mine.Length == 0 ? "" : "<" + string.Join(", ", mine.Select(TypeName)) + ">";
            return prefix + SimpleName(type) + generic;
        }
    }
}
