using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Istmo.EndToEndTests;

/// <summary>Waits after a form that sends the browser to another page.</summary>
internal static class PageWaits
{
    /// <summary>
    /// Waits until the address matches <paramref name="url"/> (the navigation committed), then until
    /// <paramref name="selector"/> is on the page. The pages' forms end in a forced load of the next page, started by script
    /// while the form's own request is still tracked; Playwright's default wait for the "load" event then hung twice in
    /// about eight CI runs with the page already shown. The content is what the tests need, so they wait for it.
    /// </summary>
    public static async Task AfterPostAsync(IPage page, Regex url, string selector)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync(selector);
    }
}
