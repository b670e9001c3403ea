namespace Istmo.Matching;

/// <summary>
/// What two compared records' names share, for the term-frequency adjustment: the frequency (0..1) of the whole name a
/// close pair shares, or of the most common part a partly alike pair shares, or nothing (frequency 0).
/// </summary>
/// <param name="Frequency">Share of the run's records with that name (or part).</param>
/// <param name="OnePart">True when it is a single name part of names that only partly agree.</param>
internal readonly record struct SharedName(float Frequency, bool OnePart)
{
    /// <summary>Nothing shared that a frequency could weigh.</summary>
    public static SharedName None => default;
}
