using System.Text.Json;

namespace NewsParsing.Metadata;

/// <summary>
/// Reads the article facts of JSON-LD blocks (schema.org): the object whose <c>@type</c> is an article type,
/// found at the top level, in a top-level array or in <c>@graph</c>; <c>author</c> as a string, an object or an
/// array; <c>publisher</c> nested. Malformed blocks are reported, never thrown.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions s_options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The facts of one article object.</summary>
    public sealed class Facts
    {
        public string? Type { get; set; }
        public string? Headline { get; set; }
        public string? Published { get; set; }
        public string? Modified { get; set; }
        public List<string> Authors { get; } = [];
        public string? Publisher { get; set; }
        public string? Language { get; set; }
        public string? Url { get; set; }
        public string? Description { get; set; }
        public string? Image { get; set; }
        public List<string> Keywords { get; } = [];
        public bool IsArticle { get; set; }
    }

    /// <summary>Reads one script's JSON; adds what it finds to <paramref name="found"/>.</summary>
    /// <returns>False when the JSON could not be read.</returns>
    public static bool Read(string json, List<Facts> found)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException)
        {
            // Pages often put raw line breaks inside JSON strings, or a stray brace after the object:
            // read control characters as spaces and the first complete value only, before giving up.
            try
            {
                document = JsonDocument.Parse(FirstValue(ReplaceControlCharacters(json)), s_options);
            }
            catch (JsonException)
            {
                return false;
            }
        }
        using (document)
            Visit(document.RootElement, found, 0);
        return true;
    }

    private static string ReplaceControlCharacters(string json) =>
        string.Create(json.Length, json, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] < ' ' ? ' ' : source[i];
        });

    /// <summary>The text of the first complete JSON value (an object or an array) in <paramref name="json"/>.</summary>
    private static string FirstValue(string json)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                    i++;
                else if (c == '"')
                    inString = false;
                continue;
            }
            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (--depth == 0)
                        return json[..(i + 1)];
                    break;
            }
        }
        return json;
    }

    private static void Visit(JsonElement element, List<Facts> found, int depth)
    {
        if (depth > 8)
            return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Visit(item, found, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return;
        if (element.TryGetProperty("@graph", out var graph))
            Visit(graph, found, depth + 1);
        var type = TypeOf(element);
        if (type is null)
            return;
        var isArticle = IsArticleType(type);
        if (!isArticle && !type.Contains("WebPage", StringComparison.Ordinal))
        {
            // An article may hang below a WebPage or ItemPage as mainEntity.
            if (element.TryGetProperty("mainEntity", out var main))
                Visit(main, found, depth + 1);
            return;
        }
        var facts = new Facts
        {
            Type = type,
            IsArticle = isArticle,
            Headline = StringOf(element, "headline") ?? StringOf(element, "name"),
            Published = StringOf(element, "datePublished") ?? StringOf(element, "dateCreated"),
            Modified = StringOf(element, "dateModified"),
            Language = StringOf(element, "inLanguage"),
            Description = StringOf(element, "description"),
            Url = StringOf(element, "url") ?? UrlOf(element, "mainEntityOfPage"),
            Image = UrlOf(element, "image") ?? UrlOf(element, "thumbnailUrl"),
        };
        if (element.TryGetProperty("author", out var author))
            AddNames(author, facts.Authors, 0);
        if (element.TryGetProperty("creator", out var creator))
        {
            // Creators that list the author among further people name the co-authors the author field left out.
            var creators = new List<string>();
            AddNames(creator, creators, 0);
            if (facts.Authors.Count == 0 || creators.Count > facts.Authors.Count && facts.Authors.TrueForAll(creators.Contains))
            {
                facts.Authors.Clear();
                facts.Authors.AddRange(creators);
            }
        }
        if (element.TryGetProperty("publisher", out var publisher))
            facts.Publisher = publisher.ValueKind == JsonValueKind.String ? publisher.GetString() : NameOf(publisher);
        if (element.TryGetProperty("keywords", out var keywords))
            AddKeywords(keywords, facts.Keywords);
        found.Add(facts);
        if (element.TryGetProperty("mainEntity", out var entity))
            Visit(entity, found, depth + 1);
    }

    private static bool IsArticleType(string type) =>
        type.Contains("Article", StringComparison.Ordinal) || type.Contains("BlogPosting", StringComparison.Ordinal)
        || type.Contains("NewsArticle", StringComparison.Ordinal) || type.Contains("LiveBlogPosting", StringComparison.Ordinal)
        || type.Contains("SocialMediaPosting", StringComparison.Ordinal) || type.Contains("Report", StringComparison.Ordinal);

    private static string? TypeOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
            return null;
        if (type.ValueKind == JsonValueKind.String)
            return type.GetString();
        if (type.ValueKind == JsonValueKind.Array)
        {
            string? joined = null;
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                    joined = joined is null ? item.GetString() : joined + " " + item.GetString();
            }
            return joined;
        }
        return null;
    }

    private static string? StringOf(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
            value = value[0];
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@value", out var inner))
            value = inner;
        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text.Trim() : null;
    }

    private static string? UrlOf(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
            value = value[0];
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        if (value.ValueKind == JsonValueKind.Object)
            return StringOf(value, "url") ?? StringOf(value, "@id") ?? StringOf(value, "contentUrl");
        return null;
    }

    private static string? NameOf(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0)
            element = element[0];
        return element.ValueKind == JsonValueKind.Object ? StringOf(element, "name") : null;
    }

    private static void AddNames(JsonElement value, List<string> names, int depth)
    {
        if (depth > 3)
            return;
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { Length: > 0 } name:
                names.Add(name.Trim());
                break;
            // One person object whose name is an array of names ({"name": ["Jane Doe", "John Roe"]}) lists co-authors.
            case JsonValueKind.Object when value.TryGetProperty("name", out var nameList) && nameList.ValueKind == JsonValueKind.Array:
                AddNames(nameList, names, depth + 1);
                break;
            case JsonValueKind.Object when StringOf(value, "name") is { } objectName:
                names.Add(objectName);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                    AddNames(item, names, depth + 1);
                break;
        }
    }

    private static void AddKeywords(JsonElement value, List<string> keywords)
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text)
        {
            foreach (var keyword in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                keywords.Add(keyword);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } keyword)
                    keywords.Add(keyword.Trim());
            }
        }
    }
}
