using NewsParsing.Metadata.Dates;
using NewsParsing.Model;
using NewsParsing.Pipeline;
using NewsParsing.Segmentation;

namespace NewsParsing.Metadata;

/// <summary>
/// Reads the metadata header that plain-text dumps open with: YAML front matter (<c>---</c> ... <c>---</c>),
/// reader-dump fields (<c>Title:</c>, <c>Published Time:</c>, <c>URL Source:</c>), or the one-line
/// <c>date YYYY-MM-DD</c> prefix of scraped dumps, after which the headline and lede follow on the same line.
/// </summary>
internal static class HeaderReader
{
    /// <summary>Reads the header; returns where the article text starts. The header is dropped as metadata.</summary>
    public static int Read(ParseContext context)
    {
        var text = context.Text.AsSpan();
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        var end = ReadFrontMatter(context, start);
        if (end == start)
            end = ReadFields(context, start);
        if (end == start)
            end = ReadDatePrefix(context, start);
        if (end > start)
            context.Drop(TextSpans.Trim(text, start, end), DropReason.Metadata);
        return end;
    }

    private static int ReadFrontMatter(ParseContext context, int start)
    {
        var text = context.Text.AsSpan();
        var lines = new LineScanner(text, start);
        if (!lines.MoveNext() || !lines.Current.TrimEnd().SequenceEqual("---"))
            return start;
        string? listKey = null;
        while (lines.MoveNext())
        {
            context.CancellationToken.ThrowIfCancellationRequested(); // an unclosed fence can run to the end of the input
            var line = lines.Current;
            var trimmed = line.Trim();
            if (trimmed.SequenceEqual("---") || trimmed.SequenceEqual("..."))
                return Math.Min(lines.Next, text.Length);
            if (trimmed.StartsWith("- ") && listKey is not null && line.Length > 0 && (char.IsWhiteSpace(line[0]) || line[0] == '-'))
            {
                ApplyField(context, listKey, Unquote(trimmed[2..]));
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
                continue;
            var key = line[..colon].Trim().ToString();
            var value = Unquote(line[(colon + 1)..]);
            listKey = value.IsEmpty ? key : null;
            if (!value.IsEmpty)
            {
                if (value[0] == '[' && value[^1] == ']')
                {
                    foreach (var item in value[1..^1].ToString().Split(','))
                        ApplyField(context, key, Unquote(item));
                }
                else
                {
                    ApplyField(context, key, value);
                }
            }
        }
        return start; // no closing fence: not front matter
    }

    private static int ReadFields(ParseContext context, int start)
    {
        var text = context.Text.AsSpan();
        var lines = new LineScanner(text, start);
        var end = start;
        var fields = 0;
        while (lines.MoveNext())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var line = lines.Current.Trim();
            if (line.IsEmpty)
                continue;
            var colon = line.IndexOf(':');
            if (colon <= 0 || colon > 24)
                break;
            var key = line[..colon].Trim();
            if (key.Equals("Markdown Content", StringComparison.OrdinalIgnoreCase))
            {
                end = Math.Min(lines.Next, text.Length);
                fields++;
                break;
            }
            var field = FieldOf(key);
            if (field == Field.None)
                break;
            ApplyField(context, key.ToString(), Unquote(line[(colon + 1)..]));
            fields++;
            end = Math.Min(lines.Next, text.Length);
        }
        // One "Date: ..." line alone is a header too; a lone "Source: ..." line could be prose.
        return fields > 0 ? end : start;
    }

    private static int ReadDatePrefix(ParseContext context, int start)
    {
        var text = context.Text.AsSpan(start);
        if (!text.StartsWith("date", StringComparison.OrdinalIgnoreCase) || text.Length < 6 || text[4] is not (' ' or ':'))
            return start;
        var rest = text[5..];
        if (!DateParser.TryParseIso(rest, out var date, out var consumed))
            return start;
        context.Published ??= date;
        return start + 5 + consumed;
    }

    private enum Field { None, Headline, Published, Modified, Author, Url, Site, Language, Description, Tags }

    private static Field FieldOf(ReadOnlySpan<char> key)
    {
        Span<char> lower = stackalloc char[Math.Min(key.Length, 32)];
        var n = key[..lower.Length].ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "title" or "headline" => Field.Headline,
            "date" or "published" or "published time" or "published_time" or "publication date" or "pubdate" or "date published" => Field.Published,
            "modified" or "updated" or "date modified" or "last modified" => Field.Modified,
            "author" or "authors" or "by" or "byline" => Field.Author,
            "url" or "url source" or "source url" or "canonical" or "link" => Field.Url,
            "site" or "site name" or "site_name" or "publisher" => Field.Site,
            "language" or "lang" => Field.Language,
            "description" or "summary" => Field.Description,
            "tags" or "keywords" or "categories" => Field.Tags,
            _ => Field.None,
        };
    }

    private static void ApplyField(ParseContext context, string key, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
            return;
        var metadata = context.Metadata;
        switch (FieldOf(key))
        {
            case Field.Headline:
                context.Headline ??= value.ToString();
                break;
            case Field.Published:
                if (DateParser.TryParse(value, out var published))
                    context.Published ??= published;
                else
                    context.Diagnose(DiagnosticCode.InvalidDate, DiagnosticSeverity.Warning, $"The header date '{value}' is not a valid date.");
                break;
            case Field.Modified:
                if (DateParser.TryParse(value, out var modified))
                    context.Metadata = metadata with { Modified = metadata.Modified ?? modified };
                break;
            case Field.Author:
                foreach (var author in BylineExtractor.SplitNames(value, context.Options.Lexicons.Get("agencies")))
                    context.AddAuthor(author);
                break;
            case Field.Url:
                if (Uri.TryCreate(value.ToString(), UriKind.Absolute, out var url))
                    context.Metadata = metadata with { CanonicalUrl = metadata.CanonicalUrl ?? url };
                break;
            case Field.Site:
                context.Metadata = metadata with { SiteName = metadata.SiteName ?? value.ToString() };
                break;
            case Field.Language:
                context.Metadata = metadata with { Language = metadata.Language ?? value.ToString() };
                break;
            case Field.Description:
                context.Metadata = metadata with { Description = metadata.Description ?? value.ToString() };
                break;
            case Field.Tags:
                foreach (var tag in value.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    context.AddTag(tag);
                break;
        }
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
            value = value[1..^1].Trim();
        return value;
    }
}
