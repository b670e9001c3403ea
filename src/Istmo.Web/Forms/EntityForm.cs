using System.Globalization;
using Istmo.Data.Registry;
using Istmo.Modules.Registry;

namespace Istmo.Web.Forms;

/// <summary>One identity-document row of the person form.</summary>
public sealed class DocumentRow
{
    public string? Type { get; set; }

    public string? Number { get; set; }

    public string? IssuingCountry { get; set; }

    /// <summary>True when nothing was typed in the row (such rows are ignored).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(IssuingCountry);
}

/// <summary>
/// What the create and edit forms post: every field as text, lists as one text box (comma- or line-separated),
/// turned into an <see cref="EntityInput"/> so the form uses exactly the service's validation.
/// </summary>
public sealed class EntityForm
{
    /// <summary>Empty document rows offered by the person form.</summary>
    public const int MinimumDocumentRows = 3;

    private List<DocumentRow> documents = [];

    public string? Kind { get; set; }

    public int? Version { get; set; }

    public string? Purpose { get; set; }

    public string? Compartment { get; set; }

    public string? SourceAgency { get; set; }

    public string? SourceRecord { get; set; }

    public string? GivenNames { get; set; }

    public string? PaternalSurname { get; set; }

    public string? MaternalSurname { get; set; }

    public string? Sex { get; set; }

    public string? BirthDate { get; set; }

    /// <summary>ISO codes separated by commas or spaces.</summary>
    public string? Nationalities { get; set; }

    /// <summary>One alias per line.</summary>
    public string? Aliases { get; set; }

    /// <summary>Document rows; never null (the form binder sets null when a kind posts no rows).</summary>
    public List<DocumentRow> Documents
    {
        get => documents;
        set => documents = value ?? [];
    }

    public string? LegalName { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? OrganisationType { get; set; }

    public string? Country { get; set; }

    public string? VesselName { get; set; }

    public string? Imo { get; set; }

    public string? Mmsi { get; set; }

    public string? Flag { get; set; }

    public string? Plate { get; set; }

    public string? Make { get; set; }

    public string? Model { get; set; }

    public string? Number { get; set; }

    public string? AccountNumber { get; set; }

    public string? BankName { get; set; }

    public string? Line { get; set; }

    public string? Locality { get; set; }

    public string? District { get; set; }

    public string? AreaCode { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    /// <summary>The kind posted, or Person.</summary>
    public EntityKind ParsedKind => Enum.TryParse<EntityKind>(Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : EntityKind.Person;

    /// <summary>Adds blank document rows up to the minimum (plus one spare when all are used).</summary>
    public void PadDocuments()
    {
        documents.RemoveAll(d => d is null);
        while (Documents.Count < MinimumDocumentRows || !Documents[^1].IsBlank)
        {
            Documents.Add(new DocumentRow());
        }
    }

    /// <summary>
    /// The service input; <paramref name="documentRows"/> maps each input document index to its form row, and
    /// <paramref name="errors"/> receives problems the form itself can see (unreadable numbers) as message codes.
    /// </summary>
    public EntityInput ToInput(out List<int> documentRows, out Dictionary<string, string> errors)
    {
        errors = [];
        documentRows = [];
        var input = new EntityInput
        {
            Kind = ParsedKind,
            Version = Version,
            Compartment = Blank(Compartment),
            SourceAgency = Blank(SourceAgency),
            SourceRecord = Blank(SourceRecord),
            GivenNames = GivenNames,
            PaternalSurname = PaternalSurname,
            MaternalSurname = Blank(MaternalSurname),
            Sex = Blank(Sex),
            BirthDate = Blank(BirthDate),
            Nationalities = (Nationalities ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            Aliases = (Aliases ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(a => a.Length > 0).ToList(),
            LegalName = LegalName,
            RegistrationNumber = Blank(RegistrationNumber),
            OrganisationType = Blank(OrganisationType),
            Country = Blank(Country),
            VesselName = VesselName,
            Imo = Blank(Imo),
            Mmsi = Blank(Mmsi),
            Flag = Blank(Flag),
            Plate = Plate,
            Make = Blank(Make),
            Model = Blank(Model),
            Number = Number,
            AccountNumber = AccountNumber,
            BankName = Blank(BankName),
            Line = Line,
            Locality = Blank(Locality),
            District = Blank(District),
            AreaCode = Blank(AreaCode),
            Latitude = ParseCoordinate(Latitude, "latitude", errors),
            Longitude = ParseCoordinate(Longitude, "longitude", errors),
        };
        for (var i = 0; i < Documents.Count; i++)
        {
            var row = Documents[i];
            if (row.IsBlank)
            {
                continue;
            }

            documentRows.Add(i);
            input.Documents.Add(new DocumentInput(row.Type?.Trim() ?? string.Empty, row.Number?.Trim() ?? string.Empty, Blank(row.IssuingCountry)));
        }

        return input;
    }

    /// <summary>The form that edits an existing entity.</summary>
    public static EntityForm From(EntityInput input)
    {
        var form = new EntityForm
        {
            Kind = input.Kind.ToString(),
            Version = input.Version,
            Compartment = input.Compartment,
            SourceAgency = input.SourceAgency,
            SourceRecord = input.SourceRecord,
            GivenNames = input.GivenNames,
            PaternalSurname = input.PaternalSurname,
            MaternalSurname = input.MaternalSurname,
            Sex = input.Sex,
            BirthDate = input.BirthDate,
            Nationalities = string.Join(", ", input.Nationalities),
            Aliases = string.Join('\n', input.Aliases),
            Documents = input.Documents.Select(d => new DocumentRow { Type = d.Type, Number = d.Number, IssuingCountry = d.IssuingCountry }).ToList(),
            LegalName = input.LegalName,
            RegistrationNumber = input.RegistrationNumber,
            OrganisationType = input.OrganisationType,
            Country = input.Country,
            VesselName = input.VesselName,
            Imo = input.Imo,
            Mmsi = input.Mmsi,
            Flag = input.Flag,
            Plate = input.Plate,
            Make = input.Make,
            Model = input.Model,
            Number = input.Number,
            AccountNumber = input.AccountNumber,
            BankName = input.BankName,
            Line = input.Line,
            Locality = input.Locality,
            District = input.District,
            AreaCode = input.AreaCode,
            Latitude = input.Latitude?.ToString(CultureInfo.InvariantCulture),
            Longitude = input.Longitude?.ToString(CultureInfo.InvariantCulture),
        };
        form.PadDocuments();
        return form;
    }

    /// <summary>
    /// Service errors keyed by form field: "nationalities[2]" belongs to "nationalities", and
    /// "documents[1].number" to the form row the second non-blank row came from.
    /// </summary>
    public static Dictionary<string, string[]> MapErrors(IReadOnlyDictionary<string, string[]> errors, IReadOnlyList<int> documentRows)
    {
        var mapped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, messages) in errors)
        {
            var field = key;
            if (key.StartsWith("documents[", StringComparison.Ordinal))
            {
                var close = key.IndexOf(']', StringComparison.Ordinal);
                if (close > 10 && int.TryParse(key[10..close], CultureInfo.InvariantCulture, out var index) && index < documentRows.Count)
                {
                    field = $"documents[{documentRows[index]}]{key[(close + 1)..]}";
                }
            }
            else if (key.IndexOf('[', StringComparison.Ordinal) is > 0 and var bracket)
            {
                field = key[..bracket];
            }

            if (!mapped.TryGetValue(field, out var list))
            {
                mapped[field] = list = [];
            }

            list.AddRange(messages.Where(m => !list.Contains(m)));
        }

        return mapped.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static double? ParseCoordinate(string? value, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors[field] = "Coordinates";
        return null;
    }
}
