using Istmo.Modules.Screening;
using Microsoft.Extensions.Localization;

namespace Istmo.Web.Components.Pages.Screening;

/// <summary>
/// An import problem in the reader's language, from its stable code and arguments; a problem without a known code keeps
/// the importer's English message, so nothing is hidden.
/// </summary>
public static class ImportIssueText
{
    /// <summary>The problem as a sentence in the current UI culture.</summary>
    public static string Render(IStringLocalizer<ScreeningText> s, RecordIssue issue)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(issue);
        var text = s["Issue." + issue.Code, [.. issue.Args]];
        return text.ResourceNotFound ? issue.Message : text.Value;
    }
}
