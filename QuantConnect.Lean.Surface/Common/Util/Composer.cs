/*
 * BTCC brokerage for QuantConnect LEAN.
 * Licensed under the Apache License, Version 2.0; see LICENSE in the repository root.
 */
using System.Reflection;

namespace QuantConnect.Util
{
    /// <summary>
    /// LEAN's registry of shared parts (stand-in for QuantConnect.Util.Composer). LEAN composes with MEF;
    /// this stand-in resolves parts by scanning loaded assemblies and keeps one instance per type.
    /// </summary>
    public class Composer
    {
        private readonly object _sync = new();
        private readonly List<object> _parts = new();

        /// <summary>The shared composer.</summary>
        public static Composer Instance { get; } = new Composer();

        /// <summary>Creates an empty composer.</summary>
        public Composer()
        {
        }

        /// <summary>Registers an instance as a part.</summary>
        public void AddPart<T>(T instance)
        {
            lock (_sync)
            {
                _parts.Add(instance);
            }
        }

        /// <summary>The most recently added part assignable to <typeparamref name="T"/>, or default.</summary>
        public T GetPart<T>() => GetPart<T>(null);

        /// <summary>The most recently added part assignable to <typeparamref name="T"/> matching a filter, or default.</summary>
        public T GetPart<T>(Func<T, bool> filter)
        {
            lock (_sync)
            {
                for (var i = _parts.Count - 1; i >= 0; i--)
                {
                    if (_parts[i] is T part && (filter == null || filter(part)))
                    {
                        return part;
                    }
                }
                return default;
            }
        }

        /// <summary>Every registered part assignable to <typeparamref name="T"/>.</summary>
        public IEnumerable<T> GetExportedValues<T>()
        {
            lock (_sync)
            {
                return _parts.OfType<T>().ToList();
            }
        }

        /// <summary>
        /// The part whose type is named <paramref name="typeName"/> (name, full name or assembly-qualified
        /// name), created with its parameterless constructor on first use and cached. When
        /// <paramref name="forceTypeNameOnExisting"/> is false, any already registered part of
        /// <typeparamref name="T"/> is returned instead, as LEAN does for single global parts.
        /// </summary>
        public T GetExportedValueByTypeName<T>(string typeName, bool forceTypeNameOnExisting = true)
            where T : class
        {
            lock (_sync)
            {
                var existing = _parts.OfType<T>().ToList();
                if (!forceTypeNameOnExisting && existing.Count > 0)
                {
                    return existing[^1];
                }
                var named = existing.LastOrDefault(part => Matches(part.GetType(), typeName));
                if (named != null)
                {
                    return named;
                }
                var type = FindType(typeof(T), typeName)
                    ?? throw new ArgumentException($"Unable to locate any exports matching the requested typeName: {typeName}", nameof(typeName));
                var instance = (T)Activator.CreateInstance(type);
                _parts.Add(instance);
                return instance;
            }
        }

        /// <summary>Forgets every part.</summary>
        public void Reset()
        {
            lock (_sync)
            {
                _parts.Clear();
            }
        }

        private static Type FindType(Type contract, string typeName)
        {
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            {
                foreach (var type in LoadableTypes(assembly))
                {
                    if (type.IsVisible && !type.IsAbstract && !type.IsInterface && contract.IsAssignableFrom(type)
                        && type.GetConstructor(Type.EmptyTypes) != null && Matches(type, typeName))
                    {
                        return type;
                    }
                }
            }
            return null;
        }

        private static bool Matches(Type type, string typeName)
            => type.Name == typeName || type.FullName == typeName || type.AssemblyQualifiedName == typeName;

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException error)
            {
                return error.Types.Where(type => type != null);
            }
        }
    }
}
