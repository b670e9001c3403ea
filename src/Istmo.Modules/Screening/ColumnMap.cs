namespace Istmo.Modules.Screening;

/// <summary>Which CSV columns hold which record fields, e.g. "id=uid,name=full_name,alias=aka,birth_date=dob".</summary>
public sealed class ColumnMap
{
    /// <summary>
    /// Fields a column can be mapped to; alias, nationality, id_number, email and phone may be mapped to several columns
    /// (several values), address and given_name to several columns (joined with spaces, e.g. street_number,address_1,address_2
    /// or first_name,middle_name).
    /// </summary>
    public static readonly IReadOnlyList<string> Fields =
        ["id", "name", "alias", "given_name", "paternal_surname", "maternal_surname", "birth_date", "nationality", "id_number", "gender", "schema",
            "email", "phone", "address", "city", "postcode"];

    /// <summary>Fields that take every matching column, not only the first.</summary>
    internal static readonly IReadOnlySet<string> MultiColumn = new HashSet<string>(StringComparer.Ordinal) { "alias", "nationality", "id_number", "email", "phone", "address", "given_name" };

    // Header names understood without a mapping, per field.
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["id"] = ["id", "uid", "unique_id", "rec_id", "record_id", "recid", "key"],
        ["name"] = ["name", "full_name", "fullname", "nombre", "caption"],
        ["alias"] = ["alias", "aliases", "aka", "alias_names"],
        ["given_name"] = ["given_name", "given_names", "first_name", "firstname", "forename", "forenames", "fname", "nombres", "nombre1", "primer_nombre",
            "middle_name", "middlename", "middle_names", "midl_name", "mname", "second_name", "segundo_nombre", "nombre2"],
        ["paternal_surname"] = ["paternal_surname", "surname", "last_name", "lastname", "family_name", "lname", "father_name", "apellido_paterno", "apellido"],
        ["maternal_surname"] = ["maternal_surname", "mother_name", "second_surname", "apellido_materno"],
        ["birth_date"] = ["birth_date", "birthdate", "date_of_birth", "dateofbirth", "dob", "birth_day", "fecha_nacimiento", "birth_year", "year_of_birth", "yob", "anio_nacimiento"],
        ["nationality"] = ["nationality", "nationalities", "country", "citizenship", "nacionalidad"],
        ["id_number"] = ["id_number", "passport", "passport_number", "document", "document_number", "cedula", "soc_sec_id", "ssn", "national_id", "nin"],
        ["gender"] = ["gender", "sex", "sexo"],
        ["schema"] = ["schema", "type", "entity_type"],
        ["email"] = ["email", "e_mail", "email_address", "mail", "correo"],
        ["phone"] = ["phone", "phone_number", "telephone", "tel", "mobile", "telefono"],
        ["address"] = ["address", "street_number", "address_1", "address_2", "address1", "address2", "street", "street_address", "direccion"],
        // A place of birth is compared as a place, like a town of residence (a file with both uses the town).
        ["city"] = ["city", "town", "suburb", "locality", "ciudad", "birth_place", "birthplace", "place_of_birth", "lugar_nacimiento", "lugar_de_nacimiento"],
        ["postcode"] = ["postcode", "postal_code", "zip", "zipcode", "zip_code", "codigo_postal"],
    };

    private readonly Dictionary<string, List<string>> columns;

    private ColumnMap(Dictionary<string, List<string>> columns) => this.columns = columns;

    /// <summary>An empty map: columns are found by their usual names (id, name, alias, dob, country, passport, ...).</summary>
    public static ColumnMap Default { get; } = new(new Dictionary<string, List<string>>(StringComparer.Ordinal));

    /// <summary>Parses "field=column,field=column"; throws <see cref="FileFormatException"/> naming the bad pair.</summary>
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
                throw new FileFormatException($"Mapeo de columnas: «{pair}» no es campo=columna.", $"--map: '{pair}' is not field=column.");
            }

            var field = pair[..eq].Trim().ToLowerInvariant().Replace('-', '_');
            if (!Fields.Contains(field))
            {
                throw new FileFormatException($"Mapeo de columnas: campo desconocido «{field}»; los campos son: {string.Join(", ", Fields)}.", $"--map: unknown field '{field}'; known fields: {string.Join(", ", Fields)}.");
            }

            if (!map.TryGetValue(field, out var list))
            {
                map[field] = list = [];
            }

            list.Add(pair[(eq + 1)..].Trim());
        }

        return new ColumnMap(map);
    }

    /// <summary>Resolves the map against a header: field → column indexes. Throws <see cref="FileFormatException"/> for mapped columns missing from the header.</summary>
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
                    throw new FileFormatException(
                        $"Mapeo de columnas: la columna «{missing[0]}» (para {field}) no está en el encabezado; el encabezado tiene: {string.Join(", ", header)}.",
                        $"--map: column '{missing[0]}' (for {field}) is not in the header; the header has: {string.Join(", ", header)}.");
                }

                result[field] = [.. mapped.Select(c => index[c])];
            }
            else
            {
                var found = Synonyms[field].Where(index.ContainsKey).Select(c => index[c]).Distinct().ToArray();
                if (found.Length > 0)
                {
                    result[field] = MultiColumn.Contains(field) ? found : [found[0]];
                }
            }
        }

        return result;
    }
}
