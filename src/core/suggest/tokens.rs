//! Words and punctuation with their byte spans, and which quotation (if any) each lies in.

use crate::core::case::Lowercase;
use crate::core::parse::quotes::Quotation;
use crate::core::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// The token's text, lower-cased, with a trailing possessive ("’s") removed.
    pub norm: String,
    pub is_word: bool,
    /// Starts with an upper-case letter.
    pub capital: bool,
    /// Index of the top-level quotation this token is inside (marks excluded).
    pub quote: Option<usize>,
    /// Index of the block this token is in.
    pub block: usize,
    /// Ended in "’s" or "'s" ("Cruz’s"): a name stops here.
    pub possessive: bool,
}

impl Token {
    pub fn is(&self, s: &str) -> bool {
        self.norm == s
    }
}

/// Tokenizes the readable blocks of `text`. `quotes` are the top-level quotations.
pub fn tokenize(text: &str, blocks: &[(usize, Span)], quotes: &[Quotation]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut qi = 0;
    for &(block, span) in blocks {
        let Some(s) = span.slice(text) else { continue };
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            let start = span.start + i;
            let mut end = start + c.len_utf8();
            let is_word = c.is_alphanumeric();
            if is_word {
                // Letters and digits, with inner apostrophes, dots, hyphens ("U.S.", "O’Brien", "pre-2014").
                while let Some(&(j, d)) = chars.peek() {
                    // "9/11", "24/7": a slash joins digits.
                    let digit_slash = d == '/' && text[start..end].ends_with(|c: char| c.is_ascii_digit());
                    let joins = matches!(d, '’' | '\'' | '.' | '-' | '‑') || digit_slash;
                    if d.is_alphanumeric() {
                        end = span.start + j + d.len_utf8();
                        chars.next();
                    } else if joins {
                        let mut look = chars.clone();
                        look.next();
                        match look.peek() {
                            Some(&(_, e)) if e.is_alphanumeric() => {
                                end = span.start + j + d.len_utf8();
                                chars.next();
                            }
                            // "U.S." and "Mr." keep their final dot, as does a party and state ("(D-Calif.)",
                            // "McConnell, R-Ky., said").
                            next if d == '.' && (is_abbrev(&text[start..end]) || (next.is_some_and(|&(_, e)| e == ')' || e == ',') && text[start..end].contains('-'))) => {
                                end = span.start + j + 1;
                                chars.next();
                                break;
                            }
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
            }
            while qi < quotes.len() && quotes[qi].span.end <= start {
                qi += 1;
            }
            let quote = quotes.get(qi).filter(|q| q.span.start <= start && end <= q.span.end).map(|_| qi);
            let raw = &text[start..end];
            let mut norm = raw.lowercase();
            let mut possessive = norm.len() > 3 && (norm.ends_with("’s") || norm.ends_with("'s"));
            // "Clinton’s" is Clinton, and "he’d", "she’ll", "they’re", "I’m" are he, she, they, I.
            for suffix in ["’s", "'s", "’d", "'d", "’ll", "'ll", "’re", "'re", "’ve", "'ve", "’m", "'m"] {
                if norm.len() > suffix.len() && norm.ends_with(suffix) {
                    norm.truncate(norm.len() - suffix.len());
                }
            }
            // "He’s predicting", "that’s": a contraction of "is", not a possessive.
            possessive &= !CONTRACTED.contains(&norm.as_str());
            out.push(Token {
                span: Span::new(start, end),
                norm,
                is_word,
                capital: raw.chars().next().is_some_and(char::is_uppercase),
                quote,
                block,
                possessive,
            });
        }
    }
    out
}

/// Words whose "’s" is "is" or "has" ("he’s", "there’s"), never a possessive.
const CONTRACTED: &[&str] = &["he", "she", "it", "that", "there", "here", "what", "who", "where", "when", "why", "how", "let", "this"];

/// "U.S", "Mr", "Sen", "J": words that take a final dot.
fn is_abbrev(w: &str) -> bool {
    const ABBR: &[&str] = &["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "st", "jr", "sr", "adm", "maj", "cmdr", "gens", "sens", "reps", "govs", "del", "dels", "hon", "supt", "det", "no", "inc", "co", "corp", "ltd", "vs"];
    // Capitalised only: "the Nov. 8 election", "Rubio of Fla. said" (but "fell ill." ends).
    const NAMED: &[&str] = &[
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif", "colo", "conn",
        "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
        "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    ];
    let lower = w.lowercase();
    let last = lower.rsplit('-').next().unwrap_or(&lower);
    let capital = w.starts_with(char::is_uppercase);
    ABBR.contains(&last) || (capital && NAMED.contains(&last)) || w.contains('.') || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_abbreviations_and_inner_marks() {
        let t = "Mr. O’Brien’s U.S. pre-2014 plan, [Volodymyr] Zelenskyy. 9/11 and/or";
        let toks = tokenize(t, &[(0, Span::new(0, t.len()))], &[]);
        let words: Vec<&str> = toks.iter().map(|k| &t[k.span.start..k.span.end]).collect();
        assert_eq!(words, vec!["Mr.", "O’Brien’s", "U.S.", "pre-2014", "plan", ",", "[", "Volodymyr", "]", "Zelenskyy", ".", "9/11", "and", "/", "or"]);
        assert_eq!(toks[1].norm, "o’brien");
    }

    #[test]
    fn contractions_are_not_possessives() {
        let t = "He’s sure Trump’s plan works, and that's that.";
        let toks = tokenize(t, &[(0, Span::new(0, t.len()))], &[]);
        let flags: Vec<(&str, bool)> = toks.iter().filter(|k| k.is_word).map(|k| (k.norm.as_str(), k.possessive)).collect();
        assert_eq!(flags[0], ("he", false));
        assert_eq!(flags[2], ("trump", true));
        assert!(flags.iter().any(|&f| f == ("that", false)));
    }
}
