using System.Collections.Immutable;
using NewsParsing.Model;

namespace NewsParsing;

/// <summary>What a comparison finding reports.</summary>
public enum FindingKind
{
    /// <summary>The same quotation in two articles, despite different quote marks, apostrophes or trimming.</summary>
    SameQuote,
    /// <summary>Two claims on overlapping content with opposed stances (one asserts, the other denies or doubts).</summary>
    ConflictingClaims,
    /// <summary>The same event dated differently ("since August 2023" against "last August", i.e. 2024).</summary>
    DateMismatch,
    /// <summary>The same counted thing with different numbers ("28 settlements" against "30 settlements").</summary>
    NumberMismatch,
}

/// <summary>A place in one of the compared articles.</summary>
/// <param name="Article">The index of the article in the list given to <see cref="ArticleComparer.Compare"/>.</param>
/// <param name="Span">The span in that article's <see cref="Article.Text"/>.</param>
/// <param name="Text">The text of the span.</param>
public sealed record ArticleSpan(int Article, TextSpan Span, string Text);

/// <summary>One finding of a comparison: two places that repeat or contradict each other.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="First">The place in the first article (lower index, or earlier in the same article).</param>
/// <param name="Second">The place in the second article.</param>
/// <param name="Score">How close the two places are, 0 to 1 (word overlap of the compared texts).</param>
/// <param name="Description">A one-line explanation, for people.</param>
public sealed record ComparisonFinding(FindingKind Kind, ArticleSpan First, ArticleSpan Second, double Score, string Description);

/// <summary>The result of comparing articles about one event. Immutable.</summary>
/// <param name="ArticleCount">How many articles were compared.</param>
/// <param name="Findings">The findings, grouped by kind in <see cref="FindingKind"/> order, then by position.</param>
public sealed record ComparisonReport(int ArticleCount, ImmutableArray<ComparisonFinding> Findings);
