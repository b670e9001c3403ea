using Istmo.Matching;
using Istmo.Modules.Screening;
using Microsoft.Extensions.Localization;

namespace Istmo.Web.Components.Pages.Screening;

/// <summary>
/// The screening pages' texts that the engine and the importers give as stable codes with arguments (and an English text
/// for the API and CLI): explanations of a match, score features and import problems, rendered from the resources in the
/// reader's language. A code the resources do not know (one added later) falls back to the English text, so nothing is
/// ever hidden.
/// </summary>
public static class CodedText
{
    /// <summary>An explanation item of a match as a sentence in the current UI culture.</summary>
    public static string Explanation(IStringLocalizer<ScreeningText> s, ExplanationView item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var args = item.Args.ToArray();

        // The role of a name part that found no partner ("maternal surname") is a word of its own.
        if (item.Code is ExplanationCodes.NameQueryOnly or ExplanationCodes.NameCandidateOnly && args.Length >= 2)
        {
            args[1] = Localize(s, "Role." + args[1], [], args[1]);
        }

        return Localize(s, "Explain." + item.Code, args, item.Text);
    }

    /// <summary>A score feature's name ("birthDate") as a label.</summary>
    public static string Feature(IStringLocalizer<ScreeningText> s, string name) => Localize(s, "Feature." + name, [], name);

    /// <summary>An import problem as a sentence in the current UI culture.</summary>
    public static string Issue(IStringLocalizer<ScreeningText> s, RecordIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return Localize(s, "Issue." + issue.Code, [.. issue.Args], issue.Message);
    }

    private static string Localize(IStringLocalizer<ScreeningText> s, string key, object[] args, string fallback)
    {
        ArgumentNullException.ThrowIfNull(s);
        var text = s[key, args];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
