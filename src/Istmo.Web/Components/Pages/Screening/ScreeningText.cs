namespace Istmo.Web.Components.Pages.Screening;

/// <summary>Marker type of the screening pages' strings (Resources/Components/Pages/Screening/ScreeningText.resx, Spanish; .en.resx, English).</summary>
public sealed class ScreeningText
{
}
