//! Bylines: who wrote the article, and where they filed from.
//!
//! "Author: Dan Sabbagh in Brussels", "By Jane Doe and John Roe", "By JANE DOE, Associated
//! Press", "Jane Doe, Political Correspondent", and the wire datelines "BRUSSELS (AP) —" and
//! "LONDON, Feb 13 (Reuters) -". Authors are never speakers.

use crate::core::case::{self, Lowercase};

/// What a byline line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Byline {
    pub authors: Vec<String>,
    pub dateline: Option<String>,
}

/// Reads `line` as a byline, if it is one.
pub fn parse_byline(line: &str) -> Option<Byline> {
    let l = line.trim();
    if l.is_empty() || l.len() > 160 || l.ends_with(['.', '?', '!', '”', '"']) && !l.ends_with("Jr.") {
        return None;
    }
    let lower = l.lowercase();
    // French, German, Spanish and Portuguese bylines too ("Par Claire Dupont", "Von Anna
    // Becker", "Por Lucía Fernández"), but not "Von der Leyen warnt": a name follows the word,
    // not a particle.
    let rest = ["author:", "authors:", "written by", "words by", "by:", "by ", "par ", "von ", "por "]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| (*p, l[p.len()..].trim())))
        .filter(|(p, names)| !matches!(*p, "par " | "von " | "por ") || names.starts_with(char::is_uppercase))
        .map(|(_, names)| names);
    // BBC pages copy "Reporting from" and the place with no space between ("Reporting fromParis").
    if let Some(place) = lower.starts_with("reporting from").then(|| l["reporting from".len()..].trim()) {
        return is_name_like(place).then(|| Byline { authors: Vec::new(), dateline: Some(place.to_string()) });
    }
    match rest {
        Some(names) => {
            let b = names_and_place(names);
            (!b.authors.is_empty()).then_some(b)
        }
        None => role_byline(l).or_else(|| name_in_place(l)),
    }
}

/// A line that is only a person's name ("Jane Doe"), as BBC pages put it above the role.
pub fn bare_name(line: &str) -> Option<String> {
    let l = line.trim();
    let words = l.split_whitespace().count();
    ((2..=4).contains(&words) && is_name_like(l) && l.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.'))
        .then(|| l.to_string())
}

/// A role line under a bare name: "Political reporter", "BBC News, Washington".
pub fn is_role_line(line: &str) -> bool {
    let lower = line.trim().lowercase();
    lower.len() < 60 && ROLE_WORDS.iter().any(|w| lower.contains(w))
}

const ROLE_WORDS: &[&str] = &["correspondent", "editor", "reporter", "writer", "columnist", "analyst", "producer", "journalist", "contributor", "bbc news"];

/// "Jane Doe in Madrid" (the Guardian's byline without "By"); "Henry Foy in Brussels and
/// Laura Pitel in Berlin" (the FT's), whose first place is the dateline.
fn name_in_place(l: &str) -> Option<Byline> {
    if l.contains(['.', ',', ':', '“', '"']) {
        return None;
    }
    let mut b = Byline::default();
    for part in l.split(" and ") {
        let (name, place) = part.rsplit_once(" in ")?;
        let words = name.split_whitespace().count();
        if !((2..=4).contains(&words) && is_name_like(name) && is_name_like(place)) {
            return None;
        }
        b.authors.push(name.trim().to_string());
        b.dateline.get_or_insert_with(|| place.trim().to_string());
    }
    Some(b)
}

/// "BRUSSELS (AP) —" / "LONDON, Feb 13 (Reuters) -" / "MADRID, 13 feb (EFE).-" / "BUENOS
/// AIRES.-" at the start of a paragraph: the place and the byte length of the dateline
/// including its dash.
pub fn wire_dateline(paragraph: &str) -> Option<(String, usize)> {
    let head: String = paragraph.chars().take(80).collect();
    let agency = ["(AP)", "(Reuters)", "(AFP)", "(CNN)", "(Bloomberg)", "(UPI)", "(dpa)", "(PA)", "(EFE)", "(Europa Press)"];
    let bracketed = agency.iter().filter_map(|a| head.find(a).map(|i| (i, *a))).min_by_key(|(i, _)| *i);
    // CNN's pages put the place in ordinary case before the name, with no brackets: "Paris
    // CNN —"; Spanish-language papers, the place alone before ".-".
    let (at, tag) = bracketed.or_else(|| head.find(" CNN").map(|i| (i + 1, "CNN"))).or_else(|| head.find(".-").map(|i| (i, "")))?;
    let place_part = head[..at].trim().trim_end_matches(',');
    let place = place_part.split(',').next()?.trim();
    let shouted = place.chars().all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'');
    let named = tag == "CNN" && place.split_whitespace().count() <= 4 && is_name_like(place);
    // Not "U.S.-China talks": the place before a bare ".-" is a word or two of capitals.
    let bare = tag.is_empty() && place.len() > 3 && place.chars().all(|c| c.is_uppercase() || c == ' ');
    if place.is_empty() || !(shouted && (bare || !tag.is_empty()) || named) {
        return None;
    }
    let after = &head[at + tag.len()..];
    let dash = after.trim_start_matches(|c: char| c.is_whitespace() || c == '.');
    let dash_len = dash.chars().next().filter(|c| matches!(c, '—' | '–' | '-')).map(|c| c.len_utf8())?;
    let consumed = at + tag.len() + (after.len() - dash.len()) + dash_len;
    // Unbracketed, the story starts a sentence after the dash, or the line ends there: "Why
    // CNN — and others — got it wrong" is no dateline.
    let opens = head[consumed..].trim_start().chars().next().is_none_or(|c| !c.is_lowercase());
    (tag != "CNN" || opens).then(|| (title_case(place), consumed))
}

fn names_and_place(s: &str) -> Byline {
    // The date after the names: "Jane Doe - 02/17/25 6:42 PM ET" (The Hill).
    let s = s.split_once(" - ").filter(|(_, d)| d.starts_with(|c: char| c.is_ascii_digit())).map_or(s, |(names, _)| names);
    let s = s.trim().trim_end_matches(['.', ',']);
    let mut dateline = None;
    let mut authors = Vec::new();
    // "and" in English, French, German, Spanish and Portuguese separates names as a comma does.
    let s = [" and ", " et ", " und ", " y ", " e "].iter().fold(s.to_string(), |s, and| s.replace(and, ","));
    for part in s.split([',', ';', '&']) {
        let mut p = part.trim();
        // "Dan Sabbagh in Brussels"; each writer in their own place, "Henry Foy in Brussels and
        // Laura Pitel in Berlin" (the FT), the first place the dateline.
        if let Some((name, place)) = p.rsplit_once(" in ").filter(|(_, place)| is_name_like(place)) {
            dateline.get_or_insert_with(|| place.trim().to_string());
            p = name.trim();
        }
        // The outlet after the name, with no comma: "By Jane Doe Fox News".
        let lower = p.lowercase();
        if let Some(outlet) = OUTLETS.iter().find(|o| lower.len() > o.len() && lower.ends_with(*o) && lower.as_bytes()[lower.len() - o.len() - 1] == b' ') {
            p = p[..p.len() - outlet.len()].trim_end();
        }
        if p.is_empty() || is_affiliation(p) {
            continue;
        }
        if is_name_like(p) {
            authors.push(if is_shouting(p) { title_case(p) } else { p.to_string() });
        } else {
            break;
        }
    }
    Byline { authors, dateline }
}

/// "Jane Doe, Political Correspondent" / "Jane Doe | Reuters".
fn role_byline(l: &str) -> Option<Byline> {
    let (name, role) = l.split_once([',', '|'])?;
    let (name, role) = (name.trim(), role.trim());
    let role_lower = role.lowercase();
    let role_words = ROLE_WORDS;
    let words = name.split_whitespace().count();
    (is_name_like(name) && (2..=4).contains(&words) && (role_words.iter().any(|w| role_lower.contains(w)) || is_affiliation(role)))
        .then(|| Byline { authors: vec![if is_shouting(name) { title_case(name) } else { name.to_string() }], dateline: None })
}

/// News outlets whose name a byline may put right after the writer's.
const OUTLETS: &[&str] = &["fox news", "cnn", "reuters", "bloomberg", "npr", "politico", "bbc news", "associated press"];

fn is_affiliation(s: &str) -> bool {
    let l = s.lowercase();
    ["associated press", "reuters", "afp", "bloomberg", "the guardian", "bbc news", "cnn", "staff", "the new york times", "correspondent", "editor", "reporter"]
        .iter()
        .any(|a| l == *a || l.ends_with(a))
}

/// Capitalised words (with particles like "de", "van") and nothing else.
fn is_name_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && words.iter().enumerate().all(|(k, w)| {
            let first = w.chars().next().unwrap_or(' ');
            // A number after a name is part of it ("FRANCE 24").
            first.is_uppercase() || (k > 0 && first.is_ascii_digit()) || ["de", "van", "von", "der", "da", "di", "la", "le", "bin", "al"].contains(&w.lowercase().as_str())
        })
        && words.iter().any(|w| w.chars().any(|c| c.is_lowercase()) || is_shouting(w))
}

/// Written all in capitals ("DAN SABBAGH", "WALLACE").
pub fn is_shouting(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic()) && s.chars().all(|c| !c.is_lowercase())
}

/// "DAN SABBAGH" → "Dan Sabbagh", "O'BRIEN" → "O'Brien".
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut out = String::new();
            let mut start = true;
            for c in w.chars() {
                if start {
                    out.push(case::upper(c));
                } else {
                    out.push(case::lower(c));
                }
                start = c == '-' || c == '\'' || c == '’';
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(authors: &[&str], dateline: Option<&str>) -> Option<Byline> {
        Some(Byline { authors: authors.iter().map(|s| s.to_string()).collect(), dateline: dateline.map(String::from) })
    }

    #[test]
    fn reads_bylines() {
        assert_eq!(parse_byline("Author: Dan Sabbagh in Brussels"), b(&["Dan Sabbagh"], Some("Brussels")));
        assert_eq!(parse_byline("By Jane Doe and John Roe"), b(&["Jane Doe", "John Roe"], None));
        assert_eq!(parse_byline("By JANE DOE, Associated Press"), b(&["Jane Doe"], None));
        assert_eq!(parse_byline("Jane Doe, Political Correspondent"), b(&["Jane Doe"], None));
        assert_eq!(parse_byline("Jane Doe | Reuters"), b(&["Jane Doe"], None));
        assert_eq!(parse_byline("By Jane Doe, John Roe and Ana de la Cruz"), b(&["Jane Doe", "John Roe", "Ana de la Cruz"], None));
        assert_eq!(parse_byline("Jane Doe in Madrid"), b(&["Jane Doe"], Some("Madrid")));
        assert_eq!(parse_byline("Reporting from Washington"), b(&[], Some("Washington")));
        assert_eq!(parse_byline("Reporting fromParis"), b(&[], Some("Paris")));
        assert_eq!(parse_byline("Henry Foy in Brussels and Laura Pitel in Berlin"), b(&["Henry Foy", "Laura Pitel"], Some("Brussels")));
        assert_eq!(parse_byline("By Jane Doe Fox News"), b(&["Jane Doe"], None));
        assert_eq!(parse_byline("By: FRANCE 24"), b(&["France 24"], None));
        assert_eq!(parse_byline("by Jane Doe - 02/17/25 6:42 PM ET"), b(&["Jane Doe"], None));
        assert_eq!(parse_byline("Trump in Brussels: what he said"), None);
        assert_eq!(parse_byline("By the way, this is a sentence."), None);
        assert_eq!(parse_byline("The minister, speaking on Tuesday"), None);
        assert_eq!(parse_byline("Those present said the talks had failed."), None);
        assert_eq!(parse_byline("Par Claire Dupont et Jean Martin"), b(&["Claire Dupont", "Jean Martin"], None));
        assert_eq!(parse_byline("Von Anna Becker und Jonas Weber"), b(&["Anna Becker", "Jonas Weber"], None));
        assert_eq!(parse_byline("Von der Leyen warnt vor Zöllen"), None);
        assert_eq!(parse_byline("par ailleurs, rien"), None);
        assert_eq!(parse_byline("Por Lucía Fernández y Javier Gómez"), b(&["Lucía Fernández", "Javier Gómez"], None));
        assert_eq!(parse_byline("por la tarde, nada"), None);
    }

    #[test]
    fn reads_wire_datelines() {
        let p = "BRUSSELS (AP) — Nato ministers met on Thursday.";
        let (place, len) = wire_dateline(p).expect("AP dateline");
        assert_eq!(place, "Brussels");
        assert_eq!(&p[len..], " Nato ministers met on Thursday.");
        let (place, _) = wire_dateline("LONDON, Feb 13 (Reuters) - Britain said on Thursday").expect("Reuters");
        assert_eq!(place, "London");
        let (place, _) = wire_dateline("WEST PALM BEACH, Fla. (AP) — Donald Trump").expect("two words");
        assert_eq!(place, "West Palm Beach");
        assert_eq!(wire_dateline("The AP (AP) reported"), None);
        let (place, len) = wire_dateline("Hong Kong CNN —").expect("CNN's own");
        assert_eq!((place.as_str(), len), ("Hong Kong", "Hong Kong CNN —".len()));
        assert_eq!(wire_dateline("Former CNN anchor Jane Doe said — on Monday"), None);
        assert_eq!(wire_dateline("The network told CNN — and others"), None);
        assert_eq!(wire_dateline("Why CNN — and others — got it wrong"), None);
        assert!(wire_dateline("Paris CNN — European leaders met on Monday.").is_some());
        // Spanish-language wires and papers.
        let (place, len) = wire_dateline("MADRID, 13 feb (EFE).- El Gobierno aprobó").expect("EFE");
        assert_eq!((place.as_str(), &"MADRID, 13 feb (EFE).- El Gobierno aprobó"[len..]), ("Madrid", " El Gobierno aprobó"));
        let (place, len) = wire_dateline("BUENOS AIRES.- El presidente argentino").expect("place alone");
        assert_eq!((place.as_str(), len), ("Buenos Aires", "BUENOS AIRES.-".len()));
        assert_eq!(wire_dateline("U.S.-China talks resumed on Monday."), None);
        assert_eq!(wire_dateline("In the U.S.-led coalition, Nato said"), None);
    }
}
