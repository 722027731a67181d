using System.Collections.Immutable;

namespace NewsParsing.Model;

/// <summary>Page-level facts that HTML (and some text headers) carry besides the headline, date and byline.</summary>
/// <param name="SiteName">The publication's name ("Reuters"), if the source says so.</param>
/// <param name="Language">The language tag ("en", "de-CH"), if the source says so.</param>
/// <param name="CanonicalUrl">The canonical address of the article.</param>
/// <param name="Description">The summary the page gives of itself.</param>
/// <param name="ImageUrl">The lead image.</param>
/// <param name="Modified">The last-modified date, kept apart from the publication date.</param>
/// <param name="Tags">Keywords and section tags.</param>
public sealed record ArticleMetadata(
    string? SiteName,
    string? Language,
    Uri? CanonicalUrl,
    string? Description,
    Uri? ImageUrl,
    ArticleDate? Modified,
    ImmutableArray<string> Tags)
{
    /// <summary>Metadata with nothing known.</summary>
    public static ArticleMetadata Empty { get; } = new(null, null, null, null, null, null, []);
}
