using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Istmo.Matching;

namespace Istmo.Modules.Screening;

/// <summary>One person or organisation read from a watchlist or query file (CSV or FollowTheMoney), normalised for matching.</summary>
public sealed record SourceRecord
{
    public required string Id { get; init; }

    /// <summary>1-based line (or CSV row) the record was read from.</summary>
    public int Line { get; init; }

    public EntitySchema Schema { get; init; } = EntitySchema.Person;

    /// <summary>The FtM schema name as given ("Person", "Company", ...).</summary>
    public string SourceSchema { get; init; } = "Person";

    /// <summary>Primary name first, then aliases.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    public string? GivenNames { get; init; }

    public string? PaternalSurname { get; init; }

    public string? MaternalSurname { get; init; }

    public string? BirthDate { get; init; }

    public string? Gender { get; init; }

    public IReadOnlyList<string> Nationalities { get; init; } = [];

    public IReadOnlyList<string> DocumentNumbers { get; init; } = [];

    /// <summary>E-mail addresses (entity resolution only).</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Phone numbers.</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>Street address as one line (entity resolution only).</summary>
    public string? Address { get; init; }

    /// <summary>City, town or suburb (entity resolution only).</summary>
    public string? City { get; init; }

    /// <summary>Postal code (entity resolution only).</summary>
    public string? PostalCode { get; init; }

    /// <summary>The source properties that were read (name → values), kept for display.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Properties { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Display name: the primary name.</summary>
    public string Caption => Names.Count > 0 ? Names[0] : Id;

    /// <summary>The record as the matching engine sees it.</summary>
    public MatchEntity ToMatchEntity(string? id = null) => new()
    {
        Id = id ?? Id,
        Schema = Schema,
        Names = Names,
        GivenNames = GivenNames,
        PaternalSurname = PaternalSurname,
        MaternalSurname = MaternalSurname,
        BirthDate = BirthDate is not null && PartialDate.TryParse(BirthDate, out var d, out _) ? d : null,
        Sex = Gender,
        Nationalities = Nationalities,
        DocumentNumbers = DocumentNumbers,
        Emails = Emails,
        Phones = Phones,
        Address = Address,
        City = City,
        PostalCode = PostalCode,
    };

    /// <summary>The properties as compact JSON with sorted keys.</summary>
    public string PropertiesJson() =>
        JsonSerializer.Serialize(Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>SHA-256 (hex) of everything that matters for matching and display; equal hashes mean nothing changed.</summary>
    public string ContentHash()
    {
        var sb = new StringBuilder();
        void Add(string? s) => sb.Append(s).Append('\u001f');
        Add(SourceSchema);
        // A LegalEntity was read as an organisation before 7 Dec 2026 and is matched with both kinds since: its hash
        // changes once, so the next import of the same file updates exactly those rows (the others keep their hashes).
        if (Schema == EntitySchema.LegalEntity)
        {
            Add("legal-entity");
        }

        Add(string.Join('\u001e', Names));
        Add(GivenNames);
        Add(PaternalSurname);
        Add(MaternalSurname);
        Add(BirthDate);
        Add(Gender);
        Add(string.Join('\u001e', Nationalities));
        Add(string.Join('\u001e', DocumentNumbers));
        if (Emails.Count > 0 || Phones.Count > 0 || Address is not null || City is not null || PostalCode is not null)
        {
            // Only when present, so that records without contact facts keep the hashes they had before these fields existed.
            Add(string.Join('\u001e', Emails));
            Add(string.Join('\u001e', Phones));
            Add(Address);
            Add(City);
            Add(PostalCode);
        }

        Add(PropertiesJson());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}

/// <summary>A problem with one input record: its line, the field, and what is wrong. Errors drop the record; warnings keep it.</summary>
public sealed record RecordIssue(int Line, string? RecordId, string Field, string Message, bool IsError = true)
{
    /// <summary>The field of a problem with the whole line (malformed CSV) rather than one column; the UI names it in its language.</summary>
    public const string WholeLine = "row";

    /// <summary>Stable code of the problem (see <see cref="RecordIssueCodes"/>): the UI renders <see cref="Code"/> and <see cref="Args"/> in its language; <see cref="Message"/> is the English text of the CLI and API.</summary>
    public string Code { get; init; } = RecordIssueCodes.Other;

    /// <summary>The values the message names (a length, a line, the offending value), in the order of the localised text's placeholders.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    public override string ToString() =>
        $"line {Line}{(RecordId is null ? string.Empty : $" (id {RecordId})")}, field {Field}: {Message}{(IsError ? string.Empty : " (record kept)")}";
}

/// <summary>The outcome of reading a file: the good records, the problems, and records of other schemas skipped on purpose.</summary>
public sealed class ReadResult
{
    public List<SourceRecord> Records { get; } = [];

    public List<RecordIssue> Issues { get; } = [];

    /// <summary>Records of schemas that are not matched (FtM Sanction, Address, Ownership, ...), by schema.</summary>
    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    public int ErrorCount => Issues.Count(i => i.IsError);

    public int SkippedCount => Skipped.Values.Sum();
}
