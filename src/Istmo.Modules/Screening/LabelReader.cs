using CsvHelper;

namespace Istmo.Modules.Screening;

/// <summary>
/// Reads a column of known answers (who is who) from a CSV file beside its id column, so that `istmo bench resolve` can
/// score entity resolution on a labelled file. Ids are cleaned as <see cref="RecordReaders"/> cleans them, so they meet the
/// records it reads.
/// </summary>
public static class LabelReader
{
    /// <summary>Label per record id. A row without an id or label is skipped; the caller counts records it has no label for.</summary>
    /// <exception cref="FormatException">The header has no id column (after <paramref name="map"/>) or no column <paramref name="column"/>.</exception>
    public static Dictionary<string, string> Read(Stream stream, ColumnMap map, string column)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        using var csv = CsvReader.Create(stream, RecordReaders.QuietCsvOptions(CsvSeparator.Detect(stream)), leaveOpen: true);
        string[] header = [.. csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF'))];
        var fields = map.Resolve(header);
        if (!fields.TryGetValue("id", out var idColumns))
        {
            throw new FormatException($"No id column: map one with --map id=COLUMN (the header has: {string.Join(", ", header)}).");
        }

        var labelIndex = Array.FindIndex(header, h => string.Equals(h, column.Trim(), StringComparison.OrdinalIgnoreCase));
        if (labelIndex < 0)
        {
            throw new FormatException($"No column '{column}' for the labels (the header has: {string.Join(", ", header)}).");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (idColumns[0] < csv.FieldCount && labelIndex < csv.FieldCount
                && RecordText.Clean(csv.GetString(idColumns[0])) is { } id && RecordText.Clean(csv.GetString(labelIndex)) is { } label)
            {
                labels.TryAdd(id, label);
            }
        }

        return labels;
    }
}
