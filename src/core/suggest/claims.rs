//! Check-worthy claims: sentences (or their leading clause) that assert something a
//! fact-checker can verify — numbers and quantities, dates and events, comparisons, causes,
//! predictions. Each gets a score in 0..=1; only the few best are suggested, so the person
//! sees what matters first instead of every sentence.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::core::article::{Article, BlockKind};
use crate::core::suggest::lexicon::WordHasher;
use crate::core::text::Span;
use crate::core::sort;

/// A candidate claim: its span and score (per mille, 0..=1000).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub span: Span,
    pub score: u16,
}

/// The most a single article gets suggested, and the least score worth showing.
const MAX_CLAIMS: usize = 8;
const MIN_SCORE: u16 = 450;

const QUANTITY_WORDS: &[&str] = &[
    "percent", "per", "million", "millions", "billion", "billions", "trillion", "thousand", "thousands", "hundred",
    "hundreds", "half", "third", "quarter", "sixth", "fifth", "tenth", "dozen", "dozens", "majority", "minority", "doubled",
    "tripled", "twice", "times",
];
const DATE_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "yesterday", "today", "last",
    "since", "ago",
];
const COMPARISON_WORDS: &[&str] = &[
    "more", "less", "fewer", "most", "least", "largest", "biggest", "highest", "lowest", "smallest", "first", "only",
    "record", "compared", "than", "increase", "increased", "decrease", "decreased", "rose", "fell", "risen", "fallen",
    "grew", "dropped", "doubled", "worst", "best",
];
const CAUSE_WORDS: &[&str] = &["because", "caused", "cause", "causes", "due", "led", "leads", "result", "resulted", "blamed", "responsible"];
const PREDICTION_WORDS: &[&str] = &["will", "expected", "forecast", "predicted", "predicts", "projected", "likely", "plans", "planned", "would"];
const EVENT_WORDS: &[&str] = &[
    "announced", "voted", "signed", "passed", "occupied", "annexed", "suspended", "approved", "rejected", "killed",
    "died", "attacked", "invaded", "elected", "appointed", "resigned", "arrested", "charged", "convicted", "banned",
    "launched", "deployed", "seized", "withdrew", "spoken", "met", "agreed", "ruled", "committed", "cut", "raised",
    "spent", "paid", "won", "lost", "formed",
];
/// Words of opinion and speculation that make a sentence less checkable.
const HEDGE_WORDS: &[&str] = &["perhaps", "maybe", "seems", "seemed", "feel", "feels", "believe", "hope", "hopes", "wonder", "might"];

/// What a word can signal, as bits: one lookup per word instead of a scan of every list.
const QUANTITY: u8 = 1;
const DATE: u8 = 2;
const COMPARISON: u8 = 4;
const CAUSE: u8 = 8;
const PREDICTION: u8 = 16;
const EVENT: u8 = 32;
const HEDGE: u8 = 64;

type KindMap = HashMap<&'static str, u8, BuildHasherDefault<WordHasher>>;

/// The word lists above as one map, built once.
fn word_kinds() -> &'static KindMap {
    static KINDS: OnceLock<KindMap> = OnceLock::new();
    KINDS.get_or_init(|| {
        let mut m = KindMap::default();
        for (list, bit) in [
            (QUANTITY_WORDS, QUANTITY),
            (DATE_WORDS, DATE),
            (COMPARISON_WORDS, COMPARISON),
            (CAUSE_WORDS, CAUSE),
            (PREDICTION_WORDS, PREDICTION),
            (EVENT_WORDS, EVENT),
            (HEDGE_WORDS, HEDGE),
        ] {
            for w in list {
                *m.entry(w).or_default() |= bit;
            }
        }
        m
    })
}

/// Scores the readable sentences and returns the best, in text order.
pub fn candidates(article: &Article) -> Vec<Candidate> {
    let text = article.text.as_str();
    let body: Vec<Span> = article
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Standfirst))
        .map(|b| b.span)
        .collect();
    let mut scored: Vec<Candidate> = article
        .sentences()
        .iter()
        // Blocks are in text order and do not overlap: the one that may hold a sentence is
        // the last starting at or before it (not a scan of every block per sentence).
        .filter(|s| body.partition_point(|b| b.start <= s.start).checked_sub(1).is_some_and(|i| body[i].contains(**s)))
        .filter_map(|&s| score_sentence(text, s, article.quotes()))
        .filter(|c| c.score >= MIN_SCORE)
        .collect();
    sort::sort_by(&mut scored, |a, b| b.score.cmp(&a.score).then(a.span.start.cmp(&b.span.start)));
    scored.truncate(MAX_CLAIMS);
    sort::sort_by_key(&mut scored, |c| c.span.start);
    scored
}

fn score_sentence(text: &str, span: Span, quotes: &[crate::core::parse::quotes::Quotation]) -> Option<Candidate> {
    let s = span.slice(text)?;
    if s.ends_with('?') {
        return None;
    }
    // Mostly quotation: that is a quote to attribute, not the article's claim.
    // Quotations are in text order and top-level ones never overlap: read back from the
    // first one after the sentence until one ends before it (a scan of them all for every
    // sentence made a megabyte paste quadratic).
    let after = quotes.partition_point(|q| q.open.start < span.end);
    let quoted: usize = quotes[..after]
        .iter()
        .rev()
        .filter(|q| !q.nested)
        .take_while(|q| q.span.end > span.start)
        .filter_map(|q| q.span.intersect(span))
        .map(|x| x.len())
        .sum();
    if quoted * 10 > span.len() * 6 {
        return None;
    }
    let words: Vec<(usize, &str)> = word_offsets(s);
    if words.len() < 6 {
        return None;
    }
    let mut score = 0.0f32;
    let mut first_feature: Option<usize> = None;
    let mut mark = |at: usize, weight: f32, score: &mut f32| {
        *score += weight;
        if first_feature.is_none_or(|f| at < f) {
            first_feature = Some(at);
        }
    };
    let (mut numbers, mut dates, mut comparisons, mut causes, mut predictions, mut events, mut hedges) = (0, 0, 0, 0, 0, 0, 0);
    let kinds = word_kinds();
    let mut lower = String::new();
    for &(at, w) in &words {
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        let kind = kinds.get(lower.as_str()).copied().unwrap_or(0);
        let numeric = w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '$' | '£' | '€' | '-'));
        if (numeric || kind & QUANTITY != 0 || w.starts_with(['$', '£', '€'])) && numbers < 2 {
            numbers += 1;
            mark(at, 0.35, &mut score);
        } else if kind & DATE != 0 && dates < 1 {
            dates += 1;
            mark(at, 0.15, &mut score);
        } else if kind & COMPARISON != 0 && comparisons < 1 {
            comparisons += 1;
            mark(at, 0.2, &mut score);
        } else if kind & CAUSE != 0 && causes < 1 {
            causes += 1;
            mark(at, 0.2, &mut score);
        } else if kind & PREDICTION != 0 && predictions < 1 {
            predictions += 1;
            mark(at, 0.15, &mut score);
        } else if kind & EVENT != 0 && events < 1 {
            events += 1;
            mark(at, 0.25, &mut score);
        } else if kind & HEDGE != 0 {
            hedges += 1;
        }
    }
    score -= 0.15 * hedges as f32;
    // Long sentences carry more than one thing; a little less checkable as a unit.
    if words.len() > 45 {
        score -= 0.1;
    }
    let score = (score.clamp(0.0, 1.0) * 1000.0) as u16;
    let first = first_feature?;
    let end = clause_end(s, &words, first);
    let trimmed = s[..end].trim_end_matches([',', ';', ' ', '–', '—', ':']);
    Some(Candidate { span: Span::new(span.start, span.start + trimmed.len()), score })
}

/// Where the clause holding the first checkable fact ends: the first clause boundary after
/// both six words and that fact; the sentence end otherwise.
fn clause_end(s: &str, words: &[(usize, &str)], first_feature: usize) -> usize {
    let min = words.get(6).map_or(s.len(), |w| w.0).max(first_feature);
    let boundaries = [", ", "; ", " – ", " — ", " and ", " but ", " while ", " which "];
    boundaries
        .iter()
        .filter_map(|b| s[min..].find(b).map(|i| min + i))
        .filter(|&i| !inside_quote(s, i) && !closes_aside(s, i))
        .min()
        .unwrap_or_else(|| s.trim_end_matches(['.', '!']).len())
}

/// A dash that closes a paired-dash aside ("the group – then the G8 – in 2014") does not
/// end the clause.
fn closes_aside(s: &str, at: usize) -> bool {
    let dash = s[at..].starts_with(" – ") || s[at..].starts_with(" — ");
    dash && (s[..at].matches(" – ").count() + s[..at].matches(" — ").count()) % 2 == 1
}

fn inside_quote(s: &str, at: usize) -> bool {
    let before = &s[..at];
    before.matches('“').count() > before.matches('”').count()
}

fn word_offsets(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let part = c.is_alphanumeric() || matches!(c, '%' | '$' | '£' | '€' | '.' | ',' | '-' | '’' | '\'');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, s[st..i].trim_end_matches(['.', ',', '’', '\''])));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, s[st..].trim_end_matches(['.', ',', '’', '\''])));
    }
    out.retain(|(_, w)| !w.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<String> {
        let a = Article::parse(text);
        candidates(&a).into_iter().map(|c| text[c.span.start..c.span.end].to_string()).collect()
    }

    #[test]
    fn picks_checkable_clauses_and_skips_the_rest() {
        let text = "Headline here\n\nRussia was suspended from the group – then the G8 – in 2014, after the annexation of Crimea.\n\nAbout a sixth of Ukraine’s territory is occupied by Russia, including Crimea, which was annexed in 2014.\n\nIt was a grey and windy morning in the city centre.\n\nMaybe things will feel different someday, she thinks.\n\nTrump unexpectedly announced on Wednesday he had spoken to Putin for more than an hour and would begin peace talks.";
        assert_eq!(
            claims(text),
            vec![
                "Russia was suspended from the group – then the G8 – in 2014".to_string(),
                "About a sixth of Ukraine’s territory is occupied by Russia".to_string(),
                "Trump unexpectedly announced on Wednesday he had spoken to Putin for more than an hour".to_string(),
            ]
        );
    }
}
