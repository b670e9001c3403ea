using System.Text;
using System.Text.Json;

namespace Istmo.Modules.Screening;

/// <summary>One labelled pair read by <see cref="PairFileReader"/>: two records and whether they are the same.</summary>
public sealed record LabelledRecordPair(int Line, SourceRecord Left, SourceRecord Right, bool IsMatch);

/// <summary>The outcome of reading a labelled pair file.</summary>
public sealed class PairFileResult
{
    public List<LabelledRecordPair> Pairs { get; } = [];

    /// <summary>Lines that could not be read, each naming its line and field; the other lines are still read.</summary>
    public List<RecordIssue> Issues { get; } = [];

    /// <summary>Pairs not matched because a side's schema is not a person or an organisation (Occupancy, Vessel, ...), by schema.</summary>
    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>Pairs judged "unsure": neither a match nor a non-match, left out of the counts.</summary>
    public int Unsure { get; set; }
}

/// <summary>
/// Reads labelled pairs in the form OpenSanctions publishes its "Pairs" benchmark: JSON lines of
/// <c>{"left": FtM entity, "right": FtM entity, "judgement": "positive" | "negative"}</c>. Each side is read exactly as
/// <see cref="RecordReaders.ReadFtm"/> reads a watchlist line, so a pair is scored with the facts screening would see.
/// </summary>
public static class PairFileReader
{
    public static PairFileResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var result = new PairFileResult();
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            using var doc = RecordReaders.ParseJsonLine(text, line, result.Issues);
            if (doc is not null)
            {
                ReadPair(doc.RootElement, line, result);
            }
        }

        return result;
    }

    private static void ReadPair(JsonElement root, int line, PairFileResult result)
    {
        var judgement = root.TryGetProperty("judgement", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString()!.Trim().ToLowerInvariant() : null;
        bool isMatch;
        switch (judgement)
        {
            case "positive":
                isMatch = true;
                break;
            case "negative":
                isMatch = false;
                break;
            case "unsure":
                result.Unsure++;
                return;
            default:
                result.Issues.Add(new RecordIssue(line, null, "judgement", "must be \"positive\", \"negative\" or \"unsure\""));
                return;
        }

        var left = Side(root, "left", line, result, out var leftSchema);
        var right = Side(root, "right", line, result, out var rightSchema);
        if (leftSchema is not null || rightSchema is not null)
        {
            var schema = leftSchema ?? rightSchema!;
            result.Skipped[schema] = result.Skipped.GetValueOrDefault(schema) + 1;
            return;
        }

        if (left is not null && right is not null)
        {
            result.Pairs.Add(new LabelledRecordPair(line, left, right, isMatch));
        }
    }

    /// <summary>Reads one side; null with an issue when it cannot be read, null with <paramref name="skippedSchema"/> when its schema is not matched.</summary>
    private static SourceRecord? Side(JsonElement root, string side, int line, PairFileResult result, out string? skippedSchema)
    {
        skippedSchema = null;
        if (!root.TryGetProperty(side, out var entity) || entity.ValueKind != JsonValueKind.Object)
        {
            result.Issues.Add(new RecordIssue(line, null, side, "missing: must be a FollowTheMoney entity object"));
            return null;
        }

        var read = new ReadResult();
        RecordReaders.ReadFtmEntity(entity, line, read, new Dictionary<string, int>(StringComparer.Ordinal), namelessWithFacts: true);
        if (read.Skipped.Count > 0)
        {
            skippedSchema = read.Skipped.Keys.First();
            return null;
        }

        foreach (var issue in read.Issues.Where(i => i.IsError))
        {
            result.Issues.Add(issue with { Field = side + "." + issue.Field });
        }

        return read.ErrorCount == 0 && read.Records.Count == 1 ? read.Records[0] : null;
    }
}
