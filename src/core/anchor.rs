//! Re-anchoring: placing an annotation made on one version of a text onto another.
//!
//! As the Hypothesis client does: first by position if the quote still matches there, then
//! by exact quote (the occurrence whose surrounding words and place fit best), then by fuzzy
//! quote search — Myers' bit-parallel approximate matching — scored on the quote, its prefix
//! and suffix, and the distance from the old position. Pure functions: strings in, spans out.

use crate::core::text::{OffsetMap, Span};

/// What is known about where an annotation was: its words, a little context, and its old
/// position in code points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selector {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    /// Old start, in code points, if known.
    pub start: Option<usize>,
}

/// How an annotation was placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// The quote is still at the old position.
    Position,
    /// Found the quote verbatim elsewhere.
    Exact,
    /// Found a close match; the words differ slightly.
    Fuzzy,
}

/// The largest share of a quote's characters that may differ in a fuzzy match.
const MAX_ERROR: f64 = 0.25;

/// The span at code point `start` if the quote is there verbatim. Importers try each
/// annotation first at the shift the previous one needed, which places a whole document
/// moved by an insertion without searching.
pub fn at_position(text: &str, map: &OffsetMap, exact: &str, start: usize) -> Option<Span> {
    let span = map.cp_to_span(start, start + exact.chars().count()).ok()?;
    (span.slice(text) == Some(exact)).then_some(span)
}

/// Finds `sel` in `text`; `None` means the annotation is orphaned.
pub fn anchor(text: &str, map: &OffsetMap, sel: &Selector) -> Option<(Span, Placement)> {
    if sel.exact.is_empty() {
        return None;
    }
    if let Some(start) = sel.start {
        let len = sel.exact.chars().count();
        if let Ok(span) = map.cp_to_span(start, start + len) {
            if span.slice(text) == Some(sel.exact.as_str()) {
                return Some((span, Placement::Position));
            }
        }
    }
    let hint = sel.start.and_then(|s| map.cp_to_byte(s).ok());
    let exact: Vec<Span> = text.match_indices(sel.exact.as_str()).map(|(i, m)| Span::new(i, i + m.len())).collect();
    if !exact.is_empty() {
        let best = exact
            .into_iter()
            .max_by(|a, b| score(text, sel, *a, hint, 0).total_cmp(&score(text, sel, *b, hint, 0)))?;
        return Some((best, Placement::Exact));
    }
    fuzzy(text, sel, hint).map(|s| (s, Placement::Fuzzy))
}

/// Scores a candidate: context agreement and closeness to the old place, less its errors.
fn score(text: &str, sel: &Selector, at: Span, hint: Option<usize>, errors: usize) -> f64 {
    let before: String = text[..at.start].chars().rev().take(sel.prefix.chars().count()).collect();
    let after: String = text[at.end..].chars().take(sel.suffix.chars().count()).collect();
    let prefix_match = before.chars().zip(sel.prefix.chars().rev()).take_while(|(a, b)| a == b).count();
    let suffix_match = after.chars().zip(sel.suffix.chars()).take_while(|(a, b)| a == b).count();
    let context = (prefix_match + suffix_match) as f64 / ((sel.prefix.chars().count() + sel.suffix.chars().count()).max(1)) as f64;
    let distance = hint.map_or(0.0, |h| (at.start as f64 - h as f64).abs() / (text.len().max(1) as f64));
    let quote_len = sel.exact.chars().count().max(1) as f64;
    2.0 * (1.0 - errors as f64 / quote_len) + context - 0.5 * distance
}

fn fuzzy(text: &str, sel: &Selector, hint: Option<usize>) -> Option<Span> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let pattern: Vec<char> = sel.exact.chars().collect();
    let m = pattern.len();
    let end_byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    // Long quotes: match their head and tail, and keep pairs about the right distance apart.
    let (head, tail) = if m <= 64 { (pattern.clone(), None) } else { (pattern[..32].to_vec(), Some(pattern[m - 32..].to_vec())) };
    let k_head = ((head.len() as f64) * MAX_ERROR) as usize;
    let heads = myers_ends(&chars, &head, k_head);
    let mut candidates: Vec<(Span, usize)> = Vec::new();
    for (end, errs) in heads {
        let Some(start) = start_of(&chars, &head, end, k_head) else { continue };
        match &tail {
            None => candidates.push((Span::new(chars[start].0, end_byte(end + 1)), errs)),
            Some(tail) => {
                let lo = start + m - m / 4;
                let hi = (start + m + m / 4).min(chars.len());
                if lo >= hi {
                    continue;
                }
                let window: Vec<(usize, char)> = chars[lo.saturating_sub(32)..hi].to_vec();
                let tails = myers_ends(&window, tail, 8);
                if let Some((tend, terrs)) = tails.into_iter().min_by_key(|(_, e)| *e) {
                    let absolute = lo.saturating_sub(32) + tend;
                    candidates.push((Span::new(chars[start].0, end_byte(absolute + 1)), errs + terrs));
                }
            }
        }
    }
    let limit = ((m as f64) * MAX_ERROR).ceil() as usize;
    // A match that starts or ends inside a word ("the plan mos|tly") is not the quote.
    let on_boundaries = |s: Span| {
        let before = text[..s.start].chars().next_back();
        let after = text[s.end..].chars().next();
        let first = text[s.start..].chars().next();
        let last = text[..s.end].chars().next_back();
        let edge = |outer: Option<char>, inner: Option<char>| !(outer.is_some_and(char::is_alphanumeric) && inner.is_some_and(char::is_alphanumeric));
        edge(before, first) && edge(after, last)
    };
    candidates
        .into_iter()
        .filter(|(s, e)| *e <= limit && on_boundaries(*s))
        .max_by(|a, b| score(text, sel, a.0, hint, a.1).total_cmp(&score(text, sel, b.0, hint, b.1)))
        .map(|(s, _)| s)
}

/// Myers (1999): every index `j` of `text` where some substring ending at `j` is within
/// `k` edits of `pattern` (at most 64 characters), with that distance; only local minima.
fn myers_ends(text: &[(usize, char)], pattern: &[char], k: usize) -> Vec<(usize, usize)> {
    let m = pattern.len();
    if m == 0 || m > 64 {
        return Vec::new();
    }
    let mut peq: std::collections::HashMap<char, u64> = std::collections::HashMap::new();
    for (i, c) in pattern.iter().enumerate() {
        *peq.entry(*c).or_insert(0) |= 1 << i;
    }
    let high = 1u64 << (m - 1);
    let (mut pv, mut mv, mut score) = (!0u64, 0u64, m);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (j, &(_, c)) in text.iter().enumerate() {
        let eq = peq.get(&c).copied().unwrap_or(0);
        let xv = eq | mv;
        let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
        let mut ph = mv | !(xh | pv);
        let mut mh = pv & xh;
        if ph & high != 0 {
            score += 1;
        } else if mh & high != 0 {
            score -= 1;
        }
        ph <<= 1;
        mh <<= 1;
        pv = mh | !(xv | ph);
        mv = ph & xv;
        if score <= k {
            // Keep the best end of each run of matches.
            match out.last_mut() {
                Some(last) if last.0 + 1 == j => {
                    if score < last.1 {
                        *last = (j, score);
                    }
                }
                _ => out.push((j, score)),
            }
        }
    }
    out
}

/// The start of the best match of `pattern` ending at index `end`: the same search run
/// backwards over the reversed text.
fn start_of(text: &[(usize, char)], pattern: &[char], end: usize, k: usize) -> Option<usize> {
    let from = (end + 1).saturating_sub(pattern.len() + k);
    let window: Vec<(usize, char)> = text[from..=end].iter().rev().copied().collect();
    let reversed: Vec<char> = pattern.iter().rev().copied().collect();
    let ends = myers_ends(&window, &reversed, k);
    let (j, _) = ends.into_iter().min_by_key(|(j, e)| (*e, std::cmp::Reverse(*j)))?;
    Some(end - j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str, exact: &str, prefix: &str, suffix: &str, start: Option<usize>) -> Option<(String, Placement)> {
        let map = OffsetMap::new(text);
        let sel = Selector { exact: exact.into(), prefix: prefix.into(), suffix: suffix.into(), start };
        anchor(text, &map, &sel).map(|(s, p)| (text[s.start..s.end].to_string(), p))
    }

    #[test]
    fn position_then_exact_then_fuzzy() {
        let text = "Café owners said “the plan works” today. Later they said the plan works again.";
        assert_eq!(find(text, "the plan works", "", "", Some(18)), Some(("the plan works".into(), Placement::Position)));
        // Moved: the context picks the second occurrence.
        assert_eq!(find(text, "the plan works", "they said ", " again", Some(0)), Some(("the plan works".into(), Placement::Exact)));
        // Edited words (two edits in fourteen characters): a close match is found.
        let edited = "Café owners said “the plans work” today.";
        let got = find(edited, "the plan works", "said “", "” today", Some(18));
        assert_eq!(got, Some(("the plans work".into(), Placement::Fuzzy)));
        // Too different (seven inserted characters): not forced onto the text.
        assert_eq!(find("Café owners said “the plan mostly works” today.", "the plan works", "", "", Some(18)), None);
        // Gone: orphaned.
        assert_eq!(find("Nothing like it here at all.", "the plan works", "", "", Some(3)), None);
    }

    #[test]
    fn long_quotes_match_by_head_and_tail() {
        let quote = "We have not said in any way we are abandoning our allies in Europe. There have been no decisions on troop levels.";
        let edited = "“We have not said in any way that we are abandoning our allies in Europe. There have been no decisions on troop numbers.” he said";
        let got = find(edited, quote, "“", "”", Some(1)).expect("found");
        assert_eq!(got.1, Placement::Fuzzy);
        assert!(got.0.starts_with("We have not said") && got.0.contains("troop"), "{}", got.0);
    }
}
