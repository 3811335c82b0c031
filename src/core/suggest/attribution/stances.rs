//! Suggested positions: "Hegseth ruled out Nato membership for Ukraine" — a person the
//! article names, a verb that takes a side, and what the side is on. Only the plain cases:
//! a named person (or a pronoun standing for one, or "I"/"we" inside a quotation whose
//! speaker is known) as the verb's subject, the verb in the active voice or with "be" ("is
//! opposed to"), the topic the words right after it. A person accepts, edits or rejects each,
//! like every suggestion.

use crate::core::case::Lowercase;
use super::{negated, Context, Who, PLACE_WORDS};
use crate::core::model::Stance;
use crate::core::parse::dates::MONTHS;
use crate::core::text::Span;

/// A position found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// From the holder's mention to the end of the topic.
    pub span: Span,
    pub holder: Who,
    pub topic: String,
    pub stance: Stance,
}

/// Verbs that take a side, by the side they take.
const FOR: &[&str] = &[
    "supports", "supported", "backs", "backed", "endorses", "endorsed", "favors", "favored", "favours", "favoured", "champions",
    "championed", "defends", "defended", "advocates", "advocated", "embraces", "embraced",
];
const AGAINST: &[&str] = &[
    "opposes", "opposed", "rejects", "rejected", "criticizes", "criticized", "criticises", "criticised", "condemns",
    "condemned", "denounces", "denounced", "vetoes", "vetoed", "slams", "slammed", "resists", "resisted",
];
/// Bare forms, taken only after an auxiliary ("did not support", "will oppose") or a quoted
/// "I"/"we": alone they are as often nouns ("their support").
const FOR_BARE: &[&str] = &["support", "back", "endorse", "favor", "favour", "champion", "defend", "advocate", "embrace"];
const AGAINST_BARE: &[&str] = &["oppose", "reject", "criticize", "criticise", "condemn", "denounce", "veto", "resist"];

/// Verbs that take a side with the word after them: "ruled out", "called for", "voted against".
const PHRASAL: &[(&str, &str, Stance)] = &[
    ("ruled", "out", Stance::Against),
    ("rules", "out", Stance::Against),
    ("called", "for", Stance::For),
    ("calls", "for", Stance::For),
    ("pushed", "for", Stance::For),
    ("pushes", "for", Stance::For),
    ("advocated", "for", Stance::For),
    ("advocates", "for", Stance::For),
    ("advocated", "against", Stance::Against),
    ("advocates", "against", Stance::Against),
    ("voted", "for", Stance::For),
    ("voted", "against", Stance::Against),
    ("argued", "against", Stance::Against),
    ("argues", "against", Stance::Against),
    ("warned", "against", Stance::Against),
    ("warns", "against", Stance::Against),
];

/// Words after the verb that leave nothing to take a side on.
const NO_TOPIC: &[&str] = &[
    "him", "her", "them", "it", "this", "that", "these", "those", "me", "us", "you", "himself", "herself", "themselves", "itself",
    "what", "how", "why", "whether", "who", "which", "anyone", "anything", "everyone", "someone", "nobody", "none", "any", "his", "their",
    "either", "neither",
];

/// The most positions suggested for one article, and the most words in a topic.
const MAX_POSITIONS: usize = 12;
const MAX_TOPIC_WORDS: usize = 10;

/// Words that end a topic: the clause goes on about something else.
const TOPIC_STOPS: &[&str] = &[
    "because", "but", "which", "who", "when", "while", "after", "before", "as", "if", "since", "saying", "calling", "and", "or",
    "than", "although", "though", "despite", "until", "unless", "whereas", "so", "during", "is", "was", "are", "were", "has", "have",
    "had", "will", "would", "following", "amid",
];

impl Context<'_> {
    /// Positions in the article's sentences, at most one per sentence, in text order.
    /// Read-only as far as the article's people go: reading holders and topics would add
    /// people and other names for them (as reading a quotation's speaker does), and a
    /// suggestion the person may reject should not; so the people are put back as they were,
    /// and a position whose holder only this reading found is dropped.
    /// `speakers`: each quotation's speaker, where it has one; a side taken in the first
    /// person inside a quotation ("“I support D.C. statehood,” she said") is its speaker's.
    pub(super) fn stances(&mut self, speakers: &[Option<Who>]) -> Vec<Found> {
        let known = self.entities.clone();
        let mut found = self.stances_read(speakers);
        found.retain(|p| matches!(p.holder, Who::Entity(id) if id < known.list.len()));
        self.entities = known;
        found
    }

    fn stances_read(&mut self, speakers: &[Option<Who>]) -> Vec<Found> {
        let t = self.tokens;
        let mut out: Vec<Found> = Vec::new();
        let mut last_sentence = None;
        for i in 0..t.len() {
            if out.len() >= MAX_POSITIONS {
                break;
            }
            let x = &t[i];
            // Inside a quotation, only where its speaker is known.
            let speaker = match x.quote {
                None => None,
                Some(q) => match speakers.get(q) {
                    Some(Some(Who::Entity(id))) => Some(*id),
                    _ => continue,
                },
            };
            if !x.is_word || x.capital {
                continue;
            }
            let next = t.get(i + 1).filter(|n| n.block == x.block && n.quote == x.quote);
            let w = x.norm.as_str();
            // (or after "I"/"we" in a quotation: "“I support D.C. statehood”").
            let after_auxiliary = i > 0 && (self.before_verb(&t[i - 1]) || (speaker.is_some() && (t[i - 1].is("i") || t[i - 1].is("we"))));
            // "is opposed to", "was against", "are in favor of": a side taken with "be", as
            // (stance, first and last token of the phrase after "be").
            // (An "I" or "we" longer than two letters is "I’m" or "we’re": "we’d" and "I’ve"
            // take no "against".)
            let be = |k: usize| match t[k].norm.as_str() {
                "am" | "is" | "was" | "are" | "were" | "been" | "be" | "remains" | "remained" => true,
                "i" | "we" => t[k].span.len() > 2,
                _ => false,
            };
            let copular = if w == "opposed" && i > 0 && be(i - 1) && next.is_some_and(|n| n.is("to")) {
                Some((Stance::Against, i, i + 1))
            } else if w == "against" && i > 0 && be(i - 1) {
                Some((Stance::Against, i, i))
            } else if matches!(w, "favor" | "favour") && i > 1 && t[i - 1].is("in") && be(i - 2) && next.is_some_and(|n| n.is("of")) {
                Some((Stance::For, i - 1, i + 1))
            } else {
                None
            };
            let (stance, verb, verb_end) = if let Some(side) = copular {
                side
            } else if FOR.contains(&w) || (after_auxiliary && FOR_BARE.contains(&w)) {
                (Stance::For, i, i)
            } else if AGAINST.contains(&w) || (after_auxiliary && AGAINST_BARE.contains(&w)) {
                (Stance::Against, i, i)
            } else if let Some(&(_, _, s)) = PHRASAL.iter().find(|(v, p, _)| x.is(v) && next.is_some_and(|n| n.is(p))) {
                (s, i, i + 1)
            } else {
                continue;
            };
            // "Muslim advocates hailed …": a plural noun before a verb, not a verb.
            if x.norm.ends_with('s') && verb_end == i && next.is_some_and(|n| n.norm.ends_with("ed")) {
                continue;
            }
            // "backed away from the deal", "backed down", "went back to civilian life": the
            // other way, or no side at all.
            let turned = matches!(w, "back" | "backs" | "backed") && next.is_some_and(|n| matches!(n.norm.as_str(), "to" | "home" | "in" | "into" | "on"));
            if turned || (next.is_some_and(|n| matches!(n.norm.as_str(), "away" | "off" | "down" | "out" | "up")) && verb_end == i) {
                continue;
            }
            let Some(floor) = self.sentence_start(i, false) else { continue };
            if last_sentence == Some(floor) {
                continue;
            }
            if let Some(found) = self.position_at(verb, verb_end, floor, stance, copular.is_some(), speaker) {
                last_sentence = Some(floor);
                out.push(found);
            }
        }
        out
    }

    /// An auxiliary, or a negated one in either apostrophe ("didn’t", "hasn't"): the lexicon
    /// spells its negations with the straight one only.
    fn before_verb(&self, x: &super::Token) -> bool {
        self.is_auxiliary(x) || negated(&x.norm)
    }

    /// The position of the verb at tokens `verb..=verb_end`, in the sentence from `floor`;
    /// `copular` when it is taken with "be" ("is opposed to"), which is then no passive;
    /// `speaker`, the entity speaking when the verb is inside a quotation.
    fn position_at(&mut self, verb: usize, verb_end: usize, floor: usize, stance: Stance, copular: bool, speaker: Option<usize>) -> Option<Found> {
        let t = self.tokens;
        // The subject, past auxiliaries ("has long opposed", "did not support").
        let mut k = verb;
        let mut denied = false;
        while k > floor && self.before_verb(&t[k - 1]) {
            k -= 1;
            denied |= matches!(t[k].norm.as_str(), "not" | "never" | "had't" | "has't") || negated(&t[k].norm);
        }
        // "pushes Dems to reject …": the infinitive's subject is someone else's object; "all
        // we can to support …": a purpose, not a side.
        let modal_to = (k + 1..verb).any(|a| t[a].is("to") && matches!(t[a - 1].norm.as_str(), "can" | "could" | "will" | "would" | "should" | "must" | "may" | "might"));
        if k < verb && (t[k].is("to") || modal_to) {
            return None;
        }
        // "was rejected by voters": the subject is what the side is taken on.
        if !copular && t[k..verb].iter().any(|a| matches!(a.norm.as_str(), "was" | "were" | "is" | "are" | "been" | "be" | "being")) {
            return None;
        }
        // "did not support" takes the other side; "did not oppose" takes none.
        let stance = match (stance, denied) {
            (s, false) => s,
            (Stance::For, true) => Stance::Against,
            _ => return None,
        };
        // Quoted, the side is the speaker's when they take it as "I" or "we".
        let (id, mention) = if let Some(id) = speaker {
            // "I am against": "am" is no auxiliary, since only "I" takes it.
            let am = copular && k > 1 && t[k - 1].is("am");
            let s = k.checked_sub(1 + usize::from(am))?;
            let subject = &t[s];
            if !(subject.is("i") || subject.is("we")) || s < floor {
                return None;
            }
            (id, subject.span)
        } else {
            let (s, e) = self.np_backward(k.checked_sub(1)?, floor)?;
            // Not the object of a preposition ("Critics of Trump have slammed …").
            if e + 1 != k || s.checked_sub(1).is_some_and(|p| self.lex.prepositions.contains(t[p].norm.as_str())) {
                return None;
            }
            let (who, mention) = self.resolve(s, e);
            let Some(Who::Entity(id)) = who else { return None };
            (id, mention)
        };
        // A person, not a place the rules took for one ("The United States called for …").
        let entity = &self.entities.list[id];
        let lower = entity.name.lowercase();
        let place = lower.split_whitespace().next().is_some_and(|w| PLACE_WORDS.contains(&w) || self.lex.places.contains(w));
        // Nor a body ("The Islamic State has called for …").
        let body = lower.split_whitespace().last().is_some_and(|w| super::is_institution(w) || w == "state");
        if !entity.person || place || body {
            return None;
        }
        let (topic_start, topic_end) = self.topic(verb_end + 1, t[verb].quote)?;
        let mut topic = self.text.get(t[topic_start].span.start..t[topic_end].span.end)?.to_string();
        // "endorsed Mr. Trump", "backed Trump": a person as the topic goes by their full name,
        // so the grid gathers every side taken on them in one column.
        if t[topic_start..=topic_end].iter().all(|x| x.capital || !x.is_word) {
            if let (Some(Who::Entity(named)), _) = self.resolve(topic_start, topic_end) {
                if self.entities.list[named].person {
                    topic = self.entities.list[named].name.clone();
                }
            }
        }
        // "he would endorse Trump" read as Trump endorsing Trump: a pronoun resolved wrongly.
        let surname = self.entities.list[id].name.rsplit(' ').next().unwrap_or_default().lowercase();
        if !surname.is_empty() && t[topic_start..=topic_end].iter().any(|x| x.norm == surname) {
            return None;
        }
        Some(Found { span: Span::new(mention.start, t[topic_end].span.end), holder: Who::Entity(id), topic, stance })
    }

    /// The words a side is taken on, from token `start`: up to the clause's end, a comma or
    /// a word that turns to something else, at most ten words. Inclusive token indexes.
    /// Inside quotation `within`, the topic stays inside it.
    fn topic(&self, start: usize, within: Option<usize>) -> Option<(usize, usize)> {
        let t = self.tokens;
        let first = t.get(start)?;
        if within.is_some() && first.quote != within {
            return None;
        }
        // "criticized him", "defended himself", "denounced what he called", "has not endorsed
        // anyone": no topic to show.
        // Nor "championed during the primaries", "supported in 2007": no object at all.
        let leads_on = |x: &super::Token| self.lex.prepositions.contains(x.norm.as_str()) || self.lex.determiners.contains(x.norm.as_str()) || x.is("to") || !x.is_word;
        let no_object = TOPIC_STOPS.contains(&first.norm.as_str()) || self.lex.prepositions.contains(first.norm.as_str());
        // Nor "denounced Thursday": when, not what.
        if !first.is_word || NO_TOPIC.contains(&first.norm.as_str()) || no_object || super::is_day_time(&first.norm) {
            return None;
        }
        let mark = |x: &super::Token| !x.is_word && x.norm.starts_with(['“', '”', '"', '‘', '’', '\'']);
        let mut end = start;
        let mut words = 0;
        for (j, x) in t.iter().enumerate().skip(start) {
            let w = x.norm.as_str();
            // "pushed for nearly a decade": how long, not what for.
            // "resisted the rules of gravity for months": nor for how long.
            let time = matches!(w.trim_end_matches('s'), "decade" | "year" | "month" | "week" | "day" | "hour");
            if time && words < 3 {
                return None;
            }
            // "criticized Manafort for accusing …", "a policy focused on …", "the committee
            // making any changes": the topic ends where the reason or a participle with its
            // own object begins ("human trafficking", "newly elected mayor" go on).
            let then_object = t.get(j + 1).is_some_and(|n| n.is("to") || self.lex.prepositions.contains(n.norm.as_str()) || self.lex.determiners.contains(n.norm.as_str()) || NO_TOPIC.contains(&n.norm.as_str()));
            let participle = j > start + 1 && w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")) && then_object;
            // So does "for" after a name ("criticized Nabisco for the move", "endorsed Trump
            // for president"), unless a name goes on ("Medicare for All", "Medicare for all").
            let reason = w == "for" && t.get(j + 1).is_some_and(|n| n.norm.ends_with("ing") || j > start && t[j - 1].capital && !n.capital && n.norm != "all");
            // "rejected the notion that he was part …", "criticized her record, said she …":
            // a clause of its own.
            // ("Trump's remarks on immigration": a speech word after a possessive or an article
            // is a noun, and goes on.)
            let noun = t[j - 1].possessive || self.lex.determiners.contains(t[j - 1].norm.as_str());
            let clause = j > start && (w == "that" || (self.lex.cues.contains(w) && !noun && !x.capital));
            // "… the idea on Thursday", "… the ban in December", "… the invasion in 2003":
            // when, not what.
            let when = j > start
                && self.lex.prepositions.contains(w)
                && t.get(j + 1).is_some_and(|n| super::is_day_time(&n.norm) || MONTHS.contains(&n.norm.as_str()) || (n.norm.len() == 4 && n.norm.bytes().all(|b| b.is_ascii_digit())));
            // "defends school budget in radio interview", "Ted Cruz at a rally in Iowa": where
            // the side was taken, not what on.
            let venue = j > start && matches!(w, "in" | "at" | "during") && t[j + 1..].iter().take(4).take_while(|n| n.is_word).any(|n| matches!(n.norm.as_str(), "interview" | "speech" | "statement" | "rally" | "debate" | "hearing" | "conference" | "tweet" | "letter" | "video" | "podcast" | "address" | "appearance" | "parliament" | "senate" | "congress"));
            if within.is_some() && x.quote != within {
                break;
            }
            if mark(x) && x.block == first.block {
                continue;
            }
            if x.block != first.block || !x.is_word || words == MAX_TOPIC_WORDS || participle || reason || clause || when || venue || time || (j > start && TOPIC_STOPS.contains(&w)) {
                break;
            }
            end = j;
            words += 1;
        }
        // A quotation cut off by the limit ends the topic before its mark (when the topic is
        // not itself inside one).
        if let Some(q) = t[end].quote.filter(|&q| within.is_none() && t.get(end + 1).is_some_and(|n| n.quote == Some(q))) {
            end = (start..=end).find(|&j| t[j].quote == Some(q)).map_or(start, |j| j.saturating_sub(1).max(start));
        }
        // Not ending on a word that leads on ("for", "of", "the"), nor on "to" and its verb,
        // nor on an adverb ("would not back Trump now", "opposed a bill early").
        let adverb = |x: &super::Token| {
            let w = x.norm.as_str();
            // ("… Cruz Wednesday": a day, capitalised as days are.)
            super::is_day_time(w) || !x.capital && (matches!(w, "now" | "again" | "too" | "also" | "then" | "still" | "anyway" | "instead") || (w.len() > 4 && w.ends_with("ly")))
        };
        while end > start && (leads_on(&t[end]) || adverb(&t[end])) {
            end -= 1;
        }
        if end > start + 1 && t[end - 1].is("to") {
            end -= 2;
        }
        while end > start && leads_on(&t[end]) {
            end -= 1;
        }
        // Nor on a possessive whose noun was cut off ("denounced Trump’s “…”").
        let dangling = t[end].possessive;
        let cut_quote = within.is_none() && t[end].quote.is_some_and(|q| t.get(end + 1).is_some_and(|n| n.quote == Some(q)));
        (!leads_on(&t[end]) && !dangling && !cut_quote).then_some((start, end))
    }
}
