using System.Text.Json;
using NewsParsing.Model;

namespace NewsParsing.Cli;

/// <summary>
/// Writes an article as the CLI's JSON contract (documented in the README), by hand with
/// <see cref="Utf8JsonWriter"/>: no reflection, no source generator. Offsets index the caller's text for
/// plain-text input and <c>body</c> for HTML input; every <c>end</c> is exclusive.
/// </summary>
internal static class ArticleJsonWriter
{
    public static void Write(Utf8JsonWriter json, InputId id, Article article)
    {
        json.WriteStartObject();
        WriteId(json, id);
        json.WriteString("format", article.Format == ArticleFormat.Html ? "html" : "text");
        WriteStringOrNull(json, "headline", article.Headline);
        WriteStringOrNull(json, "published", article.Published?.ToString());
        WriteStringOrNull(json, "modified", article.Metadata.Modified?.ToString());
        json.WriteStartArray("authors");
        foreach (var author in article.Authors)
            json.WriteStringValue(author);
        json.WriteEndArray();
        WriteStringOrNull(json, "dateline", article.Dateline);
        WriteStringOrNull(json, "site", article.Metadata.SiteName);
        WriteStringOrNull(json, "language", article.Metadata.Language);
        WriteStringOrNull(json, "url", article.Metadata.CanonicalUrl?.ToString());
        WriteStringOrNull(json, "description", article.Metadata.Description);
        WriteStringOrNull(json, "image", article.Metadata.ImageUrl?.ToString());
        json.WriteStartArray("tags");
        foreach (var tag in article.Metadata.Tags)
            json.WriteStringValue(tag);
        json.WriteEndArray();
        WriteStringOrNull(json, "lede", article.Lede?.Text);
        json.WriteString("body", article.BodyText);

        json.WriteStartArray("blocks");
        foreach (var block in article.Body)
        {
            json.WriteStartObject();
            json.WriteString("kind", Camel(block.Kind.ToString()));
            json.WriteString("text", block.Text);
            WriteSpan(json, article, block.Span, "start", "end");
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in article.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            WriteSpan(json, article, quote.Span, "start", "end");
            json.WriteString("kind", Camel(quote.Kind.ToString()));
            WriteSpeaker(json, article, quote.Speaker, quote.SpeakerMention, "speaker");
            WriteCue(json, article, quote.Cue);
            WriteStringOrNull(json, "via", quote.Via);
            json.WriteStartArray("quoted");
            foreach (var quoted in quote.Quoted)
            {
                json.WriteStartObject();
                WriteSpan(json, article, quoted, "start", "end");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("claims");
        foreach (var claim in article.Claims)
        {
            json.WriteStartObject();
            json.WriteString("content", claim.Content);
            WriteSpan(json, article, claim.Span, "start", "end");
            WriteSpeaker(json, article, claim.Source, claim.SourceMention, "source");
            json.WriteString("sourceKind", Camel(claim.SourceKind.ToString()));
            WriteCue(json, article, claim.Cue);
            json.WriteString("stance", Camel(claim.Stance.ToString()));
            json.WriteStartArray("hedges");
            foreach (var hedge in claim.Hedges)
                json.WriteStringValue(hedge.Text);
            json.WriteEndArray();
            json.WriteStartArray("dates");
            foreach (var date in claim.Dates)
            {
                json.WriteStartObject();
                json.WriteString("text", date.Text);
                json.WriteString("value", date.ToString());
                WriteSpan(json, article, date.Span, "start", "end");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("numbers");
            foreach (var number in claim.Numbers)
            {
                json.WriteStartObject();
                json.WriteString("text", number.Text);
                json.WriteNumber("value", number.Value);
                WriteStringOrNull(json, "unit", number.Unit);
                json.WriteBoolean("approximate", number.IsApproximate);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (claim.QuoteIndex is { } quoteIndex)
                json.WriteNumber("quote", quoteIndex);
            else
                json.WriteNull("quote");
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("dropped");
        foreach (var dropped in article.Dropped)
        {
            json.WriteStartObject();
            json.WriteString("text", dropped.Text);
            json.WriteString("reason", Camel(dropped.Reason.ToString()));
            if (dropped.Span is { } span)
                WriteSpan(json, article, span, "start", "end");
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in article.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", Camel(diagnostic.Code.ToString()));
            json.WriteString("severity", Camel(diagnostic.Severity.ToString()));
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.Span is { } span)
                WriteSpan(json, article, span, "start", "end");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The output line for an input that could not be parsed: its id and the error.</summary>
    public static void WriteError(Utf8JsonWriter json, InputId id, string error)
    {
        json.WriteStartObject();
        WriteId(json, id);
        json.WriteString("error", error);
        json.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter json, InputId id)
    {
        json.WritePropertyName("id");
        id.WriteTo(json);
    }

    private static void WriteSpeaker(Utf8JsonWriter json, Article article, Speaker? speaker, SpeakerMention? mention, string name)
    {
        WriteStringOrNull(json, name, speaker?.Name);
        if (mention is not null)
        {
            var span = article.ToSourceSpan(mention.Span);
            json.WriteNumber(name + "Start", span.Start);
            json.WriteNumber(name + "End", span.End);
            json.WriteString(name + "Mention", mention.Text);
        }
        else
        {
            json.WriteNull(name + "Start");
            json.WriteNull(name + "End");
        }
        WriteStringOrNull(json, name + "Role", speaker?.Role);
    }

    private static void WriteCue(Utf8JsonWriter json, Article article, Cue? cue)
    {
        WriteStringOrNull(json, "cue", cue?.Text);
        if (cue is not null)
        {
            var span = article.ToSourceSpan(cue.Span);
            json.WriteNumber("cueStart", span.Start);
            json.WriteNumber("cueEnd", span.End);
            json.WriteString("cueLemma", cue.Lemma);
        }
        else
        {
            json.WriteNull("cueStart");
            json.WriteNull("cueEnd");
        }
    }

    private static void WriteSpan(Utf8JsonWriter json, Article article, TextSpan span, string start, string end)
    {
        var source = article.ToSourceSpan(span);
        json.WriteNumber(start, source.Start);
        json.WriteNumber(end, source.End);
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
