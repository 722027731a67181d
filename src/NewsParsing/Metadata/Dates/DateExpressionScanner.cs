using System.Globalization;
using NewsParsing.Lexicons;
using NewsParsing.Model;
using NewsParsing.Segmentation;

namespace NewsParsing.Metadata.Dates;

/// <summary>
/// Finds date expressions in running text and resolves them against a reference date: "on Friday",
/// "yesterday", "last August", "the past week", "since August 2023", "March 14", "in 2023". Month and
/// weekday names come from the <c>months</c> and <c>weekdays</c> lexicons, the other words ("yesterday", "last",
/// "since", the units "week", "month", "year" and "night") from <c>time-words</c> (see <see cref="TimeWords"/>). Ambiguous words ("may", "sat", "sun", "march") count
/// only with date context: a capital letter and, for short forms, a day or year next to them.
/// </summary>
internal sealed class DateExpressionScanner
{
    private readonly Lexicon _months;
    private readonly Lexicon _weekdays;

    /// <summary>
    /// What each word that may open an expression or take part in one is: its time-word roles and whether it is in the
    /// month or weekday list. One lookup per word instead of one per list.
    /// </summary>
    private readonly SpanLookup<Opener> _openers;

    /// <summary>The roles of a word in the scanner's tables.</summary>
    private readonly record struct Opener(TimeWordRoles Roles, bool Month, bool Weekday, DateDirection Direction, int DayOffset, TimeUnit Unit)
    {
        /// <summary>The roles that let a word open an expression by itself (a "span" word needs an article before it).</summary>
        private const TimeWordRoles LeadRoles = TimeWordRoles.Day | TimeWordRoles.Direction | TimeWordRoles.Article | TimeWordRoles.Joins | TimeWordRoles.Marker;

        public bool Lead => (Roles & LeadRoles) != 0;

        public bool Is(TimeWordRoles role) => (Roles & role) != 0;
    }

    /// <param name="months">The <c>months</c> lexicon: name, month number.</param>
    /// <param name="weekdays">The <c>weekdays</c> lexicon: name, ISO day number.</param>
    /// <param name="timeWords">The <c>time-words</c> lexicon (see <see cref="TimeWords"/>).</param>
    public DateExpressionScanner(Lexicon months, Lexicon weekdays, Lexicon timeWords)
    {
        _months = months;
        _weekdays = weekdays;
        var openers = new Dictionary<string, Opener>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, entry) in TimeWords.Read(timeWords))
            openers[word] = new Opener(entry.Roles, false, false, entry.Direction, entry.DayOffset, entry.Unit);
        foreach (var word in months.Keys)
            openers[word] = openers.GetValueOrDefault(word) with { Month = true };
        foreach (var word in weekdays.Keys)
            openers[word] = openers.GetValueOrDefault(word) with { Weekday = true };
        _openers = new SpanLookup<Opener>(openers);
    }

    /// <summary>A date's word joins digits across a hyphen ("2025-03-14"); "mid-March" is two words.</summary>
    private readonly struct DateJoin : IWordJoin
    {
        public static bool Continues(string text, int start, int at, int end) =>
            char.IsLetterOrDigit(text[at]) || text[at] == '-' && at + 1 < end && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[start]);
    }

    /// <summary>The years a reference date may have: one year short of each end of <see cref="DateOnly"/>.</summary>
    private const int MinReferenceYear = 2;
    private const int MaxReferenceYear = 9998;

    /// <summary>Adds the date expressions in <c>text[span]</c> to <paramref name="found"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="reference">The publication date; without it only absolute dates are found.</param>
    /// <param name="found">Receives the mentions, in text order.</param>
    public void Scan(string text, TextSpan span, DateOnly? reference, List<DateMention> found) =>
        Scan(text, span, reference, found, default, everyWord: true);

    /// <summary>
    /// Adds the date expressions in <c>text[span]</c> to <paramref name="found"/>, trying only the words at or right
    /// before one that overlaps <paramref name="candidates"/> (in text order). Every expression holds a digit, a month or
    /// weekday name or a relative word as its first or second word, so when all of those lie in candidates (the claim
    /// stage's token facts tell) the finds are those of <see cref="Scan(string, TextSpan, DateOnly?, List{DateMention})"/>.
    /// </summary>
    internal void Scan(string text, TextSpan span, DateOnly? reference, List<DateMention> found, ReadOnlySpan<TextSpan> candidates)
    {
        if (candidates.IsEmpty)
            return;
        // An expression opens at most one word before a candidate and reads one word before and three after its opener:
        // only that window's words are split.
        var window = TextSpans.CandidateWindow(text, span, candidates, wordsBefore: 2, wordsAfter: 4);
        Scan(text, window, reference, found, candidates, everyWord: false);
    }

    private void Scan(string text, TextSpan span, DateOnly? reference, List<DateMention> found, ReadOnlySpan<TextSpan> candidates, bool everyWord)
    {
        // A reference at the ends of the calendar (a bad metadata date such as 0001-01-05) has no "last year" or
        // "next week" to resolve to: only absolute dates are read against it.
        if (reference is { Year: < MinReferenceYear or > MaxReferenceYear })
            reference = null;
        using var split = new SpanWords<DateJoin>(text, span, stackalloc SpanWord[SpanWords<DateJoin>.StackWords]);
        var words = split.Words;
        var nextCandidate = 0;
        for (var w = 0; w < words.Length; w++)
        {
            if (!everyWord)
            {
                while (nextCandidate < candidates.Length && candidates[nextCandidate].End <= words[w].Start)
                    nextCandidate++;
                if (nextCandidate == candidates.Length)
                    break;
                var reach = w + 1 < words.Length ? words[w + 1].End : words[w].End;
                if (candidates[nextCandidate].Start >= reach)
                    continue;
            }
            if (!CanOpen(words[w].In(text), out var opener))
                continue;
            var consumed = TryMatch(text, words, w, opener, reference, out var mention);
            if (consumed > 0)
            {
                found.Add(mention!);
                w += consumed - 1;
            }
        }
    }

    /// <summary>
    /// Whether <see cref="TryMatch"/> can match at this word: every rule opens with a digit (ISO date, day), a
    /// capitalised month or weekday name, or a time word that can lead (<see cref="Opener.Lead"/>). Any other word
    /// starts none, so most words cost one lookup; <paramref name="opener"/> is what that lookup found.
    /// </summary>
    private bool CanOpen(ReadOnlySpan<char> word, out Opener opener)
    {
        var c = word[0];
        if (char.IsAsciiDigit(c) || !_openers.TryGetValue(word, out opener))
        {
            opener = default;
            return char.IsAsciiDigit(c);
        }
        return opener.Lead
            || char.IsUpper(c) && (word.Length >= 3 && opener.Month || word.Length > 4 && opener.Weekday);
    }

    /// <summary>The unit the word names in the <c>time-words</c> lexicon ("week"), or <see cref="TimeUnit.None"/>.</summary>
    private TimeUnit UnitOf(ReadOnlySpan<char> word) =>
        _openers.TryGetValue(word, out var opener) && opener.Is(TimeWordRoles.Unit) ? opener.Unit : TimeUnit.None;

    /// <summary>Whether the word has <paramref name="role"/> in the <c>time-words</c> lexicon.</summary>
    private bool Is(ReadOnlySpan<char> word, TimeWordRoles role) => _openers.TryGetValue(word, out var opener) && opener.Is(role);

    private int TryMatch(string text, ReadOnlySpan<SpanWord> words, int w, Opener opener, DateOnly? reference, out DateMention? mention)
    {
        mention = null;
        var word = words[w].In(text);

        // ISO 8601 date in prose ("2025-03-14").
        if (word.Length == 10 && DateParser.TryParseIso(word, out var iso, out _))
        {
            mention = Make(text, words[w].Start, words[w].End, iso.Date, DatePrecision.Day);
            return 1;
        }

        if (reference is { } r)
        {
            // "last Friday", "this week", "the past week", "next year", "last August"
            var direction = opener.Direction;
            var past = false;
            var start = words[w].Start;
            var unitIndex = w + 1;
            if (opener.Is(TimeWordRoles.Article) && w + 1 < words.Length && Is(words[w + 1].In(text), TimeWordRoles.Span))
            {
                direction = DateDirection.Last;
                past = true;
                unitIndex = w + 2;
            }
            if (direction != DateDirection.Default && unitIndex < words.Length && Adjacent(text, words, unitIndex - 1, unitIndex))
            {
                var unit = UnitOf(words[unitIndex].In(text));
                var end = words[unitIndex].End;
                var length = unitIndex - w + 1;
                if (unit == TimeUnit.Week)
                {
                    var (s, e) = RelativeDateResolver.Week(r, direction, past);
                    mention = new DateMention(TextSpan.FromBounds(start, end), text[start..end], s, e, DatePrecision.Week);
                    return length;
                }
                if (unit == TimeUnit.Month)
                {
                    var (s, e) = past ? (r.AddDays(-30), r) : RelativeDateResolver.RelativeMonth(r, direction);
                    mention = new DateMention(TextSpan.FromBounds(start, end), text[start..end], s, e, past ? DatePrecision.Week : DatePrecision.Month);
                    return length;
                }
                if (unit == TimeUnit.Year && !past)
                {
                    var year = RelativeDateResolver.RelativeYear(r, direction);
                    mention = Make(text, start, end, new DateOnly(year, 1, 1), DatePrecision.Year);
                    return length;
                }
                if (unit == TimeUnit.Night && direction == DateDirection.Last && !past)
                {
                    mention = Make(text, start, end, r.AddDays(-1), DatePrecision.Day);
                    return length;
                }
                if (!past && IsWeekday(text, words, unitIndex, out var isoDay))
                {
                    mention = Make(text, start, end, RelativeDateResolver.Weekday(r, isoDay, direction), DatePrecision.Day);
                    return length;
                }
                if (!past && IsMonth(text, words, unitIndex, out var month) && !HasYearAfter(text, words, unitIndex))
                {
                    mention = Make(text, start, end, RelativeDateResolver.Month(r, month, direction), DatePrecision.Month);
                    return length;
                }
            }

            if (opener.Is(TimeWordRoles.Day))
            {
                mention = Make(text, words[w].Start, words[w].End, r.AddDays(opener.DayOffset), DatePrecision.Day);
                return 1;
            }
        }

        // "since August 2023", "on Friday": the preposition is part of the expression when it "joins" ("since", "on").
        var lead = w;
        if (opener.Is(TimeWordRoles.Joins) && w + 1 < words.Length && Adjacent(text, words, w, w + 1))
            lead = w + 1;

        if (IsMonth(text, words, lead, out var m))
        {
            var monthWord = words[lead].In(text);
            // Month + day (+ year): "March 14", "March 14, 2025".
            if (lead + 1 < words.Length && Adjacent(text, words, lead, lead + 1) && DayNumber(words[lead + 1].In(text)) is { } day)
            {
                var end = words[lead + 1].End;
                int? year = null;
                if (lead + 2 < words.Length && Adjacent(text, words, lead + 1, lead + 2) && YearNumber(words[lead + 2].In(text)) is { } y)
                {
                    year = y;
                    end = words[lead + 2].End;
                }
                var date = year is { } yy ? SafeDate(yy, m, day) : reference is { } rr ? RelativeDateResolver.DayOfMonth(rr, m, day) : null;
                if (date is { } d)
                {
                    mention = Make(text, words[w].Start, end, d, DatePrecision.Day);
                    return (year is null ? lead + 2 : lead + 3) - w;
                }
            }
            if (lead + 1 < words.Length && Adjacent(text, words, lead, lead + 1) && YearNumber(words[lead + 1].In(text)) is { } year2)
            {
                mention = Make(text, words[w].Start, words[lead + 1].End, new DateOnly(year2, m, 1), DatePrecision.Month);
                return lead + 2 - w;
            }
            // A bare month name needs a preposition before it, and a full name ("May" alone is too often the verb).
            if (reference is { } r2 && monthWord.Length > 3 && (lead > w || w > 0 && Is(words[w - 1].In(text), TimeWordRoles.Marker)))
            {
                mention = Make(text, words[w].Start, words[lead].End, RelativeDateResolver.Month(r2, m, DateDirection.Default), DatePrecision.Month);
                return lead + 1 - w;
            }
        }

        // Day + month (+ year): "14 March 2025", "on 12 February".
        if (lead < words.Length && DayNumber(words[lead].In(text)) is { } day2 && lead + 1 < words.Length && Adjacent(text, words, lead, lead + 1) && IsMonth(text, words, lead + 1, out var m2))
        {
            var end = words[lead + 1].End;
            DateOnly? date = null;
            var length = lead + 2 - w;
            if (lead + 2 < words.Length && Adjacent(text, words, lead + 1, lead + 2) && YearNumber(words[lead + 2].In(text)) is { } y)
            {
                date = SafeDate(y, m2, day2);
                end = words[lead + 2].End;
                length = lead + 3 - w;
            }
            else if (reference is { } r3)
                date = RelativeDateResolver.DayOfMonth(r3, m2, day2);
            if (date is { } d)
            {
                mention = Make(text, words[w].Start, end, d, DatePrecision.Day);
                return length;
            }
        }

        // A weekday: "on Friday", "said Thursday".
        if (reference is { } r4 && IsWeekday(text, words, lead, out var weekday))
        {
            mention = Make(text, words[w].Start, words[lead].End, RelativeDateResolver.Weekday(r4, weekday, DateDirection.Default), DatePrecision.Day);
            return lead + 1 - w;
        }

        // A year after a preposition: "in 2023", "since 2023".
        if (w + 1 < words.Length && opener.Is(TimeWordRoles.Marker) && Adjacent(text, words, w, w + 1) && YearNumber(words[w + 1].In(text)) is { } year3)
        {
            var start = lead == w + 1 ? words[w].Start : words[w + 1].Start;
            mention = Make(text, start, words[w + 1].End, new DateOnly(year3, 1, 1), DatePrecision.Year);
            return 2;
        }
        return 0;
    }

    private bool IsMonth(string text, ReadOnlySpan<SpanWord> words, int index, out int month)
    {
        month = 0;
        if (index >= words.Length)
            return false;
        var word = words[index].In(text);
        if (word.Length < 3 || !char.IsUpper(word[0]) || !_months.TryGet(word, out var fields) || fields.Length == 0
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out month))
            return false;
        // Short forms ("Mar", "Jan") only with a day or a year next to them; "Mar." is fine before a number.
        if (word.Length == 3 && !word.Equals("may", StringComparison.OrdinalIgnoreCase))
        {
            var next = index + 1 < words.Length ? words[index + 1].In(text) : default;
            return DayNumber(next) is not null || YearNumber(next) is not null;
        }
        return true;
    }

    private bool IsWeekday(string text, ReadOnlySpan<SpanWord> words, int index, out int isoDay)
    {
        isoDay = 0;
        if (index >= words.Length)
            return false;
        var word = words[index].In(text);
        // Full capitalised names only: "sat", "sun", "wed" are words too.
        return word.Length > 4 && char.IsUpper(word[0]) && _weekdays.TryGet(word, out var fields) && fields.Length > 0
            && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out isoDay) && isoDay is >= 1 and <= 7;
    }

    private static bool HasYearAfter(string text, ReadOnlySpan<SpanWord> words, int index) =>
        index + 1 < words.Length && YearNumber(words[index + 1].In(text)) is not null;

    private static int? DayNumber(ReadOnlySpan<char> word)
    {
        // "14", "14th", "1st"
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
            digits++;
        if (digits is 0 or > 2)
            return null;
        var suffix = word[digits..];
        if (!(suffix.IsEmpty || suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            return null;
        var day = int.Parse(word[..digits], CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? day : null;
    }

    private static int? YearNumber(ReadOnlySpan<char> word) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200 ? year : null;

    private static DateOnly? SafeDate(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>Two words separated only by spaces and at most one comma or period ("March 14, 2025").</summary>
    private static bool Adjacent(string text, ReadOnlySpan<SpanWord> words, int a, int b)
    {
        var gap = text.AsSpan(words[a].End, words[b].Start - words[a].End);
        if (gap.Length > 3)
            return false;
        foreach (var c in gap)
        {
            if (c is not (' ' or ',' or '.' or '\u00A0'))
                return false;
        }
        return true;
    }

    private static DateMention Make(string text, int start, int end, DateOnly date, DatePrecision precision) =>
        new(TextSpan.FromBounds(start, end), text[start..end], date, RelativeDateResolver.EndOf(date, precision), precision);
}
