//! Suggestions: quotations with their speakers, check-worthy claims, and the sides named
//! people take (positions, from `attribution::stances`). Everything here
//! is a suggestion (`origin: suggested`, `status: suggested`) for a person to accept, edit
//! or reject.

pub mod attribution;
pub mod claims;
pub mod languages;
pub mod lexicon;
pub mod tokens;

use crate::core::case::Lowercase;
use crate::core::article::{Article, BlockKind};
use crate::core::model::{Annotation, Kind, Origin, Speaker, Status};
use crate::core::parse::byline::{is_shouting, title_case};
use crate::core::sort;
use attribution::Who;

/// What the engine suggests for an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Suggestions {
    pub speakers: Vec<Speaker>,
    pub annotations: Vec<Annotation>,
}

/// "Christian", "Charlotte", "David": a given name or a place alone, with no title and no other
/// name, is as often an adjective, a city or someone else's first name as a person. Listed only
/// when something is attributed to it.
fn bare_given_name(e: &attribution::Entity) -> bool {
    let lex = lexicon::Lexicon::get();
    let word = e.name.lowercase();
    !e.name.contains(' ') && e.titles.is_empty() && e.aliases.is_empty() && (lex.given_names.contains(word.as_str()) || lex.places.contains(word.as_str()))
}

/// "Macron", named in full only under a photo ("French President Emmanuel Macron speaks in
/// Paris", a caption, which is furniture and not read for speakers): the caption's given name
/// right before the surname, when the lexicon knows it as one.
fn named_in_full_under_a_photo(article: &Article, surname: &str) -> Option<String> {
    if surname.contains(' ') || surname.is_empty() {
        return None;
    }
    let given_names = &lexicon::Lexicon::get().given_names;
    for b in article.blocks.iter().filter(|b| b.kind == BlockKind::Caption) {
        let words: Vec<&str> = article.text[b.span.start..b.span.end].split(' ').collect();
        for pair in words.windows(2) {
            let given = pair[0];
            if pair[1].trim_end_matches([',', '.']) == surname && given.starts_with(char::is_uppercase) && given_names.contains(given.lowercase().as_str()) {
                return Some(format!("{given} {surname}"));
            }
        }
    }
    None
}

/// Suggests quotations (with speakers), check-worthy claims (with claimants) and positions
/// (with holders, topics and stances).
pub fn suggest(article: &Article) -> Suggestions {
    let claims = claims::candidates(article);
    let spans: Vec<_> = claims.iter().map(|c| c.span).collect();
    let found = attribution::attribute(article, &spans);
    let mut out = Suggestions::default();
    // Speakers: the people the article names, and whoever it quotes; authors are not speakers.
    let authors: Vec<String> = article.meta.authors.iter().map(|a| a.lowercase()).collect();
    let mut ids = vec![None; found.entities.len()];
    // "Bill" beside "Bill Clinton", kept apart where two people share a surname ("Bill and
    // Hillary Clinton"): a lone word opening another's name, to whom nothing is attributed,
    // is no speaker of its own.
    let mut used = vec![false; found.entities.len()];
    for w in found.quotes.iter().map(|a| a.who).chain(found.positions.iter().map(|p| Some(p.holder))).chain(found.claimants.iter().copied()) {
        if let Some(Who::Entity(e)) = w {
            used[e] = true;
        }
    }
    let mut firsts: Vec<&str> = found.entities.iter().filter_map(|o| o.name.split_once(' ')).map(|(first, _)| first).collect();
    sort::sort_by(&mut firsts, |a, b| a.cmp(b));
    let opens_another = |name: &str| firsts.binary_search(&name).is_ok();
    // Nor is one named only in headlines, where every word is capitalised ("Hillary Camp
    // Declining", "A MAJOR Win"), unless something is attributed to them.
    let headline_only = |e: &attribution::Entity| !e.mentions.is_empty() && e.mentions.iter().all(|&at| article.in_headline(at));
    let mut order: Vec<usize> = (0..found.entities.len()).filter(|&i| {
        let e = &found.entities[i];
        // Nor one named only in capitals ("FORMER PRESIDENT OF THE UNITED STATES" in a label)
        // with nothing attributed: a name the article writes as a name is written.
        (e.person || e.speaks) && !e.name.is_empty() && !authors.contains(&e.name.lowercase()) && (used[i] || !opens_another(&e.name) && !headline_only(e) && !is_shouting(&e.name) && !bare_given_name(e))
    }).collect();
    sort::sort_by_key(&mut order, |&i| found.entities[i].mentions.first().copied().unwrap_or(usize::MAX));
    // "Lula" beside "Luiz Inácio Lula da Silva": a one-word name that is a middle word of
    // exactly one longer name listed, with a particle in it, is that person's short name,
    // not a speaker of its own. (Not "Maddow" in "Rachel Maddow Show".)
    let mut listed = vec![false; found.entities.len()];
    for &i in &order {
        listed[i] = true;
    }
    let mut middles: Vec<(&str, usize)> = Vec::new();
    for (y, e) in found.entities.iter().enumerate().filter(|&(y, e)| listed[y] && e.person) {
        let words: Vec<&str> = e.name.split_whitespace().collect();
        if words.len() >= 3 && words.iter().any(|w| w.starts_with(char::is_lowercase)) {
            middles.extend(words[1..words.len() - 1].iter().map(|w| (*w, y)));
        }
    }
    sort::sort_by(&mut middles, |a, b| a.0.cmp(b.0));
    let short_of: Vec<Option<usize>> = found.entities.iter().enumerate().map(|(i, e)| {
        let at = middles.partition_point(|m| m.0 < e.name.as_str());
        let same = middles[at..].iter().take_while(|m| m.0 == e.name).count();
        (listed[i] && same == 1 && middles[at].1 != i).then(|| middles[at].1)
    }).collect();
    order.retain(|&i| short_of[i].is_none());
    // A transcript's label as another name ("THE PRESIDENT", "MS. JEAN-PIERRE") is written as a
    // name is; not an acronym alone ("U.S.") nor a name with one in it ("NATO chief Mark Rutte").
    let label = |a: &str| a.split_whitespace().all(|w| is_shouting(w) || w.ends_with('.')) && a.split_whitespace().any(|w| is_shouting(w) && w.len() > 3);
    // Each listed entity's place in `out.speakers`.
    let mut slot = vec![usize::MAX; found.entities.len()];
    for i in order {
        slot[i] = out.speakers.len();
        let e = &found.entities[i];
        let id = format!("s{}", out.speakers.len() + 1);
        ids[i] = Some(id.clone());
        let full = named_in_full_under_a_photo(article, &e.name);
        let mut aliases: Vec<String> = full.iter().map(|_| e.name.clone()).collect();
        for a in &e.aliases {
            let a = if label(a) { title_case(a) } else { a.clone() };
            if a != e.name && !aliases.contains(&a) {
                aliases.push(a);
            }
        }
        out.speakers.push(Speaker { id, name: full.unwrap_or_else(|| e.name.clone()), aliases, description: None });
    }
    for (i, y) in short_of.iter().enumerate() {
        if let Some(y) = *y {
            ids[i] = ids[y].clone();
            let short = &found.entities[i].name;
            if let Some(speaker) = out.speakers.get_mut(slot[y]).filter(|s| !s.aliases.contains(short)) {
                speaker.aliases.insert(0, short.clone());
            }
        }
    }
    let who = |w: Option<Who>| match w {
        Some(Who::Entity(e)) => ids[e].clone(),
        _ => None,
    };
    let mut annotations: Vec<Annotation> = Vec::new();
    for a in &found.quotes {
        let mut ann = suggested(Kind::Quote, a.quote.span);
        ann.speaker = who(a.who);
        ann.speaker_mention = a.mention;
        ann.cue = a.cue;
        annotations.push(ann);
    }
    for p in &found.positions {
        let mut ann = suggested(Kind::Position, p.span);
        ann.speaker = who(Some(p.holder));
        ann.stance = Some(p.stance);
        ann.topic = Some(p.topic.clone());
        annotations.push(ann);
    }
    for (c, claimant) in claims.iter().zip(&found.claimants) {
        let mut ann = suggested(Kind::Claim, c.span);
        // A claim in a transcript's turn is the turn's speaker's. (Quotations are in text order
        // and do not overlap: the one that may hold the claim is the last opening before it.)
        let before = found.quotes.partition_point(|a| a.quote.span.start <= c.span.start);
        let turn = before.checked_sub(1).map(|i| &found.quotes[i]).filter(|a| a.quote.turn && a.quote.span.contains(c.span));
        ann.speaker = who(turn.map_or(*claimant, |turn| turn.who));
        ann.score = Some(c.score);
        annotations.push(ann);
    }
    // Ids follow the text, so a1 is the first suggestion a reader meets.
    sort::sort_by_key(&mut annotations, |a| (a.span.start, a.span.end));
    for (i, a) in annotations.iter_mut().enumerate() {
        a.id = format!("a{}", i + 1);
    }
    // A side taken inside a quotation ("“I support D.C. statehood,” she said") has that
    // quotation, by the same speaker, as its evidence.
    for i in 0..annotations.len() {
        if annotations[i].kind != Kind::Position {
            continue;
        }
        let (span, holder) = (annotations[i].span, annotations[i].speaker.clone());
        let evidence: Vec<String> = annotations
            .iter()
            .filter(|q| q.kind == Kind::Quote && q.speaker == holder && q.span.contains(span))
            .map(|q| q.id.clone())
            .collect();
        annotations[i].links = evidence;
    }
    out.annotations = annotations;
    out
}

fn suggested(kind: Kind, span: crate::core::text::Span) -> Annotation {
    let mut a = Annotation::user(String::new(), kind, span);
    a.origin = Origin::Suggested;
    a.status = Status::Suggested;
    a
}
