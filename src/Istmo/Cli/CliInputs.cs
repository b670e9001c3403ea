using System.CommandLine;
using System.Globalization;
using Istmo.Modules.Screening;

namespace Istmo.Cli;

/// <summary>
/// What the file commands share (`istmo match`, `screen`, `resolve`, `watchlist import`, `bench resolve`): reading an input
/// file with its format, column mapping and date order, reporting its bad rows, and checking a threshold.
/// </summary>
internal static class CliInputs
{
    /// <summary>--date-order: how a CSV writes dates with the year last (dmy, mdy, or auto: read from the file).</summary>
    internal static Option<string?> DateOrderOption() => new("--date-order")
    {
        Description = "How the CSV writes dates with the year last: dmy (29/01/1956, as in Panama), mdy (01/29/1956) or auto (default: month first only when some date can be read no other way).",
    };

    internal static bool TryDateOrder(string? text, TextWriter error, out DateOrder? order)
    {
        try
        {
            order = DateForms.ParseOrder(text);
            return true;
        }
        catch (FormatException ex)
        {
            error.WriteLine("error: " + ex.Message);
            order = null;
            return false;
        }
    }

    /// <summary>Parses a --map option; a malformed one is the command line's mistake (usage), named on <paramref name="error"/>.</summary>
    internal static bool TryColumnMap(string? text, TextWriter error, out ColumnMap columns)
    {
        try
        {
            columns = ColumnMap.Parse(text);
            return true;
        }
        catch (FormatException ex)
        {
            error.WriteLine("error: " + ex.Message);
            columns = ColumnMap.Default;
            return false;
        }
    }

    internal static int? ReadFile(ParseResult parse, FileInfo file, string? formatText, string? mapText, out ReadResult? read, bool namelessWithFacts = false, string? dateOrderText = null)
    {
        read = null;
        var error = parse.InvocationConfiguration.Error;
        if (!Exists(file, error))
        {
            return ExitCodes.NotFound;
        }

        // A malformed --map is the command line's mistake, not the file's: usage, before the file is read.
        var format = ResolveFormat(file, formatText, error);
        if (format is null || !TryDateOrder(dateOrderText, error, out var order) || !TryColumnMap(mapText, error, out var columns))
        {
            return ExitCodes.Usage;
        }

        try
        {
            using var stream = file.OpenRead();
            read = RecordReaders.Read(stream, format.Value, columns, new Progress<int>(n => error.WriteLine($"… {file.Name}: {n:N0} records read")), namelessWithFacts, order);
        }
        catch (FormatException ex)
        {
            error.WriteLine($"error: {file.Name}: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        foreach (var issue in read.Issues)
        {
            error.WriteLine($"{(issue.IsError ? "error" : "warning")}: {file.Name}: {issue}");
        }

        if (read.SkippedCount > 0)
        {
            error.WriteLine($"{file.Name}: skipped {read.SkippedCount:N0} entities of other schemata ({string.Join(", ", read.Skipped.Select(s => $"{s.Key} {s.Value}"))})");
        }

        return null;
    }

    internal static RecordFormat? ResolveFormat(FileInfo file, string? formatText, TextWriter error)
    {
        if (formatText is not null)
        {
            var parsed = RecordReaders.ParseFormat(formatText);
            if (parsed is null)
            {
                error.WriteLine($"error: --format: '{formatText}' is not csv or ftm");
            }

            return parsed;
        }

        var format = RecordReaders.FormatOf(file.Name);
        if (format is null)
        {
            error.WriteLine($"error: {file.Name}: cannot tell the format from the extension; pass --format csv or --format ftm");
        }

        return format;
    }

    internal static bool Exists(FileInfo file, TextWriter error)
    {
        if (file.Exists)
        {
            return true;
        }

        error.WriteLine($"error: file not found: {file.FullName}");
        return false;
    }

    internal static bool CheckThreshold(double value, TextWriter error)
    {
        if (value is >= 0 and <= 1)
        {
            return true;
        }

        error.WriteLine($"error: thresholds must be between 0 and 1 (got {value.ToString(CultureInfo.InvariantCulture)})");
        return false;
    }
}
