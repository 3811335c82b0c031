//! Direct quotations and who said them.
//!
//! For each quotation the rules look for a speech cue next to it — after it (`“…,” Hegseth
//! said`, `“…,” said Peskov`), or before it in the same sentence (`Hegseth said Trump was
//! “…”`, `according to Healey`) — and read the cue's subject: a name, a pronoun or a
//! description, across appositions (`Peskov, the Kremlin spokesperson, said`). A quotation
//! with no cue of its own continues the speaker of the quotation before it in the paragraph,
//! or of the previous paragraph when it opens its own. Short quotations with no speaker are
//! scare quotes, and title-case ones are names of works: neither is suggested.

use std::collections::{HashMap, HashSet};

use crate::core::article::{Article, BlockKind};
use crate::core::case::{self, Lowercase};
use crate::core::parse::byline;
use crate::core::parse::quotes::Quotation;
use crate::core::suggest::languages::{self, Language};
use crate::core::suggest::lexicon::{self, Lexicon};
use crate::core::suggest::tokens::{tokenize, Token};
use crate::core::text::Span;
use crate::core::sort;

mod stances;
pub use stances::Found as FoundPosition;

/// Who said a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// A known entity (index into `Attributions::entities`).
    Entity(usize),
    /// Someone the article does not name ("a source", "those present").
    Unnamed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub quote: Quotation,
    pub who: Option<Who>,
    /// The words naming the speaker for this quotation.
    pub mention: Option<Span>,
    pub cue: Option<Span>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entity {
    /// The longest form of the name, without titles.
    pub name: String,
    /// Other ways the article names them: short forms, titled forms, descriptions.
    pub aliases: Vec<String>,
    /// Role words used before the name ("president", "secretary").
    pub titles: Vec<String>,
    /// Capitalised words before those titles, lower-case: "ohio" in "Ohio Gov. John Kasich",
    /// so "the New Jersey governor" is not taken for him.
    pub places: Vec<String>,
    pub person: bool,
    /// Quoted at least once.
    pub speaks: bool,
    /// Starts of the name's mentions outside quotations, in text order.
    pub mentions: Vec<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributions {
    pub quotes: Vec<Attribution>,
    /// For each claim span asked about, who makes it (`None`: the article itself).
    pub claimants: Vec<Option<Who>>,
    /// Sides named people take in the article's own words ("Hegseth ruled out …").
    pub positions: Vec<FoundPosition>,
    pub entities: Vec<Entity>,
}

/// Finds the quotations worth suggesting and their speakers, and who makes each of
/// `claims` (spans of sentences or clauses).
pub fn attribute(article: &Article, claims: &[Span]) -> Attributions {
    let lex = Lexicon::get();
    let text = article.text.as_str();
    let readable: Vec<(usize, Span)> = article
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| !b.kind.is_furniture() && !matches!(b.kind, BlockKind::Byline | BlockKind::Dateline))
        .map(|(i, b)| (i, b.span))
        .collect();
    let quotes: Vec<Quotation> = article.quotes().iter().filter(|q| !q.nested).copied().collect();
    let lang = languages::detect(text);
    let tokens = languages::translate(tokenize(text, &readable, &quotes), text, lang);
    let authors: Vec<String> = article.meta.authors.iter().map(|a| last_name(a).lowercase()).filter(|s| !s.is_empty()).collect();
    let lower_words: HashSet<&str> = tokens.iter().filter(|t| t.is_word && !t.capital).map(|t| t.norm.as_str()).collect();
    let headlines: HashSet<usize> = article
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Title | BlockKind::Heading))
        .map(|(i, _)| i)
        .collect();
    let entities = Entities::build(text, &tokens, lex, &authors, &lower_words, &headlines, lang);
    let starts = sentence_starts(&tokens);
    let mut cx = Context { text, tokens: &tokens, lex, entities, lower_words, starts, labels: Vec::new() };

    let mut found: Vec<Attribution> = Vec::new();
    let mut first_token = 0;
    // Looked for once: an interview of thousands of answers is thousands of quotations.
    let interviewee = cx.entities.interviewee().map(Who::Entity);
    for q in &quotes {
        // Token indexes of the opening and closing marks.
        while first_token < tokens.len() && tokens[first_token].span.start < q.open.start {
            first_token += 1;
        }
        let open = first_token;
        let close = tokens[open..].iter().position(|t| t.span.start >= q.close.start).map_or(tokens.len(), |n| open + n);
        // A transcript's turn, “PENCE: Well, …”: the label (read with the opening mark)
        // names the speaker: its name, not the time after the colon or the spaces ("Lester Holt:
        // (00:05)", "Lester Holt  0:05") nor a note or description after the name ("SEN. AMY
        // KLOBUCHAR (D-MN), …:").
        let digits = |j: usize| tokens.get(j).is_some_and(|t| t.norm.bytes().all(|c| c.is_ascii_digit()));
        let time = |j: usize| digits(j) && tokens.get(j + 1).is_some_and(|t| t.is(":")) && digits(j + 2);
        let label = (open..close).take_while(|&j| tokens[j].span.end <= q.open.end && !matches!(tokens[j].norm.as_str(), ":" | "(" | ",") && !time(j)).filter(|&j| tokens[j].is_word).fold(None, |r, j| Some((r.map_or(j, |(s, _)| s), j)));
        let unattributed = Attribution { quote: *q, who: None, mention: None, cue: None };
        let mut att = match label {
            // An interview's answer ("A: It’s a big mistake."): the interviewee's, the first
            // person the article names ("Q&A with Vice President Joe Biden").
            Some((s, e)) if s == e && tokens[s].norm == "a" => Attribution { quote: *q, who: interviewee, mention: Some(tokens[s].span), cue: None },
            Some((s, e)) => {
                let (mut who, mention) = cx.resolve(s, e);
                // "Speaker 2": someone a transcript numbers for want of a name, a speaker all
                // the same.
                if !matches!(who, Some(Who::Entity(_))) && digits(e) {
                    let name: Vec<&Token> = tokens[s..=e].iter().collect();
                    who = Some(Who::Entity(cx.entities.add_person(text, &name, &[], Some(tokens[s].span.start))));
                }
                // Named by the label alone ("WALLACE"): a name, not an acronym.
                if let Some(Who::Entity(id)) = who {
                    let name = &mut cx.entities.list[id].name;
                    if byline::is_shouting(name) {
                        *name = byline::title_case(name);
                    }
                }
                Attribution { quote: *q, who, mention: Some(mention), cue: None }
            }
            // A turn's later paragraph (its label on a line of its own before the first):
            // the same speaker's.
            None if q.turn => found.last().filter(|prev| prev.quote.turn).map_or(unattributed, |prev| Attribution { quote: *q, ..*prev }),
            None => cx.explicit(q, open, close).unwrap_or(unattributed),
        };
        att.quote = *q;
        // A label ("items labeled “Made in the U.S.A.”") is no one's speech: no guessing; nor
        // is a show's name (a guess there named people "Size" and "Problem" from a heading).
        let label = cx.labels.last() == Some(&open) || names_a_show(text, q);
        if att.who.is_none() && att.mention.is_none() && !label {
            // "…, by Post’s Kathianne Boniello: “…”": a name before a colon introduces this
            // quotation, even a name the rules could not resolve; it is no one else's.
            let own_introduction = open >= 2 && tokens[open - 1].is(":") && tokens[open - 2].is_word && tokens[open - 2].capital;
            // "“…,” Nate Silver, the polling guru who founded … tweeted": a quotation opening
            // its sentence, ending on a comma and then a name is that name's, even where the
            // rules could not read the rest. It goes on from the speaker before only when the
            // name is theirs ("“…,” Trump from his desk."); else the sentence's subject is
            // guessed below. (Not a name the quoting goes on about: "“…,” Powell “thus
            // confirmed …” the passage continued".)
            let opens_sentence = match (open.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(open)) {
                (Some(p), Some(o)) => p.block != o.block || matches!(p.norm.as_str(), "." | "?" | "!"),
                _ => true,
            };
            let signed_after = opens_sentence
                && close > 0
                && tokens[close - 1].is(",")
                && tokens.get(close + 1).is_some_and(|x| x.is_word && x.capital && x.block == tokens[close].block)
                && tokens[close + 1..].iter().take(3).all(|x| x.quote.is_none());
            // Who the rules would carry over: the speaker before, or an earlier cue's or the
            // sentence before's subject.
            let carried = match cx.inherit(&found, q, article).filter(|_| !own_introduction) {
                Some(prev) => {
                    let mention = cx.nearer_pronoun(prev, open).or(prev.mention);
                    // "“…,” Ebeling said, and her husband cut in. “…”": someone else spoke up
                    // between the two.
                    match cx.speaker_between(prev, open).filter(|(who, _)| *who != prev.who) {
                        Some((who, between)) => Some((who, Some(between))),
                        None => Some((prev.who, mention)),
                    }
                }
                None => cx.earlier_cue(open).or_else(|| cx.previous_subject(open)).map(|(who, mention, _)| (who, mention)),
            };
            if let Some((who, mention)) = carried {
                if !signed_after {
                    att.who = who;
                    att.mention = mention;
                } else {
                    // The name's last word is its surname.
                    let mut k = close + 1;
                    while tokens.get(k + 1).is_some_and(|x| x.is_word && x.capital && x.block == tokens[k].block) {
                        k += 1;
                    }
                    let named = cx.entities.named_at(cx.text, &tokens, k).map(Who::Entity);
                    if named.is_some() && who == named {
                        att.who = named;
                        att.mention = Some(Span::new(tokens[close + 1].span.start, tokens[k].span.end));
                    }
                }
            }
        }
        found.push(att);
    }
    // Every named mention, in text order: looked up by binary search, so a long paste with
    // thousands of quotations stays fast.
    let mut named: Vec<usize> = cx.entities.list.iter().flat_map(|e| e.mentions.iter().copied()).collect();
    sort::sort_numbers(&mut named);
    pronouns_after_quotations(&mut found, &cx, article, &named);
    pronouns_not_addressees(&mut found, &cx, &named);
    // A quotation with no cue of its own before the next attributed one ("“A.” “B,” he said").
    for i in (0..found.len().saturating_sub(1)).rev() {
        if found[i].who.is_none() && found[i + 1].who.is_some() && same_block(article, &found[i].quote, &found[i + 1].quote) {
            found[i].who = found[i + 1].who;
            found[i].mention = found[i + 1].mention;
        }
    }
    let kept: Vec<bool> = found.iter().map(|a| cx.worth_suggesting(a, article)).collect();
    // Who speaks each quotation (by its index, as tokens name it), for sides taken in the
    // first person inside them ("“I support D.C. statehood,” she said").
    let speakers: Vec<Option<Who>> = found.iter().zip(&kept).map(|(a, &k)| a.who.filter(|_| k)).collect();
    let mut quotes: Vec<Attribution> = found.into_iter().zip(kept).filter_map(|(a, k)| k.then_some(a)).collect();
    // A quotation kept on its own merits but with no cue anywhere: guess the sentence's
    // subject. Only after the filter, so a guess never makes a scare quote a suggestion.
    for a in quotes.iter_mut().filter(|a| a.who.is_none() && a.mention.is_none()) {
        let open = tokens.partition_point(|t| t.span.start < a.quote.open.start);
        if cx.labels.binary_search(&open).is_ok() {
            continue;
        }
        if let Some((who, mention, _)) = cx.subject_guess(open) {
            a.who = who;
            a.mention = mention;
        }
    }
    let claimants = claims.iter().map(|c| cx.claimant(article.sentence_at(c.start).unwrap_or(*c))).collect();
    let positions = cx.stances(&speakers);
    for a in &quotes {
        if let Some(Who::Entity(e)) = a.who {
            cx.entities.list[e].speaks = true;
        }
    }
    cx.entities.title_shared_surnames();
    Attributions { quotes, claimants, positions, entities: cx.entities.list }
}

/// "“…,” Cheney said. ¶ “…,” she said.": a pronoun cue with nobody named since the quotation
/// before it is that quotation's speaker, when the pronoun fits — not someone named earlier in
/// passing. `named`: every named mention's offset, sorted.
fn pronouns_after_quotations(found: &mut [Attribution], cx: &Context, article: &Article, named: &[usize]) {
    let block_of = |at: usize| article.blocks.partition_point(|b| b.span.end <= at);
    for i in 1..found.len() {
        let (prev, cur) = (&found[i - 1], &found[i]);
        let Some(Who::Entity(p)) = prev.who else { continue };
        let Some(m) = cur.mention else { continue };
        let Some(she) = pronoun_gender(cx.text, m) else { continue };
        // From the end of the quotation before, or of its cue's subject after it ("Cheney said").
        let from = prev.mention.filter(|pm| pm.start >= prev.quote.close.end).map_or(prev.quote.close.end, |pm| pm.end);
        let to = cur.quote.open.start;
        let near = block_of(to).saturating_sub(block_of(from)) <= 1;
        let k = named.partition_point(|&at| at <= from);
        let named_between = named.get(k).is_some_and(|&at| at < to);
        if cur.who != prev.who && near && !named_between && m.start > cur.quote.close.start && cx.entities.fits_pronoun(p, she, cx.lex) {
            found[i].who = prev.who;
        }
    }
}

/// "“…,” he told Hannity": a pronoun is never the person it speaks to. The quotation before
/// may be the speaker's; else no one is named.
fn pronouns_not_addressees(found: &mut [Attribution], cx: &Context, named: &[usize]) {
    for i in 0..found.len() {
        let (Some(Who::Entity(e)), Some(m), Some(cue)) = (found[i].who, found[i].mention, found[i].cue) else { continue };
        if pronoun_gender(cx.text, m).is_none() || cue.start < m.end {
            continue;
        }
        let k = named.partition_point(|&at| at < cue.end);
        // Named right after the verb, in the same clause ("told Hannity", "declared Cruz"), not
        // after a full stop ("he said. Roffman won't…").
        let addressed = named.get(k).is_some_and(|&at| {
            cx.text.get(cue.end..at).is_some_and(|gap| gap.len() <= 2 && gap.trim().is_empty()) && cx.entities.list[e].mentions.binary_search(&at).is_ok()
        });
        if addressed {
            found[i].who = i.checked_sub(1).and_then(|p| found[p].who).filter(|w| *w != Who::Entity(e));
        }
    }
}

/// `Some(true)` for "she", `Some(false)` for "he", `None` for any other mention.
fn pronoun_gender(text: &str, mention: Span) -> Option<bool> {
    match text.get(mention.start..mention.end)?.lowercase().as_str() {
        "she" => Some(true),
        "he" => Some(false),
        _ => None,
    }
}

/// How far (in tokens) a quotation looks for a cue it has none of its own: a paragraph's
/// worth, so a megabyte pasted as one paragraph stays linear.
const NEARBY: usize = 300;

/// Words of a span of time ("less than two weeks ago").
/// Numbers are `is_number_word`'s.
const TIME_WORDS: &[&str] = &[
    "less", "more", "than", "about", "nearly", "almost", "just", "only", "a", "few", "several", "day", "week", "month", "year", "hour",
    "hours", "minutes", "decade", "decades",
];

/// Past tenses without "-ed" that end a phrase read forward ("his campaign sent out …").
const IRREGULAR_PAST: &[&str] = &[
    "sent", "made", "took", "gave", "held", "began", "brought", "got", "won", "lost", "ran", "came", "went", "became", "found", "kept", "met",
    "paid", "saw", "spent", "stood", "struck", "thought", "left", "led", "put", "set", "wore", "sought", "fought", "built", "drew", "threw",
];

/// How many people of one role (descriptions with one head word) a shortened description
/// is matched against.
const MAX_OF_ONE_ROLE: usize = 48;

/// How many tokens an opening adverbial may run before the subject.
const OPENER: usize = 32;

/// How many tokens an apposition may run ("Melanne Verveer, who served as Hillary Clinton’s
/// chief of staff during the Clinton administration, told CBS News").
const APPOSITION: usize = 32;

/// "didn’t", "won't": a verb, with either apostrophe.
pub(super) fn negated(word: &str) -> bool {
    word.ends_with("n’t") || word.ends_with("n't")
}

/// Words of being seen or heard doing something: "were shown chanting", "can be heard asking".
fn perceived(word: &str) -> bool {
    matches!(word, "shown" | "seen" | "heard" | "filmed" | "caught" | "spotted" | "recorded")
}

/// A cue that may stand before its subject: "“…,” said Comey", "…, explained Rosenberg,".
/// Not one taking an object ("told Reuters").
fn inverts(cue: &str) -> bool {
    matches!(cue, "said" | "says" | "explained" | "added" | "noted" | "wrote" | "recalled" | "continued" | "argued" | "insisted" | "observed" | "quipped" | "joked" | "replied" | "responded")
}

/// The index after a parenthesis starting at `i` ("(D-Wis.)"), or `i` when there is none.
fn skip_parenthesis(t: &[Token], i: usize) -> usize {
    if !t.get(i).is_some_and(|x| x.is("(")) {
        return i;
    }
    (i + 1..(i + 10).min(t.len())).find(|&j| t[j].is(")")).map_or(i, |j| j + 1)
}

fn same_block(article: &Article, a: &Quotation, b: &Quotation) -> bool {
    article.block_at(a.open.start) == article.block_at(b.open.start)
}

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    lex: &'a Lexicon,
    entities: Entities,
    /// Words the article writes in lower case somewhere: a capitalised one of these at the
    /// start of a sentence ("Aides", "Continuing") is no name.
    lower_words: HashSet<&'a str>,
    /// For each token, where its sentence starts if no length limit applied: after the last
    /// full stop (`[0]`), or full stop or colon (`[1]`), outside quotations, or at its block's
    /// start. Worked out once, so finding a sentence's start costs nothing (it was a quarter
    /// of the suggestion time on long pastes).
    starts: [Vec<usize>; 2],
    /// Opening marks (token indexes, ascending) of quotations that label a thing ("items
    /// labeled “Made in the U.S.A.”"): nobody's words, so no speaker is guessed for them.
    labels: Vec<usize>,
}

/// Where each token's sentence starts (see `Context::starts`): without and with colons.
fn sentence_starts(tokens: &[Token]) -> [Vec<usize>; 2] {
    let mut plain = Vec::with_capacity(tokens.len());
    let mut colon = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        let (a, b) = match i.checked_sub(1).map(|k| &tokens[k]) {
            None => (0, 0),
            Some(p) if p.block != t.block => (i, i),
            Some(p) if !p.is_word && p.quote.is_none() => match p.norm.as_str() {
                "." | "?" | "!" | ";" => (i, i),
                ":" => (plain[i - 1], i),
                _ => (plain[i - 1], colon[i - 1]),
            },
            Some(_) => (plain[i - 1], colon[i - 1]),
        };
        plain.push(a);
        colon.push(b);
    }
    [plain, colon]
}

impl Context<'_> {
    /// A cue next to quotation `q`, whose marks are tokens `open` and `close`.
    fn explicit(&mut self, q: &Quotation, open: usize, close: usize) -> Option<Attribution> {
        let t = self.tokens;
        // A paragraph of a quotation that runs on has nothing after it in its paragraph.
        let run_on = q.close.is_empty();
        let q_ends_clause = self.text[..t.get(close).map_or(self.text.len(), |c| c.span.start)]
            .trim_end()
            .ends_with([',', '?', '!', '—', '–']);
        let after = if run_on { None } else { self.after(close) };
        let before = self.before(open);
        let pick = match (after, before) {
            // “…,” X said — the comma makes the cue after it the attribution.
            (Some(a), _) if q_ends_clause => Some(a),
            (_, Some(b)) => Some(b),
            (Some(a), None) => Some(a),
            (None, None) => (!run_on)
                .then(|| self.end_of_sentence(close))
                .flatten()
                .or_else(|| self.colon_before(open))
                .or_else(|| self.colon_introduction(open))
                .or_else(|| self.noun_cue(open)),
        };
        pick.map(|(who, mention, cue)| Attribution { quote: Quotation { span: Span::new(0, 0), open: Span::new(0, 0), close: Span::new(0, 0), nested: false, turn: false }, who, mention, cue })
    }

    /// `“…,” X said` or `“…,” said X`: the cue starts within two words of the closing mark.
    fn after(&mut self, close: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let mut i = close + 1;
        let mut dashed = false;
        while i < t.len() && !t[i].is_word && matches!(t[i].norm.as_str(), "," | "—" | "–" | "-" | "―") {
            dashed |= !t[i].is(",");
            i += 1;
        }
        let block = t.get(close)?.block;
        // "“…” ― Sonya Herridge": a name after a dash, ending the paragraph. The dash may open
        // the next paragraph, signing a quotation that ends its own ("“…” ¶ - Clinton.").
        let signed = t.get(i).filter(|x| x.capital && (x.block == block || t.get(close + 1).is_some_and(|d| d.block != block && d.block == x.block)));
        if let Some(sig) = signed.filter(|_| dashed).map(|x| x.block) {
            if let Some((s, e)) = self.np_forward(i) {
                let ends = t.get(e + 1).is_none_or(|x| x.block != sig || matches!(x.norm.as_str(), "." | "(" | ","));
                if ends {
                    let (who, mention) = self.resolve(s, e);
                    return Some((who, Some(mention), None));
                }
            }
        }
        if t.get(i).is_none_or(|x| x.block != block || x.quote.is_some() || !x.is_word) {
            return None;
        }
        // "« … », a réagi Marine Le Pen": an auxiliary before an inverted cue (French).
        let french_auxiliary = self.entities.lang == Language::French && t[i].span.slice(self.text).is_some_and(|w| matches!(w, "a" | "avait" | "ont" | "avaient"));
        if french_auxiliary && t.get(i + 2).is_some_and(|x| x.block == block && (x.capital || self.lex.determiners.contains(x.norm.as_str()))) && self.is_cue(i + 1) {
            i += 1;
        }
        // Inverted: "said Dmitry Peskov, the Kremlin spokesperson". Not a participle or a
        // cue opening a clause ("…,” claiming that he …): those report the sentence's subject.
        let clause = t[i].norm.ends_with("ing") || t.get(i + 1).is_some_and(|x| x.is("that"));
        if self.is_cue(i) && !clause {
            let cue = self.cue_span(i);
            // "«…», dijo a este diario un dirigente": in French, Spanish or Portuguese, whom it
            // was said to may come before who said it.
            let mut k = cue.1 + 1;
            if self.entities.lang != Language::English && t.get(k).is_some_and(|x| x.is("to")) {
                let det = |m: usize| t.get(m).is_some_and(|x| x.block == block && self.lex.determiners.contains(x.norm.as_str()));
                let mut m = k + 1 + usize::from(det(k + 1));
                // "a este diario", "a la prensa", "a Reuters": up to the next determiner.
                while t.get(m).is_some_and(|x| x.is_word && x.block == block) && !det(m) {
                    m += 1;
                }
                if det(m) {
                    k = m;
                }
            }
            let (s, e) = self.np_forward(k)?;
            let (who, mention) = self.resolve_apposed(s, e).unwrap_or_else(|| self.resolve(s, e));
            return Some((who, Some(mention), Some(cue.0)));
        }
        // "“…,” as Cruz said on Glenn Beck’s program": "as" and a name before the cue.
        if t[i].is("as") {
            if let Some((s, e)) = self.np_forward(i + 1) {
                let mut c = e + 1;
                while t.get(c).is_some_and(|x| self.is_auxiliary(x)) {
                    c += 1;
                }
                if c < t.len() && t[c].block == block && self.is_cue(c) && (t[s].capital || self.lex.pronouns.contains(t[s].norm.as_str())) {
                    let (who, mention) = self.resolve(s, e);
                    return Some((who, Some(mention), Some(t[c].span)));
                }
            }
        }
        if let Some(next) = self.according(i) {
            let (s, e) = self.np_forward(next)?;
            let (who, mention) = self.resolve(s, e);
            return Some((who, Some(mention), Some(Span::new(t[i].span.start, t[next - 1].span.end))));
        }
        // Normal: "Hegseth said", "he told", "Peskov, the Kremlin spokesperson, said".
        let (s, mut e) = self.np_forward(i)?;
        let mut j = skip_parenthesis(t, e + 1);
        // An apposition ends within the sentence; it may quote ("state Del. Marcia “Cia” Price").
        let in_clause = |k: &usize| t[*k].block == block && (t[*k].quote.is_some() || !matches!(t[*k].norm.as_str(), "." | "?" | "!"));
        // "“…,” a union leader who asked not to be identified told this newspaper": whichever
        // cue follows, in the relative clause or after it, the one it describes speaks.
        if t.get(j).is_some_and(|x| x.is("who") || x.is("that")) && !t[s].capital {
            // Not a participle: "a “rant,” a series of online postings that included one
            // saying …" names no speaker.
            if let Some(c) = (j + 1..(j + APPOSITION).min(t.len())).take_while(in_clause).filter(|&k| self.is_cue(k) && !t[k].norm.ends_with("ing")).last() {
                let (who, mention) = self.resolve(s, e);
                return Some((who, Some(mention), Some(t[c].span)));
            }
        }
        if t.get(j).is_some_and(|x| x.is(",")) {
            match (j + 1..(j + APPOSITION).min(t.len())).take_while(in_clause).find(|&k| t[k].is(",")) {
                // An apposition: skip to the next comma.
                Some(end) => {
                    e = e.max(s);
                    j = skip_parenthesis(t, end + 1);
                    // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing
                    // the EPA, said", "Anne Richards, assistant secretary of state for
                    // population, refugees, and migration, said": a second apposition, or one
                    // with commas of its own, up to the first comma a cue follows. Not after
                    // a phrase of place or topic ("Of Carson, Levine, who …, said").
                    if j < t.len() && !self.is_cue(j) && !self.lex.prepositions.contains(t[s].norm.as_str()) {
                        let next = (j..(j + APPOSITION).min(t.len())).take_while(in_clause).find(|&k| t[k].is(",") && t.get(k + 1).is_some_and(|x| x.block == block) && self.is_cue(k + 1));
                        if let Some(c) = next {
                            j = c + 1;
                        }
                    }
                }
                // "another friend, Mariam Emara told CNN": the name after the comma speaks.
                None => {
                    // "the bespectacled, 71-year-old diplomat said": adjectives in a row.
                    if self.lex.determiners.contains(t[s].norm.as_str()) {
                        let plain = |k: usize| t[k].is_word && !t[k].capital && t[k].block == block && !self.lex.boundaries.contains(t[k].norm.as_str()) && !self.lex.prepositions.contains(t[k].norm.as_str());
                        if let Some(c) = (j + 1..(j + 6).min(t.len())).take_while(|&k| plain(k)).find(|&k| k > j + 1 && self.is_cue(k)) {
                            let (who, mention) = self.resolve(s, c - 1);
                            return Some((who, Some(mention), Some(t[c].span)));
                        }
                    }
                    let (s2, e2) = self.np_forward(j + 1)?;
                    let k = e2 + 1;
                    if k < t.len() && self.is_cue(k) && t[k].block == block {
                        let (who, mention) = self.resolve(s2, e2);
                        return Some((who, Some(mention), Some(t[k].span)));
                    }
                    return None;
                }
            }
        }
        // "a voice-over in the ad states", "a spokesman for the campaign said": a short
        // prepositional phrase belongs to the speaker's description.
        if t.get(j).is_some_and(|x| x.is_word && self.lex.prepositions.contains(x.norm.as_str())) {
            if let Some(c) = (j + 1..(j + 6).min(t.len())).take_while(|&k| t[k].is_word && t[k].quote.is_none() && t[k].block == block).find(|&k| self.is_cue(k)) {
                if c > j + 1 && !t[s].capital {
                    e = c - 1;
                    j = c;
                }
            }
        }
        // “…,” Trump went on. / “…,” Bennett shot back.
        let phrasal = t.get(j).is_some_and(|v| v.block == block) && self.phrasal_cue(j);
        if phrasal {
            let (who, mention) = self.resolve(s, e);
            return Some((who, Some(mention), Some(Span::new(t[j].span.start, t[j + 1].span.end))));
        }
        // “…,” Edward-Isaac Dovere and Gabriel Debenedetti wrote.
        if t.get(j).is_some_and(|x| x.is("and")) && t.get(j + 1).is_some_and(|x| x.capital && x.block == block) && t[s].capital {
            if let Some((_, e2)) = self.np_forward(j + 1) {
                if t.get(e2 + 1).is_some_and(|x| x.block == block) && self.is_cue(e2 + 1) {
                    let (who, _) = self.resolve(s, e);
                    let both = Span::new(t[s].span.start, t[e2].span.end);
                    return Some((who, Some(both), Some(t[e2 + 1].span)));
                }
            }
        }
        while t.get(j).is_some_and(|x| self.lex.auxiliaries.contains(x.norm.as_str())) {
            j += 1;
        }
        // "“…?” a reporter can be heard asking Trump": seen or heard asking, the reporter asks.
        if t.get(j).is_some_and(|x| matches!(x.norm.as_str(), "be" | "been" | "being")) && t.get(j + 1).is_some_and(|x| perceived(&x.norm)) && t.get(j + 2).is_some_and(|x| x.norm.ends_with("ing")) {
            j += 2;
        }
        if j < t.len() && self.is_cue(j) && t[j].block == block {
            let (who, mention) = self.resolve(s, e);
            return Some((who, Some(mention), Some(self.cue_span(j).0)));
        }
        // “…,” an angry Hollande retaliated. A quotation ending on a comma (or ! or ?) and
        // then a name with a past-tense verb closing the clause: the verb is a speech verb
        // the lexicon lacks.
        let open_ended = close > 0 && t.get(close - 1).is_some_and(|x| matches!(x.norm.as_str(), "," | "!" | "?"));
        let past = |k: usize| t.get(k).is_some_and(|x| x.block == block && x.is_word && !x.capital && x.norm.len() >= 5 && x.norm.ends_with("ed"));
        let clause_ends = |k: usize| t.get(k).is_none_or(|x| x.block != block || matches!(x.norm.as_str(), "." | "," | ":" | ";"));
        if open_ended {
            // The verb right after the phrase, or the phrase's own last word ("Hannity started").
            let found = if past(j) && clause_ends(j + 1) {
                Some((e, j))
            } else if e > s && past(e) && clause_ends(e + 1) {
                Some((e - 1, e))
            } else {
                None
            };
            if let Some((end, v)) = found {
                let (who, mention) = self.resolve(s, end);
                return Some((who, Some(mention), Some(t[v].span)));
            }
        }
        None
    }

    /// "said the head of the union, Unai Sordo.": a description (tokens `s..=e`), then the
    /// name that closes its clause in apposition to it, resolved, with the description as an
    /// alias.
    fn resolve_apposed(&mut self, s: usize, e: usize) -> Option<(Option<Who>, Span)> {
        let t = self.tokens;
        let name = |k: usize| t[k].capital && t[k].is_word && !self.lex.not_names.contains(t[k].norm.as_str());
        // Two words or more, no abbreviation: "the mayor of Concord, N.H." is a place.
        let written = |k: usize| mixed_case(&t[k], self.text) || initials(&t[k], self.text);
        let (s2, e2) = (!t[s].capital && t.get(e + 1).is_some_and(|c| c.is(",")))
            .then(|| self.np_forward(e + 2))
            .flatten()
            .filter(|&(s2, e2)| {
                t[s2].block == t[s].block
                    && e2 > s2
                    && (s2..=e2).all(|k| name(k) && written(k) || is_name_particle(&t[k]))
                    && t.get(e2 + 1).is_none_or(|x| x.block != t[s].block || matches!(x.norm.as_str(), "." | ","))
            })?;
        let (who, mention) = self.resolve(s2, e2);
        if let Some(Who::Entity(id)) = who {
            self.entities.add_description(id, &self.text[t[s].span.start..t[e].span.end]);
        }
        Some((who, mention))
    }

    /// A cue before the quotation in its sentence: `Hegseth said Trump was “…”`. Reading
    /// back from the quotation, the first cue whose subject is a name or pronoun wins; a
    /// cue with a vaguer subject is kept only if none has one.
    fn before(&mut self, open: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let floor = self.sentence_start(open, false)?;
        let mut fallback = None;
        let mut c = open;
        while c > floor {
            c -= 1;
            if t[c].quote.is_some() {
                continue;
            }
            // "Para la ministra, Yolanda Díaz, la reforma «…»", "Pour le ministre, …": in
            // French, Spanish and Portuguese a sentence that opens "for someone," gives their view.
            if c == floor && fallback.is_none() && self.entities.lang != Language::English && t[c].is("for") {
                if let Some((s, e)) = self.np_forward(c + 1).filter(|&(_, e)| t.get(e + 1).is_some_and(|x| x.is(","))) {
                    let phrase = &self.text[t[s].span.start..t[e].span.end];
                    if t[e].capital || describes_a_person(&languages::english(phrase, self.entities.lang), self.lex, false) {
                        let (who, mention) = self.resolve_apposed(s, e).unwrap_or_else(|| self.resolve(s, e));
                        return Some((who, Some(mention), Some(t[c].span)));
                    }
                }
            }
            if let Some(next) = self.according(c) {
                let (s, e) = self.np_forward(next)?;
                let (who, mention) = self.resolve(s, e);
                return Some((who, Some(mention), Some(Span::new(t[c].span.start, t[next - 1].span.end))));
            }
            // "his promise to be “neutral”", "her claim that she “never sent …”": a speech noun
            // owned by a pronoun reports what that person said.
            let owner = c.checked_sub(1).map(|o| t[o].norm.as_str());
            if matches!(owner, Some("his" | "her")) && self.speech_word(c) && open - c <= 6 && fallback.is_none() {
                let o = c - 1;
                let she = t[o].is("her");
                let who = self.sentence_subject(o, she).or_else(|| self.entities.recent_person(t[o].span.start, she, self.lex)).map(Who::Entity);
                if who.is_some() {
                    return Some((who, Some(t[o].span), Some(t[c].span)));
                }
            }
            if !self.is_cue(c) {
                continue;
            }
            // "…, explained Rosenberg, “with this thing …”": an inverted cue whose name is
            // all that stands between it and the quotation.
            // Only verbs that invert, not ones taking an object ("told Reuters, “…”").
            if inverts(&t[c].norm) && c > floor && t[c - 1].is(",") && open >= 2 && matches!(t[open - 1].norm.as_str(), "," | ":") {
                if let Some((s, e)) = self.np_forward(c + 1).filter(|&(s, e)| t[s].capital && e + 2 == open) {
                    let (who, mention) = self.resolve(s, e);
                    return Some((who, Some(mention), Some(t[c].span)));
                }
            }
            let Some(found) = self.from_cue(c, floor, open) else { continue };
            // "…, the 34-year-old mother of three replied, “…”": a cue that introduces the
            // quotation itself names its speaker, however vaguely, over any cue further back.
            // Not a participle ("emailed supporters saying: “…”"): that reports the subject.
            // So does an outcry with no comma: "…, a man yelled “Stay there!”" is the man's,
            // "the crowd chanted “Build the wall!”" the crowd's, not the words of the person
            // named earlier in the sentence.
            let outcry = c + 1 == open && matches!(t[c].norm.as_str(), "yelled" | "yells" | "shouted" | "shouts" | "chanted" | "chant" | "chants" | "screamed" | "screams" | "cried" | "hollered" | "read" | "reads");
            let introduces = (c + 2 == open && matches!(t[c + 1].norm.as_str(), "," | ":") || outcry) && !t[c].norm.ends_with("ing");
            if introduces && found.1.is_some() {
                return Some(found);
            }
            let strong = matches!(found.0, Some(Who::Entity(_)))
                || found.1.and_then(|m| m.slice(self.text)).is_some_and(|m| self.lex.pronouns.contains(m.lowercase().as_str()));
            if strong {
                // "She said she asked the question “…”": the clause that reports is the
                // outer one, when its subject is the same person.
                // So does "Rep. Steve Israel said Clinton called on members to be “…”": the
                // outer speaker reports the inner one's words.
                let subject_at = found.1.map(|m| t.partition_point(|x| x.span.start < m.start));
                let pronoun = subject_at.is_some_and(|p| t.get(p).is_some_and(|x| self.lex.pronouns.contains(x.norm.as_str())));
                let outer = subject_at.and_then(|p| p.checked_sub(1)).filter(|&o| o > floor && self.is_cue(o));
                if let Some(report) = outer.and_then(|o| self.from_cue(o, floor, open)).filter(|r| r.1.is_some() && if pronoun { r.0 == found.0 } else { matches!(r.0, Some(Who::Entity(_))) }) {
                    return Some(report);
                }
                return Some(found);
            }
            if fallback.is_none() {
                fallback = Some(found);
            }
        }
        fallback
    }

    /// The speaker of the cue at token `cue`, in the sentence starting at `floor`.
    fn from_cue(&mut self, cue: usize, floor: usize, open: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let cue_span = self.cue_span(cue).0;
        // "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest":
        // the participle opens the sentence.
        if t[cue].norm.ends_with("ing") && cue == floor {
            if let Some(found) = self.subject_after_quote(cue, open) {
                return Some(found);
            }
        }
        // "…defense of “New York values,” saying …", "…his list by saying …": a participle
        // after a clause takes the sentence's subject.
        if t[cue].norm.ends_with("ing") && cue > floor {
            // "a series of tweets early Friday saying": step back over when it was said.
            let mut before = cue - 1;
            while before > floor + 1 && is_day_time(&t[before].norm) {
                before -= 1;
            }
            let p = &t[before];
            // "Trump and Ryan issued a statement saying …", "sent out a text message to
            // supporters saying": the document does not speak; the sentence's subject does.
            let document = (before.saturating_sub(3).max(floor)..=before).any(|d| t[d].is_word && is_document(&t[d].norm));
            // "After saying her foot was “so swollen …,” she was …": a participle clause
            // opening the sentence; its subject follows the quotation.
            let opens_clause = before == floor && matches!(p.norm.as_str(), "after" | "before" | "while" | "when" | "since" | "upon" | "by");
            if opens_clause {
                if let Some(found) = self.subject_after_quote(cue, open) {
                    return Some(found);
                }
            }
            if document || matches!(p.norm.as_str(), "," | "”" | "\"" | "by" | "while" | "after" | "before" | "when" | "—" | "–") {
                // "…, Spicer said, adding, “…”": an earlier cue in the sentence lends its subject
                // — not one inside an opener ("Continuing to explain …, Carson rejected …").
                let participle_opener = t[floor].norm.len() > 4 && t[floor].norm.ends_with("ing");
                let main = if participle_opener { self.after_opener(floor, cue) } else { floor };
                if let Some(earlier) = (main..cue - 1).rev().find(|&j| self.is_cue(j) && !t[j].norm.ends_with("ing")) {
                    if let Some(found) = self.from_cue(earlier, floor, open) {
                        if matches!(found.0, Some(Who::Entity(_))) {
                            return Some((found.0, found.1, Some(cue_span)));
                        }
                    }
                }
                return Some(self.subject_of_sentence(floor, open, cue_span));
            }
        }
        // The cue's subject, reading backwards past auxiliaries ("has also said").
        let mut k = cue;
        while k > floor && self.is_auxiliary(&t[k - 1]) {
            k -= 1;
        }
        // "his supporters were shown chanting “…”": seen or heard doing it, they still speak.
        if t[cue].norm.ends_with("ing") && k >= floor + 3 && perceived(&t[k - 1].norm) && matches!(t[k - 2].norm.as_str(), "was" | "were" | "is" | "are" | "been" | "be") {
            k -= 2;
            while k > floor && self.is_auxiliary(&t[k - 1]) {
                k -= 1;
            }
        }
        // "Blumenthal was asked, “…”", "is described on Amazon as": the subject of a passive
        // cue is spoken to or about, not speaking ("was quoted as saying" excepted).
        if self.passive(k, cue) {
            return Some((None, None, Some(cue_span)));
        }
        // "Rep. Gwen Moore (D-Wis.) said": skip the parenthesis.
        if k > floor + 1 && t[k - 1].is(")") {
            if let Some(open_paren) = (floor..k - 1).rev().take(8).find(|&j| t[j].is("(")) {
                k = open_paren;
            }
        }
        // "Beck on Wednesday said", "Trump at the time said", "Trump, who …, on Friday
        // described": a short phrase after a name or an apposition, within the clause.
        if let Some(p) = (k.saturating_sub(4).max(floor + 1)..k.saturating_sub(1)).find(|&p| {
            matches!(t[p].norm.as_str(), "on" | "at" | "in" | "during" | "last" | "this" | "earlier")
                && (t[p - 1].is_word && t[p - 1].capital || t[p - 1].is(",") || t[p - 1].is("who") || self.is_auxiliary(&t[p - 1]))
                && t[p..k].iter().all(|x| x.is_word && x.quote.is_none() && !self.lex.boundaries.contains(x.norm.as_str()))
                // "even now at 86 she still says": the pronoun is the subject, not in a phrase.
                && !t[p..k].iter().any(|x| matches!(x.norm.as_str(), "he" | "she" | "they" | "we" | "i"))
        }) {
            k = p;
            // "Beck, who has in the past described": auxiliaries before the phrase too.
            while k > floor && self.is_auxiliary(&t[k - 1]) {
                k -= 1;
            }
        }
        // "The State Department less than two weeks ago said": a span of time before the cue.
        if k > floor + 1 && t[k - 1].is("ago") {
            let mut j = k - 1;
            while j > floor + 1 && t[j - 1].is_word && !t[j - 1].capital && (is_number_word(&t[j - 1].norm) || TIME_WORDS.contains(&t[j - 1].norm.as_str())) {
                j -= 1;
            }
            k = j;
        }
        // "A former candidate -- John McCain, who lost … -- said": a dashed apposition.
        let dash = |j: usize| matches!(t[j].norm.as_str(), "—" | "–" | "-" | "--");
        if k > floor + 2 && dash(k - 1) {
            // "--" may be two tokens: step over the whole run of dashes, both times.
            let mut close = k - 1;
            while close > floor && dash(close - 1) {
                close -= 1;
            }
            let open_dash = (floor..close).rev().take(APPOSITION).find(|&d| dash(d)).map(|mut d| {
                while d > floor && dash(d - 1) {
                    d -= 1;
                }
                d
            });
            if let Some(d) = open_dash.filter(|&d| d > floor) {
                if let Some((s, e)) = self.np_backward(d - 1, floor) {
                    let (who, mention) = self.resolve(s, e);
                    return Some((who, Some(mention), Some(cue_span)));
                }
            }
        }
        if k <= floor {
            return Some(self.subject_of_sentence(floor, open, cue_span));
        }
        let prev = &t[k - 1];
        // "“…,” said Vice President Joe Biden, urging …": an inverted cue right after a
        // quotation has its subject after it, not before.
        if k == cue && !prev.is_word && matches!(prev.norm.as_str(), "”" | "\"" | "’" | "'") && inverts(&t[cue].norm) {
            if let Some((s, e)) = self.np_forward(cue + 1).filter(|&(s, _)| t[s].capital) {
                let (who, mention) = self.resolve(s, e);
                return Some((who, Some(mention), Some(cue_span)));
            }
        }
        // "items labeled “Made in the U.S.A.”", "a group called “…”": a participle naming a
        // thing just before the quotation is no speech, and the thing no speaker.
        // Not "what multiple lawmakers called “fraud”": that is someone's word for it.
        let naming = matches!(t[cue].norm.as_str(), "labeled" | "labelled" | "called" | "dubbed" | "named" | "titled" | "branded" | "marked");
        let thing = &t[k - 1];
        let what = (k.saturating_sub(4).max(floor)..k).any(|j| matches!(t[j].norm.as_str(), "what" | "which" | "that" | "whom"));
        if naming && cue + 1 == open {
            // "has been called “strategic ambiguity” by Joshua Hendrick": the agent speaks.
            let close = (open + 1..t.len()).find(|&j| t[j].quote.is_none());
            let agent = close.filter(|&c| t.get(c + 1).is_some_and(|x| x.is("by"))).and_then(|c| self.np_forward(c + 2)).filter(|&(s, _)| t[s].capital || self.lex.determiners.contains(t[s].norm.as_str()));
            if let Some((s, e)) = agent {
                let (who, mention) = self.resolve(s, e);
                return Some((who, Some(mention), Some(cue_span)));
            }
            let being = matches!(thing.norm.as_str(), "be" | "been" | "being" | "is" | "was" | "were" | "are");
            if thing.is_word && !thing.capital && !being && !self.lex.pronouns.contains(thing.norm.as_str()) && !what {
                self.labels.push(open);
                return Some((None, None, None));
            }
        }
        // "An early tweet quoted the president as saying": the person is before "as".
        if prev.is("as") && t[cue].is("saying") && k >= floor + 2 {
            k -= 1;
        }
        let prev = &t[k - 1];
        // "Beck, who said …", "the AP report, which notes …": the antecedent speaks, and the
        // relative pronoun is the word that names it for this cue.
        let mut relative = None;
        if (prev.is("who") || prev.is("which")) && k >= 2 {
            relative = Some(prev.span);
            k -= 1;
            if t[k - 1].is(",") {
                k -= 1;
            }
        } else if prev.is(",") && t[cue].norm.ends_with("ing") {
            // "Trump hit back, telling Reuters, “…”": the clause's subject speaks.
            return Some(self.subject_of_sentence(floor, open, cue_span));
        } else if prev.is(",") {
            // "Peskov, the Kremlin spokesperson, said": the phrase before the apposition.
            let mut start = (floor..k - 1).rev().take(APPOSITION).find(|&j| t[j].is(","));
            // "Michael Mulgrew, president of the teachers' union, which represents …, said":
            // a relative clause describes the apposition before it; the speaker is further back.
            if let Some(j) = start.filter(|&j| j > floor + 1 && t.get(j + 1).is_some_and(|x| x.is("which") || x.is("who"))) {
                let described = |x: usize| x > floor && t.get(x + 1).is_some_and(|d| d.is_word && !d.capital);
                if let Some(x) = (floor..j).rev().take(APPOSITION).find(|&x| t[x].is(",")).filter(|&x| described(x)) {
                    start = Some(x);
                }
            }
            if let Some(j) = start.filter(|&j| j > floor && k >= 2) {
                // "Rep. Gwen Moore (D-Wis.), chair of …, said": the name before the parenthesis.
                let mut name_end = j - 1;
                if t[name_end].is(")") {
                    if let Some(p) = (floor..name_end).rev().take(8).find(|&x| t[x].is("(")) {
                        name_end = p.saturating_sub(1).max(floor);
                    }
                }
                if let Some((s, e)) = self.np_backward(name_end, floor) {
                    // "The governor of Buenos Aires, Axel Kicillof, said": a name after "of" is
                    // the description's, and the name in apposition speaks.
                    let described = of_before(t, s, floor).filter(|_| t.get(j + 1).is_some_and(|x| x.capital && x.is_word));
                    let (who, mention) = if let Some(of) = described {
                        let head = (of > floor).then(|| self.np_backward(of - 1, floor)).flatten().map_or(s, |(hs, _)| hs);
                        (Some(Who::Unnamed), Span::new(t[head].span.start, t[e].span.end))
                    } else {
                        self.resolve(s, e)
                    };
                    // Only a description can be an apposition: "the Kremlin spokesperson",
                    // "president of …", not a stretch of a relative clause.
                    // Nor a relative clause ("The lawmaker, who represents a district in Albay
                    // province, said").
                    let relative_clause = t.get(j + 1).is_some_and(|x| x.is("who") || x.is("which"));
                    let description = |(as_, _): &(usize, usize)| {
                        let w = t[*as_].norm.as_str();
                        if relative_clause {
                            return false;
                        }
                        t[*as_].capital || self.lex.determiners.contains(w) || self.lex.titles.contains(w) || self.lex.groups.contains(w) || self.descriptor_before_name(*as_)
                    };
                    // "…, Gov. John Kasich (R-OH), said": the apposition before its parenthesis.
                    let mut appos_end = k - 2;
                    if t[appos_end].is(")") {
                        if let Some(p) = (j + 1..appos_end).rev().take(8).find(|&x| t[x].is("(")) {
                            appos_end = p.saturating_sub(1).max(j + 1);
                        }
                    }
                    let (mut awho, amention) = match self.np_backward(appos_end, j + 1).filter(description) {
                        Some((as_, ae)) => self.resolve(as_, ae),
                        None => (None, mention),
                    };
                    // "a permanent member of the Security Council", "one of the states suing
                    // the EPA": a description that names someone inside is not that someone.
                    if let (Some(Who::Entity(id)), Some(first)) = (awho, amention.slice(self.text).and_then(|m| m.split_whitespace().next())) {
                        let surname = last_name(&self.entities.list[id].name);
                        let lower_start = first.starts_with(char::is_lowercase);
                        if lower_start && amention.slice(self.text).is_some_and(|m| m.split_whitespace().skip(1).any(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()) == surname)) {
                            awho = Some(Who::Unnamed);
                        }
                    }
                    // "Jean-Marc Ayrault, the foreign minister of France, a permanent member of
                    // the Security Council, said": two appositions; the name is before both.
                    let (mut who, mut mention) = (who, mention);
                    let first_comma = (floor..j).rev().take(APPOSITION).find(|&x| t[x].is(","));
                    let named_already = matches!(who, Some(Who::Entity(_))) || matches!(awho, Some(Who::Entity(_)));
                    if let Some(c0) = first_comma.filter(|&c0| c0 > floor && !named_already) {
                        if let Some((ns, ne)) = self.np_backward(c0 - 1, floor).filter(|&(ns, _)| t[ns].capital) {
                            let (named, named_mention) = self.resolve(ns, ne);
                            if matches!(named, Some(Who::Entity(_))) && !self.lex.groups.contains(t[e].norm.as_str()) {
                                (who, mention) = (named, named_mention);
                                awho = None;
                            }
                        }
                    }
                    self.entities.link_description(self.text, who, awho, mention, amention);
                    // A group ("Others, reacting to …, shouted") speaks for itself too.
                    let group = self.lex.groups.contains(t[e].norm.as_str());
                    let (who, mention) = if matches!(who, Some(Who::Entity(_))) || group || awho.is_none() { (who, mention) } else { (awho, amention) };
                    return Some((who, Some(mention), Some(cue_span)));
                }
            }
            return None;
        } else if self.lex.boundaries.contains(prev.norm.as_str()) {
            // "… and said": the subject is the sentence's.
            return Some(self.subject_of_sentence(floor, open, cue_span));
        }
        // No phrase that can name anyone: the cue still marks speech, its speaker unknown.
        let Some((s, e)) = self.np_backward(k - 1, floor) else { return Some((None, None, Some(cue_span))) };
        let (mut who, mention) = self.resolve(s, e);
        // "McConnell, now the Senate majority leader, who … said": the relative pronoun's
        // antecedent is a description in apposition; the name before it is who speaks.
        let who_clause = relative.and_then(|r| r.slice(self.text)).is_some_and(|w| w.eq_ignore_ascii_case("who"));
        if who_clause && !matches!(who, Some(Who::Entity(_))) && !t[s].capital && s > floor + 1 && (t[s - 1].is(",") || t[s - 1].is("now") && t[s - 2].is(",")) {
            let comma = if t[s - 1].is(",") { s - 1 } else { s - 2 };
            if let Some((ns, ne)) = comma.checked_sub(1).and_then(|n| self.np_backward(n, floor)).filter(|&(ns, _)| t[ns].capital) {
                let (named, _) = self.resolve(ns, ne);
                if matches!(named, Some(Who::Entity(_))) {
                    who = named;
                }
            }
        }
        // "Clinton’s campaign is seeking to contrast her approach with what they call …":
        // "it" and "they" in "what it calls" stand for the sentence's subject.
        let what_clause = s == e && matches!(t[s].norm.as_str(), "it" | "they") && s > floor && t[s - 1].is("what");
        if what_clause && relative.is_none() {
            let start = self.after_opener(floor, s);
            if let Some((ss, se)) = self.np_forward(start).filter(|&(ss, se)| se < s - 1 && ss < s) {
                // Not across a relative clause ("a company called Cambridge Analytica, which
                // specializes in what it calls"): "it" is the clause's own antecedent there.
                let relative_between = t[se + 1..s].iter().any(|x| matches!(x.norm.as_str(), "which" | "who" | "whose"));
                let plain = !(ss..=se).any(|j| self.is_cue(j)) && !relative_between;
                if plain {
                    let (swho, smention) = self.resolve(ss, se);
                    return Some((swho, Some(smention), Some(cue_span)));
                }
            }
        }
        Some((who, Some(relative.unwrap_or(mention)), Some(cue_span)))
    }

    /// The subject of the main clause after a participle clause that holds the quotation
    /// opening at token `open`: "After saying …“…,” she was", "…“…,” though, Allen did".
    fn subject_after_quote(&mut self, cue: usize, open: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let block = t[cue].block;
        let mut j = (open..t.len()).take(NEARBY).find(|&j| t[j].quote.is_none() && t[j].is_word && t[j].block == block)?;
        if j <= open + 1 || !matches!(t[j - 1].norm.as_str(), "," | "”" | "\"") {
            return None;
        }
        // "…,” though, Allen": an aside before the subject.
        if matches!(t[j].norm.as_str(), "though" | "however" | "too" | "also") && t.get(j + 1).is_some_and(|x| x.is(",")) {
            j += 2;
        }
        let (s, e) = self.np_forward(j)?;
        if !(t[s].capital || self.lex.pronouns.contains(t[s].norm.as_str())) {
            return None;
        }
        let (who, mention) = self.resolve(s, e);
        Some((who, Some(mention), Some(t[cue].span)))
    }

    /// Who makes the claim in `sentence`: the subject of its first speech cue outside
    /// quotation marks ("Hegseth had also told allies the US was …"), or nobody — the
    /// article's own voice.
    fn claimant(&mut self, sentence: Span) -> Option<Who> {
        let t = self.tokens;
        let floor = t.partition_point(|x| x.span.start < sentence.start);
        let ceil = t.partition_point(|x| x.span.start < sentence.end);
        let cue = (floor..ceil).find(|&i| self.is_cue(i))?;
        let mut k = cue;
        while k > floor && self.is_auxiliary(&t[k - 1]) {
            k -= 1;
        }
        // "Dylann Roof is accused of killing …", "She is assured of 108 delegates": spoken
        // about, not speaking.
        if self.passive(k, cue) {
            return None;
        }
        // "Playing Field Promotions, a talent agency, says": past the apposition to the name,
        // when the name opens the sentence or follows its opening phrase ("With 50 days to go,
        // Minyon Moore, a senior adviser, said"; not "… after Warren Buffett, the investor,
        // complained").
        let appositive = (floor + 1..k.saturating_sub(1)).rev().take(12).find(|&j| t[j].is(","));
        let appositive = appositive.filter(|&c| t[k - 1].is(",") && t.get(c + 1).is_some_and(|d| matches!(d.norm.as_str(), "a" | "an" | "the")));
        let (s, e) = self.np_backward(appositive.map_or(k.checked_sub(1)?, |c| c - 1), floor)?;
        if appositive.is_some() && !(s == floor || t[s - 1].is(",")) {
            return None;
        }
        let (who, _) = self.resolve(s, e);
        who.filter(|w| matches!(w, Who::Entity(_)))
    }

    /// `“…” to drive up the price, she said.`: a cue closing the quotation's sentence.
    fn end_of_sentence(&mut self, close: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let block = t.get(close)?.block;
        let mut end = close + 1;
        while end < t.len() && t[end].block == block && t[end].quote.is_none() && !matches!(t[end].norm.as_str(), "." | "?" | "!" | ";" | "“" | "\"") {
            end += 1;
        }
        // "“the beginning of the end” for the EU, said Geert Wilders, founder of …": an
        // inverted cue after a comma later in the sentence.
        if let Some(c) = (close + 1..end).find(|&c| t[c - 1].is(",") && self.is_cue(c) && t.get(c + 1).is_some_and(|n| n.capital)) {
            if let Some((s, e)) = self.np_forward(c + 1) {
                let (who, mention) = self.resolve(s, e);
                return Some((who, Some(mention), Some(t[c].span)));
            }
        }
        // "…, she said." / "…, he added." / "“…” to drive up the stock price, she said,
        // referencing …": a clause of its own between commas, or closing the sentence.
        // A quotation ending its own sentence ("“… bully.” South Carolina, he said, was")
        // leaves a cue inside the next sentence to the next quotation.
        let ends_sentence = close > 0 && matches!(t[close - 1].norm.as_str(), "." | "?" | "!");
        let (cue, s, e) = (close + 2..end).find_map(|c| {
            let closes = c + 1 == end || (t[c + 1].is(",") && !ends_sentence);
            if !closes || !self.is_cue(c) {
                return None;
            }
            let (s, e) = self.np_backward(c - 1, close + 1)?;
            (s > 0 && t[s - 1].is(",") && e + 1 == c).then_some((c, s, e))
        })?;
        let (who, mention) = self.resolve(s, e);
        Some((who, Some(mention), Some(t[cue].span)))
    }

    /// "She then addressed the supporters again: “…”" and "Clinton released the following
    /// statement:" ¶ "“…”": a colon introduces the quotation, and the sentence's subject speaks.
    fn colon_introduction(&mut self, open: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        if open == 0 || !t[open - 1].is(":") {
            return None;
        }
        let colon = open - 1;
        let block = t[colon].block;
        // The nearest straight mark before the colon closes a quotation: "Clinton: "…" Bush: "…"".
        let floor = (0..colon).rev().find(|&j| t[j].block != block || matches!(t[j].norm.as_str(), "." | "?" | "!" | "”" | "\"")).map_or(0, |j| j + 1);
        // "POLLSTERS AGREE - Carl Bialik: “…”": the name after a headline's dash.
        let floor = (floor..colon).rev().find(|&j| matches!(t[j].norm.as_str(), "-" | "—" | "–")).map_or(floor, |j| j + 1);
        if floor >= colon {
            return None;
        }
        // "Frank Newport and Jim Harter: “…”" — the words before the colon are the speaker.
        let (s, e) = match self.np_backward(colon - 1, floor) {
            Some((s, e)) if s == floor => (s, e),
            _ => {
                if let Some(named) = self.person_before_colon(floor, colon) {
                    return Some(named);
                }
                // "In other words, explained CBS moderator Nancy Cordes: “…”": an inverted cue.
                let mut start = self.after_opener(floor, colon);
                if self.is_cue(start) {
                    start += 1;
                }
                self.np_forward(start).filter(|&(_, e)| e < colon && !self.set_off(e))?
            }
        };
        let first = &t[s];
        let named = first.capital || self.lex.pronouns.contains(first.norm.as_str()) || self.lex.determiners.contains(first.norm.as_str());
        if !named {
            return None;
        }
        let (who, mention) = self.resolve(s, e);
        Some((who, Some(mention), None))
    }

    /// "The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “…”":
    /// with no speech verb, a person named just before the colon is who speaks — not one
    /// spoken to ("delivered a blunt message to Trump:").
    fn person_before_colon(&mut self, floor: usize, colon: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let last = &t[colon - 1];
        if !last.is_word || !last.capital || last.possessive || (floor..colon).any(|j| self.is_cue(j)) {
            return None;
        }
        let mut s = colon - 1;
        while s > floor && t[s - 1].is_word && t[s - 1].quote.is_none() && t[s - 1].capital && !t[s - 1].possessive {
            s -= 1;
        }
        // After a verb ("surprise Republican pollster Daron Shaw"), not after a preposition
        // or a conjunction ("Mark Blumenthal and Jon Cohen:", read whole elsewhere), even
        // with words between ("a message to the Dutch newspaper NRC Handelsblad:").
        // "by DNAinfo’s Nicole Levy:" is the author of what follows.
        let linking = |j: usize| {
            let w = t[j].norm.as_str();
            !t[j].is_word || w != "by" && (self.lex.prepositions.contains(w) || self.lex.boundaries.contains(w) || matches!(w, "to" | "and" | "or"))
        };
        if s <= floor || (s.saturating_sub(4).max(floor)..s).any(linking) {
            return None;
        }
        let (who, mention) = self.resolve(s, colon - 1);
        matches!(who, Some(Who::Entity(_))).then_some((who, Some(mention), None))
    }

    /// A quotation opening a paragraph after one that ends "Caddell continued:".
    fn colon_before(&mut self, open: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let block = t.get(open)?.block;
        if open == 0 || t[open - 1].block == block || !t[open - 1].is(":") {
            return None;
        }
        let prev_block = t[open - 1].block;
        let mut c = open - 1;
        let mut seen = 0;
        while c > 0 && t[c - 1].block == prev_block && seen < 12 {
            c -= 1;
            seen += 1;
            if self.is_cue(c) {
                let mut k = c;
                while k > 0 && self.lex.auxiliaries.contains(t[k - 1].norm.as_str()) {
                    k -= 1;
                }
                let floor = (0..k).rev().find(|&j| t[j].block != prev_block || matches!(t[j].norm.as_str(), "." | "?" | "!")).map_or(0, |j| j + 1);
                let (s, e) = self.np_backward(k.checked_sub(1)?, floor)?;
                let (who, mention) = self.resolve(s, e);
                return Some((who, Some(mention), Some(t[c].span)));
            }
        }
        None
    }

    /// The first token of the sentence holding token `open`, within its paragraph; marks
    /// inside other quotations do not end a sentence. With `colon`, a colon ends one too.
    fn sentence_start(&self, open: usize, colon: bool) -> Option<usize> {
        let start = *self.starts[usize::from(colon)].get(open)?;
        // No sentence runs longer than a paragraph's worth of tokens: text without full stops
        // (a megabyte pasted as one line) is read in windows.
        Some(start.max(open.saturating_sub(NEARBY)))
    }

    /// No cue at all: "Paul Ryan worried that the net was becoming “a hammock …”". The
    /// person the sentence is about, when it opens on a name or he/she and a verb follows
    /// before the quotation, is the likeliest speaker; anything vaguer stays unattributed.
    fn subject_guess(&mut self, open: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let floor = self.sentence_start(open, true)?;
        if floor >= open || t[floor].quote.is_some() {
            return None;
        }
        let start = self.after_opener(floor, open);
        let (s, mut e) = self.np_forward(start).filter(|&(s, _)| s + 1 < open)?;
        // "The ad targets a “corrupt political system …”": a document speaks for its makers.
        let document = self.lex.determiners.contains(t[s].norm.as_str()).then(|| (s + 1..=e).take(4).find(|&d| is_document(&t[d].norm))).flatten();
        if let Some(d) = document {
            e = d;
        }
        if e + 1 >= open {
            return None;
        }
        // A name is its run of capitalised words: "Paul Ryan worried" is "Paul Ryan".
        if t[s].capital && document.is_none() {
            let mut end = s;
            while end < e && t[end + 1].capital {
                end += 1;
            }
            e = end;
        }
        let verb_between = t[e + 1..open].iter().any(|x| x.is_word && !x.capital);
        let head = &t[e];
        let named = head.capital && !not_name_at(t, e, self.lex) && !self.lex.titles.contains(head.norm.as_str());
        let pronoun = s == e && matches!(head.norm.as_str(), "he" | "she");
        if !verb_between || !(named || pronoun || document.is_some()) {
            return None;
        }
        let (who, mention) = self.resolve(s, e);
        (document.is_some() || matches!(who, Some(Who::Entity(_)))).then_some((who, Some(mention), None))
    }

    /// Where a sentence's subject starts: after an opening adverbial up to a comma ("On
    /// Thursday,", "After the Great Recession,"), else at the start.
    fn after_opener(&self, floor: usize, limit: usize) -> usize {
        let t = self.tokens;
        let mut floor = floor;
        // "Washington (AFP) – Democrat Hillary Clinton …": a dateline before the subject.
        if let Some(d) = (floor + 1..limit.min(floor + 8)).find(|&j| matches!(t[j].norm.as_str(), "—" | "–" | "-" | "--")) {
            let head = &t[floor..d];
            let all_caps = t[floor].is_word && t[floor].norm.len() >= 3 && self.text[t[floor].span.start..t[floor].span.end].chars().all(|c| !c.is_lowercase());
            let dateline = head.iter().all(|x| x.capital || !x.is_word) && (all_caps || head.iter().any(|x| x.is("(")));
            if dateline && d + 1 < limit {
                floor = d + 1;
            }
        }
        // "But to give you the tenor of the interview, Trump …": a conjunction opening the
        // sentence is not part of any opener or subject.
        if t.get(floor).is_some_and(|x| matches!(x.norm.as_str(), "but" | "and" | "so" | "yet" | "then" | "still" | "also" | "now" | "plus")) {
            let after = if t.get(floor + 1).is_some_and(|x| x.is(",")) { floor + 2 } else { floor + 1 };
            // Nothing left before the limit: the sentence is the conjunction alone.
            if after >= limit {
                return floor;
            }
            floor = after;
        }
        // "On Thursday the US president …": a day with no comma after it.
        if t.get(floor).is_some_and(|x| x.is("on")) && t.get(floor + 1).is_some_and(|x| is_day_time(&x.norm)) {
            let mut j = floor + 1;
            while j < limit && j < floor + 4 && is_day_time(&t[j].norm) {
                j += 1;
            }
            // Only when a subject follows ("On Thursday night as …, Trump" keeps its opener).
            let subject = |x: &Token| x.is_word && (x.capital || self.lex.determiners.contains(x.norm.as_str()) || self.lex.pronouns.contains(x.norm.as_str()));
            if j < limit && subject(&t[j]) {
                floor = j;
            }
        }
        let Some(first) = t.get(floor) else { return floor };
        let w = first.norm.as_str();
        // "Based on the statement …,", "Preceded by …,": a past participle and a preposition.
        let participle = w.len() > 4 && w.ends_with("ed") && t.get(floor + 1).is_some_and(|n| self.lex.prepositions.contains(n.norm.as_str()));
        if let Some(comma) = (floor..limit.min(floor + 7)).find(|&j| t[j].is(",")) {
            // "She escalated her criticism on Tuesday, telling CNN …": a pronoun is the subject.
            // "Continuing to explain …," and "Shortly after …," open with a participle or an
            // adverb.
            let adverbial = !self.lex.pronouns.contains(w)
                && (!first.capital
                    || self.lex.not_names.contains(w)
                    || self.lex.prepositions.contains(w)
                    || self.lex.boundaries.contains(w)
                    || (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ly")))
                    || participle
                    || is_number_word(w));
            // "The former candidate continued, saying …": a clause with its own cue, not an opener.
            let plainly_opener = self.lex.not_names.contains(w) || self.lex.prepositions.contains(w) || self.lex.boundaries.contains(w);
            // But "Continuing to explain his perspective, Carson …": a participle's phrase has
            // no subject of its own, whatever verb it holds.
            let participle_phrase = w.len() > 4 && w.ends_with("ing");
            let clause = !plainly_opener && !participle_phrase && (floor..comma).any(|j| self.is_cue(j));
            // 'On "Face the Nation," Sanders …': the comma may sit inside a closing mark.
            let past_marks = |c: usize| (c + 1..limit).find(|&j| !matches!(t[j].norm.as_str(), "”" | "\"" | "’")).unwrap_or(limit);
            let mut next = past_marks(comma);
            // "Following a swiftly called, late-afternoon meeting, the Security Council": a
            // comma inside the opener, when no subject can start after it.
            let subject_starts = |j: usize| t[j].capital || self.lex.pronouns.contains(t[j].norm.as_str()) || self.lex.determiners.contains(t[j].norm.as_str()) || !t[j].is_word;
            if adverbial && next < limit && !subject_starts(next) {
                if let Some(c2) = (next..limit.min(floor + OPENER)).find(|&k| t[k].is(",")) {
                    next = past_marks(c2);
                }
            }
            if adverbial && !clause && next < limit {
                return next;
            }
            return floor;
        }
        // A longer opener, plainly one ("In a Fox interview later that day, Trump …",
        // "Speaking at a town hall in Salem, New Hampshire, Trump …"), ends at the comma
        // before the subject, not at one inside a place name.
        let opener = self.lex.prepositions.contains(w)
            || (self.lex.boundaries.contains(w) && !matches!(w, "and" | "but" | "or" | "so" | "that" | "who" | "which" | "what"))
            || (w.ends_with("ing") && !self.lex.determiners.contains(w))
            || participle;
        if !opener {
            return floor;
        }
        let first_comma = (floor..limit.min(floor + OPENER)).find(|&k| t[k].is(","));
        first_comma.and_then(|c| self.past_places(c, floor, limit)).unwrap_or(floor)
    }

    /// The token after the comma at `comma` that ends an opener, stepping over commas inside
    /// place names ("in Columbus, Ohio, Clinton …"); none within the opener's reach.
    fn past_places(&self, comma: usize, floor: usize, limit: usize) -> Option<usize> {
        let t = self.tokens;
        let mut comma = comma;
        loop {
            let next = comma + 1;
            if next >= limit {
                return None;
            }
            let place = t[next].capital
                && (next..limit.min(next + 4)).find(|&k| !t[k].capital || !t[k].is_word).is_some_and(|k| t[k].is(","));
            if !place {
                return Some(next);
            }
            comma = (next..limit.min(floor + OPENER)).find(|&k| t[k].is(","))?;
        }
    }

    /// The subject of the sentence starting at token `floor`: its first pronoun, name or
    /// description, past an opening adverbial ("Hours later, Trump …", "In a statement, she …").
    fn subject_of_sentence(&mut self, floor: usize, limit: usize, cue: Span) -> (Option<Who>, Option<Span>, Option<Span>) {
        let start = self.after_opener(floor, limit);
        let t = self.tokens;
        // "Former prosecutor and New York City Mayor Rudy Giuliani": descriptions joined by
        // "and" before the name are one phrase.
        let np = self.np_forward(start).map(|(s, e)| {
            let described = (s..=e).all(|j| !t[j].is_word || !t[j].capital || self.lex.titles.contains(t[j].norm.as_str()));
            // The phrase may have stopped at the description's lower-case words.
            let and = (e + 1..(e + 5).min(t.len())).find(|&k| !(t[k].is_word && !t[k].capital && !t[k].is("and"))).filter(|&k| t[k].is("and"));
            match and.filter(|_| described).and_then(|k| self.np_forward(k + 1)) {
                Some((_, e2)) if t[e2].capital => (s, e2),
                _ => (s, e),
            }
        });
        match np.filter(|(_, e)| *e < limit) {
            Some((s, mut e)) => {
                // "Reid caucused in Nevada": a name is its run of capitalised words.
                if t[s].capital && !self.lex.not_names.contains(t[s].norm.as_str()) {
                    let run = (s..=e).take_while(|&j| t[j].capital || !t[j].is_word).last().unwrap_or(s);
                    // Not "Clinton’s aides": a possessive's noun is who speaks. Nor "Democratic
                    // presidential candidate Sen. Bernie Sanders": the name comes later.
                    let later_name = (run + 1..=e).any(|j| t[j].capital && t[j].is_word);
                    if !t[s..=run].iter().any(|x| x.possessive) && !later_name {
                        e = run;
                    }
                }
                // "Hastily, …", "Continuing …": an opening word that names no one.
                let w = t[s].norm.as_str();
                let speaks_alone = self.lex.pronouns.contains(w) || self.lex.groups.contains(w);
                if s == e && t[s].capital && !speaks_alone && (self.common_word(s) || self.lex.not_names.contains(w)) {
                    return (None, None, Some(cue));
                }
                let (who, mention) = self.resolve(s, e);
                (who, Some(mention), Some(cue))
            }
            None => (None, None, Some(cue)),
        }
    }

    /// "“…,” Trump added. He then had a question for the crowd. ¶ “Who’s going to pay?”":
    /// a quotation continuing `prev`'s speaker is named, for the reader, by the he or she
    /// opening the sentence just before it, when that pronoun stands for the same person.
    fn nearer_pronoun(&mut self, prev: &Attribution, open: usize) -> Option<Span> {
        let t = self.tokens;
        let Some(Who::Entity(id)) = prev.who else { return None };
        let last = open.checked_sub(1)?;
        let floor = self.sentence_start(last, false)?;
        let first = t.get(floor)?;
        if floor >= last || first.span.start <= prev.quote.close.end || first.quote.is_some() || !matches!(first.norm.as_str(), "he" | "she") {
            return None;
        }
        let (who, mention) = self.resolve(floor, floor);
        (who == Some(Who::Entity(id))).then_some(mention)
    }

    /// "And then he promised that he's staying in the race. “Let me be clear …”": with no
    /// quotation before it to continue, a quotation takes the subject of the last speech
    /// cue earlier in its paragraph.
    fn earlier_cue(&mut self, open: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let block = t.get(open)?.block;
        let opens_block = open == 0 || t[open - 1].block != block;
        let cue = if opens_block {
            // The paragraph before, when it quotes nobody: "Trump spoke to reporters. ¶ “…”".
            let prev = t.get(open.checked_sub(1)?)?.block;
            let para: Vec<usize> = (0..open).rev().take(NEARBY).take_while(|&j| t[j].block == prev).collect();
            // A few words in marks ("What “go after them” actually means") quote nobody.
            // A quotation's words are consecutive tokens: count each run.
            let (mut run_of, mut run) = (None, 0);
            for &j in &para {
                let q = t[j].quote.filter(|_| t[j].is_word);
                if q.is_some() && q == run_of {
                    run += 1;
                } else if q.is_some() {
                    (run_of, run) = (q, 1);
                }
                if run > 4 {
                    return None;
                }
            }
            // Here "spoke" reports speech too ("… since Trump spoke only in evasive bromides
            // during the interview. ¶ “We have to …”"); as a cue for a quotation in its own
            // sentence it named the wrong people ("As Blumenthal spoke, the NRA was whipping
            // lawmakers against “…”").
            let spoke = |j: usize| t[j].is_word && !t[j].capital && matches!(t[j].norm.as_str(), "spoke" | "speaks");
            para.into_iter().find(|&j| self.is_cue(j) || spoke(j))?
        } else {
            (0..open).rev().take(NEARBY).take_while(|&j| t[j].block == block).find(|&j| self.is_cue(j))?
        };
        let floor = self.sentence_start(cue, false)?;
        let found = self.from_cue(cue, floor, cue)?;
        found.0.is_some_and(|w| matches!(w, Who::Entity(_))).then_some(found)
    }

    /// "“…,” Ebeling said, and her husband cut in. “…”": the speaker of a clause of its own
    /// (a sentence, or one joined by "and"/"but") between quotation `prev` and the one
    /// opening at token `open`, in the same paragraph — not of a subordinate clause ("“…,”
    /// Trump said after Clinton accused him").
    fn speaker_between(&mut self, prev: &Attribution, open: usize) -> Option<(Option<Who>, Span)> {
        let t = self.tokens;
        let block = t.get(open)?.block;
        let after_prev = t.partition_point(|x| x.span.start < prev.quote.close.end);
        let cue = (after_prev..open).rev().take(NEARBY).take_while(|&j| t[j].block == block).find(|&j| t[j].quote.is_none() && self.is_cue(j))?;
        let floor = self.sentence_start(cue, false)?.max(after_prev);
        let mut k = cue;
        while k > floor && self.is_auxiliary(&t[k - 1]) {
            k -= 1;
        }
        // "…, and her husband was asked": spoken to, not speaking up.
        if self.passive(k, cue) {
            return None;
        }
        let (s, e) = self.np_backward(k.checked_sub(1)?, floor)?;
        let joined = s >= floor + 2 && matches!(t[s - 1].norm.as_str(), "and" | "but") && t[s - 2].is(",");
        if !(s == floor || joined) || self.lex.pronouns.contains(t[s].norm.as_str()) {
            return None;
        }
        let (who, mention) = self.resolve(s, e);
        Some((who, mention))
    }

    /// "…because he sees Cruz as a uniter. ¶ “Not only can Ted Cruz win …”": a quotation
    /// opening its paragraph after one that quotes nobody takes the person the last
    /// sentence of that paragraph is about, when it opens on a known name or he/she.
    fn previous_subject(&mut self, open: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        let block = t.get(open)?.block;
        let last = open.checked_sub(1)?;
        let floor = self.sentence_start(last, false)?;
        if t[last].block == block {
            // "Sanders … identified young voters’ exhaustion with bigotry. “The younger people
            // are …”": a quotation opening a sentence after one, in its paragraph, that quotes
            // nobody.
            // A title in quotation marks ("On “Face the Nation,”") quotes nobody.
            let words_in = |q: usize| t[floor..=last].iter().filter(|x| x.quote == Some(q) && x.is_word).count();
            let speech = |x: &Token| x.quote.is_some_and(|q| words_in(q) > 4);
            if !matches!(t[last].norm.as_str(), "." | "?" | "!") || t[floor..=last].iter().any(speech) {
                return None;
            }
        } else if (0..=last).rev().take(NEARBY).take_while(|&j| t[j].block == t[last].block).any(|j| t[j].quote.is_some()) {
            return None;
        }
        let start = self.after_opener(floor, last);
        let (s, e) = self.np_forward(start).filter(|&(_, e)| e < last)?;
        let head = &t[s];
        let named = (head.capital && !self.lex.not_names.contains(head.norm.as_str())) || matches!(head.norm.as_str(), "he" | "she");
        if !named || self.set_off(e) {
            return None;
        }
        let (who, mention) = self.resolve(s, if head.capital { (s..=e).take_while(|&j| t[j].capital).last().unwrap_or(s) } else { s });
        matches!(who, Some(Who::Entity(_))).then_some((who, Some(mention), None))
    }

    /// "Tribe likened the rules to “burning the Constitution” — a charge …": a speech noun
    /// next to the quotation marks it as speech, though it names no speaker.
    fn noun_cue(&self, open: usize) -> Option<(Option<Who>, Option<Span>, Option<Span>)> {
        let t = self.tokens;
        // `sentence_start` reads back at most NEARBY tokens, so this stays bounded.
        let floor = self.sentence_start(open, false)?;
        let block = t.get(open)?.block;
        let end = (open..t.len()).take(NEARBY).take_while(|&j| t[j].block == block && !matches!(t[j].norm.as_str(), "." | "?" | "!")).last()?;
        // "secretary of state" names an office, not speech.
        (floor..=end).find(|&j| t[j].quote.is_none() && self.speech_word(j) && !self.is_cue(j) && !t[j].is("state")).map(|j| (None, None, Some(t[j].span)))
    }

    /// Whether the phrase ending at token `e` is set off before a pronoun ("Wait, it gets
    /// better:"): an interjection or an address, not the sentence's subject — the pronoun is.
    fn set_off(&self, e: usize) -> bool {
        let t = self.tokens;
        t.get(e + 1).is_some_and(|c| c.is(",")) && t.get(e + 2).is_some_and(|p| self.lex.pronouns.contains(p.norm.as_str()))
    }

    /// "according to X", French "selon X", German "laut X", Spanish "según X", Portuguese
    /// "segundo X": the index where X starts.
    fn according(&self, i: usize) -> Option<usize> {
        let t = self.tokens;
        match t[i].norm.as_str() {
            "according" => t.get(i + 1).filter(|x| x.is("to")).map(|_| i + 2),
            "selon" | "laut" | "según" | "segundo" => t.get(i + 1).filter(|x| x.is_word).map(|_| i + 1),
            _ => None,
        }
    }

    /// A word of the speech lexicon, verb or noun, outside names.
    fn speech_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.is_word && !t.capital && self.lex.cues.contains(t.norm.as_str())
    }

    /// A verb and particle that report speech: "as Marc Trévidic put it", "Hillary shot
    /// back", "Trump went on", "Bennett cut in", "he points out" (the cue is the verb at `i`).
    fn phrasal_cue(&self, i: usize) -> bool {
        let next = self.tokens.get(i + 1).map(|n| n.norm.as_str());
        let after_next = self.tokens.get(i + 2).map(|n| n.norm.as_str());
        match self.tokens[i].norm.as_str() {
            "put" | "puts" => next == Some("it"),
            "point" | "points" => next == Some("out"),
            // "she made it clear that she has “serious concerns”".
            "made" | "makes" => next == Some("clear") || next == Some("it") && after_next == Some("clear"),
            "shot" | "fired" | "hit" | "pushed" => next == Some("back"),
            "chimed" | "cut" => next == Some("in"),
            "went" | "pressed" => next == Some("on"),
            _ => false,
        }
    }

    fn is_cue(&self, i: usize) -> bool {
        let tokens = self.tokens;
        let t = &tokens[i];
        let next = tokens.get(i + 1).map(|n| n.norm.as_str());
        if self.phrasal_cue(i) && t.quote.is_none() && !t.capital {
            return true;
        }
        // "Said Comey, “…”": an inverted cue opening its sentence.
        let opens_sentence = i == 0 || tokens.get(i - 1).is_some_and(|p| p.block != t.block || matches!(p.norm.as_str(), "." | "?" | "!"));
        if t.capital && opens_sentence && matches!(t.norm.as_str(), "said" | "says") && tokens.get(i + 1).is_some_and(|n| n.capital) {
            return true;
        }
        // "Acknowledging that Trump “…,” Allen did": a participle clause opening the sentence.
        if t.capital && opens_sentence && t.norm.ends_with("ing") && self.lex.cues.contains(t.norm.as_str()) && next == Some("that") {
            return true;
        }
        // A capitalised word is a name, not a cue ("the United States").
        if !(self.speech_word(i) && t.quote.is_none()) {
            return false;
        }
        // A noun after a determiner or a possessive: "his calls", "the state", "calling
        // Trump’s charge “pathetic”". But "Trump’s claim that …" reports what Trump said.
        let noun = i > 0 && {
            let p = &tokens[i - 1];
            let reported = p.possessive && tokens.get(i + 1).is_some_and(|n| n.is("that"));
            p.is_word && !reported && (matches!(p.norm.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your") || p.possessive)
        };
        // "reprised the caustic chant “Lock her up!”", "delivered a snappy retort:": right
        // before the words, after "the" and one singular word, a verb would agree ("the
        // crowd chants"), so a bare form there is a noun.
        let bare = !t.norm.ends_with('s') && !t.norm.ends_with("ed") && !t.norm.ends_with("ing") && !matches!(t.norm.as_str(), "said" | "told" | "wrote" | "read" | "sang");
        let before_words = tokens.get(i + 1).is_some_and(|n| n.quote.is_some() || n.is(":") || n.norm.starts_with(['“', '"', '‘', '«', '„']));
        // After "a" and one word, a bare form is a noun wherever it stands ("Bush offered a
        // Trump-style retort on Twitter").
        let noun = noun
            || bare && i > 1 && {
                let p = &tokens[i - 1];
                let w = p.norm.as_str();
                p.is_word && !p.possessive && !w.ends_with('s') && !is_number_word(w) && !self.is_auxiliary(p) && !self.lex.groups.contains(w)
                    && (matches!(tokens[i - 2].norm.as_str(), "a" | "an") || before_words && !p.capital && tokens[i - 2].is("the"))
            };
        // "secretary of state", "a neighboring state", "the state": "state" speaks only after
        // a plural, a pronoun or an auxiliary ("the rules state", "we state", "to state").
        let noun = noun
            || t.is("state") && i > 0 && {
                let p = &tokens[i - 1];
                !(p.norm.ends_with('s') || self.lex.pronouns.contains(p.norm.as_str()) || self.is_auxiliary(p))
            };
        // "will continue to be": not speech.
        // Nor "continues his adulation of Putin": continuing a thing, not speech.
        let going_on = t.norm.starts_with("continu") && tokens.get(i + 1).is_some_and(|n| n.is("to") || matches!(n.norm.as_str(), "his" | "her" | "their" | "its" | "the" | "a" | "an" | "our" | "my" | "your"));
        // "Trump said, and I quote, “…”": the writer's aside, not the speaker.
        let aside = t.is("quote") && i > 0 && tokens[i - 1].is("i");
        !noun && !going_on && !aside
    }

    /// Whether the words `k..cue` before a cue make it passive: "Blumenthal was asked", "is
    /// described on Amazon as" ("was quoted as saying" and "is saying" are not).
    fn passive(&self, k: usize, cue: usize) -> bool {
        let t = self.tokens;
        t[k..cue].iter().any(|x| matches!(x.norm.as_str(), "was" | "is" | "were" | "are" | "been" | "being" | "be")) && !t[cue].norm.ends_with("ing") && !t[cue].is("quoted")
    }

    /// The cue's span, and the index of its last token ("told reporters" stays "told").
    fn cue_span(&self, i: usize) -> (Span, usize) {
        (self.tokens[i].span, i)
    }

    /// A noun phrase starting at token `i`: a pronoun, a name, or a description, up to 8
    /// words. Returns inclusive token indexes.
    fn np_forward(&self, i: usize) -> Option<(usize, usize)> {
        let t = self.tokens;
        let first = t.get(i)?;
        if !first.is_word || first.quote.is_some() {
            return None;
        }
        if self.lex.pronouns.contains(first.norm.as_str()) {
            return Some((i, i));
        }
        let starts_np = first.capital || self.lex.determiners.contains(first.norm.as_str()) || self.descriptor_before_name(i);
        if !starts_np {
            // "federal prosecutors wrote": a lower-case group, with a word or two before it.
            let group = (i..(i + 3).min(t.len()))
                .take_while(|&j| t[j].is_word && !t[j].capital && t[j].quote.is_none() && t[j].block == first.block && !self.is_cue(j))
                .find(|&j| self.lex.groups.contains(t[j].norm.as_str()));
            return group.filter(|&g| t.get(g + 1).is_some_and(|n| self.is_cue(g + 1) || self.lex.auxiliaries.contains(n.norm.as_str()))).map(|g| (i, g));
        }
        let mut e = i;
        let mut j = i + 1;
        while j < t.len() && j - i < 9 && t[j].block == first.block && t[j].quote.is_none() {
            let x = &t[j];
            let bracket = !x.is_word && matches!(x.norm.as_str(), "[" | "]");
            if !x.is_word && !bracket {
                break;
            }
            // A capitalised word inside a run of them is part of a name ("CBS This Morning").
            let in_name = x.capital && t[j - 1].capital && t[j - 1].is_word;
            if x.is_word && !in_name && (self.is_cue(j) || self.lex.forward_stops.contains(x.norm.as_str()) || self.lex.auxiliaries.contains(x.norm.as_str()) || negated(&x.norm)) {
                break;
            }
            // "the Security Council issued a statement": a past tense after a name is its verb.
            let name_before = t[j - 1].capital && t[j - 1].is_word && !t[j - 1].possessive && !self.lex.determiners.contains(t[j - 1].norm.as_str());
            // "The candidate changed her story": so is one after a noun that follows a
            // determiner (not "the embattled senator", where it describes).
            let noun_before = j >= i + 2
                && (self.lex.determiners.contains(t[i].norm.as_str()) || self.lex.determiners.contains(t[j - 2].norm.as_str()))
                && t[j - 1].is_word
                && !t[j - 1].possessive
                && !self.lex.determiners.contains(t[j - 1].norm.as_str())
                && !t[j - 1].norm.ends_with("ly");
            let past = x.norm.len() >= 5 && x.norm.ends_with("ed") || IRREGULAR_PAST.contains(&x.norm.as_str());
            if x.is_word && !x.capital && past && (name_before || noun_before) {
                break;
            }

            if x.is_word {
                e = j;
            }
            j += 1;
        }
        // "Trump shot back": after a name, lower-case words with no name among them are the
        // predicate, not the phrase ("Trump campaign manager Kellyanne Conway" stays whole).
        if first.capital && !self.lex.not_names.contains(first.norm.as_str()) && !self.lex.determiners.contains(first.norm.as_str()) {
            if let Some(f) = (i + 1..=e).find(|&k| t[k].is_word && !t[k].capital) {
                if !t[f..=e].iter().any(|x| x.capital) && !t[i..f].iter().any(|x| x.possessive) && !matches!(t[f].norm.as_str(), "of" | "de" | "van" | "von" | "bin" | "al" | "da" | "del" | "la") {
                    e = (i..f).rev().find(|&k| t[k].is_word).unwrap_or(i);
                }
            }
        }
        Some((i, e))
    }

    /// "former Sen. Evan Bayh", "political scientist Christopher Wlezien": one to three
    /// lower-case words that describe the capitalised name right after them.
    fn descriptor_before_name(&self, i: usize) -> bool {
        let t = self.tokens;
        let block = t[i].block;
        let mut reach = i + 4;
        let mut j = i;
        while j < reach.min(t.len()) {
            let x = &t[j];
            if !x.is_word || x.quote.is_some() || x.block != block {
                return false;
            }
            if x.capital {
                return j > i;
            }
            let w = x.norm.as_str();
            let stop = self.lex.forward_stops.contains(w) || self.lex.boundaries.contains(w) || self.lex.auxiliaries.contains(w);
            // "former secretary of state Madeleine Albright": "of" inside a title goes on, a
            // word further.
            let title_of = w == "of" && j > i && !self.lex.determiners.contains(t[j - 1].norm.as_str());
            if stop || self.is_cue(j) || self.lex.pronouns.contains(w) || (self.lex.prepositions.contains(w) && !title_of) {
                return false;
            }
            reach += usize::from(title_of);
            j += 1;
        }
        false
    }

    /// A noun phrase ending at token `end`, read backwards no further than `floor`.
    fn np_backward(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        let t = self.tokens;
        let last = t.get(end)?;
        if !last.is_word || last.quote.is_some() || self.lex.boundaries.contains(last.norm.as_str()) {
            return None;
        }
        if self.lex.pronouns.contains(last.norm.as_str()) {
            return Some((end, end));
        }
        let mut s = end;
        let mut words = 0;
        let mut j = end + 1;
        while j > floor {
            j -= 1;
            let x = &t[j];
            let bracket = !x.is_word && matches!(x.norm.as_str(), "[" | "]");
            if bracket {
                continue;
            }
            if !x.is_word || x.quote.is_some() || x.block != last.block || self.lex.boundaries.contains(x.norm.as_str()) || self.is_cue(j) {
                break;
            }
            if words > 0 && self.lex.pronouns.contains(x.norm.as_str()) {
                break;
            }
            s = j;
            words += 1;
            if self.lex.determiners.contains(x.norm.as_str()) {
                // "Those present at the Nato talks": keep going over a preposition.
                let through = j > floor && words < 9 && t[j - 1].is_word && self.lex.prepositions.contains(t[j - 1].norm.as_str());
                if !through {
                    break;
                }
            } else if words > 1 && !x.capital && t[j + 1].capital && self.lex.prepositions.contains(x.norm.as_str()) {
                // "Sen. Chuck Schumer of New York", "Dan Ives of Wedbush": a name before "of"
                // goes on (`resolve` takes the name); not a title ("Secretary of State").
                // A person's name of two words or more: not "Association of Flight Attendants",
                // "the Reformation Church of Elizabeth", "CEO of", "Leip's Atlas of".
                let name_word = |k: usize| {
                    let w = &t[k];
                    w.capital
                        && w.is_word
                        && w.block == x.block
                        && !w.possessive
                        && mixed_case(w, self.text)
                        && !is_institution(&w.norm)
                        && !self.lex.titles.contains(w.norm.as_str())
                        && !self.lex.not_names.contains(w.norm.as_str())
                };
                let name_of = matches!(x.norm.as_str(), "of" | "from") && j > floor + 1 && name_word(j - 1) && (name_word(j - 2) || t[j - 2].norm.ends_with('.'));
                // "The governor of New Jersey": a role of a place or a body goes on too.
                let role_of = x.is("of") && j > floor && t[j - 1].is_word && !t[j - 1].capital && names_a_person(&t[j - 1].norm, self.lex);
                if name_of || role_of {
                    continue;
                }
                // "in Brussels, Hegseth": a preposition before a name ends the phrase.
                s = j + 1;
                break;
            }
            if words >= 8 {
                break;
            }
        }
        // Drop a leading preposition phrase start ("On Thursday the US president" keeps "the US president").
        Some((s, end)).filter(|&(s, e)| self.plausible_np(s, e))
    }

    /// Words between a subject and its cue: auxiliaries and adverbs ("has increasingly decried").
    fn is_auxiliary(&self, x: &Token) -> bool {
        // A capitalised "May" or "Will" before a cue ends a name ("Theresa May said").
        let surname = x.capital && is_surname_word(&x.norm);
        (self.lex.auxiliaries.contains(x.norm.as_str()) && !surname) || (x.is_word && !x.capital && x.norm.len() > 4 && x.norm.ends_with("ly"))
    }

    /// Whether tokens `s..=e` can name someone: a pronoun, a determiner's phrase, a name, a
    /// description before a name, or a group ("officials"). Not a stretch of clause read
    /// back from a cue ("is currently airing", "has in the past", "however").
    fn plausible_np(&self, s: usize, e: usize) -> bool {
        let t = self.tokens;
        let first = t[s].norm.as_str();
        if s == e && self.lex.pronouns.contains(first) {
            return true;
        }
        // A verb inside makes it a clause, whatever it starts with ("his supporters were
        // shown", "a lot of people didn’t like the phrase").
        // So does a modal with no name after it ("when a woman can run for president without
        // being told"; not "would involve Attorney General Loretta E. Lynch, who told").
        let verb = t[s..=e].iter().enumerate().any(|(k, x)| {
            matches!(x.norm.as_str(), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "been" | "be")
                || !x.capital && matches!(x.norm.as_str(), "can" | "could" | "would" | "should" | "might" | "must" | "may" | "will") && !t[s + k..=e].iter().any(|y| y.capital)
                || negated(&x.norm)
        });
        // A phrase cut before its noun: "he made a point of saying", "the recently released
        // playbook", "such as".
        let cut = self.lex.prepositions.contains(t[e].norm.as_str()) || s == e && matches!(first, "the" | "a" | "an" | "such");
        // A past tense after a name or a pronoun is the clause's verb: "Jeb Bush broke down
        // exactly", "they published the results of their".
        let predicate = (s + 1..=e).any(|k| {
            let (p, x) = (&t[k - 1], &t[k]);
            let past = x.norm.len() >= 5 && x.norm.ends_with("ed") || IRREGULAR_PAST.contains(&x.norm.as_str());
            x.is_word && !x.capital && past && (p.capital && p.is_word && !p.possessive && !self.lex.titles.contains(p.norm.as_str()) && !self.lex.not_names.contains(p.norm.as_str()) || self.lex.pronouns.contains(p.norm.as_str()))
        });
        if verb || cut || predicate {
            return false;
        }
        // "21 percent said": a share of people.
        if self.lex.pronouns.contains(first) || self.lex.determiners.contains(first) || first.chars().all(|c| c.is_ascii_digit()) {
            return true;
        }
        t[s].capital || t[s..=e].iter().any(|x| x.capital) || self.lex.groups.contains(t[e].norm.as_str())
    }

    /// "Cruz has railed against what he calls …": a known person opening the sentence of
    /// the pronoun at token `at` is who it stands for, before anyone named since.
    fn sentence_subject(&self, at: usize, she: bool) -> Option<usize> {
        let t = self.tokens;
        let floor = self.sentence_start(at, false)?;
        let start = self.after_opener(floor, at);
        let (s, end) = self.np_forward(start).filter(|&(_, e)| e < at)?;
        let mut e = end;
        while e > s && !t[e].capital {
            e -= 1;
        }
        let head = &t[e];
        // A name, or a phrase a name ends ("Radio talk host Rush Limbaugh"); not one a name
        // only qualifies ("the Trump campaign").
        if s == at || !head.capital || !(e == end || t[s..=e].iter().all(|x| x.capital || !x.is_word)) {
            return None;
        }
        let id = self.entities.named_at(self.text, t, e)?;
        self.entities.fits_pronoun(id, she, self.lex).then_some(id)
    }

    /// "Westmacott also said that Obama shows great charm. “…” he said.": the named subject of
    /// the sentence before, in the same paragraph or the one before, rather than whoever was
    /// named last (Obama).
    /// A sentence that opens on the same pronoun ("He attended the rally, though he may vote
    /// for Vermont Sen. Bernie Sanders.") passes the question to the one before it, twice at
    /// most: it is about the same person, whoever else it names.
    fn previous_sentence_subject(&self, at: usize, she: bool) -> Option<usize> {
        let t = self.tokens;
        let pronoun = if she { "she" } else { "he" };
        let mut at = at;
        for _ in 0..4 {
            let floor = self.sentence_start(at, false)?;
            let end = floor.checked_sub(1)?;
            // Only where a sentence really ended: not where `sentence_start` stopped looking
            // (run-on text with no full stop).
            let ended = t[end].block != t[at].block || matches!(t[end].norm.as_str(), "." | "?" | "!" | ";");
            if !ended || t[end].quote.is_some() || t[at].block.saturating_sub(t[end].block) > 1 {
                return None;
            }
            // A sentence that opens on a quotation has no subject to read here.
            let start = self.sentence_start(end, false)?;
            if t[start].quote.is_some() || !t[start].is_word {
                return None;
            }
            if let Some(id) = self.sentence_subject(end, she) {
                return Some(id);
            }
            let opener = self.after_opener(start, end);
            if !t[opener].is(pronoun) {
                // "The Democratic presidential candidate’s response … came in tweets. She
                // tweeted: …": a role is the person the pronoun stands for — whoever it
                // names, or, when it names no one the article titled so, whoever the
                // sentences before it were about.
                match self.role_subject(opener, end) {
                    Some(Some(id)) if self.entities.fits_pronoun(id, she, self.lex) => return Some(id),
                    Some(None) => {}
                    _ => return None,
                }
            }
            at = start;
        }
        None
    }

    /// A sentence opening at token `opener` on a definite role ("The Democratic presidential
    /// candidate’s response"): `Some(Some(id))` when the role names a person, `Some(None)`
    /// when it names no one the article titled so, `None` when it is no role.
    fn role_subject(&self, opener: usize, end: usize) -> Option<Option<usize>> {
        let t = self.tokens;
        if !t[opener].is("the") {
            return None;
        }
        let (s, e) = self.np_forward(opener).filter(|&(_, e)| e < end)?;
        // The role ends at its possessive ("candidate’s") or is the whole phrase.
        let last = (s..=e).find(|&j| t[j].possessive).unwrap_or(e);
        let head = &t[last];
        if !head.is_word || !self.lex.titles.contains(head.norm.as_str()) {
            return None;
        }
        let phrase = self.text.get(t[s].span.start..t[last].span.end)?;
        let id = self.entities.resolve_description(&strip_possessive(phrase), self.lex, t[s].span.start);
        // "The Vermont senator" is not a senator the article never placed: the sentences
        // before say who it is.
        let placed = (s + 1..last).any(|j| t[j].capital && !self.lex.titles.contains(t[j].norm.as_str()));
        Some(id.filter(|&id| !placed || !self.entities.list[id].places.is_empty()))
    }

    /// A capitalised word nobody is known by, which the article also writes in lower case
    /// ("Aides", "Continuing") or which names a place ("Florida"), or a speech word or adverb
    /// opening a sentence ("Acknowledging", "Hastily"): alone, it names no one.
    fn common_word(&self, i: usize) -> bool {
        let w = self.tokens[i].norm.as_str();
        let word_class = self.lex.cues.contains(w) || (w.len() > 4 && w.ends_with("ly"));
        !self.entities.by_surname.contains_key(w) && (plain_word(self.lex, &self.lower_words, w) || word_class)
    }

    /// Decides who tokens `s..=e` name, and the span to show as the mention.
    fn resolve(&mut self, s: usize, e: usize) -> (Option<Who>, Span) {
        let t = self.tokens;
        let span = Span::new(t[s].span.start, t[e].span.end);
        // "Sen. Chuck Schumer of New York", "Marco Rubio of Florida": the name before "of".
        // Not "Secretary of State John Kerry", where a title comes before "of". A place may
        // take "the": "Del. Stacey Plaskett of the Virgin Islands".
        let place = |p: usize| t[p + 1].capital || (t[p + 1].is("the") && t.get(p + 2).is_some_and(|x| x.capital));
        let e = (s + 1..e)
            .find(|&p| matches!(t[p].norm.as_str(), "of" | "from") && t[p - 1].capital && place(p) && !self.lex.titles.contains(t[p - 1].norm.as_str()))
            .map_or(e, |p| p - 1);
        let head = &t[e];
        if s == e && self.lex.pronouns.contains(head.norm.as_str()) {
            let who = match head.norm.as_str() {
                "he" | "she" => {
                    let she = head.norm == "she";
                    self.sentence_subject(s, she)
                        .or_else(|| self.previous_sentence_subject(s, she))
                        .or_else(|| self.entities.recent_person(head.span.start, she, self.lex))
                        .map(Who::Entity)
                }
                _ => Some(Who::Unnamed),
            };
            return (who, span);
        }
        let common = s == e && self.common_word(e);
        // "in a heavily Democratic": an adjective ending a phrase names no one.
        let adjective = matches!(head.norm.as_str(), "democratic" | "republican" | "american" | "mexican");
        // A name at the end of the phrase ("Trump campaign manager Kellyanne Conway").
        if head.capital && !common && !adjective && !not_name_at(t, e, self.lex) && !self.lex.titles.contains(head.norm.as_str()) {
            let mut ns = e;
            loop {
                while ns > s && (t[ns - 1].capital || !t[ns - 1].is_word) && !t[ns - 1].possessive && !self.lex.not_names.contains(t[ns - 1].norm.as_str()) {
                    ns -= 1;
                }
                // "Ursula von der Leyen": particles inside a name, with a name word before them.
                let mut p = ns;
                while p > s && is_name_particle(&t[p - 1]) {
                    p -= 1;
                }
                if p == ns || p == s || !(t[p - 1].capital && t[p - 1].is_word) || t[p - 1].possessive {
                    break;
                }
                ns = p;
            }
            // "American Bridge President Jessica Mackler": the name starts at its titles.
            if let Some(p) = (ns..e).rev().find(|&k| self.lex.titles.contains(t[k].norm.as_str())) {
                ns = p;
                while ns > s && self.lex.titles.contains(t[ns - 1].norm.as_str()) {
                    ns -= 1;
                }
            } else if ns < e
                && names_a_person(&t[ns].norm, self.lex)
                && !self.lex.given_names.contains(t[ns].norm.as_str())
                && (ns + 1 < e || self.lex.given_names.contains(t[ns + 1].norm.as_str()))
            {
                // "Pollster Frank Luntz", "Activist DeRay Mckesson": an occupation capitalised
                // at the sentence's start is no part of the name; a given name with a person's
                // ending is ("Christian Bale").
                ns += 1;
            }
            // "the secretary general of Nato", "The governor of Buenos Aires", "Critics of the
            // governor of New Jersey": a name after a word in lower case and "of" is what
            // someone is described by, not who speaks ("Secretary of State John Kerry" is).
            let described = of_before(t, ns, s + 1).is_some_and(|of| t[of - 1].is_word && !t[of - 1].capital);
            if !described {
                let id = self.entities.resolve_name(self.text, &t[ns..=e], self.lex, &self.lower_words, head.span.start);
                return (Some(Who::Entity(id)), span);
            }
        }
        let phrase = self.text[span.start..span.end].to_string();
        match self.entities.resolve_description(&languages::english(&phrase, self.entities.lang), self.lex, head.span.start) {
            Some(id) => {
                self.entities.add_description(id, &phrase);
                (Some(Who::Entity(id)), span)
            }
            None => (Some(Who::Unnamed), span),
        }
    }

    /// A quotation with no cue continues the previous speaker in its paragraph, or the
    /// previous paragraph's when it opens its own paragraph.
    fn inherit<'f>(&self, found: &'f [Attribution], q: &Quotation, article: &Article) -> Option<&'f Attribution> {
        // A speaker the rules could only point at ("she", with no name before it) still
        // carries over: the mention is what the person checks.
        let prev = found.iter().rev().find(|a| a.who.is_some() || a.mention.is_some())?;
        let here = article.block_at(q.open.start)?;
        let there = article.block_at(prev.quote.open.start)?;
        if here == there {
            return Some(prev);
        }
        let opens_paragraph = article.blocks[here].span.start == q.open.start;
        let previous_readable = (0..here).rev().find(|&i| !article.blocks[i].kind.is_furniture())?;
        (opens_paragraph && previous_readable == there).then_some(prev)
    }

    fn worth_suggesting(&self, a: &Attribution, article: &Article) -> bool {
        let quoted = &self.text[a.quote.span.start..a.quote.span.end];
        let words: Vec<&str> = quoted.split_whitespace().collect();
        let in_headline = article.in_headline(a.quote.open.start);
        let single = self.text[a.quote.open.start..a.quote.open.end].contains(['‘', '\'', '‚']);
        // "CNN’s “State of the Union”", "on “Fox and Friends,”", "the “Gang of Eight”": the
        // name of a work or a group.
        // Only the last words before the mark matter; lower-casing all the text before every
        // quotation made this quadratic.
        let head = &self.text[..a.quote.open.start];
        let from = head.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
        let before = head[from..].trim_end().lowercase();
        // Whole words only, and one opening a paragraph counts ("On “Face the Nation,”").
        let introduced = ["’s", "'s", "of", "on", "in", "the", "titled", "named", "called", "dubbed"]
            .iter()
            .chain(WORKS)
            .any(|w| before.strip_suffix(w).is_some_and(|rest| w.starts_with(['’', '\'']) || rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())));
        if is_title_case(&words) && (a.who.is_none() || introduced) {
            return false;
        }
        // “Met accused of whitewashing baby Jesus,” by Post’s Kathianne Boniello: the title of
        // a piece, with its byline; a speech noun nearby ("asking for an answer") names no one.
        let rest = &self.text[a.quote.close.end..];
        if names_a_show(self.text, &a.quote) {
            return false;
        }
        let byline = rest.trim_start_matches([',', ' ']).strip_prefix("by ").is_some_and(|r| r.starts_with(char::is_uppercase));
        if byline && (a.cue.is_none() || a.who.is_none() && quoted.starts_with(char::is_uppercase)) {
            return false;
        }
        // “Lose safety? Lose work? No to Schengen” (2005): a slogan or a work, with its year.
        let year = rest.strip_prefix(" (").is_some_and(|r| r.len() > 5 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit) && r.as_bytes()[4] == b')');
        // ‘EUROPEANS ASK IF VIOLENCE IS BECOMING FACT OF LIFE’: a headline in capitals.
        let letters = quoted.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = letters >= 6 && !quoted.chars().any(char::is_lowercase);
        if (year || capitals) && a.cue.is_none() {
            return false;
        }
        // State Del. Marcia “Cia” Price: a nickname between the parts of a name.
        let name_before = before.chars().last().is_some_and(char::is_alphabetic)
            && head.trim_end().rsplit(char::is_whitespace).next().is_some_and(|w| w.starts_with(char::is_uppercase));
        let name_after = self.text[a.quote.close.end..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
        if words.len() == 1 && is_title_case(&words) && name_before && name_after {
            return false;
        }
        // “Meet the Press.”: a name with the sentence's full stop inside the marks.
        if words.len() >= 2 && introduced {
            let mut bare: Vec<&str> = words.clone();
            if let Some(last) = bare.last_mut() {
                *last = last.trim_end_matches(['.', ',', ';', '!', '?']);
            }
            if is_title_case(&bare) {
                return false;
            }
        }
        // “nonprobability” samples, a “provisional” period: a word or two in marks that no
        // speech verb introduces is a scare quote, whoever the sentence is about.
        let sentence_like = quoted.trim_end().ends_with(['.', '!', '?', ',']);
        if words.len() <= 2 && a.cue.is_none() && !sentence_like {
            return false;
        }
        match a.who {
            // A headline's single-quoted words count when a verb attributes them
            // ("Hegseth says ‘everything is on the table’"), not on a bare "Reid:".
            Some(_) => !(in_headline && single && a.cue.is_none()),
            None => !in_headline && !single && (words.len() >= 5 || a.cue.is_some()),
        }
    }
}

/// Kinds of work whose names are written in quotation marks.
const WORKS: &[&str] = &["podcast", "show", "program", "movie", "film", "book", "series", "song", "album", "novel", "documentary", "segment", "column", "radio"];

/// “Orange is the New Black” star Dascha Polanco, his “Keepin' It Real” radio program: a
/// name in marks (of a show, a slogan) right before a word for a person or a kind of work.
fn names_a_show(text: &str, q: &Quotation) -> bool {
    let quoted = &text[q.span.start..q.span.end];
    let role = text[q.close.end..].strip_prefix(' ').and_then(|r| r.split(' ').next()).is_some_and(|w| PERSON_WORDS.contains(&w) || WORKS.contains(&w));
    role && quoted.starts_with(char::is_uppercase) && !quoted.trim_end().ends_with(['.', '!', '?', ','])
}

/// "State of the Union", "Fox and Friends": at most six words, capitalised but for small
/// words, and not ending a sentence.
fn is_title_case(words: &[&str]) -> bool {
    const SMALL: &[&str] = &["of", "the", "and", "a", "an", "with", "for", "to", "in", "on", "at", "by", "or", "&"];
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let capital = |w: &str| bare(w).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    words.len() <= 6
        && capital(first)
        && capital(last)
        && !last.ends_with(['.', '!', '?'])
        && words.iter().all(|w| capital(w) || SMALL.contains(&w.lowercase().as_str()))
}

/// The people (and organisations) the article names, merged by surname.
#[derive(Clone, Default)]
struct Entities {
    list: Vec<Entity>,
    /// Surname (lower-case) → entities with it.
    by_surname: HashMap<String, Vec<usize>>,
    /// First word of a name, as written → entities whose name began with it (a name that
    /// grew may have moved on: check the entity's name).
    by_first: HashMap<String, Vec<usize>>,
    /// Lower-case description → entity ("the kremlin spokesperson" → Peskov).
    by_description: HashMap<String, usize>,
    /// The same descriptions in the order met, and by head word ("spokesperson" → their
    /// indexes), so a shortened one is looked for among its own kind only.
    descriptions: Vec<(String, usize)>,
    by_head: HashMap<String, Vec<usize>>,
    authors: Vec<String>,
    /// The article's language. Other than English, the tokens were read through
    /// `languages::translate`: titles are English words the article does not use, so no
    /// "Title Surname" alias is made of them, and descriptions are compared as
    /// `languages::english` reads them.
    lang: Language,
}

impl Entities {
    /// Collects name runs outside and inside quotations (the bracketed "[Volodymyr]"
    /// counts), and keeps those that look like people.
    fn build(text: &str, tokens: &[Token], lex: &Lexicon, authors: &[String], lower_words: &HashSet<&str>, headlines: &HashSet<usize>, lang: Language) -> Entities {
        let mut ents = Entities { authors: authors.to_vec(), lang, ..Entities::default() };
        let mut i = 0;
        let mut headline_checks = 0;
        while i < tokens.len() {
            let run = name_run(tokens, i, lex);
            if run.end > run.start {
                let words: Vec<&Token> = tokens[run.start..run.end].iter().filter(|t| t.is_word).collect();
                // "Chinese President Xi Jinping", "Florida Gov. Jeb Bush": a title inside the run,
                // with a name after it (not in a headline, where every word is capitalised).
                let in_headline = headlines.contains(&tokens[run.start].block);
                let titled = run.titles > 0 || (!in_headline && last_title(&words, lex).is_some_and(|k| k + 1 < words.len()));
                let given = words.get(run.titles).is_some_and(|w| lex.given_names.contains(w.norm.as_str()) || lex.female.contains(w.norm.as_str()));
                let name_words = words.len() - run.titles;
                // "Christian Democratic Union": a given name opening an organisation's name.
                let institution = words.last().is_some_and(|w| is_institution(&w.norm));
                // "as a Christian", "an Angel": one capitalised word after "a" or "an" is a
                // noun, however often it is also a given name.
                let noun = !titled && name_words == 1 && run.start > 0 && matches!(tokens[run.start - 1].norm.as_str(), "a" | "an");
                // "Williamsburg, Virginia,", "Elizabeth, Colorado": a town and its state.
                let at = |k: usize| tokens.get(k).filter(|t| t.block == tokens[run.start].block);
                let state_after_town = run.start > 1 && at(run.start - 1).is_some_and(|c| c.is(",")) && at(run.start - 2).is_some_and(|w| w.capital && w.is_word) && words.first().is_some_and(|w| lex.places.contains(w.norm.as_str()));
                let town_before_state = at(run.end).is_some_and(|c| c.is(",")) && at(run.end + 1).is_some_and(|w| w.capital && lex.places.contains(w.norm.as_str()));
                let place = !titled && name_words == 1 && (state_after_town || town_before_state);
                // "Will you run again?": a lone "Will" or "May" is a modal or a month, not
                // someone called Will, who is named in full ("Will Hurd") before.
                // Nor is a lone given name before "of" and a name ("the Bill of Rights").
                let lone_word = !titled && name_words == 1 && (is_surname_word(&words[run.titles].norm) || at(run.end).is_some_and(|o| o.is("of")) && at(run.end + 1).is_some_and(|n| n.capital));
                if (titled || (given && !institution && !noun && !place && !lone_word)) && name_words >= 1 {
                    // "Charlotte Mayor Jennifer Roberts", "Army Col. Lawrence Wilkerson": the
                    // name starts after the last title. Not in a headline, where every word
                    // is capitalised ("Jeb Bush Super PAC Chief Praises Marco Rubio").
                    let after_title = if in_headline { run.titles } else { last_title(&words, lex).map_or(run.titles, |k| k + 1).max(run.titles) };
                    let mut name_tokens: Vec<&Token> = words[after_title..].to_vec();
                    // "Elizabeth Warren Hammers Wells Fargo CEO": in a headline every word is
                    // capitalised, so a name there is its first two words (three with an initial).
                    if in_headline && name_tokens.len() > 3 {
                        let initial = name_tokens.get(1).is_some_and(|t| t.norm.trim_end_matches('.').chars().count() == 1);
                        name_tokens.truncate(if initial { 3 } else { 2 });
                    } else if in_headline && name_tokens.len() == 3 && headline_checks < 50 {
                        // "Donald Trump Rampages to …": three words, of which the article writes
                        // the first two elsewhere and all three nowhere else. (Text scans: a few
                        // per headline name, and a bounded number of them.)
                        headline_checks += 1;
                        let words = |n: usize| text.get(name_tokens[0].span.start..name_tokens[n].span.end).unwrap_or("");
                        if text.match_indices(words(1)).nth(1).is_some() && text.match_indices(words(2)).nth(1).is_none() {
                            name_tokens.truncate(2);
                        }
                    }
                    // "Secretary of State" is no title to show before a surname alone.
                    let title_of = run.start > 0 && tokens[run.start - 1].is("of");
                    // The leading titles ("Republican Sen."), and those after a place ("Vermont Sen.
                    // Bernie Sanders"), whose place is kept.
                    let inner = if in_headline { &words[run.titles..run.titles] } else { &words[run.titles..after_title] };
                    let title_words: Vec<String> = if title_of {
                        Vec::new()
                    } else {
                        words[..run.titles].iter().chain(inner.iter().filter(|t| lex.titles.contains(t.norm.as_str()))).map(|t| t.norm.trim_end_matches('.').to_string()).collect()
                    };
                    // "Former US secretary of state Madeleine Albright": a lone acronym after a
                    // title is a country's or a body's, and the name comes later.
                    // Nor is a lone institution's word after a title a name ("Justice Department").
                    let no_name = matches!(name_tokens.as_slice(), [w] if is_institution(&w.norm) || plain_word(lex, lower_words, &w.norm) || w.span.slice(text).is_some_and(|x| x.len() <= 4 && x.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')));
                    if !no_name {
                        let id = ents.add_person(text, &name_tokens, &title_words, tokens[run.start].quote.is_none().then_some(tokens[run.start].span.start));
                        if !title_words.is_empty() {
                            ents.add_places(id, inner.iter().filter(|t| !lex.titles.contains(t.norm.as_str())).map(|t| t.norm.as_str()));
                        }
                    }
                } else if !in_headline
                    && (2..=3).contains(&words.len())
                    && !institution
                    && !words.last().is_some_and(|w| ents.by_surname.contains_key(&w.norm))
                    // Not a sentence adverb ("Interestingly Blocher, …").
                    && !words[0].norm.ends_with("ly")
                    && words.iter().all(|w| !w.possessive && !PLACE_WORDS.contains(&w.norm.as_str()) && may_be_given_name(w, text, lex, lower_words))
                    && apposition_names_a_person(text, tokens, run.end, lex)
                {
                    // "Patti Davis, Ronald Reagan’s daughter,": a name no list knows, that an
                    // apposition says is a person's.
                    ents.add_person(text, &words, &[], tokens[run.start].quote.is_none().then_some(tokens[run.start].span.start));
                }
                i = run.end;
            } else {
                i += 1;
            }
        }
        // A lone name right before a speech verb ("Feinstein said") is a person from the
        // start, so a "she" earlier in the text than its first attribution can find her.
        for (i, t) in tokens.iter().enumerate().skip(1) {
            if !(t.is_word && !t.capital && matches!(t.norm.as_str(), "said" | "says" | "told" | "added")) {
                continue;
            }
            let name = &tokens[i - 1];
            let word = name.norm.as_str();
            let common = lex.not_names.contains(word) || lex.titles.contains(word) || plain_word(lex, lower_words, word);
            // Not "the Kremlin said": an institution, not a person.
            let before = tokens.get(i.wrapping_sub(2)).filter(|p| p.block == name.block);
            // Nor the end of a longer name ("Luiz Inácio Lula da Silva said").
            let lone = name.capital && name.is_word && name.quote.is_none() && !name.possessive && !common
                && !before.is_some_and(|p| p.is_word && (p.capital || lex.determiners.contains(p.norm.as_str()) || is_name_particle(p)));
            if lone && !ents.by_surname.contains_key(&name.norm) {
                if mixed_case(name, text) {
                    ents.add_person(text, &[name], &[], Some(name.span.start));
                }
            }
            // "Luiz Inácio Lula da Silva said", "Ursula von der Leyen said": a name with a
            // particle inside, whole.
            let name_word = |p: &Token| p.block == name.block && p.is_word && p.quote.is_none() && (is_name_particle(p) || may_be_given_name(p, text, lex, lower_words));
            if before.is_some_and(is_name_particle) && name_word(name) && !ents.by_surname.contains_key(&name.norm) {
                let mut start = i - 1;
                while start > 0 && i - start < 6 && name_word(&tokens[start - 1]) {
                    start -= 1;
                }
                if !is_name_particle(&tokens[start]) && i - start >= 3 {
                    let run: Vec<&Token> = tokens[start..i].iter().collect();
                    ents.add_person(text, &run, &[], Some(tokens[start].span.start));
                }
            }
            // "The company’s finance chief, Colette Kress, said", "finance chief Colette Kress
            // said": two or three capitalised words no list knows, after a role and right before
            // a speech verb, are a person's name, so a "she" after them finds her. Only after a
            // role: "North Korea said", "Goldman Sachs said" are no people.
            let end = if tokens[i - 1].is(",") { i - 1 } else { i };
            let name_word = |p: &Token| p.block == t.block && p.quote.is_none() && !p.possessive && may_be_given_name(p, text, lex, lower_words);
            let mut start = end;
            while start > 0 && end - start < 3 && name_word(&tokens[start - 1]) {
                start -= 1;
            }
            let role = |k: usize| {
                tokens.get(k).is_some_and(|p| p.block == t.block && p.is_word && !p.capital && (lex.titles.contains(p.norm.as_str()) || p.norm.starts_with("spokes")))
            };
            let after_role = start > 0 && (role(start - 1) || (start > 1 && tokens[start - 1].is(",") && role(start - 2)));
            if end - start >= 2 && after_role && !is_institution(&tokens[end - 1].norm) && !ents.by_surname.contains_key(&tokens[end - 1].norm) {
                let run: Vec<&Token> = tokens[start..end].iter().collect();
                ents.add_person(text, &run, &[], Some(tokens[start].span.start));
            }
        }
        ents.complete_lone_names(text, tokens, lex, lower_words, headlines);
        // Bare surnames of known people are mentions too ("Hegseth said"). With two people of
        // one surname (Donald and Ivanka Trump), the surname alone is the one named more often.
        for (i, t) in tokens.iter().enumerate().filter(|(_, t)| t.capital && t.is_word && t.quote.is_none()) {
            if let Some(id) = ents.named_at(text, tokens, i) {
                ents.list[id].mentions.push(t.span.start);
            }
        }
        for e in &mut ents.list {
            sort::sort_numbers(&mut e.mentions);
            e.mentions.dedup();
        }
        ents.add_surname_aliases(text, tokens);
        ents.add_appositions(text, tokens, lex);
        ents
    }

    /// "Friedrich Merz was cautious. … Merz told reporters": a person known so far by the
    /// surname alone takes the full name the article gives them — a capitalised word that can
    /// be a given name right before the surname, and only one such ("Bill Clinton" and
    /// "Hillary Clinton" leave a lone "Clinton" as it is).
    fn complete_lone_names(&mut self, text: &str, tokens: &[Token], lex: &Lexicon, lower_words: &HashSet<&str>, headlines: &HashSet<usize>) {
        // Per entity: (given-name token, surname token), or `Some(None)` once two given names
        // differ. A vector, not a map: one more map type is a kilobyte of WebAssembly.
        let mut fuller: Vec<Option<Option<(usize, usize)>>> = vec![None; self.list.len()];
        for i in 1..tokens.len() {
            let (g, t) = (&tokens[i - 1], &tokens[i]);
            // Not in a headline, where every word is capitalised ("Understated Perez raises …"),
            // nor an acronym ("DNC").
            if !(t.capital && t.is_word && mixed_case(t, text)) || g.block != t.block || !g.capital || g.possessive || headlines.contains(&t.block) {
                continue;
            }
            let Some(&[id]) = self.by_surname.get(&t.norm).map(Vec::as_slice) else { continue };
            let entity = &self.list[id];
            // A lone given name ("Virginia", "Hillary") is no surname to complete.
            let first_name = lex.given_names.contains(t.norm.as_str()) || lex.female.contains(t.norm.as_str());
            if entity.name.contains(' ') || !entity.person || first_name || PLACE_WORDS.contains(&g.norm.as_str()) || !may_be_given_name(g, text, lex, lower_words) {
                continue;
            }
            // Not inside a longer capitalised run ("European Commission President Merz"), but
            // after a title ("Labor Secretary Thomas Perez").
            if i.checked_sub(2).map(|k| &tokens[k]).is_some_and(|p| p.block == t.block && p.capital && p.is_word && !p.possessive && !lex.titles.contains(p.norm.as_str())) {
                continue;
            }
            match fuller[id] {
                None => fuller[id] = Some(Some((i - 1, i))),
                // A given name outdoes initials: "Laurence Meyer" runs "L.H. Meyer", a firm.
                Some(Some((pg, _))) if tokens[pg].norm != g.norm => match (initials(&tokens[pg], text), initials(g, text)) {
                    (true, false) => fuller[id] = Some(Some((i - 1, i))),
                    (false, true) => {}
                    _ => fuller[id] = Some(None),
                },
                _ => {}
            }
        }
        // In text order, as the entities would be met.
        let mut found: Vec<(usize, usize)> = fuller.into_iter().flatten().flatten().collect();
        sort::sort_by_key(&mut found, |&(g, _)| g);
        for (g, s) in found {
            // With the titles before it ("Defence Secretary John Healey": "Secretary Healey").
            let mut first = g;
            while first > 0 && tokens[first - 1].block == tokens[g].block && tokens[first - 1].capital && lex.titles.contains(tokens[first - 1].norm.as_str()) {
                first -= 1;
            }
            let titles: Vec<String> = tokens[first..g].iter().map(|t| t.norm.trim_end_matches('.').to_string()).collect();
            let mut place = first;
            while place > 0 && first - place < 3 && tokens[place - 1].block == tokens[g].block && tokens[place - 1].capital && tokens[place - 1].is_word && !tokens[place - 1].possessive {
                place -= 1;
            }
            let id = self.add_person(text, &[&tokens[g], &tokens[s]], &titles, None);
            if !titles.is_empty() {
                self.add_places(id, tokens[place..first].iter().map(|t| t.norm.as_str()));
            }
        }
    }

    /// "Hegseth" for Pete Hegseth, when the article uses the surname alone.
    fn add_surname_aliases(&mut self, text: &str, tokens: &[Token]) {
        for (i, t) in tokens.iter().enumerate() {
            let alone = t.capital && t.is_word && !tokens.get(i.wrapping_sub(1)).is_some_and(|p| p.capital && p.is_word && p.block == t.block)
                && !tokens.get(i + 1).is_some_and(|n| n.capital && n.is_word && n.block == t.block);
            if !alone {
                continue;
            }
            let Some(id) = self.principal(&t.norm) else { continue };
            let e = &mut self.list[id];
            // "von der Leyen" for Ursula von der Leyen: the surname with its particles.
            let words: Vec<&str> = e.name.split_whitespace().collect();
            let form = match (1..words.len()).find(|&k| is_particle_word(&words[k].lowercase())) {
                Some(k) => words[k..].join(" "),
                None => strip_possessive(&text[t.span.start..t.span.end]),
            };
            if e.name.split_whitespace().count() > 1 && !e.aliases.contains(&form) {
                e.aliases.push(form);
            }
        }
    }

    /// "The US defence secretary, Pete Hegseth," / "Dmitry Peskov, the Kremlin spokesperson," /
    /// "as Pentagon chief, Hegseth": descriptions next to a known name become aliases.
    fn add_appositions(&mut self, text: &str, tokens: &[Token], lex: &Lexicon) {
        let is_desc_word = |t: &Token| t.is_word && t.quote.is_none() && !lex.boundaries.contains(t.norm.as_str()) && !lex.cues.contains(t.norm.as_str());
        for i in 0..tokens.len() {
            let t = &tokens[i];
            if !(t.capital && t.is_word && t.quote.is_none()) {
                continue;
            }
            let Some(id) = self.named_at(text, tokens, i) else { continue };
            // After the name: ", the Kremlin spokesperson,".
            // Or a country's: ", Germany’s defence minister,".
            let opens_description = |d: &Token| (lex.determiners.contains(d.norm.as_str()) && matches!(d.norm.as_str(), "the" | "a" | "an")) || (d.possessive && d.capital && d.is_word);
            if tokens.get(i + 1).is_some_and(|c| c.is(",")) && tokens.get(i + 2).is_some_and(opens_description) {
                let mut j = i + 2;
                while j < tokens.len() && j < i + 10 && is_desc_word(&tokens[j]) && tokens[j].block == t.block {
                    j += 1;
                }
                let ends = tokens.get(j).is_none_or(|x| matches!(x.norm.as_str(), "," | "." | ";"));
                // Ending on a lower-case word, or on a name after "of" ("the president of the
                // European Commission").
                let of_name = || !tokens[j - 1].capital || tokens[i + 2..j - 1].iter().any(|x| x.is("of"));
                if ends && j > i + 3 && of_name() {
                    let desc = text[tokens[i + 2].span.start..tokens[j - 1].span.end].to_string();
                    self.add_description(id, &desc);
                }
            }
            // Before the name: "The US defence secretary, Pete Hegseth" / "as Pentagon chief, Hegseth".
            // Not before a possessive: in "a ceasefire deal, Qatar’s prime minister" the
            // name belongs to what follows.
            if t.possessive {
                continue;
            }
            let mut first = i;
            while first > 0 && tokens[first - 1].capital && tokens[first - 1].is_word && tokens[first - 1].block == t.block {
                first -= 1;
            }
            // A name may end it after "of": "the secretary general of Nato, Mark Rutte".
            let mut named = first.saturating_sub(2);
            while named > 0 && tokens[named].capital && tokens[named].is_word && !tokens[named].possessive {
                named -= 1;
            }
            let of_name = named + 2 < first && of_before(tokens, named + 1, 0).is_some();
            if first >= 2 && tokens[first - 1].is(",") && (!tokens[first - 2].capital || of_name) && is_desc_word(&tokens[first - 2]) {
                let end = first - 2;
                let mut s = end;
                // A determiner or a possessive opens it: "Germany’s defence minister, Boris
                // Pistorius"; not one after "of" ("the head of the union, Unai Sordo").
                let opens = |d: &Token| lex.determiners.contains(d.norm.as_str()) || (d.possessive && d.capital);
                while s > 0 && end - s < 7 && is_desc_word(&tokens[s - 1]) && !tokens[s - 1].is("as") && tokens[s - 1].block == t.block {
                    s -= 1;
                    let of_a_thing = s > 0 && tokens[s - 1].is("of") && !describes_a_person(&text[tokens[s].span.start..tokens[end].span.end], lex, false);
                    if opens(&tokens[s]) && !of_a_thing {
                        break;
                    }
                }
                // A country's whole name: "North Korea’s leader", "Saudi Arabia’s crown prince".
                let country = tokens[s].possessive && tokens[s].capital;
                if country {
                    let country_end = s;
                    while s > 0 && country_end - s < 2 && tokens[s - 1].capital && tokens[s - 1].block == t.block && PLACE_WORDS.contains(&tokens[s - 1].norm.as_str()) {
                        s -= 1;
                    }
                }
                let starts_ok = (country || opens(&tokens[s]) || (s > 0 && tokens[s - 1].is("as"))) && !ends_opening_clause(tokens, s, i);
                let starts = if tokens[s].is("as") { s + 1 } else { s };
                if starts_ok && starts < end && !lex.prepositions.contains(tokens[starts].norm.as_str()) {
                    let desc = text[tokens[starts].span.start..tokens[end].span.end].to_string();
                    self.add_description(id, &desc);
                }
            }
        }
    }

    fn add_person(&mut self, text: &str, name: &[&Token], titles: &[String], at: Option<usize>) -> usize {
        let surname = surname_of(name).map(|t| t.norm.clone()).unwrap_or_default();
        // A name is shown with plain spaces: "Marco\u{a0}Rubio" and "Marco Rubio" are one name.
        let full: String = text[name[0].span.start..name[name.len() - 1].span.end].replace(['[', ']'], "").replace('\u{a0}', " ");
        let full = strip_possessive(&full);
        // "Mr. Obama" is not Michelle Obama, nor "Mrs. Clinton" Bill Clinton.
        let ours = Gender::of(&full, titles);
        let same = |e: &Entity| {
            // Same person unless both have different given names (Bill and Hillary Clinton),
            // or different generations (Donald Trump and Donald Trump Jr.).
            let their_first = e.name.split_whitespace().next().unwrap_or("");
            let our_first = full.split_whitespace().next().unwrap_or("");
            let named = name.len() == 1 || e.name.split_whitespace().count() == 1 || (their_first.eq_ignore_ascii_case(our_first) && generation(&e.name).eq_ignore_ascii_case(generation(&full)));
            named && !ours.clashes(Gender::of(&e.name, &e.titles))
        };
        // "Donald Trump Jr." is filed under "jr." too, where "Donald Jr." is, so the two meet
        // in either order.
        let generation_key = name.last().filter(|g| name.len() >= 3 && is_generation(&g.norm)).map(|g| g.norm.clone());
        let by_generation = || {
            let ids = self.by_surname.get(generation_key.as_ref()?)?;
            ids.iter().copied().find(|&id| self.list[id].name.split_whitespace().count() == 2 && same(&self.list[id]))
        };
        let id = match self.by_surname.get(&surname).and_then(|ids| ids.iter().copied().find(|&id| same(&self.list[id]))).or_else(by_generation) {
            Some(id) => id,
            None => {
                // "Xi" and "Xi Jinping", "Kim" and "Kim Jong Un": one person, named family name
                // first; the lone word joins the full name. Not for a surname already known.
                let joined = if self.by_surname.contains_key(&surname) { None } else { self.by_first_word(text, name) };
                let id = joined.unwrap_or_else(|| {
                    self.list.push(Entity { person: true, ..Entity::default() });
                    self.list.len() - 1
                });
                self.by_surname.entry(surname.clone()).or_default().push(id);
                id
            }
        };
        if let Some(key) = generation_key {
            let ids = self.by_surname.entry(key).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let e = &mut self.list[id];
        if full.split_whitespace().count() > e.name.split_whitespace().count() {
            if !e.name.is_empty() && !e.aliases.contains(&e.name) {
                let old = std::mem::take(&mut e.name);
                e.aliases.push(old);
            }
            let first = full.split_whitespace().next().unwrap_or_default().to_string();
            e.name = full;
            self.by_first.entry(first).or_default().push(id);
        } else if full != e.name && !e.aliases.contains(&full) {
            e.aliases.push(full);
        }
        for t in titles {
            if !e.titles.contains(t) {
                e.titles.push(t.clone());
            }
        }
        if !titles.is_empty() && self.lang == Language::English {
            let shown: Vec<String> = titles.iter().map(|t| capitalize_first(&display_title(t))).collect();
            // A knight or dame is "Sir Keir", a sheikh "Sheikh Mohammed": by the given name. Every
            // other title goes with the surname.
            let by_given = matches!(titles.last().map(String::as_str), Some("sir" | "dame" | "sheikh")) && name.len() > 1;
            // A Chinese name gives the family name first: "President Xi", not "President Jinping".
            let family_first = name.len() > 1 && name.first().is_some_and(|t| FAMILY_NAME_FIRST.contains(&t.norm.as_str()));
            let which = if by_given || family_first { name.first().copied() } else { surname_of(name) };
            // A regnal number keeps the whole name: "King Abdullah II", not "King II".
            let regnal = name.len() > 1 && name.last().is_some_and(|t| is_generation(&t.norm) && !matches!(t.norm.as_str(), "jr." | "jr" | "sr." | "sr"));
            let which = if regnal { &text[name[0].span.start..name[name.len() - 1].span.end] } else { which.map_or("", |t| &text[t.span.start..t.span.end]) };
            let titled = format!("{} {which}", shown.join(" "));
            let titled = strip_possessive(&titled);
            if !e.aliases.contains(&titled) && titled != e.name {
                e.aliases.push(titled);
            }
        }
        if let Some(at) = at {
            e.add_mention(at);
        }
        id
    }

    /// "Trump" beside Donald J. Trump is shown as the article titles her, "Ms. Trump": a
    /// lone surname that someone else in the list bears names neither of them.
    fn title_shared_surnames(&mut self) {
        for id in 0..self.list.len() {
            let lone = !self.list[id].name.contains(' ');
            let ids = self.by_surname.get(&self.list[id].name.lowercase()).filter(|_| lone);
            if ids.is_some_and(|ids| ids.iter().any(|&other| self.list[other].name.contains(' '))) {
                let e = &mut self.list[id];
                let titled = e.aliases.iter().position(|a| a.starts_with(char::is_uppercase) && a.strip_suffix(e.name.as_str()).is_some_and(|t| t.ends_with(' ')));
                if let Some(k) = titled {
                    let name = e.aliases.remove(k);
                    let old = std::mem::replace(&mut e.name, name);
                    e.aliases.insert(0, old);
                }
            }
        }
    }

    /// For a lone word, the one person whose fuller name it opens ("Xi" → Xi Jinping); for a
    /// fuller name, the one person known so far by its first word alone. `None` when there
    /// is no such person or more than one, or when the person shares a surname with someone
    /// (Betsy and Tom Ebeling: "Tom" alone must not make Tom the Ebeling the article means).
    fn by_first_word(&self, text: &str, name: &[&Token]) -> Option<usize> {
        let first = name.first()?.span.slice(text)?;
        let shared_surname = |e: &Entity| {
            let last = last_name(&e.name).lowercase();
            self.by_surname.get(&last).is_some_and(|ids| ids.len() > 1)
        };
        // A lone word: the names it opens. A fuller name: the people known by its first word
        // alone, who are filed under it as a surname.
        let candidates = if name.len() == 1 { self.by_first.get(first)? } else { self.by_surname.get(&first.lowercase())? };
        let mut found = None;
        for &id in candidates {
            let e = &self.list[id];
            let words = e.name.split_whitespace().count();
            let fits = e.person && e.name.split_whitespace().next() == Some(first) && (if name.len() == 1 { words >= 2 } else { words == 1 }) && !shared_surname(e);
            match found {
                _ if !fits => {}
                None => found = Some(id),
                // Two people: the word names neither (and the search stops).
                Some(f) if f != id => return None,
                Some(_) => {}
            }
        }
        found
    }

    /// The person a surname alone stands for: of those who share it, the one mentioned most,
    /// the first introduced on a tie.
    fn principal(&self, surname: &str) -> Option<usize> {
        self.principal_for(surname, &[])
    }

    /// The person a titled surname stands for: of those the titles fit ("Mr. Obama" is not
    /// Michelle Obama), one who bears one of them ("President Obama"), else the principal.
    fn principal_for(&self, surname: &str, titles: &[String]) -> Option<usize> {
        let ids = self.by_surname.get(surname)?;
        // Untitled (every bare surname in the text asks), nothing can clash: the people's own
        // names and titles are not read.
        let gender = Gender::of("", titles);
        let says = gender.female || gender.male;
        let fits = |id: usize| !says || !gender.clashes(Gender::of(&self.list[id].name, &self.list[id].titles));
        let rank = |id: usize| (titles.iter().any(|t| self.list[id].titles.contains(t)), self.list[id].mentions.len(), std::cmp::Reverse(id));
        ids.iter().copied().filter(|&id| fits(id)).max_by_key(|&id| rank(id))
    }

    /// The person the surname at token `i` names: the one whose given name comes right
    /// before it ("Ivanka Trump"), else the surname's principal.
    fn named_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
        // "Jr." in "Joseph R. Biden Jr." names whoever the word before it names.
        let before = i.checked_sub(1).filter(|&p| is_generation(&tokens[i].norm) && tokens[p].capital && tokens[p].block == tokens[i].block);
        if let Some(id) = before.and_then(|p| self.named_at(text, tokens, p)) {
            return Some(id);
        }
        let ids = self.by_surname.get(&tokens[i].norm)?;
        let given = i.checked_sub(1).map(|p| &tokens[p]).filter(|p| p.capital && p.is_word && p.block == tokens[i].block).and_then(|p| p.span.slice(text));
        given
            .and_then(|g| ids.iter().copied().find(|&id| self.list[id].name.split_whitespace().next().is_some_and(|f| f == g)))
            .or_else(|| self.principal(&tokens[i].norm))
    }

    /// The person named first, not an author.
    fn interviewee(&self) -> Option<usize> {
        let people = self.list.iter().enumerate().filter(|(_, e)| e.person && !self.is_author(&last_name(&e.name).lowercase()));
        people.filter_map(|(i, e)| Some((*e.mentions.first()?, i))).min().map(|(_, i)| i)
    }

    fn is_author(&self, surname: &str) -> bool {
        self.authors.iter().any(|a| a == surname)
    }

    /// The entity a name names; a name not seen before becomes a new entity (a speaker
    /// is a person or organisation even without a given name or title).
    fn resolve_name(&mut self, text: &str, name: &[Token], lex: &Lexicon, lower_words: &HashSet<&str>, at: usize) -> usize {
        let words: Vec<&Token> = name.iter().filter(|t| t.is_word).collect();
        let n_titles = words.iter().take_while(|t| lex.titles.contains(t.norm.as_str())).count().min(words.len().saturating_sub(1));
        // "Florida Gov. Jeb Bush": the name starts after the last title, and the words before
        // it that are no titles ("Florida") are left out.
        let start = last_title(&words, lex).map_or(n_titles, |k| k + 1).max(n_titles);
        let core: Vec<&Token> = words[start..].to_vec();
        let titles: Vec<String> =
            words[..start].iter().filter(|t| lex.titles.contains(t.norm.as_str())).map(|t| t.norm.trim_end_matches('.').to_string()).collect();
        // "Florida" in "Florida Gov. Jeb Bush", when there is a title.
        let places: Vec<&str> = words[..start].iter().filter(|t| !titles.is_empty() && !lex.titles.contains(t.norm.as_str())).map(|t| t.norm.as_str()).collect();
        let surname = surname_of(&core).map(|t| t.norm.clone()).unwrap_or_default();
        if let Some(ids) = self.by_surname.get(&surname) {
            // A surname alone is the person it usually names; a fuller name, the one
            // mentioned most recently before `at`.
            // Of those a title fits ("Mr. Obama" is not Michelle Obama), and of the same
            // generation ("Donald Trump Jr." is not Donald Trump).
            let ours = core.last().filter(|_| core.len() > 1).map_or("", |t| generation(&t.norm));
            let best = if core.len() == 1 {
                self.principal_for(&surname, &titles)
            } else {
                let fits = |e: &Entity| !e.name.contains(' ') || generation(&e.name).eq_ignore_ascii_case(ours);
                ids.iter().copied().filter(|&id| fits(&self.list[id])).max_by_key(|&id| self.list[id].last_mention(at + 1).unwrap_or(0))
            };
            if let Some(id) = best {
                // "State John Kerry" is John Kerry: the known name starts at one of the words.
                let known = self.list[id].name.lowercase();
                let known_alone = known.split_whitespace().count() == 1;
                // "Flynn says …" then "Retired Lt. Gen. Michael Flynn": the fuller name, given
                // or titled, becomes the person's name.
                // The given name need not be one the lexicon lists ("Friedrich Merz", "Zoë
                // Müller"): before a known person's surname, any capitalised word that is not
                // a common word, a place, a title or a day is taken for one.
                let given = core.first().is_some_and(|t| lex.given_names.contains(t.norm.as_str()) || (self.list[id].person && may_be_given_name(t, text, lex, lower_words)));
                let fuller = known_alone && core.len() >= 2 && (!titles.is_empty() || given);
                if fuller {
                    let id = self.add_person(text, &core, &titles, Some(at));
                    self.add_places(id, places.iter().copied());
                    return id;
                }
                // "Von der Leyen said", after "Ursula von der Leyen": the end of the known name.
                let said = core.iter().map(|w| w.norm.as_str()).collect::<Vec<_>>().join(" ");
                if core.len() == 1 || known_alone || core.iter().any(|w| known.starts_with(&w.norm)) || known.ends_with(&format!(" {said}")) {
                    return id;
                }
            }
        }
        let id = self.add_person(text, &core, &titles, Some(at));
        self.add_places(id, places.iter().copied());
        // A speaker without a given name or title may be an organisation ("the Kremlin").
        // A lone surname ("Cruz said") is a person too; an acronym ("CNN", "AP") is not.
        let surname_alone = core.len() == 1 && mixed_case(core[0], text);
        // "Christian Democratic Union", "The Washington Post": a name ending in an
        // institution's word is an organisation, which "he" and "she" never stand for.
        let institution = core.last().is_some_and(|t| is_institution(&t.norm));
        self.list[id].person = !titles.is_empty()
            || core.first().is_some_and(|t| lex.given_names.contains(t.norm.as_str()))
            || (core.len() >= 2 && !institution)
            || (surname_alone && !institution);
        id
    }

    fn add_places<'w>(&mut self, id: usize, places: impl Iterator<Item = &'w str>) {
        let e = &mut self.list[id];
        for p in places {
            if !e.places.iter().any(|q| q == p) {
                e.places.push(p.to_string());
            }
        }
    }

    fn resolve_description(&self, phrase: &str, lex: &Lexicon, at: usize) -> Option<usize> {
        let key = description_key(phrase);
        if let Some(&id) = self.by_description.get(&key) {
            return Some(id);
        }
        // Only a role names a person (a title; spokespeople are titles): not "the statement"
        // after "A White House statement"; and "a senator" is someone other than the senator
        // the article named.
        let head = description_head(&key)?;
        if governing_article(phrase) == Some("a") || !lex.titles.contains(head) {
            return None;
        }
        if let Some(id) = self.shortened_description(phrase, &key) {
            return Some(id);
        }
        // "the US president" → the latest person titled "President"; "the former secretary
        // of state" → "secretary".
        // "the Vermont senator" is whoever was titled "Sen."; "the governor", "Gov.".
        let same_title = |t: &str| t == head || title_synonym(t) == title_synonym(head);
        // "the New Jersey governor" is not "Ohio Gov. John Kasich": a place in the description
        // must be one the person was titled with, when they were titled with one.
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let placed = words.iter().skip(1).any(|w| w.starts_with(char::is_uppercase));
        let lower: Vec<String> = words.iter().map(|w| w.lowercase()).collect();
        let same_place = |e: &Entity| !placed || e.places.is_empty() || e.places.iter().any(|p| lower.contains(p));
        // "the president" is not "Vice President Joe Biden", nor "the governor" a lieutenant
        // governor; "the vice president" is.
        let phrase_rank = lower.iter().position(|w| w == head).and_then(|k| rank_before(&lower, k));
        let same_rank = |e: &Entity| e.titles.iter().enumerate().any(|(k, t)| same_title(t) && rank_before(&e.titles, k) == phrase_rank);
        self.list
            .iter()
            .enumerate()
            // Someone named before: a description refers back ("South Dakota's Republican
            // governor" is not the Missouri governor the article names three paragraphs on).
            .filter_map(|(i, e)| Some((e.last_mention(at + 1)?, i)).filter(|_| same_rank(e) && same_place(e)))
            .max()
            .map(|(_, i)| i)
    }

    /// "the defence secretary" after "The US defence secretary, Pete Hegseth", "the German
    /// minister" after "Boris Pistorius, Germany’s defence minister": a definite description
    /// whose words all appear in one person's description, with the same head word. None when
    /// it fits descriptions of two people ("the foreign minister" with two foreign ministers).
    fn shortened_description(&self, phrase: &str, key: &str) -> Option<usize> {
        if governing_article(phrase) != Some("the") {
            return None;
        }
        let head = description_head(key)?;
        let words: Vec<&str> = key.split_whitespace().filter(|w| *w != head).collect();
        // "leader" looks among presidents, chancellors, premiers and prime ministers too.
        let heads: &[&str] = if head == "leader" { &["leader", "president", "chancellor", "premier", "minister"] } else { &[head] };
        let mut found = None;
        for h in heads {
            let Some(list) = self.by_head.get(*h) else { continue };
            // Past a few dozen people of one role (no article, but a paste can be anything),
            // a shortened description tells none of them apart.
            if list.len() > MAX_OF_ONE_ROLE {
                return None;
            }
            for &k in list {
                let (desc, id) = (&self.descriptions[k].0, self.descriptions[k].1);
                if *h != head && !same_role(head, h, desc) {
                    continue;
                }
                let known: Vec<&str> = desc.split_whitespace().collect();
                if !words.iter().all(|w| known.iter().any(|k| same_description_word(w, k))) {
                    continue;
                }
                // "the minister" is not "the prime minister", nor "the president" "the vice
                // president": a rank before the head makes another office ("the Polish
                // leader", looked for among ministers, is Poland's prime minister).
                let phrase_words: Vec<&str> = key.split_whitespace().collect();
                if *h == head && office_rank(&known, h) != office_rank(&phrase_words, h) {
                    continue;
                }
                if found.is_some_and(|f| f != id) {
                    return None;
                }
                found = Some(id);
            }
        }
        found
    }

    /// "Peskov, the Kremlin spokesperson": the description becomes an alias.
    fn link_description(&mut self, text: &str, a: Option<Who>, b: Option<Who>, a_span: Span, b_span: Span) {
        let (id, desc) = match (a, b) {
            (Some(Who::Entity(id)), Some(Who::Unnamed)) => (id, b_span),
            (Some(Who::Unnamed), Some(Who::Entity(id))) => (id, a_span),
            _ => return,
        };
        self.add_description(id, &text[desc.start..desc.end]);
    }

    fn add_description(&mut self, id: usize, written: &str) {
        // Compared as the rules read it; shown as the article writes it.
        let read = languages::english(written, self.lang);
        let desc = read.as_ref();
        let key = description_key(desc);
        // Only words for a person describe one: "the Russian president", "his Democratic
        // opponent", "Trump’s wife" — not "the Republican presidential primary" before
        // "Gov. John Kasich", nor "Monday’s debate" or "a statement".
        // Nor does a plural describe one: "his advisers", "her Democratic rivals" ("one of
        // the president's closest aides" does).
        if !describes_a_person(desc, Lexicon::get(), true) {
            return;
        }
        if !self.by_description.contains_key(&key) {
            if let Some(head) = description_head(&key) {
                self.by_head.entry(head.to_string()).or_default().push(self.descriptions.len());
            }
            self.descriptions.push((key.clone(), id));
            self.by_description.insert(key, id);
        }
        let shown = capitalize_first(written.trim());
        if !self.list[id].aliases.contains(&shown) {
            self.list[id].aliases.push(shown);
        }
    }

    /// The person named last before `at` whom "he" (or, with `she`, "she") can stand for:
    /// "he" skips women; "she" takes the last woman named, else the last person whose
    /// gender the names and titles do not tell.
    fn recent_person(&self, at: usize, she: bool, lex: &Lexicon) -> Option<usize> {
        let latest = |keep: &dyn Fn(&Entity) -> bool| {
            self.list
                .iter()
                .enumerate()
                .filter(|(_, e)| e.person && keep(e) && !self.is_author(&last_name(&e.name).lowercase()))
                .filter_map(|(i, e)| e.last_mention(at).map(|m| (m, i)))
                .max()
                .map(|(_, i)| i)
        };
        if she {
            latest(&|e| e.female(lex)).or_else(|| latest(&|e| !e.male(lex)))
        } else {
            latest(&|e| !e.female(lex))
        }
    }

    /// Whether "he" (or, with `she`, "she") can stand for entity `id`.
    fn fits_pronoun(&self, id: usize, she: bool, lex: &Lexicon) -> bool {
        let e = &self.list[id];
        e.person && if she { !e.male(lex) } else { !e.female(lex) }
    }
}

impl Entity {
    /// Mentions stay sorted, so the last one before a point is a binary search: long
    /// articles ask this for every pronoun.
    fn add_mention(&mut self, at: usize) {
        if let Err(i) = self.mentions.binary_search(&at) {
            self.mentions.insert(i, at);
        }
    }

    /// Where the entity was last mentioned before byte `at`.
    fn last_mention(&self, at: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|&m| m < at);
        i.checked_sub(1).map(|i| self.mentions[i])
    }

    fn female(&self, lex: &Lexicon) -> bool {
        is_female(&self.name, &self.titles, lex)
    }

    fn male(&self, lex: &Lexicon) -> bool {
        is_male(&self.name, &self.titles, lex)
    }
}

/// What a name and its titles say of a person's sex, for telling apart two people of one
/// surname. A lone word is a surname, whatever given name it also is ("Madison said" may be
/// Joe Madison).
#[derive(Clone, Copy)]
struct Gender {
    female: bool,
    male: bool,
}

impl Gender {
    fn of(name: &str, titles: &[String]) -> Gender {
        let lex = Lexicon::get();
        let given = if name.contains(' ') { name } else { "" };
        Gender { female: is_female(given, titles, lex), male: is_male(given, titles, lex) }
    }

    fn clashes(self, other: Gender) -> bool {
        (self.female && other.male) || (self.male && other.female)
    }
}

/// A woman by a title or by her given name.
fn is_female(name: &str, titles: &[String], lex: &Lexicon) -> bool {
    name.split_whitespace().next().is_some_and(|f| lex.female.contains(f.lowercase().as_str())) || titles.iter().any(|t| lex.female.contains(t.as_str()))
}

/// A man by a title, or by a given name the lists have and do not have as a woman's (a
/// name of one word is a surname: "Warren" may be Elizabeth Warren).
fn is_male(name: &str, titles: &[String], lex: &Lexicon) -> bool {
    let first = if name.contains(' ') { name.split_whitespace().next().map(case::lowercase).unwrap_or_default() } else { String::new() };
    titles.iter().any(|t| matches!(t.as_str(), "mr" | "mr." | "congressman" | "king" | "prince" | "sir" | "lord"))
        || (lex.given_names.contains(first.as_str()) && !lex.female.contains(first.as_str()) && !UNISEX.contains(&first.as_str()))
}

/// The rank word just before word `k` of a title or phrase ("vice" in "vice president").
fn rank_before(words: &[String], k: usize) -> Option<&str> {
    k.checked_sub(1).map(|p| words[p].as_str()).filter(|w| RANKS.contains(w))
}

/// The rank word just before `head` in a description's words ("prime" in "prime minister").
fn office_rank<'w>(words: &[&'w str], head: &str) -> Option<&'w str> {
    let k = words.iter().position(|w| *w == head)?;
    k.checked_sub(1).map(|p| words[p]).filter(|w| RANKS.contains(w))
}

/// Words that make a title another office: a vice president is not the president, nor a
/// prime minister "the minister".
const RANKS: &[&str] = &["vice", "deputy", "assistant", "lieutenant", "lt", "associate", "under", "prime"];

/// First words of places' names ("West Virginia", "New Jersey", "North Korea", "Saudi Arabia"):
/// no given name, and part of a country's name before its possessive.
const PLACE_WORDS: &[&str] = &[
    "north", "south", "east", "west", "new", "san", "santa", "los", "las", "saint", "st", "st.", "fort", "port", "mount", "lake", "upper",
    "lower", "great", "little", "central", "saudi", "sri", "hong", "el", "costa", "puerto", "united",
];

/// Chinese family names, which come first in a name ("Xi Jinping", "Li Qiang", "Wang Yi"),
/// chosen from those that are no common English given name or word.
const FAMILY_NAME_FIRST: &[&str] = &[
    "xi", "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "zhu", "hu", "guo", "luo", "gao", "liang", "zheng",
    "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "ding", "shen", "yao", "qin",
];

/// Given names borne by men and women alike (Sen. Kelly Ayotte, Lindsey Graham): they say
/// nothing of who "he" or "she" is.
const UNISEX: &[&str] = &[
    "kelly", "jan", "kim", "robin", "lynn", "tracy", "shannon", "marion", "jackie", "jo", "leslie", "ashley", "courtney", "jamie", "casey",
    "morgan", "jordan", "taylor", "pat", "terry", "sam", "alex", "alexis", "lindsey", "dana", "vivian", "kay", "jean", "carrie",
    "lee",
];

/// A run of capitalised words starting at token `i`, with leading titles counted.
struct Run {
    start: usize,
    end: usize,
    titles: usize,
}

fn name_run(tokens: &[Token], i: usize, lex: &Lexicon) -> Run {
    let mut j = i;
    let mut titles = 0;
    let mut words = 0;
    // "Secretary of State John Kerry": the word after a title's "of" belongs to the title.
    // Not after a title in lower case, unless a name follows: "the governor of Buenos Aires"
    // is no one.
    let capital = |k: usize| tokens.get(k).is_some_and(|n| n.capital && n.is_word);
    let title_of = i >= 2 && tokens[i - 1].is("of") && lex.titles.contains(tokens[i - 2].norm.as_str()) && (tokens[i - 2].capital || capital(i + 2));
    if title_of && capital(i) && capital(i + 1) {
        titles = 1;
        words = 1;
        j += 1;
    }
    while j < tokens.len() {
        let t = &tokens[j];
        let bracket = !t.is_word && matches!(t.norm.as_str(), "[" | "]");
        if bracket {
            j += 1;
            continue;
        }
        // "Ursula von der Leyen", "Luiz Inácio Lula da Silva": particles after a name word
        // and before another belong to the name.
        if words > titles && is_name_particle(t) {
            let mut k = j;
            while k < tokens.len() && is_name_particle(&tokens[k]) && tokens[k].block == tokens[i].block {
                k += 1;
            }
            if tokens.get(k).is_some_and(|n| n.is_word && n.capital && n.block == tokens[i].block && n.quote == tokens[i].quote) {
                j = k;
                continue;
            }
        }
        if !t.is_word || !t.capital || t.block != tokens[i].block || t.quote != tokens[i].quote {
            break;
        }
        // "Democratic Sen. Claire McCaskill": a party before a title belongs to the title.
        let party = matches!(t.norm.as_str(), "democratic" | "republican" | "gop" | "independent" | "labour" | "conservative")
            && tokens.get(j + 1).is_some_and(|n| n.capital && lex.titles.contains(n.norm.as_str()));
        let is_title = party || lex.titles.contains(t.norm.as_str());
        if is_title && words == titles {
            titles += 1;
        } else if not_name_at(tokens, j, lex) || t.norm.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        words += 1;
        j += 1;
        // "Ted Cruz’s Super PAC": the name ends at the possessive.
        if t.possessive {
            break;
        }
    }
    // Trailing brackets belong to the run only inside it.
    while j > i && !tokens[j - 1].is_word {
        j -= 1;
    }
    if words == titles {
        return Run { start: i, end: i, titles: 0 };
    }
    Run { start: i, end: j, titles }
}

/// Whether the word at `i` is one that never names anyone ("the", "Monday", "May"), except
/// as the surname after a given name: "Theresa May", "George Will".
fn not_name_at(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let t = &tokens[i];
    let surname = is_surname_word(&t.norm)
        && i.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|g| g.capital && g.block == t.block && lex.given_names.contains(g.norm.as_str()));
    lex.not_names.contains(t.norm.as_str()) && !surname
}

/// A month or a modal that is also a surname ("Theresa May", "George Will").
fn is_surname_word(w: &str) -> bool {
    matches!(w, "may" | "will")
}

/// Whether the tokens from `end` are ", " and a description of a person closed by a comma or
/// a full stop: ", a longtime liberal,", ", Ronald Reagan’s daughter,", ", the group’s
/// founder.".
fn apposition_names_a_person(text: &str, tokens: &[Token], end: usize, lex: &Lexicon) -> bool {
    if !tokens.get(end).is_some_and(|c| c.is(",")) {
        return false;
    }
    let start = end + 1;
    let Some(first) = tokens.get(start) else { return false };
    // Opened by an article or by a name's possessive ("Ronald Reagan’s").
    let opened = matches!(first.norm.as_str(), "the" | "a" | "an")
        || (start..tokens.len().min(start + 3)).take_while(|&k| tokens[k].capital && tokens[k].is_word).any(|k| tokens[k].possessive);
    let mut j = start;
    while j < tokens.len() && j < start + 8 && tokens[j].is_word && tokens[j].block == first.block && tokens[j].quote.is_none() && !lex.boundaries.contains(tokens[j].norm.as_str()) {
        j += 1;
    }
    let closed = tokens.get(j).is_some_and(|x| matches!(x.norm.as_str(), "," | "."));
    opened && closed && j > start + 1 && !tokens[j - 1].capital && describes_a_person(&text[first.span.start..tokens[j - 1].span.end], lex, false)
}

/// The last title among a name's words, if a full name (two words or more) follows it:
/// "Charlotte Mayor Jennifer Roberts", but not "Martin Luther King Jr.", where "King" is
/// the surname (a suffix after it says so).
fn last_title(words: &[&Token], lex: &Lexicon) -> Option<usize> {
    (0..words.len().saturating_sub(2)).rev().find(|&k| lex.titles.contains(words[k].norm.as_str()) && !is_generation(&words[k + 1].norm))
}

/// Whether the phrase at token `s`, before a name ending at token `i`, ends a clause its
/// sentence opens with: "While he has come to respect his onetime rival, Mr. Obama is …"
/// (the name is the next clause's subject, not the phrase's apposition).
#[inline(never)]
fn ends_opening_clause(tokens: &[Token], s: usize, i: usize) -> bool {
    let mut k = s;
    while k > 0 && tokens[k - 1].block == tokens[s].block && !matches!(tokens[k - 1].norm.as_str(), "." | "?" | "!") {
        k -= 1;
    }
    // "But to give you the tenor of the interview, Trump went on", "Asked whether …, Ban demurred".
    if k + 1 < s && matches!(tokens[k].norm.as_str(), "but" | "and" | "so") {
        k += 1;
    }
    k < s
        && matches!(tokens[k].norm.as_str(), "while" | "although" | "though" | "when" | "if" | "because" | "since" | "unless" | "after" | "before" | "asked" | "to")
        && tokens.get(i + 1).is_some_and(|v| v.is_word && v.block == tokens[i].block)
}

/// "Jr.", "Sr.", "II", "III", "IV": a generation after a surname, which is no surname.
fn is_generation(norm: &str) -> bool {
    matches!(norm.trim_end_matches('.'), "jr" | "sr" | "ii" | "iii" | "iv")
}

/// "Jr.", "III": the generation a name ends with, or "".
fn generation(name: &str) -> &str {
    name.split_whitespace().next_back().filter(|w| is_generation(&w.lowercase())).map_or("", |w| w.trim_end_matches('.'))
}

/// The surname of a name as written, by the same rule as `surname_of`.
fn last_name(name: &str) -> &str {
    let mut words = name.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let before = words.next().filter(|_| !generation(last).is_empty() && words.next().is_some());
    before.unwrap_or(last)
}

/// The word a name is filed and titled under: its last, or the one before a generation
/// ("Joseph R. Biden Jr." is Biden, so "Vice President Biden", and not one person with
/// "Joseph F. Dunford Jr.").
fn surname_of<'t>(name: &[&'t Token]) -> Option<&'t Token> {
    match name {
        [_, .., s, g] if is_generation(&g.norm) => Some(s),
        _ => name.last().copied(),
    }
}

/// "von", "der", "da", "bin": lower-case words inside a person's name.
fn is_name_particle(t: &Token) -> bool {
    t.is_word && !t.capital && is_particle_word(&t.norm)
}

fn is_particle_word(w: &str) -> bool {
    matches!(
        w,
        "von" | "van" | "der" | "den" | "de" | "da" | "di" | "du" | "del" | "della" | "des" | "dos" | "das" | "la" | "le" | "bin" | "ibn"
            | "al" | "ter" | "ten" | "zu"
    )
}

/// A word that names no one on its own: one the article also writes in lower case, a place,
/// or a group ("Aides", "Florida", "Continuing").
fn plain_word(lex: &Lexicon, lower_words: &HashSet<&str>, w: &str) -> bool {
    lower_words.contains(w) || lex.places.contains(w) || lex.groups.contains(w)
}

/// "early", "Friday", "morning": words that say when, between a phrase and its cue.
fn is_day_time(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "early" | "late" | "on" | "this" | "last"
            | "morning" | "afternoon" | "evening" | "night" | "yesterday" | "today" | "tonight"
    )
}

/// "Thirteen years earlier, she …": a number opening a time phrase.
fn is_number_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
        || matches!(
            w,
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve" | "thirteen"
                | "fourteen" | "fifteen" | "sixteen" | "seventeen" | "eighteen" | "nineteen" | "twenty" | "thirty" | "forty" | "fifty"
                | "hundred" | "hundreds" | "thousands" | "months" | "years" | "weeks" | "days"
        )
}

/// The last word of an organisation's name ("Union", "Post", "Committee").
fn is_institution(word: &str) -> bool {
    matches!(
        word,
        "union" | "party" | "committee" | "council" | "department" | "association" | "institute" | "university" | "commission" | "agency"
            | "bureau" | "office" | "ministry" | "court" | "times" | "post" | "news" | "journal" | "foundation" | "center" | "centre" | "group"
            | "network" | "campaign" | "company" | "corporation" | "inc" | "inc." | "press" | "magazine" | "senate" | "house" | "congress"
            | "administration" | "organization" | "organisation" | "league" | "coalition" | "alliance" | "fund" | "bank" | "service" | "board"
            | "police" | "school" | "college" | "church" | "club" | "caucus" | "pac" | "tribune" | "herald" | "gazette" | "reuters"
            | "cnn" | "nbc" | "abc" | "cbs" | "msnbc" | "fox" | "politico" | "forum" | "society" | "authority" | "force" | "army" | "navy" | "technology"
    )
}

/// Nouns for things that speak for their makers: "the ad", "a letter", "the complaint".
fn is_document(word: &str) -> bool {
    let one = if word.len() > 3 { word.strip_suffix('s').unwrap_or(word) } else { word };
    matches!(
        one,
        "ad" | "ads" | "statement" | "letter" | "memo" | "report" | "release" | "email" | "e-mail" | "tweet" | "post" | "video" | "complaint"
            | "lawsuit" | "filing" | "platform" | "editorial" | "petition" | "resolution" | "message" | "sign" | "banner" | "poster" | "cable" | "poll" | "survey" | "study"
            | "note" | "text"
    )
}

/// A title as it is written before a name: abbreviations keep their full stop ("Sen.").
fn display_title(title: &str) -> String {
    const ABBREVIATED: &[&str] = &["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "adm", "col", "lt", "sgt", "capt", "cmdr", "rev", "maj", "hon"];
    // One of "Sens. Kaine and Warner" is "Sen. Kaine".
    let title = match title {
        "sens" | "reps" | "govs" | "gens" => &title[..title.len() - 1],
        _ => title,
    };
    if ABBREVIATED.contains(&title) {
        format!("{title}.")
    } else {
        title.to_string()
    }
}

/// One spelling for titles that mean the same office.
fn title_synonym(title: &str) -> &str {
    match title.trim_end_matches('.') {
        "sen" | "senator" => "senator",
        "gov" | "governor" => "governor",
        "rep" | "representative" | "congressman" | "congresswoman" => "representative",
        "gen" | "general" => "general",
        "prof" | "professor" => "professor",
        "pres" | "president" => "president",
        other => other,
    }
}

fn description_key(phrase: &str) -> String {
    let lower = phrase.trim().lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let skip = usize::from(words.first().is_some_and(|w| matches!(*w, "the" | "a" | "an")));
    words[skip..].join(" ")
}

/// Written with lower-case letters after its first ("Cruz", "Ives"), not all capitals as an
/// acronym is ("CNN", "DNC").
fn mixed_case(t: &Token, text: &str) -> bool {
    t.span.slice(text).is_some_and(|w| w.chars().skip(1).any(char::is_lowercase))
}

/// The index of the "of" right before token `k`, or before the "the" right before it ("the
/// head of the union", "the governor of Buenos Aires"), if it is at `floor` or after.
fn of_before(t: &[Token], k: usize, floor: usize) -> Option<usize> {
    let of = if t.get(k.checked_sub(1)?)?.is("the") { k.checked_sub(2)? } else { k - 1 };
    (of >= floor && t[of].is("of")).then_some(of)
}

/// Initials in place of a given name ("JD Vance", "J.D. Vance"): two capitals, but not the
/// acronyms a story puts before a name ("US", "EU", "UN").
fn initials(t: &Token, text: &str) -> bool {
    let mut caps = t.span.slice(text).unwrap_or_default().bytes().filter(|&b| b != b'.');
    match (caps.next(), caps.next(), caps.next()) {
        (Some(a), Some(b), None) if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            !"US UK EU UN AP TV AI DC LA NY PM MP VP HQ IT OK ID NZ".split(' ').any(|x| x.as_bytes() == [a, b])
        }
        _ => false,
    }
}

/// Whether a capitalised word before a known person's surname can be their given name, when
/// no list has it ("Friedrich", "Zoë"): not a common word, a place, a title, a day or an acronym.
fn may_be_given_name(t: &Token, text: &str, lex: &Lexicon, lower_words: &HashSet<&str>) -> bool {
    let w = t.norm.as_str();
    (mixed_case(t, text) || initials(t, text))
        && !plain_word(lex, lower_words, w)
        && !lex.not_names.contains(w)
        && !lex.titles.contains(w)
        && !is_day_time(w)
}

/// The word a description is about: "secretary" in "us defence secretary" and in "secretary
/// of state".
fn description_head(key: &str) -> Option<&str> {
    key.split(" of ").next().and_then(|k| k.split_whitespace().last())
}

/// Whether description `desc` is a person's: its head — the last word before a preposition
/// ("a lecture from …" is a lecture), but not one inside a name ("A University of Tennessee law
/// professor" is a professor) — is a word for a person. A clause is no description ("the next
/// president is inaugurated"). With `one`, only one person's: no plural ("his advisers", "two
/// objectors"; "a generous donor to charitable causes" and "one of his closest aides" are one).
fn describes_a_person(desc: &str, lex: &Lexicon, one: bool) -> bool {
    let words: Vec<&str> = desc.split_whitespace().collect();
    let mut head = None;
    for (k, w) in words.iter().enumerate() {
        let lower = w.trim_matches(|c: char| !c.is_alphanumeric()).lowercase();
        if k > 0 && matches!(lower.as_str(), "is" | "was" | "are" | "were" | "has" | "have" | "had") {
            return false;
        }
        // "One of the president's closest aides": the head comes after "of".
        let share = head.as_deref().is_some_and(|h| is_number_word(h) || matches!(h, "one" | "some" | "many" | "several" | "most" | "each" | "any" | "none"));
        let preposition = lex.prepositions.contains(lower.as_str()) || lower == "to";
        if k > 0 && preposition && !words[k - 1].starts_with(char::is_uppercase) && !(share && lower == "of") {
            break;
        }
        head = Some(lower);
    }
    let one_of = words.first().is_some_and(|w| w.eq_ignore_ascii_case("one")) && words.get(1) == Some(&"of");
    let plural = |h: &str| one && !one_of && h.ends_with('s') && !h.ends_with("ss") && !h.ends_with("us") && !h.ends_with("is");
    head.is_some_and(|h| !plural(&h) && names_a_person(&h, lex))
}

/// Whether a description's head word can stand for a person: a title, a group, a word of
/// family or company ("wife", "aide", "mogul"), or a noun of an agent ("opponent", "pollster",
/// "politician", "nominee") — not a thing that happens to end like one ("statement",
/// "committee", "order").
fn names_a_person(head: &str, lex: &Lexicon) -> bool {
    let singular = head.strip_suffix('s').unwrap_or(head);
    if lex.titles.contains(head) || lex.titles.contains(singular) || lex.groups.contains(head) || PERSON_WORDS.contains(&singular) || PERSON_WORDS.contains(&head) {
        return true;
    }
    if singular.ends_with("ment") || NOT_PERSON_WORDS.contains(&singular) {
        return false;
    }
    ["er", "or", "ist", "yst", "ent", "ant", "ian", "man", "woman", "ee"].iter().any(|x| singular.ends_with(x))
}

/// People's words no suffix gives away.
const PERSON_WORDS: &[&str] = &[
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "friend", "aide", "ally", "rival", "boss",
    "head", "host", "star", "mogul", "magnate", "billionaire", "millionaire", "expert", "executive", "chief", "spouse", "fiancé",
    "fiancée", "girlfriend", "boyfriend", "nephew", "niece", "cousin", "uncle", "aunt", "child", "heir", "colleague", "candidate",
    "hopeful", "nominee", "incumbent", "frontrunner", "front-runner", "favorite", "favourite", "celebrity", "guru", "whistleblower",
    "mate", "operative", "conservative", "liberal", "progressive", "democrat", "republican", "native", "relative", "representative",
    "veteran", "surrogate", "official", "patron", "gadfly", "stewardess", "delegate", "superdelegate", "voter", "critic", "skeptic",
    "cleric", "guest", "scholar", "heckler", "graduate", "intern", "actress",
];

/// Things with a person's ending.
const NOT_PERSON_WORDS: &[&str] = &[
    "order", "letter", "number", "matter", "paper", "center", "centre", "border", "power", "water", "chapter", "quarter", "corner",
    "error", "factor", "sector", "floor", "door", "event", "percent", "content", "incident", "accident", "committee", "career",
    "summer", "winter", "answer", "offer", "behavior", "behaviour", "labor", "labour", "favor", "favour", "server", "computer",
    "ouster",
];

/// The article before a description's head word: "the" in "a lecture from the Mexican
/// president", "a" in "a senator" ("an" is given as "a"), `None` when there is none.
fn governing_article(phrase: &str) -> Option<&'static str> {
    let before_of = phrase.split(" of ").next().unwrap_or(phrase);
    before_of.split_whitespace().rev().find_map(|w| match w.lowercase().as_str() {
        "the" => Some("the"),
        "a" | "an" => Some("a"),
        _ => None,
    })
}

/// Words of two descriptions that say the same: equal, or one country's name and its people's
/// ("german" and "germany’s", "british" and "britain’s") or two spellings ("defense",
/// "defence") — a shared start of five letters — or a pair from `lexicon::DEMONYMS` ("polish"
/// and "poland’s").
fn same_description_word(a: &str, b: &str) -> bool {
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let country = |w: &str| w.trim_end_matches("’s").trim_end_matches("'s").to_string();
    a == b || shared >= 5 || lexicon::is_demonym(a, &country(b)) || lexicon::is_demonym(b, &country(a))
}

/// "the Polish leader" for "Poland’s prime minister": a country's leader is its president,
/// prime minister, chancellor or premier.
fn same_role(head: &str, known_head: &str, known: &str) -> bool {
    head == "leader" && (matches!(known_head, "president" | "chancellor" | "premier") || known.contains("prime minister"))
}

fn strip_possessive(s: &str) -> String {
    s.trim_end_matches("’s").trim_end_matches("'s").to_string()
}

fn capitalize_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(case::upper(f)).chain(c).collect(),
        None => String::new(),
    }
}
