//! Check-worthy claims: sentences (or their leading clause) that assert something a
//! fact-checker can verify — numbers and quantities, dates and events, comparisons, causes,
//! predictions. Each gets a score in 0..=1; only the few best are suggested, so the person
//! sees what matters first instead of every sentence.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::core::article::{Article, BlockKind};
use crate::core::case::{self, Lowercase};
use crate::core::suggest::attribution::negated;
use crate::core::suggest::lexicon::WordHasher;
use crate::core::text::Span;
use crate::core::sort;

/// A candidate claim: its span and score (per mille, 0..=1000).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub span: Span,
    pub score: u16,
}

/// The most a single article gets suggested — more in a longer text, one per so many words
/// (a debate's transcript holds dozens of claims worth checking) — and the least score worth
/// showing.
const MAX_CLAIMS: usize = 8;
const WORDS_PER_CLAIM: usize = 400;
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

/// The same signals in French, German, Spanish and Portuguese articles (`languages.rs`), by
/// kind; words that are also English words ("car", "plus", "premier", "will") are left out, so
/// an English article scores as before.
const FOREIGN_WORDS: [(&str, u8); 7] = [
    ("millions milliard milliards moitié quart doublé triplé majorité minorité prozent millionen milliarde milliarden hälfte \
      drittel viertel verdoppelt mehrheit minderheit millones millón mitad tercio duplicado triplicado mayoría minoría \
      milhões bilhões metade maioria", QUANTITY),
    ("lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril juin juillet août septembre octobre novembre \
      décembre hier depuis montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober \
      dezember gestern seit lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril junio julio agosto \
      septiembre octubre noviembre diciembre ayer desde ontem janeiro fevereiro março junho julho setembro outubro novembro \
      dezembro", DATE),
    ("moins davantage hausse baisse augmenté diminué progressé reculé chuté pire meilleur mehr weniger meisten höchste \
      niedrigste rekord gestiegen gesunken erhöht gesenkt schlechteste beste menos más aumentó disminuyó subió bajó cayó creció \
      récord peor mejor menor duplicó aumentou caiu subiu cresceu recorde", COMPARISON),
    ("parce causé provoqué entraîné responsable weil wegen verursacht verantwortlich porque causado provocado debido", CAUSE),
    ("sera seront devrait devraient prévoit prévu probablement wird werden soll sollen erwartet voraussichtlich wahrscheinlich \
      será serán prevé previsto probablemente deve devem vai provavelmente", PREDICTION),
    ("annoncé voté signé adopté rejeté tué morts attaqué envahi élu nommé démissionné arrêté condamné interdit lancé déployé \
      retiré angekündigt beschlossen unterzeichnet verabschiedet abgelehnt getötet gestorben angegriffen gewählt ernannt \
      zurückgetreten festgenommen verurteilt verboten anunció votó firmó aprobó rechazó mató murió muertos atacó invadió elegido \
      nombrado dimitió renunció detenido arrestado condenado prohibió lanzó desplegó retiró anunciou aprovou votou assinou \
      morreu mortos preso condenou", EVENT),
    ("peut-être semble croit espère pourrait vielleicht scheint glaubt hofft könnte quizás quizá parece espera podría talvez acredita", HEDGE),
];

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
        for (words, bit) in FOREIGN_WORDS {
            for w in words.split_ascii_whitespace() {
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
    let words: usize = body.iter().filter_map(|b| b.slice(text)).map(|s| s.split_whitespace().count()).sum();
    scored.truncate(MAX_CLAIMS.max(words / WORDS_PER_CLAIM));
    sort::sort_by_key(&mut scored, |c| c.span.start);
    scored
}

fn score_sentence(text: &str, span: Span, quotes: &[crate::core::parse::quotes::Quotation]) -> Option<Candidate> {
    // A turn's label ("Q: ", "TAPPER: ", "UPDATE: ") is not part of what is claimed.
    let s = span.slice(text)?;
    let span = Span::new(span.start + crate::core::parse::quotes::turn_label_len(s), span.end);
    let s = span.slice(text)?;
    if s.ends_with('?') {
        return None;
    }
    // Mostly quotation: that is a quote to attribute, not the article's claim.
    // Quotations are in text order and top-level ones never overlap: read back from the
    // first one after the sentence until one ends before it (a scan of them all for every
    // sentence made a megabyte paste quadratic).
    let after = quotes.partition_point(|q| q.open.start < span.end);
    // Nor one that starts inside a quotation and runs out of it ("No," said David Magel, …):
    // the quotation's end and its attribution.
    let mut starts_inside = false;
    let quoted: usize = quotes[..after]
        .iter()
        .rev()
        // A transcript's turn is its speaker's claims, as a paragraph is the article's.
        .filter(|q| !q.nested && !q.turn)
        .take_while(|q| q.span.end > span.start)
        .inspect(|q| starts_inside |= q.span.start < span.start && q.close.start < span.end)
        .filter_map(|q| q.span.intersect(span))
        .map(|x| x.len())
        .sum();
    if quoted * 10 > span.len() * 6 || starts_inside {
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
        lower.extend(w.chars().map(case::lower));
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
/// both six words and that fact where what comes before stands as a clause; the sentence end
/// otherwise. Cutting anywhere else left fragments a reader cannot check: "On July 6" (a
/// date's comma), "Back when it signed on to Nafta more than 20 years ago" (an opening clause),
/// "The first fundraiser, which Trump was set to headline" (a subject with no verb), "the
/// names of Anna Palmer" (a list).
fn clause_end(s: &str, words: &[(usize, &str)], first_feature: usize) -> usize {
    let min = words.get(6).map_or(s.len(), |w| w.0).max(first_feature);
    let boundaries = [", ", "; ", " – ", " — ", " and ", " but ", " while ", " which "];
    let mut cuts: Vec<(usize, &str)> = boundaries.iter().flat_map(|b| s[min..].match_indices(b).map(move |(i, _)| (min + i, *b))).collect();
    // Through the one sort the app compiles (`sort_unstable` here added a quicksort: 2 KB).
    sort::sort_by_key(&mut cuts, |c| c.0);
    // A clause has a verb before its end: where the first one ends, found once (asking of
    // every prefix made a long run-on paste quadratic).
    let verb_end = first_verb_end(s);
    cuts.into_iter()
        .find(|&(i, b)| {
            let next = s[i + b.len()..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").lowercase();
            // After a comma, only a word that opens a clause or an aside that can go
            // ("…, including Crimea", "…, after the annexation"), not a date's year or an
            // apposition; after "and", only a second verb ("… and would begin talks").
            // ", and" and ", but" join clauses only when a verb follows: "troops, tanks, and
            // aircraft" is a list.
            let rest = &s[i + b.len()..];
            let clause_follows = || has_verb(rest.split([',', ';']).next().unwrap_or(rest));
            let opens = match b {
                ", " if matches!(next.as_str(), "and" | "but" | "yet" | "so") => clause_follows(),
                ", " => CLAUSE_OPENERS.contains(&next.as_str()),
                " and " => AUXILIARIES.contains(&next.as_str()),
                _ => true,
            };
            opens && verb_end.is_some_and(|v| v <= i) && !inside_quote(s, i) && !closes_aside(s, i) && !ends_introduction(s, i)
        })
        .map_or_else(|| s.trim_end_matches(['.', '!']).len(), |(i, _)| i)
}

/// Words after a comma that start what the claim can do without.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "including", "after", "which", "while", "as", "when", "where", "although", "though", "despite", "because",
    "according", "saying", "adding", "citing", "than", "so", "yet", "whereas", "until", "before", "since", "even", "with",
];

/// Verbs that say a stretch of words is a clause, with the event and prediction words above.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did",
    "does", "do", "said", "says", "be", "been",
];

/// Words that open an introduction before the clause itself ("Back when …, the United States
/// pledged", "On Oct. 21, 2011, the first truck", "Although Clinton is on track …,").
const INTRODUCERS: &[&str] = &[
    "after", "although", "as", "back", "because", "before", "between", "by", "despite", "during", "for", "from", "if", "in",
    "on", "once", "since", "though", "today", "under", "unless", "until", "when", "whenever", "while", "with", "yesterday",
];

/// The longest introduction read, in bytes.
const INTRODUCTION: usize = 300;

/// Whether `clause` has a verb.
fn has_verb(clause: &str) -> bool {
    first_verb_end(clause).is_some()
}

/// Where the first verb of `s` ends: an auxiliary, an event or prediction word, a past tense
/// or a negation ("didn’t").
fn first_verb_end(s: &str) -> Option<usize> {
    let kinds = word_kinds();
    // Letters, digits and apostrophes make a word ("didn’t").
    let between = |c: char| !c.is_alphanumeric() && c != '’' && c != '\'';
    let mut lower = String::new();
    s.split_inclusive(between).scan(0, |at, piece| {
        let start = *at;
        *at += piece.len();
        Some((start, piece))
    })
    .find(|(_, piece)| {
        let w = piece.trim_end_matches(between);
        lower.clear();
        lower.extend(w.chars().map(case::lower));
        AUXILIARIES.contains(&lower.as_str())
            || kinds.get(lower.as_str()).is_some_and(|k| k & (EVENT | PREDICTION) != 0)
            || (lower.len() > 4 && lower.ends_with("ed"))
            || negated(&lower)
    })
    .map(|(start, piece)| start + piece.trim_end_matches(between).len())
}

/// Whether the boundary at `at` closes an introduction: the clause (after any colon) opens
/// on an introducing word and has no comma before this one but a date's.
fn ends_introduction(s: &str, at: usize) -> bool {
    // An introduction is short: looking no further back keeps a long run-on paste linear.
    let mut window = at.saturating_sub(INTRODUCTION);
    while !s.is_char_boundary(window) {
        window += 1;
    }
    // The clause starts at the last colon before `at`, or where the sentence does; one that
    // starts before the window is longer than any introduction.
    let start = match s[window..at].rfind(": ") {
        Some(c) => window + c + 2,
        None if window == 0 => 0,
        None => return false,
    };
    let clause = &s[start..at];
    let first = clause.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").lowercase();
    if !INTRODUCERS.contains(&first.as_str()) {
        return false;
    }
    // "On Oct. 21, 2011": a comma before a year belongs to the date.
    let commas = clause.match_indices(", ").filter(|(i, _)| !clause[i + 2..].starts_with(|c: char| c.is_ascii_digit())).count();
    commas == 0
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
    fn the_end_of_a_quotation_and_its_attribution_is_not_claimed() {
        let text = "Votes\n\n“It cost 40 million dollars in 2024. It is 100 percent wrong,” said the budget chief, who has served since 2019 in the city.";
        assert!(claims(text).iter().all(|c| !c.starts_with("It is 100 percent")), "{:?}", claims(text));
    }

    #[test]
    fn french_and_german_facts_are_claims_too() {
        let text = "Budget\n\nLe gouvernement prévoit 40 milliards d’euros d’économies l’an prochain, a annoncé le ministre.\n\n\
                    Die Regierung wird nach Angaben des Ministeriums 12 Milliarden Euro einsparen.\n\nIl faisait beau ce matin sur la ville.";
        assert_eq!(
            claims(text),
            vec!["Le gouvernement prévoit 40 milliards d’euros d’économies l’an prochain, a annoncé le ministre", "Die Regierung wird nach Angaben des Ministeriums 12 Milliarden Euro einsparen"]
        );
        let text = "Presupuesto\n\nEl Gobierno prevé ahorrar 40.000 millones de euros el próximo año, anunció el ministro.\n\n\
                    La inflación subió en marzo por primera vez desde 2023.\n\nHacía buen tiempo esta mañana en la ciudad.";
        assert_eq!(
            claims(text),
            vec!["El Gobierno prevé ahorrar 40.000 millones de euros el próximo año, anunció el ministro", "La inflación subió en marzo por primera vez desde 2023"]
        );
        let text = "Orçamento\n\nO governo deve economizar bilhões de reais no próximo ano, anunciou o ministro.\n\n\
                    Fazia sol nesta manhã na cidade.";
        assert_eq!(claims(text), vec!["O governo deve economizar bilhões de reais no próximo ano, anunciou o ministro"]);
    }

    #[test]
    fn a_turns_label_is_not_claimed() {
        let text = "Tram line\n\nThe mayor spoke to us on Friday about the tram.\n\nQ: The line is two years late and 40 million over budget. What went wrong?\n\n\
                    A: Nothing went wrong.\n\nUPDATE: The city paid 40 million more than planned in 2024, the audit found.";
        assert_eq!(claims(text), vec!["The line is two years late and 40 million over budget", "The city paid 40 million more than planned in 2024, the audit found"]);
        // And a short question is no heading.
        let a = Article::parse("Tram\n\nThe mayor spoke to us on Friday about the tram line.\n\nQ: Will you run again?\n\nA: Not yet decided, and I will not decide before the line opens in March next year.");
        assert!(a.blocks.iter().all(|b| b.kind != BlockKind::Heading), "{:?}", a.blocks);
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

    #[test]
    fn a_longer_text_gets_more_claims() {
        let filler = "It was a grey and windy morning in the city centre. ".repeat(36);
        let paragraph = |i: usize| format!("The city spent {} million dollars on roads in {}. {filler}", 10 + i, 2000 + i);
        let text = |n: usize| format!("Budget hearing\n\n{}", (0..n).map(paragraph).collect::<Vec<_>>().join("\n\n"));
        // 12 paragraphs of about 400 words: 12 claims; 4 of them: 4, under the 8 any article gets.
        assert_eq!(claims(&text(12)).len(), 12);
        assert_eq!(claims(&text(4)).len(), 4);
        assert_eq!(claims(&text(20)).len(), 20);
    }

    #[test]
    fn a_claim_is_never_cut_to_a_fragment() {
        let text = "Headline here\n\n\
            Sure enough, common sense prevailed: On July 6, 2011, the two countries signed an agreement to allow 500 Mexican trucks to operate in the United States.\n\n\
            Back when it signed on to the trade agreement more than 20 years ago, the United States pledged that in 2000 it would lift restrictions on 4,000 trucks.\n\n\
            The first fundraiser, which Trump was set to headline Tuesday in Albuquerque, requires a $10,000 donation per person.\n\n\
            Last year Russia carried out a massive snap military maneuver of more than 80,000 troops, tanks, and aircraft.";
        assert_eq!(
            claims(text),
            vec![
                "Sure enough, common sense prevailed: On July 6, 2011, the two countries signed an agreement to allow 500 Mexican trucks to operate in the United States".to_string(),
                "Back when it signed on to the trade agreement more than 20 years ago, the United States pledged that in 2000 it would lift restrictions on 4,000 trucks".to_string(),
                "The first fundraiser, which Trump was set to headline Tuesday in Albuquerque, requires a $10,000 donation per person".to_string(),
                "Last year Russia carried out a massive snap military maneuver of more than 80,000 troops, tanks, and aircraft".to_string(),
            ]
        );
    }
}
