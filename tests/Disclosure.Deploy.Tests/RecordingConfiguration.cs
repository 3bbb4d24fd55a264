using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Disclosure.Deploy.Tests;

/// <summary>
/// A configuration that remembers the path of every value read from it (through the indexer, a section's value, or a
/// section of a section, which is how <c>GetSection(…)[…]</c>, <c>GetValue</c> and the configuration binder read).
/// </summary>
internal sealed class RecordingConfiguration(IConfiguration inner) : IConfiguration
{
    private readonly ConcurrentDictionary<string, byte> _read = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every key read, in configuration form (<c>Publishing:BodyName</c>).</summary>
    public IReadOnlyCollection<string> Read => _read.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();

    public string? this[string key]
    {
        get
        {
            Record(key);
            return inner[key];
        }
        set => inner[key] = value;
    }

    public IConfigurationSection GetSection(string key) => new Section(inner.GetSection(key), this);

    public IEnumerable<IConfigurationSection> GetChildren() => inner.GetChildren().Select(c => new Section(c, this));

    public IChangeToken GetReloadToken() => inner.GetReloadToken();

    private void Record(string path) => _read.TryAdd(path, 0);

    private sealed class Section(IConfigurationSection inner, RecordingConfiguration recorder) : IConfigurationSection
    {
        public string Key => inner.Key;

        public string Path => inner.Path;

        public string? Value
        {
            get
            {
                recorder.Record(inner.Path);
                return inner.Value;
            }
            set => inner.Value = value;
        }

        public string? this[string key]
        {
            get
            {
                recorder.Record(ConfigurationPath.Combine(inner.Path, key));
                return inner[key];
            }
            set => inner[key] = value;
        }

        public IConfigurationSection GetSection(string key) => new Section(inner.GetSection(key), recorder);

        public IEnumerable<IConfigurationSection> GetChildren() => inner.GetChildren().Select(c => new Section(c, recorder));

        public IChangeToken GetReloadToken() => inner.GetReloadToken();
    }
}
