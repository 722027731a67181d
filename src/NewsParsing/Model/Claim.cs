using System.Collections.Immutable;

namespace NewsParsing.Model;

/// <summary>The attitude of a source towards the content it is reported to state.</summary>
public enum Stance
{
    /// <summary>The source states the content ("said", "claimed", "reiterated").</summary>
    Asserts,
    /// <summary>The source rejects the content ("denied", "rejected").</summary>
    Denies,
    /// <summary>The source questions the content ("doubted", "questioned").</summary>
    Doubts,
    /// <summary>The source expects the content to happen ("predicted", "warned that ... will").</summary>
    Predicts,
    /// <summary>The source asks for the content to happen ("urged", "demanded", "called on").</summary>
    Demands,
    /// <summary>The attribution is negated: the source did not say it ("did not say", "never claimed").</summary>
    NotAttributed,
}

/// <summary>Who the source of a claim is, when it is not a resolved speaker.</summary>
public enum SourceKind
{
    /// <summary>A named or described source (see <see cref="Claim.Source"/>).</summary>
    Explicit,
    /// <summary>An unnamed source ("it was reported", passives, "sources say").</summary>
    Implicit,
    /// <summary>The article itself states the content.</summary>
    Article,
}

/// <summary>A word that weakens the article's commitment to content ("allegedly", "reportedly").</summary>
/// <param name="Span">Where it is in <see cref="Article.Text"/>.</param>
/// <param name="Text">The hedge as written.</param>
public sealed record Hedge(TextSpan Span, string Text);

/// <summary>How precise a resolved date is.</summary>
public enum DatePrecision
{
    /// <summary>A single day ("on Friday", "March 14").</summary>
    Day,
    /// <summary>A week or a range of days ("the past week").</summary>
    Week,
    /// <summary>A month ("last August").</summary>
    Month,
    /// <summary>A year ("in 2023").</summary>
    Year,
}

/// <summary>A date written in the text, resolved against the publication date.</summary>
/// <param name="Span">Where it is in <see cref="Article.Text"/>.</param>
/// <param name="Text">The expression as written ("last August").</param>
/// <param name="Start">The first day it denotes.</param>
/// <param name="End">The last day it denotes (equal to <paramref name="Start"/> for a day).</param>
/// <param name="Precision">How precise the expression is.</param>
public sealed record DateMention(TextSpan Span, string Text, DateOnly Start, DateOnly End, DatePrecision Precision)
{
    /// <summary>The date as ISO 8601 at its precision: <c>2025-03-14</c>, <c>2024-08</c>, <c>2023</c>, or <c>start/end</c> for a week.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Start.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Week => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "/" + End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>A number written in the text, with its unit when one follows ("28 settlements", "30-day").</summary>
/// <param name="Span">Where it is in <see cref="Article.Text"/>.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Value">The numeric value.</param>
/// <param name="Unit">The counted noun or unit, if any ("settlements", "day").</param>
/// <param name="IsApproximate">Whether the text marks it as approximate ("about", "nearly").</param>
public sealed record NumberMention(TextSpan Span, string Text, decimal Value, string? Unit, bool IsApproximate);

/// <summary>An attributed statement: who (source) says (cue) what (content), quoted or reported.</summary>
/// <param name="Span">Where the content is in <see cref="Article.Text"/>.</param>
/// <param name="Content">The content: <c>Article.Text</c> sliced by <paramref name="Span"/>.</param>
/// <param name="Source">The resolved source, or <see langword="null"/> for implicit and article sources.</param>
/// <param name="SourceMention">The mention the source was found through, if any.</param>
/// <param name="SourceKind">Whether the source is explicit, implicit or the article.</param>
/// <param name="Cue">The attribution cue, if any.</param>
/// <param name="Stance">The source's stance towards the content.</param>
/// <param name="Hedges">Hedges on the claim ("reportedly", "according to").</param>
/// <param name="Dates">Dates in the content and its frame, resolved.</param>
/// <param name="Numbers">Numbers in the content.</param>
/// <param name="QuoteIndex">The index in <see cref="Article.Quotes"/> of the quote this claim is, if it is one.</param>
public sealed record Claim(
    TextSpan Span,
    string Content,
    Speaker? Source,
    SpeakerMention? SourceMention,
    SourceKind SourceKind,
    Cue? Cue,
    Stance Stance,
    ImmutableArray<Hedge> Hedges,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<NumberMention> Numbers,
    int? QuoteIndex);
