namespace NewsParsing.Model;

/// <summary>What kind of entity a speaker or claim source is.</summary>
public enum SpeakerKind
{
    /// <summary>A named person ("Vladimir Putin").</summary>
    Person,
    /// <summary>An organisation, institution, country or outlet ("the Russian Defense Ministry", "Ukraine").</summary>
    Organization,
    /// <summary>A described but unnamed source ("a senior official", "analysts").</summary>
    Unnamed,
}

/// <summary>
/// A resolved speaker: every mention of one entity ("Russian President Vladimir Putin", "Putin", "he")
/// resolves to one <see cref="Speaker"/> with the same <see cref="Name"/>.
/// </summary>
/// <param name="Name">The canonical name: the longest proper name seen for the entity, without its title ("Vladimir Putin").</param>
/// <param name="Role">The title or role the text gives ("Russian President"), if any.</param>
/// <param name="Kind">Person, organisation or unnamed source.</param>
public sealed record Speaker(string Name, string? Role, SpeakerKind Kind);

/// <summary>One occurrence of a speaker in the text: a name, a title, or a pronoun.</summary>
/// <param name="Span">Where the mention is in <see cref="Article.Text"/>.</param>
/// <param name="Text">The mention as written ("he", "Putin", "the Kremlin").</param>
/// <param name="Speaker">The entity the mention resolves to.</param>
public sealed record SpeakerMention(TextSpan Span, string Text, Speaker Speaker);

/// <summary>The word or phrase that introduces speech or thought ("said", "wrote in a post", "according to").</summary>
/// <param name="Span">Where the cue is in <see cref="Article.Text"/>.</param>
/// <param name="Text">The cue as written ("reiterated").</param>
/// <param name="Lemma">The cue's dictionary form ("reiterate"), from the cue lexicon.</param>
public sealed record Cue(TextSpan Span, string Text, string Lemma);
