//! Sentence boundaries that respect abbreviations, initials, decimals, ellipses and
//! quotations that end a sentence inside their marks.

use crate::core::case::Lowercase;
use crate::core::text::Span;

/// Titles that always precede a name: a sentence never ends on one.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
    "maj", "brig", "cpl", "pvt", "rev", "fr", "sr", "st", "hon", "pres", "supt", "det", "insp", "atty", "amb", "messrs",
    "mme", "mlle", "lt.-col", "lt.-gen", "u.s.-led",
];

/// Abbreviations that usually continue the sentence but may end one ("in the U.S. The").
const ABBREVIATIONS: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "a.m", "p.m", "i.e", "e.g", "etc", "vs", "v", "no", "nos", "inc", "co",
    "corp", "ltd", "llc", "jr", "bros", "dept", "est", "approx", "fig", "vol", "pp", "ave", "blvd", "rd", "mt", "ft",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
    "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
    "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.y", "n.j", "n.c", "s.c", "n.h", "n.m", "n.d", "s.d",
];

/// Words that start sentences: after an ordinary abbreviation, one of these means the
/// abbreviation also ended the sentence.
const STARTERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that", "these",
    "those", "there", "his", "her", "their", "its", "as", "if", "when", "while", "after", "before", "however", "mr",
    "mrs", "ms", "dr", "for", "some", "many", "most", "one", "two", "yet", "so", "still",
];

/// Splits `span` of `text` into sentences, each trimmed of surrounding white space.
pub fn split(text: &str, span: Span) -> Vec<Span> {
    let Some(s) = span.slice(text) else { return Vec::new() };
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Run of terminators and closing marks: "?!", "...", ".”", ".)".
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…' | '”' | '’' | '"' | '\'' | ')' | ']' | '»') {
                j += 1;
            }
            let end = chars.get(j).map(|(b, _)| *b).unwrap_or(s.len());
            if j < chars.len() && chars[j].1.is_whitespace() && is_boundary(s, at, c, &chars, i, j) {
                push(&mut out, s, span.start, start, end);
                start = end;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    push(&mut out, s, span.start, start, s.len());
    out
}

fn push(out: &mut Vec<Span>, s: &str, base: usize, from: usize, to: usize) {
    let piece = &s[from..to];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if !t.is_empty() {
        out.push(Span::new(base + from + lead, base + from + lead + t.len()));
    }
}

/// Decides whether the terminator run `chars[i..j]` ends a sentence.
fn is_boundary(s: &str, at: usize, c: char, chars: &[(usize, char)], i: usize, j: usize) -> bool {
    // The next word, after white space.
    let mut k = j;
    while k < chars.len() && chars[k].1.is_whitespace() {
        k += 1;
    }
    let Some(&(next_at, next)) = chars.get(k) else { return true };
    let next_word: String = s[next_at..]
        .chars()
        .skip_while(|c| !c.is_alphanumeric())
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .lowercase();
    let opens = next.is_uppercase() || next.is_ascii_digit() || matches!(next, '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–');
    if !opens {
        return false;
    }
    // An ellipsis inside a sentence is followed by lower case, handled above; "?" and "!"
    // always end a sentence when the next word opens one.
    if c != '.' || j - i > 1 && chars[i + 1].1 == '.' {
        return true;
    }
    // The word the period ends: letters and inner dots, e.g. "U.S", "Mr", "J".
    let before = &s[..at];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.' || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.lowercase();
    if lower.is_empty() {
        return true;
    }
    // "then-Sen." and "ex-Gov." are titles too.
    let last_part = lower.rsplit('-').next().unwrap_or(&lower);
    if TITLES.contains(&lower.as_str()) || TITLES.contains(&last_part) {
        return false;
    }
    // An initial ("J. K. Rowling", "George W. Bush").
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    if lower == "no" && next.is_ascii_digit() {
        return false;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) || is_dotted(&lower) {
        let month = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
        if month.contains(&lower.as_str()) && next.is_ascii_digit() {
            return false;
        }
        return STARTERS.contains(&next_word.as_str());
    }
    true
}

/// "u.s", "a.m", "f.b.i": letters separated by dots.
fn is_dotted(w: &str) -> bool {
    w.contains('.') && w.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(s: &str) -> Vec<&str> {
        split(s, Span::new(0, s.len())).into_iter().map(|sp| &s[sp.start..sp.end]).collect()
    }

    #[test]
    fn respects_titles_initials_and_abbreviations() {
        assert_eq!(
            sentences("Mr. Smith met Sen. Warren and Gov. Newsom. They spoke."),
            vec!["Mr. Smith met Sen. Warren and Gov. Newsom.", "They spoke."]
        );
        assert_eq!(sentences("J. K. Rowling wrote it. Then she left."), vec!["J. K. Rowling wrote it.", "Then she left."]);
        assert_eq!(
            sentences("The U.S. Army said no. The U.K. Government agreed."),
            vec!["The U.S. Army said no.", "The U.K. Government agreed."]
        );
        assert_eq!(sentences("He lives in the U.S. The rest stayed."), vec!["He lives in the U.S.", "The rest stayed."]);
        assert_eq!(sentences("It rose 3.5 per cent. Prices fell."), vec!["It rose 3.5 per cent.", "Prices fell."]);
        assert_eq!(sentences("At 7 p.m. Officials arrived."), vec!["At 7 p.m. Officials arrived."]);
        assert_eq!(sentences("On Feb. 13 they met. No. 10 said so."), vec!["On Feb. 13 they met.", "No. 10 said so."]);
        assert_eq!(sentences("Gen. Milley and Dr. Fauci spoke."), vec!["Gen. Milley and Dr. Fauci spoke."]);
        assert_eq!(sentences("She ran against then-Sen. Obama in 2008."), vec!["She ran against then-Sen. Obama in 2008."]);
    }

    #[test]
    fn quotations_and_ellipses() {
        assert_eq!(
            sentences("He said: “It is over.” Then he left."),
            vec!["He said: “It is over.”", "Then he left."]
        );
        assert_eq!(sentences("“Is it over?” he asked. Nobody knew."), vec!["“Is it over?” he asked.", "Nobody knew."]);
        assert_eq!(sentences("Wait... what happened? Nothing."), vec!["Wait... what happened?", "Nothing."]);
        assert_eq!(sentences("It was… Then silence."), vec!["It was…", "Then silence."]);
        assert_eq!(sentences("No terminator at the end"), vec!["No terminator at the end"]);
    }
}
