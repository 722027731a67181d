using System.Text;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// Inputs built at test time, seeded, so no test commits megabytes and every failure reproduces.
/// The words are generic English, not taken from any article or data set.
/// </summary>
internal static class GeneratedInputs
{
    private static readonly string[] s_words =
    [
        "the", "council", "said", "on", "Tuesday", "that", "a", "new", "plan", "would", "cut", "costs", "for", "residents",
        "and", "officials", "expect", "the", "bridge", "to", "open", "next", "year", "after", "months", "of", "delays",
        "in", "a", "statement", "the", "agency", "added", "it", "was", "reviewing", "the", "data", "with", "partners",
        "from", "three", "regions", "while", "critics", "argued", "the", "budget", "of", "12", "million", "was", "too", "high",
    ];

    private static readonly string[] s_names = ["Ann Lee", "Sam Roe", "Kim Poe", "Jo Chan", "Maria de la Cruz", "Omar Haddad", "Li Wei"];

    private static readonly string[] s_boilerplate =
    [
        "Advertisement", "Read more: Markets fall again", "Sign up for our newsletter", "Reporting by Sam Roe; Editing by Kim Poe",
        "Jo Chan contributed to this report.", "Share this article", "Story continues below advertisement",
    ];

    private static readonly string[] s_quoteMarks = ["\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u201E"];

    /// <summary>One sentence of 6 to 20 words ending with a full stop.</summary>
    public static string Sentence(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(6, 21);
        for (var i = 0; i < count; i++)
        {
            var word = s_words[random.Next(s_words.Length)];
            if (i == 0)
                word = char.ToUpperInvariant(word[0]) + word[1..];
            builder.Append(word).Append(i == count - 1 ? "." : " ");
        }
        return builder.ToString();
    }

    /// <summary>A paragraph of 1 to 5 sentences.</summary>
    public static string Paragraph(Random random)
    {
        var sentences = random.Next(1, 6);
        return string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(random)));
    }

    /// <summary>Plain prose of about <paramref name="chars"/> characters: paragraphs separated by blank lines.</summary>
    public static string Prose(int chars, int seed = 1)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(chars + 1000);
        while (builder.Length < chars)
            builder.Append(Paragraph(random)).Append("\n\n");
        return builder.ToString(0, chars);
    }

    /// <summary>
    /// A random article mixing what real dumps hold: a header (dump date, front matter, reader fields or none),
    /// a headline, bylines, datelines, paragraphs, subheadings, list items, boilerplate, quotes with balanced and
    /// unbalanced marks, CRLF and tab noise.
    /// </summary>
    public static string Article(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        var headline = Sentence(random).TrimEnd('.');
        switch (random.Next(4))
        {
            case 0:
                builder.Append($" date 2024-0{random.Next(1, 10)}-1{random.Next(0, 10)} {headline} ");
                break;
            case 1:
                builder.Append($"---\ntitle: {headline}\ndate: 2023-11-{random.Next(10, 31)}\nauthor: {Name(random)}\n---\n\n");
                break;
            case 2:
                builder.Append($"Title: {headline}\nPublished Time: 2022-01-0{random.Next(1, 10)}T10:00:00Z\n\nMarkdown Content:\n");
                break;
            default:
                if (random.Next(2) == 0)
                    builder.Append(headline).Append("\n\n");
                break;
        }
        var parts = random.Next(2, 14);
        for (var i = 0; i < parts; i++)
        {
            var separator = random.Next(6) == 0 ? "\n" : "\n\n";
            switch (random.Next(10))
            {
                case 0:
                    builder.Append("By ").Append(Name(random)).Append(random.Next(2) == 0 ? " and " + Name(random) : "");
                    break;
                case 1:
                    builder.Append(s_boilerplate[random.Next(s_boilerplate.Length)]);
                    break;
                case 2:
                    builder.Append(random.Next(2) == 0 ? "LONDON (Reuters) - " : "KYIV, Ukraine (AP) \u2014 ").Append(Paragraph(random));
                    break;
                case 3:
                    builder.Append(random.Next(2) == 0 ? "- " : $"{random.Next(1, 20)}. ").Append(Sentence(random));
                    break;
                case 4:
                    builder.Append(random.Next(2) == 0 ? "## " : "").Append(Sentence(random).TrimEnd('.'));
                    break;
                case 5 or 6:
                    builder.Append(QuotedParagraph(random));
                    break;
                default:
                    builder.Append(Paragraph(random));
                    break;
            }
            builder.Append(separator);
        }
        var text = builder.ToString();
        if (random.Next(4) == 0)
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        if (random.Next(5) == 0)
            text = text.Replace(" the ", "\tthe\u00A0", StringComparison.Ordinal);
        return text;
    }

    /// <summary>A paragraph with quotation marks in random positions, some never closed.</summary>
    private static string QuotedParagraph(Random random)
    {
        var builder = new StringBuilder();
        var pieces = random.Next(1, 5);
        for (var i = 0; i < pieces; i++)
        {
            var open = s_quoteMarks[random.Next(s_quoteMarks.Length)];
            var close = random.Next(5) == 0 ? "" : s_quoteMarks[random.Next(s_quoteMarks.Length)];
            builder.Append(open).Append(Sentence(random)).Append(close);
            builder.Append(random.Next(3) switch
            {
                0 => $" said {Name(random)}. ",
                1 => $" {Name(random)} told reporters. ",
                _ => " ",
            });
        }
        return builder.ToString().TrimEnd();
    }

    private static string Name(Random random) => s_names[random.Next(s_names.Length)];

    /// <summary>A small, well-formed HTML article page.</summary>
    public static string HtmlPage(int seed)
    {
        var random = new Random(seed);
        var headline = Sentence(random).TrimEnd('.');
        var builder = new StringBuilder();
        builder.Append("<!doctype html><html lang=\"en\"><head><title>").Append(headline).Append(" | Example News</title>");
        builder.Append("<meta property=\"article:published_time\" content=\"2024-03-0").Append(random.Next(1, 10)).Append("T08:00:00Z\">");
        builder.Append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>").Append(headline).Append("</h1>");
        builder.Append("<p class=\"byline\">By ").Append(Name(random)).Append("</p>");
        var paragraphs = random.Next(2, 8);
        for (var i = 0; i < paragraphs; i++)
            builder.Append(random.Next(4) == 0 ? "<p>" + QuotedParagraph(random) + "</p>" : "<p>" + Paragraph(random) + "</p>");
        builder.Append("</article><footer>").Append(s_boilerplate[random.Next(s_boilerplate.Length)]).Append("</footer></body></html>");
        return builder.ToString();
    }

    /// <summary><paramref name="count"/> copies of <paramref name="piece"/>.</summary>
    public static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();
}
