namespace Istmo.Modules.Screening;

/// <summary>
/// The separator of a delimited file, read from its header line: a comma, or the semicolon of spreadsheets saved where the
/// comma is the decimal mark, a tab (.tsv) or a vertical bar. Without it a semicolon file read as one column and was
/// refused for having no id column.
/// </summary>
public static class CsvSeparator
{
    private static readonly char[] Candidates = [',', ';', '\t', '|'];

    /// <summary>
    /// <see cref="Detect(Stream)"/> for a stream that may not seek (an upload, a hashing wrapper): its first 64 KB are read
    /// and <paramref name="stream"/> becomes a stream that gives them again before the rest.
    /// </summary>
    public static char Detect(ref Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            return Detect(stream);
        }

        var head = new byte[64 * 1024];
        var read = ReadFully(stream, head);
        stream = new PrefixedStream(head.AsMemory(0, read), stream);
        return OfHeader(head.AsSpan(0, read));
    }

    /// <summary>
    /// The candidate that occurs most often outside quotes in the first line (a comma when none does, or on a tie with it).
    /// The stream is left where it was; one that cannot seek is taken as comma-separated.
    /// </summary>
    public static char Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            return ',';
        }

        var start = stream.Position;
        try
        {
            var buffer = new byte[64 * 1024];
            return OfHeader(buffer.AsSpan(0, ReadFully(stream, buffer)));
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }

        return read;
    }

    /// <summary>The separator of the first line of <paramref name="bytes"/> (UTF-8 or ASCII; the separators are single bytes).</summary>
    internal static char OfHeader(ReadOnlySpan<byte> bytes)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        var quoted = false;
        foreach (var b in bytes)
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b is (byte)'\n' or (byte)'\r')
            {
                break;
            }
            else if (!quoted)
            {
                var i = Array.IndexOf(Candidates, (char)b);
                if (i >= 0)
                {
                    counts[i]++;
                }
            }
        }

        var best = 0;
        for (int i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }

    /// <summary>A read-only stream giving bytes already read from a stream, then the rest of it.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
            {
                return rest.Read(buffer);
            }

            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
