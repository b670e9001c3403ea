namespace Istmo.Modules.Screening;

/// <summary>Which CSV columns hold which record fields, e.g. "id=uid,name=full_name,alias=aka,birth_date=dob".</summary>
public sealed class ColumnMap
{
    /// <summary>Fields a column can be mapped to; alias, nationality and id_number may be mapped to several columns.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["id", "name", "alias", "given_name", "paternal_surname", "maternal_surname", "birth_date", "nationality", "id_number", "gender", "schema"];

    // Header names understood without a mapping, per field.
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["id"] = ["id", "uid", "unique_id", "rec_id", "record_id", "key"],
        ["name"] = ["name", "full_name", "fullname", "nombre", "caption"],
        ["alias"] = ["alias", "aliases", "aka", "alias_names"],
        ["given_name"] = ["given_name", "given_names", "first_name", "firstname", "nombres"],
        ["paternal_surname"] = ["paternal_surname", "surname", "last_name", "lastname", "father_name", "apellido_paterno", "apellido"],
        ["maternal_surname"] = ["maternal_surname", "mother_name", "second_surname", "apellido_materno"],
        ["birth_date"] = ["birth_date", "birthdate", "date_of_birth", "dob", "fecha_nacimiento"],
        ["nationality"] = ["nationality", "nationalities", "country", "citizenship", "nacionalidad"],
        ["id_number"] = ["id_number", "passport", "passport_number", "document", "document_number", "cedula", "soc_sec_id"],
        ["gender"] = ["gender", "sex", "sexo"],
        ["schema"] = ["schema", "type", "entity_type"],
    };

    private readonly Dictionary<string, List<string>> columns;

    private ColumnMap(Dictionary<string, List<string>> columns) => this.columns = columns;

    /// <summary>An empty map: columns are found by their usual names (id, name, alias, dob, country, passport, ...).</summary>
    public static ColumnMap Default { get; } = new(new Dictionary<string, List<string>>(StringComparer.Ordinal));

    /// <summary>Parses "field=column,field=column"; throws <see cref="FormatException"/> naming the bad pair.</summary>
    public static ColumnMap Parse(string? text)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ColumnMap(map);
        }

        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == pair.Length - 1)
            {
                throw new FormatException($"--map: '{pair}' is not field=column.");
            }

            var field = pair[..eq].Trim().ToLowerInvariant().Replace('-', '_');
            if (!Fields.Contains(field))
            {
                throw new FormatException($"--map: unknown field '{field}'; known fields: {string.Join(", ", Fields)}.");
            }

            if (!map.TryGetValue(field, out var list))
            {
                map[field] = list = [];
            }

            list.Add(pair[(eq + 1)..].Trim());
        }

        return new ColumnMap(map);
    }

    /// <summary>Resolves the map against a header: field → column indexes. Throws <see cref="FormatException"/> for mapped columns missing from the header.</summary>
    public Dictionary<string, int[]> Resolve(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++)
        {
            index.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        var result = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (columns.TryGetValue(field, out var mapped))
            {
                var missing = mapped.Where(c => !index.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    throw new FormatException($"--map: column '{missing[0]}' (for {field}) is not in the header; the header has: {string.Join(", ", header)}.");
                }

                result[field] = [.. mapped.Select(c => index[c])];
            }
            else
            {
                var found = Synonyms[field].Where(index.ContainsKey).Select(c => index[c]).Distinct().ToArray();
                if (found.Length > 0)
                {
                    result[field] = field is "alias" or "nationality" or "id_number" ? found : [found[0]];
                }
            }
        }

        return result;
    }
}
