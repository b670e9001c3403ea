namespace Istmo.Matching;

/// <summary>Characters written into a caller's (usually stack) buffer, for the keys a query's unseen words compute: a
/// <see cref="System.Text.StringBuilder"/> per key was most of the ~0.7 KB such a word cost the collector.</summary>
/// <remarks>The caller sizes the buffer for the longest output; writing past it throws.</remarks>
internal ref struct CharBuffer(Span<char> buffer)
{
    private readonly Span<char> _buffer = buffer;

    /// <summary>Characters written so far; set lower to drop the last ones.</summary>
    public int Length { get; set; }

    public readonly char this[int index] => _buffer[..Length][index];

    public void Append(char c) => _buffer[Length++] = c;

    public void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(_buffer[Length..]);
        Length += text.Length;
    }

    public readonly ReadOnlySpan<char> AsSpan() => _buffer[..Length];

    public readonly bool EndsWith(ReadOnlySpan<char> text) => AsSpan().EndsWith(text, StringComparison.Ordinal);

    public override readonly string ToString() => new(AsSpan());
}
