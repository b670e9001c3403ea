using Microsoft.Extensions.Localization;

namespace Istmo.Modules.Registry;

/// <summary>Turns validation codes into messages in the current UI culture (resources: Resources/ValidationMessages*.resx).</summary>
public sealed class ValidationMessages(IStringLocalizer<ValidationMessages> localizer)
{
    /// <summary>Messages for each field; unknown codes pass through unchanged (Identity's own messages, for instance).</summary>
    public Dictionary<string, string[]> Localize(IReadOnlyDictionary<string, string[]> codes) =>
        codes.ToDictionary(e => e.Key, e => e.Value.Select(Message).ToArray());

    /// <summary>One message.</summary>
    public string Message(string code)
    {
        var text = localizer[code];
        return text.ResourceNotFound ? code : text.Value;
    }
}
