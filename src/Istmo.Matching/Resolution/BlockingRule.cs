namespace Istmo.Matching;

/// <summary>A blocking rule for entity resolution: records with the same non-null key are compared. Several rules are unioned.</summary>
public sealed class BlockingRule
{
    private readonly Func<MatchEntity, string?>? _entityKey;

    /// <summary>A custom rule keyed on the raw entity (e.g. a registry number).</summary>
    public BlockingRule(string name, Func<MatchEntity, string?> key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(key);
        Name = name;
        _entityKey = key;
    }

    private BlockingRule(string name, Func<ResolverRecord, string?> key)
    {
        Name = name;
        RecordKey = key;
    }

    /// <summary>Rule name (reported in results).</summary>
    public string Name { get; }

    internal Func<ResolverRecord, string?>? RecordKey { get; }

    /// <summary>First given name (canonical fold) and full birth date.</summary>
    public static BlockingRule GivenNameAndBirthDate { get; } = new("given+dob", r => r.Given is null || r.Birth == 0 ? null : r.Given + "|" + r.Birth);

    /// <summary>The two rarest name tokens (sorted, so swapped surnames block together).</summary>
    public static BlockingRule RarestTokenPair { get; } = new("rare-pair", r => r.RarePair);

    /// <summary>First surname's Metaphone code and birth year (typo-tolerant).</summary>
    public static BlockingRule SurnameSoundAndBirthYear { get; } = new("surname-sound+year", r => r.SurnameSound is null || r.Birth == 0 ? null : r.SurnameSound + "|" + (r.Birth >> 9));

    /// <summary>Spanish phonetic keys of given name and first surname (handles missing or wrong birth dates).</summary>
    public static BlockingRule GivenAndSurnameSound { get; } = new("given+surname-sound", r => r.Given is null || r.SurnameKey is null ? null : r.GivenKey + "|" + r.SurnameKey);

    /// <summary>Any shared document number (first one).</summary>
    public static BlockingRule Document { get; } = new("document", r => r.Entity.Documents.Length == 0 ? null : r.Entity.Documents[0]);

    /// <summary>Any shared phone (first one).</summary>
    public static BlockingRule Phone { get; } = new("phone", r => r.Entity.Phones.Length == 0 ? null : r.Entity.Phones[0]);

    /// <summary>The default union of rules.</summary>
    public static IReadOnlyList<BlockingRule> Defaults { get; } = [GivenNameAndBirthDate, RarestTokenPair, SurnameSoundAndBirthYear, GivenAndSurnameSound, Document, Phone];

    internal string? KeyOf(ResolverRecord r) => RecordKey is not null ? RecordKey(r) : _entityKey!(r.Source);
}
