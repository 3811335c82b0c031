//! A speaker's other mentions in the article: the places that name them (full name, an
//! alias, or the surname alone, as news style does after first mention) and are not yet
//! tagged, so the person can link them all in one action.

use crate::core::model::{Document, Kind, Speaker};
use crate::core::text::Span;
use crate::core::sort;

/// The untagged mentions of speaker `id` in the readable text, in text order. A place
/// already inside any speaker mention is skipped, so no name is claimed by two speakers.
pub fn untagged_mentions(doc: &Document, id: &str) -> Vec<Span> {
    let Some(speaker) = doc.speaker(id) else { return Vec::new() };
    let text = doc.text();
    let taken: Vec<Span> = doc.annotations.iter().filter(|a| a.kind == Kind::Speaker).map(|a| a.span).collect();
    let mut found: Vec<Span> = Vec::new();
    // Longest names first, so "Pete Hegseth" is found before the "Hegseth" inside it.
    let mut names = names_of(doc, speaker);
    sort::sort_by_key(&mut names, |n| std::cmp::Reverse(n.len()));
    for name in &names {
        for (at, _) in text.match_indices(name.as_str()) {
            let span = Span::new(at, at + name.len());
            let whole_word = !text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
                && !text[span.end..].chars().next().is_some_and(char::is_alphanumeric);
            let readable = doc.article.block_at(at).is_some_and(|b| !doc.blocks()[b].kind.is_furniture());
            let free = !taken.iter().chain(found.iter()).any(|t| t.overlaps(span));
            if whole_word && readable && free {
                found.push(span);
            }
        }
    }
    sort::sort_by_key(&mut found, |s| s.start);
    found
}

/// The speaker whose surname is `word`, when exactly one speaker has it: "Hegseth" joins
/// "Pete Hegseth" rather than starting a speaker of its own.
pub fn by_surname<'a>(doc: &'a Document, word: &str) -> Option<&'a Speaker> {
    let mut matches = doc.speakers.iter().filter(|s| surname(&s.name).is_some_and(|n| n == word));
    let first = matches.next()?;
    matches.next().is_none().then_some(first)
}

/// The strings that name a speaker: name, aliases, and the surname of a full name. A
/// surname two speakers share (Donald and Ivanka Trump) names neither of them alone, unless
/// it is one's own alias.
fn names_of(doc: &Document, s: &Speaker) -> Vec<String> {
    let mut names: Vec<String> = std::iter::once(s.name.trim().to_string()).chain(s.aliases.iter().map(|a| a.trim().to_string())).collect();
    if let Some(last) = surname(&s.name).filter(|&last| by_surname(doc, last).is_some_and(|only| only.id == s.id)) {
        names.push(last.to_string());
    }
    names.retain(|n| !n.is_empty());
    names.dedup();
    names
}

/// The last word of a name of two or more capitalised words ("Pete Hegseth" → "Hegseth").
fn surname(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = *words.last()?;
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (words.len() >= 2 && words.iter().all(|w| capitalised(w)) && last.chars().count() >= 3).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Title\n\nPete Hegseth spoke. Hegseth said no. The Hegsethian view differs.\n\nPhoto: Hegseth/Agency";

    #[test]
    fn finds_whole_word_untagged_mentions_in_readable_text() {
        let mut doc = Document::from_text(TEXT);
        let at = TEXT.find("Pete Hegseth").unwrap();
        doc.tag(Kind::Speaker, Span::new(at, at + "Pete Hegseth".len())).unwrap();
        let sid = doc.speakers[0].id.clone();
        let found = untagged_mentions(&doc, &sid);
        let words: Vec<&str> = found.iter().map(|s| s.slice(doc.text()).unwrap()).collect();
        // Not inside the tagged full name, not "Hegsethian", not the photo credit.
        assert_eq!(words, ["Hegseth"]);
        assert_eq!(found[0].start, TEXT.find("Hegseth said").unwrap());
        let n = doc.tag_mentions(&sid).unwrap();
        assert_eq!(n, 1);
        assert!(untagged_mentions(&doc, &sid).is_empty());
        assert_eq!(doc.speakers.len(), 1);
        // One undo takes them all back.
        assert!(doc.undo());
        assert_eq!(untagged_mentions(&doc, &sid).len(), 1);
    }

    #[test]
    fn a_shared_surname_is_no_mention_of_the_other_speaker() {
        let text = "Title\n\nDonald Trump spoke. Ivanka Trump spoke too. Trump said no.";
        let mut doc = Document::from_text(text);
        for name in ["Donald Trump", "Ivanka Trump"] {
            let at = text.find(name).unwrap();
            doc.tag(Kind::Speaker, Span::new(at, at + name.len())).unwrap();
        }
        assert_eq!(doc.speakers.len(), 2);
        for s in &doc.speakers {
            assert!(untagged_mentions(&doc, &s.id).is_empty(), "{}", s.name);
        }
    }

    #[test]
    fn a_surname_joins_its_speaker() {
        let mut doc = Document::from_text(TEXT);
        let at = TEXT.find("Pete Hegseth").unwrap();
        doc.tag(Kind::Speaker, Span::new(at, at + "Pete Hegseth".len())).unwrap();
        let at = TEXT.find("Hegseth said").unwrap();
        let id = doc.tag(Kind::Speaker, Span::new(at, at + "Hegseth".len())).unwrap();
        assert_eq!(doc.speakers.len(), 1);
        assert_eq!(doc.annotation(&id).unwrap().speaker.as_deref(), Some(doc.speakers[0].id.as_str()));
    }
}
