namespace Istmo.Modules.Screening;

/// <summary>Stable codes of input-record problems (<see cref="RecordIssue.Code"/>), with the arguments each carries.</summary>
public static class RecordIssueCodes
{
    /// <summary>A problem without a code of its own (args: English message).</summary>
    public const string Other = "other";

    /// <summary>A CSV row has more or fewer values than the header has columns.</summary>
    public const string CsvFieldCount = "csv.fieldCount";

    /// <summary>A quoted CSV value is never closed.</summary>
    public const string CsvUnterminatedQuote = "csv.unterminatedQuote";

    /// <summary>A quote inside an unquoted CSV value.</summary>
    public const string CsvStrayQuote = "csv.strayQuote";

    /// <summary>Text after the closing quote of a CSV value.</summary>
    public const string CsvTextAfterQuote = "csv.textAfterQuote";

    /// <summary>Other malformed CSV (args: reason).</summary>
    public const string CsvMalformed = "csv.malformed";

    /// <summary>The CSV cannot be read past this line (args: parser message).</summary>
    public const string CsvUnreadable = "csv.unreadable";

    /// <summary>The text is not UTF-8.</summary>
    public const string NotUtf8 = "encoding.notUtf8";

    /// <summary>A JSON line does not parse (args: byte position, parser message).</summary>
    public const string JsonInvalid = "json.invalid";

    /// <summary>A JSON line is not an object.</summary>
    public const string JsonNotObject = "json.notObject";

    /// <summary>An FtM entity has no schema.</summary>
    public const string FtmNoSchema = "ftm.noSchema";

    /// <summary>FtM properties are not an object.</summary>
    public const string FtmPropertiesNotObject = "ftm.propertiesNotObject";

    /// <summary>An FtM property is not a list of strings.</summary>
    public const string FtmNotStringList = "ftm.notStringList";

    /// <summary>The id is empty.</summary>
    public const string IdEmpty = "id.empty";

    /// <summary>The id has only invisible characters.</summary>
    public const string IdInvisible = "id.invisible";

    /// <summary>The id is too long (args: length, maximum).</summary>
    public const string IdTooLong = "id.tooLong";

    /// <summary>The id was already used (args: first line).</summary>
    public const string IdDuplicate = "id.duplicate";

    /// <summary>The schema is neither a person nor an organisation (args: value).</summary>
    public const string SchemaUnknown = "schema.unknown";

    /// <summary>The name is empty.</summary>
    public const string NameEmpty = "name.empty";

    /// <summary>The name is empty, but the record has a birth date, document, e-mail or phone: entity resolution keeps it (a warning).</summary>
    public const string NameEmptyResolvedByFacts = "name.emptyResolvedByFacts";

    /// <summary>The name has only spaces, control or zero-width characters.</summary>
    public const string NameInvisible = "name.invisible";

    /// <summary>The name is too long (args: length, maximum).</summary>
    public const string NameTooLong = "name.tooLong";

    /// <summary>The name has no letter or digit.</summary>
    public const string NameNoLetters = "name.noLetters";

    /// <summary>An alias is too long and was ignored (args: length, maximum).</summary>
    public const string AliasTooLong = "alias.tooLong";

    /// <summary>A name part (given name, surname) is too long (args: length, maximum).</summary>
    public const string PartTooLong = "part.tooLong";

    /// <summary>The birth date is not a date and was ignored (args: value, English detail).</summary>
    public const string BirthDateInvalid = "birthDate.invalid";

    /// <summary>A year-last date read day first whose month is above 12 (args: value, the number).</summary>
    public const string BirthDateNotAMonth = "birthDate.notAMonth";

    /// <summary>A year-last date read month first whose month is above 12 (args: value, the number).</summary>
    public const string BirthDateNotAMonthMonthFirst = "birthDate.notAMonthMonthFirst";

    /// <summary>A date with a two-digit year, whose century is unknown (args: value).</summary>
    public const string BirthDateTwoDigitYear = "birthDate.twoDigitYear";

    /// <summary>A nationality is not an ISO 3166 code and was ignored (args: value).</summary>
    public const string NationalityInvalid = "nationality.invalid";
}
