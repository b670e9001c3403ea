using System.Globalization;

namespace Istmo.Modules.Screening;

/// <summary>Messages of the screening module in the caller's language: Spanish first, English when the UI culture is English.</summary>
internal static class Msg
{
    public static string T(string spanish, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : spanish;
}
