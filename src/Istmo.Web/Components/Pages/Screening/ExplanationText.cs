using Istmo.Modules.Screening;
using Microsoft.Extensions.Localization;

namespace Istmo.Web.Components.Pages.Screening;

/// <summary>
/// Explanations of a match in the reader's language. The engine writes each item as a stable code with arguments (and an
/// English text for the API and CLI); the pages render the code from the resources and fall back to the English text
/// only for a code they do not know (one added to the engine later), so nothing is ever hidden.
/// </summary>
public static class ExplanationText
{
    /// <summary>An explanation item as a sentence in the current UI culture.</summary>
    public static string Render(IStringLocalizer<ScreeningText> s, ExplanationView item)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(item);
        var args = item.Args.ToArray();

        // The role of a name part that found no partner ("maternal surname") is a word of its own.
        if (item.Code is Istmo.Matching.ExplanationCodes.NameQueryOnly or Istmo.Matching.ExplanationCodes.NameCandidateOnly && args.Length >= 2)
        {
            var role = s["Role." + args[1]];
            args[1] = role.ResourceNotFound ? args[1] : role.Value;
        }

        var text = s["Explain." + item.Code, args];
        return text.ResourceNotFound ? item.Text : text.Value;
    }

    /// <summary>A score feature's name ("birthDate") as a label.</summary>
    public static string Feature(IStringLocalizer<ScreeningText> s, string name)
    {
        ArgumentNullException.ThrowIfNull(s);
        var text = s["Feature." + name];
        return text.ResourceNotFound ? name : text.Value;
    }
}
