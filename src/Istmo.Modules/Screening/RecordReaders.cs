using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Istmo.Matching;

namespace Istmo.Modules.Screening;

/// <summary>Input file formats.</summary>
public enum RecordFormat
{
    /// <summary>RFC 4180 CSV with a header row, mapped with a <see cref="ColumnMap"/>.</summary>
    Csv,

    /// <summary>FollowTheMoney entities, one JSON object per line (the format OpenSanctions publishes).</summary>
    Ftm,
}

/// <summary>Reads people and organisations from CSV or FollowTheMoney JSON lines; bad records are reported by line and field, never dropped silently.</summary>
public static class RecordReaders
{
    private static readonly HashSet<string> PersonSchemata = new(StringComparer.Ordinal) { "Person" };

    private static readonly HashSet<string> OrganizationSchemata = new(StringComparer.Ordinal) { "Organization", "Company", "LegalEntity", "PublicBody" };

    private static readonly string[] FtmNameProps = ["name", "alias", "previousName", "weakAlias"];

    private static readonly string[] FtmNationalityProps = ["nationality", "citizenship", "country", "jurisdiction"];

    private static readonly string[] FtmDocumentProps = ["idNumber", "passportNumber", "registrationNumber", "taxNumber", "vatCode", "leiCode", "innCode", "ogrnCode", "swiftBic", "imoNumber"];

    private static readonly string[] FtmOtherProps = [.. FtmNameParts.Properties, "birthDate", "incorporationDate", "gender", "topics", "position"];

    /// <summary>The format a file name implies: .csv → CSV; .json, .jsonl, .ndjson, .ftm → FtM; null when unknown.</summary>
    public static RecordFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" or ".tsv" or ".txt" => RecordFormat.Csv,
        ".json" or ".jsonl" or ".ndjson" or ".ftm" => RecordFormat.Ftm,
        _ => null,
    };

    /// <summary>Parses "csv" or "ftm" (also "json", "jsonl", "ndjson").</summary>
    public static RecordFormat? ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "csv" => RecordFormat.Csv,
        "ftm" or "json" or "jsonl" or "ndjson" or "followthemoney" => RecordFormat.Ftm,
        _ => null,
    };

    /// <summary>
    /// Reads every record of a stream in the given format. With <paramref name="namelessWithFacts"/> (entity resolution), a
    /// record without any name is kept, with a warning, when it has a birth date, document, e-mail or phone to be resolved by.
    /// </summary>
    /// <param name="stream">The file.</param>
    /// <param name="format">CSV or FtM JSON lines.</param>
    /// <param name="map">CSV column mapping.</param>
    /// <param name="progress">Told the records read, every 10,000.</param>
    /// <param name="namelessWithFacts">Keep records without a name that have other facts (entity resolution).</param>
    /// <param name="dateOrder">How the CSV writes dates with the year last; null to read it from the file (<see cref="DateForms.DetectOrder"/>).</param>
    public static ReadResult Read(Stream stream, RecordFormat format, ColumnMap? map = null, IProgress<int>? progress = null, bool namelessWithFacts = false, DateOrder? dateOrder = null) =>
        format == RecordFormat.Csv ? ReadCsv(stream, map ?? ColumnMap.Default, progress, namelessWithFacts, dateOrder) : ReadFtm(stream, progress, namelessWithFacts);

    /// <summary>Reads CSV (UTF-8 with or without BOM; RFC 4180 quoting). A header column the map names but the file lacks throws <see cref="FormatException"/>.</summary>
    public static ReadResult ReadCsv(Stream stream, ColumnMap map, IProgress<int>? progress = null, bool namelessWithFacts = false, DateOrder? order = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(map);
        var separator = CsvSeparator.Detect(ref stream);
        var dateOrder = order ?? DateOrderOf(stream, map, separator);
        var result = new ReadResult();
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MaxRecordSize = 4 * 1024 * 1024,
            OnMalformedRecord = m =>
            {
                var (code, text) = m.Reason switch
                {
                    CsvMalformedReason.FieldCountMismatch => (RecordIssueCodes.CsvFieldCount, "the row does not have as many values as the header has columns"),
                    CsvMalformedReason.UnterminatedQuote => (RecordIssueCodes.CsvUnterminatedQuote, "a quoted value is never closed"),
                    CsvMalformedReason.StrayQuote => (RecordIssueCodes.CsvStrayQuote, "a quote inside an unquoted value (quote the value and double inner quotes)"),
                    CsvMalformedReason.TextAfterClosingQuote => (RecordIssueCodes.CsvTextAfterQuote, "text after the closing quote of a value"),
                    _ => (RecordIssueCodes.CsvMalformed, "malformed CSV (" + m.Reason + ")"),
                };
                result.Issues.Add(new RecordIssue((int)m.LineNumber, null, RecordIssue.WholeLine, text) { Code = code, Args = [m.Reason.ToString()] });
            },
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        string[] header;
        try
        {
            // Column names as written, without the space some exporters put after each comma (FEBRL's ", ").
            header = [.. csv.Headers.Select(h => h.Trim())];
        }
        catch (CsvFormatException ex)
        {
            throw new FileFormatException("No se puede leer el encabezado del CSV: " + FirstLine(ex.Message), "The CSV header cannot be read: " + FirstLine(ex.Message), ex);
        }

        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            throw new FileFormatException("El archivo CSV está vacío: hace falta una fila de encabezado.", "The CSV file is empty: a header row is needed.");
        }

        if (header.Any(h => !IsDecodedText(h)))
        {
            throw new FileFormatException(
                "El encabezado no es texto UTF-8 (¿un archivo binario, u otra codificación como Latin-1?): guarde el archivo como CSV UTF-8.",
                "The header is not UTF-8 text (a binary file, or another encoding such as Latin-1?): save the file as UTF-8 CSV.");
        }

        var fields = map.Resolve(header);
        if (!fields.ContainsKey("id"))
        {
            throw new FileFormatException(
                $"No hay columna de identificador: indíquela en el mapeo con id=COLUMNA (el encabezado tiene: {string.Join(", ", header)}).",
                $"No id column: map one with --map id=COLUMN (the header has: {string.Join(", ", header)}).");
        }

        if (!fields.ContainsKey("name") && !fields.ContainsKey("given_name") && !fields.ContainsKey("paternal_surname"))
        {
            throw new FileFormatException(
                $"No hay columna de nombre: indíquela en el mapeo con name=COLUMNA, o given_name= y paternal_surname= (el encabezado tiene: {string.Join(", ", header)}).",
                $"No name column: map one with --map name=COLUMN or given_name=/paternal_surname= (the header has: {string.Join(", ", header)}).");
        }

        var columns = HeaderOf(fields, header);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException ex)
            {
                result.Issues.Add(new RecordIssue((int)ex.LineNumber, null, RecordIssue.WholeLine, "unreadable CSV, reading stopped here: " + FirstLine(ex.Message)) { Code = RecordIssueCodes.CsvUnreadable, Args = [FirstLine(ex.Message)] });
                break;
            }

            if (!more)
            {
                break;
            }

            rows++;
            if (rows % 10_000 == 0)
            {
                progress?.Report(rows);
            }

            var line = (int)csv.LineNumber;
            var count = csv.FieldCount;

            // Invalid UTF-8 (a Latin-1 or Windows-1252 export) decodes to U+FFFD: "Jos?" would be stored and matched as a
            // different name, so the row is refused with the column named instead.
            var undecoded = Enumerable.Range(0, Math.Min(count, header.Length)).FirstOrDefault(i => !IsDecodedText(csv.GetString(i)), -1);
            if (undecoded >= 0)
            {
                var badId = fields.TryGetValue("id", out var idIx) && idIx[0] < count ? RecordText.Clean(csv.GetString(idIx[0])) : null;
                result.Issues.Add(new RecordIssue(line, badId, header[undecoded], NotUtf8) { Code = RecordIssueCodes.NotUtf8 });
                continue;
            }
            string? Cell(string field) => fields.TryGetValue(field, out var ix) && ix[0] < count ? csv.GetString(ix[0]) : null;
            List<string> Cells(string field) => fields.TryGetValue(field, out var ix)
                ? [.. ix.Where(i => i < count).SelectMany(i => RecordText.SplitValues(csv.GetString(i)))]
                : [];
            string? Joined(string field) => fields.TryGetValue(field, out var ix) ? JoinClean(ix.Where(i => i < count).Select(i => csv.GetString(i))) : null;
            var rawId = Cell("id");
            var contact = new ContactFacts(
                Cells("email"),
                Cells("phone"),
                Joined("address"),
                RecordText.Clean(Cell("city")),
                RecordText.Clean(Cell("postcode")));
            var record = Build(line, RecordText.Clean(rawId), rawId, "id", Cell("schema"), Cell("name"), Cells("alias"), Joined("given_name"), Cell("paternal_surname"),
                Cell("maternal_surname"), Cell("birth_date"), Cell("gender"), Cells("nationality"), Cells("id_number"), columns, result, seen, contact: contact, namelessWithFacts: namelessWithFacts, dateOrder: dateOrder);
            if (record is not null)
            {
                result.Records.Add(record);
            }
        }

        result.Issues.Sort((a, b) => a.Line.CompareTo(b.Line));
        return result;
    }

    private const string NotUtf8 = "not UTF-8 text (another encoding such as Latin-1 or Windows-1252?): save the file as UTF-8; the row was not read";

    /// <summary>False when decoding met bytes that are not UTF-8 (they become U+FFFD) or the text holds control characters other than tab.</summary>
    private static bool IsDecodedText(string s)
    {
        foreach (var ch in s)
        {
            if (ch == '\uFFFD' || (char.IsControl(ch) && ch is not ('\t' or '\r' or '\n')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads FollowTheMoney JSON lines: Person, Organization, Company, LegalEntity and PublicBody are read; other schemata are counted as skipped.</summary>
    public static ReadResult ReadFtm(Stream stream, IProgress<int>? progress = null, bool namelessWithFacts = false)
    {
        var result = new ReadResult();
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (line % 10_000 == 0)
            {
                progress?.Report(line);
            }

            using var doc = ParseJsonLine(text, line, result.Issues);
            if (doc is not null)
            {
                ReadFtmEntity(doc.RootElement, line, result, seen, namelessWithFacts);
            }
        }

        return result;
    }

    /// <summary>
    /// Parses one line of a JSON-lines file: null for a blank line, or with an issue naming the line for text that is not
    /// UTF-8, not JSON or not one object (the FtM reader and <see cref="PairFileReader"/> share it).
    /// </summary>
    internal static JsonDocument? ParseJsonLine(string text, int line, List<RecordIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!IsDecodedText(text))
        {
            issues.Add(new RecordIssue(line, null, "json", NotUtf8) { Code = RecordIssueCodes.NotUtf8 });
            return null;
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            issues.Add(new RecordIssue(line, null, "json", $"not valid JSON (byte {ex.BytePositionInLine}): {FirstLine(ex.Message)}")
            {
                Code = RecordIssueCodes.JsonInvalid,
                Args = [RecordText.Num(ex.BytePositionInLine ?? 0), FirstLine(ex.Message)],
            });
            return null;
        }

        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            doc.Dispose();
            issues.Add(new RecordIssue(line, null, "json", "each line must be one JSON object") { Code = RecordIssueCodes.JsonNotObject });
            return null;
        }

        return doc;
    }

    /// <summary>Reads one FtM entity object into <paramref name="result"/>: a record, an issue naming its field, or a skipped schema.</summary>
    internal static void ReadFtmEntity(JsonElement root, int line, ReadResult result, Dictionary<string, int> seen, bool namelessWithFacts)
    {
        var rawId = root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String ? idEl.GetString() : null;
        var id = RecordText.Clean(rawId);
        if (!root.TryGetProperty("schema", out var schemaEl) || schemaEl.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(schemaEl.GetString()))
        {
            result.Issues.Add(new RecordIssue(line, id, "schema", "missing: every FtM entity needs a schema") { Code = RecordIssueCodes.FtmNoSchema });
            return;
        }

        var schema = schemaEl.GetString()!;
        if (!PersonSchemata.Contains(schema) && !OrganizationSchemata.Contains(schema))
        {
            result.Skipped[schema] = result.Skipped.GetValueOrDefault(schema) + 1;
            return;
        }

        var props = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (root.TryGetProperty("properties", out var propsEl))
        {
            if (propsEl.ValueKind != JsonValueKind.Object)
            {
                result.Issues.Add(new RecordIssue(line, id, "properties", "must be an object of property → list of strings") { Code = RecordIssueCodes.FtmPropertiesNotObject });
                return;
            }

            string? bad = null;
            foreach (var p in propsEl.EnumerateObject())
            {
                if (!FtmNameProps.Contains(p.Name) && !FtmNationalityProps.Contains(p.Name) && !FtmDocumentProps.Contains(p.Name) && !FtmOtherProps.Contains(p.Name))
                {
                    continue;
                }

                if (p.Value.ValueKind != JsonValueKind.Array || p.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    bad = "properties." + p.Name;
                    break;
                }

                props[p.Name] = [.. p.Value.EnumerateArray().Select(v => v.GetString()!)];
            }

            if (bad is not null)
            {
                result.Issues.Add(new RecordIssue(line, id, bad, "must be a list of strings") { Code = RecordIssueCodes.FtmNotStringList });
                return;
            }
        }

        IEnumerable<string> Values(params string[] names) => names.SelectMany(n => props.TryGetValue(n, out var v) ? v : []);
        var names = Values("name").ToList();
        var parts = FtmNameParts.Read(p => Values(p));
        var given = JoinClean(parts.Given);
        var paternal = JoinClean(parts.Paternal);
        var maternal = JoinClean(parts.Maternal);
        var primary = names.Count > 0 ? names[0] : JoinClean(new[] { given, paternal, maternal }.OfType<string>());
        var birth = Values("birthDate", "incorporationDate").FirstOrDefault();
        var record = Build(line, id, rawId, "id", schema, primary,
            names.Skip(1).Concat(Values("alias", "previousName", "weakAlias")).Select(RecordText.Clean).OfType<string>(),
            given, paternal, maternal, birth, Values("gender").FirstOrDefault(), Values(FtmNationalityProps).Select(RecordText.Clean).OfType<string>(),
            Values(FtmDocumentProps).Select(RecordText.Clean).OfType<string>(), null, result, seen, sourceSchema: schema, namelessWithFacts: namelessWithFacts);
        if (record is not null)
        {
            result.Records.Add(record with { Properties = props.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal) });
        }
    }

    private static Dictionary<string, string[]> HeaderOf(Dictionary<string, int[]> fields, string[] header) =>
        fields.ToDictionary(f => f.Key, f => f.Value.Select(i => header[i]).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The order of a CSV file's year-last dates (<see cref="DateForms.DetectOrder"/>), for a reader that will wrap the stream
    /// in one that cannot seek (the watchlist importer hashes what it reads): the stream is left where it was.
    /// </summary>
    public static DateOrder DetectDateOrder(Stream stream, ColumnMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return DateOrderOf(stream, map ?? ColumnMap.Default, CsvSeparator.Detect(stream));
    }

    /// <summary>
    /// Whether the file writes its year-last dates day first (29/01/1956) or month first (01/29/1956), read from the birth
    /// date column before the records are (<see cref="DateForms.DetectOrder"/>). A stream that cannot be read twice is
    /// taken as day first, as Panama writes dates.
    /// </summary>
    private static DateOrder DateOrderOf(Stream stream, ColumnMap map, char separator)
    {
        if (!stream.CanSeek)
        {
            return DateOrder.DayFirst;
        }

        var start = stream.Position;
        try
        {
            using var csv = CsvReader.Create(stream, QuietCsvOptions(separator), leaveOpen: true);
            string[] header = [.. csv.Headers.Select(h => h.Trim())];
            if (!map.Resolve(header).TryGetValue("birth_date", out var column))
            {
                return DateOrder.DayFirst;
            }

            IEnumerable<string?> Dates()
            {
                while (csv.Read())
                {
                    yield return column[0] < csv.FieldCount ? csv.GetString(column[0]) : null;
                }
            }

            return DateForms.DetectOrder(Dates());
        }
        catch (Exception ex) when (ex is CsvFormatException or FormatException or DecoderFallbackException)
        {
            // The reading proper reports what is wrong with the file, line by line.
            return DateOrder.DayFirst;
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>
    /// The reading's CSV options without its line-by-line reports, for a pass that only looks at a column (the dates'
    /// order, the labels of `istmo bench resolve`): the reading proper reports what is wrong with the file.
    /// </summary>
    internal static CsvReaderOptions QuietCsvOptions(char separator) => CsvReaderOptions.Default with
    {
        Separator = separator,
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        MaxRecordSize = 4 * 1024 * 1024,
    };

    private static SourceRecord? Build(
        int line, string? id, string? rawId, string idField, string? schemaText, string? rawName, IEnumerable<string> aliases, string? given, string? paternal, string? maternal,
        string? rawBirth, string? gender, IEnumerable<string> nationalities, IEnumerable<string> documents, Dictionary<string, string[]>? columns, ReadResult result,
        Dictionary<string, int> seen, string? sourceSchema = null, ContactFacts? contact = null, bool namelessWithFacts = false, DateOrder dateOrder = DateOrder.DayFirst)
    {
        string Col(string field) => columns is not null
            ? columns.TryGetValue(field, out var c) ? c[0] : field
            : field switch
            {
                "id" or "schema" => field,
                "birth_date" => "properties.birthDate",
                "id_number" => "properties.idNumber",
                "given_name" => "properties.firstName",
                "paternal_surname" => "properties.lastName",
                "maternal_surname" => "properties.motherName",
                _ => "properties." + field,
            };
        if (id is null)
        {
            result.Issues.Add(string.IsNullOrEmpty(rawId)
                ? new RecordIssue(line, null, Col(idField), "the id is empty") { Code = RecordIssueCodes.IdEmpty }
                : new RecordIssue(line, null, Col(idField), "the id has no visible characters") { Code = RecordIssueCodes.IdInvisible });
            return null;
        }

        if (id.Length > RecordText.MaxIdLength)
        {
            result.Issues.Add(new RecordIssue(line, id[..32] + "…", Col(idField), $"the id has {id.Length} characters; at most {RecordText.MaxIdLength} are accepted")
            {
                Code = RecordIssueCodes.IdTooLong,
                Args = [RecordText.Num(id.Length), RecordText.Num(RecordText.MaxIdLength)],
            });
            return null;
        }

        if (seen.TryGetValue(id, out var first))
        {
            result.Issues.Add(new RecordIssue(line, id, Col(idField), $"duplicate id; first seen on line {first}") { Code = RecordIssueCodes.IdDuplicate, Args = [RecordText.Num(first)] });
            return null;
        }

        var schema = EntitySchema.Person;
        var cleanedSchema = RecordText.Clean(schemaText);
        if (cleanedSchema is not null && !EntitySchemas.TryParse(cleanedSchema, out schema))
        {
            result.Issues.Add(new RecordIssue(line, id, Col("schema"), EntitySchemas.NotASchema(Truncate(cleanedSchema))) { Code = RecordIssueCodes.SchemaUnknown, Args = [Truncate(cleanedSchema)] });
            return null;
        }

        var schemaName = sourceSchema ?? schema.ToString();

        given = RecordText.Clean(given);
        paternal = RecordText.Clean(paternal);
        maternal = RecordText.Clean(maternal);
        var name = RecordText.Clean(rawName) ?? (rawName is null ? JoinClean(new[] { given, paternal, maternal }.OfType<string>()) : null);
        // A record without any name may still be resolved by its other facts (checked below, once they are read).
        var nameProblem = RecordText.CheckName(name, rawName);
        if (nameProblem is { } problem && (!namelessWithFacts || problem.Code != RecordIssueCodes.NameEmpty))
        {
            result.Issues.Add(new RecordIssue(line, id, Col("name"), problem.Text) { Code = problem.Code, Args = problem.Args });
            return null;
        }

        var names = nameProblem is null ? new List<string> { name! } : [];
        foreach (var alias in aliases)
        {
            if (alias.Length > RecordText.MaxNameLength)
            {
                result.Issues.Add(new RecordIssue(line, id, Col("alias"), $"an alias has {alias.Length} characters; at most {RecordText.MaxNameLength} are accepted; that alias was ignored", IsError: false)
                {
                    Code = RecordIssueCodes.AliasTooLong,
                    Args = [RecordText.Num(alias.Length), RecordText.Num(RecordText.MaxNameLength)],
                });
            }
            else if (!names.Contains(alias, StringComparer.Ordinal))
            {
                names.Add(alias);
            }
        }

        foreach (var (field, value) in new[] { ("given_name", given), ("paternal_surname", paternal), ("maternal_surname", maternal) })
        {
            if (value is { Length: > RecordText.MaxNameLength })
            {
                result.Issues.Add(new RecordIssue(line, id, Col(field), $"has {value.Length} characters; at most {RecordText.MaxNameLength} are accepted")
                {
                    Code = RecordIssueCodes.PartTooLong,
                    Args = [RecordText.Num(value.Length), RecordText.Num(RecordText.MaxNameLength)],
                });
                return null;
            }
        }

        var (birth, dateCode, dateArgs, dateProblem) = RecordText.DateChecked(rawBirth, dateOrder);
        if (dateProblem is not null)
        {
            result.Issues.Add(new RecordIssue(line, id, Col("birth_date"), dateProblem.TrimEnd('.') + "; the date was ignored", IsError: false)
            {
                Code = dateCode!,
                Args = dateCode == RecordIssueCodes.BirthDateInvalid ? [Truncate(rawBirth ?? string.Empty), dateProblem.TrimEnd('.')] : dateArgs,
            });
        }

        var nat = nationalities.Select(n => n.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var badNat = nat.FirstOrDefault(n => n.Length is < 2 or > 3 || !n.All(char.IsAsciiLetter));
        if (badNat is not null)
        {
            result.Issues.Add(new RecordIssue(line, id, Col("nationality"), $"'{Truncate(badNat)}' is not an ISO 3166 country code; it was ignored", IsError: false)
            {
                Code = RecordIssueCodes.NationalityInvalid,
                Args = [Truncate(badNat)],
            });
            nat.RemoveAll(n => n.Length is < 2 or > 3 || !n.All(char.IsAsciiLetter));
        }

        var docs = documents.Where(d => d.Length <= 64).Distinct(StringComparer.Ordinal).ToList();
        if (nameProblem is { } empty && names.Count == 0)
        {
            if (birth is null && docs.Count == 0 && (contact is null || (contact.Emails.Count == 0 && contact.Phones.Count == 0)))
            {
                result.Issues.Add(new RecordIssue(line, id, Col("name"), empty.Text) { Code = empty.Code, Args = empty.Args });
                return null;
            }

            result.Issues.Add(new RecordIssue(line, id, Col("name"), "the name is empty; the record is resolved by its birth date, documents and contact details", IsError: false)
            {
                Code = RecordIssueCodes.NameEmptyResolvedByFacts,
            });
        }

        seen[id] = line;
        var record = new SourceRecord
        {
            Id = id,
            Line = line,
            Schema = schema,
            SourceSchema = schemaName,
            Names = names,
            GivenNames = given,
            PaternalSurname = paternal,
            MaternalSurname = maternal,
            BirthDate = birth,
            Gender = RecordText.Clean(gender)?.ToLowerInvariant(),
            Nationalities = nat,
            DocumentNumbers = docs,
            Emails = contact?.Emails.Select(e => e.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList() ?? [],
            Phones = contact?.Phones.Distinct(StringComparer.Ordinal).ToList() ?? [],
            Address = contact?.Address,
            City = contact?.City,
            PostalCode = contact?.PostalCode,
        };
        if (columns is not null)
        {
            var props = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["name"] = names.Take(1).ToList() };
            if (names.Count > 1)
            {
                props["alias"] = names.Skip(1).ToList();
            }

            void Put(string key, string? value)
            {
                if (value is not null)
                {
                    props[key] = [value];
                }
            }

            Put("firstName", given);
            Put("lastName", paternal);
            Put("motherName", maternal);
            Put("birthDate", birth);
            Put("gender", record.Gender);
            if (nat.Count > 0)
            {
                props["nationality"] = nat;
            }

            if (docs.Count > 0)
            {
                props["idNumber"] = docs;
            }

            if (record.Emails.Count > 0)
            {
                props["email"] = record.Emails;
            }

            if (record.Phones.Count > 0)
            {
                props["phone"] = record.Phones;
            }

            Put("address", record.Address);
            Put("city", record.City);
            Put("postalCode", record.PostalCode);

            record = record with { Properties = props };
        }

        return record;
    }

    private static string? JoinClean(IEnumerable<string> parts)
    {
        var joined = string.Join(' ', parts.Select(RecordText.Clean).OfType<string>());
        return joined.Length == 0 ? null : joined;
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";

    private static string FirstLine(string s)
    {
        var i = s.IndexOfAny(['\r', '\n']);
        return i < 0 ? s : s[..i];
    }
}

/// <summary>Contact facts read from a CSV row (compared by entity resolution only).</summary>
internal sealed record ContactFacts(IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, string? Address, string? City, string? PostalCode);
