namespace Istmo.Modules.Screening;

/// <summary>
/// A file or column mapping that cannot be read at all (an empty file, a header that is not text, a mapping that names an
/// unknown field or a missing column). <see cref="Exception.Message"/> is English, as the CLI prints it; <see cref="Localized"/>
/// is the same in the caller's UI language, for the pages and the API (which give it as the field's error).
/// </summary>
public sealed class FileFormatException(string spanish, string english, Exception? inner = null) : FormatException(english, inner)
{
    /// <summary>The message in Spanish, or in English when the UI culture is English.</summary>
    public string Localized { get; } = Msg.T(spanish, english);

    /// <summary>The message for a user: <see cref="Localized"/> for this exception, else the exception's own message.</summary>
    public static string For(FormatException ex) => ex is FileFormatException f ? f.Localized : ex.Message;
}
