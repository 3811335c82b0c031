//! brat standoff: `article.txt`, `article.ann` and `annotation.conf`, zipped.
//!
//! Offsets are code points (brat counts characters). A span over a line break is written as
//! fragments, one per line, as brat requires. Per annotation: a `T` line of type Quote, Claim,
//! Speaker or Position; `A` lines for Stance, Status and Origin; `#` AnnotatorNotes for the
//! note and Topic for the topic; an `N` line naming its speaker entity; speaker mentions and
//! cues as `Mention` and `Cue` spans joined by `SaidBy` and `CueOf` relations; links as
//! `Evidence` (from a position) or `Link` relations. Speaker aliases, block kinds and the
//! article's metadata have no place in brat and are not written.

use std::collections::HashMap;

use crate::core::article::Article;
use crate::core::case::Lowercase;
use crate::core::export::json::ImportError;
use crate::core::export::{zip, Context, Imported};
use crate::core::model::{Annotation, Document, Kind, Origin, Speaker, Stance, Status, Verdict};
use crate::core::text::{normalize, OffsetMap, Span};

pub const CONF: &str = "\
[entities]
Quote
Claim
Speaker
Position
Mention
Cue

[relations]
SaidBy\tArg1:Quote|Claim|Position|Speaker, Arg2:Mention|Speaker
CueOf\tArg1:Quote, Arg2:Cue
Evidence\tArg1:Position, Arg2:Quote|Claim|Speaker|Position
Link\tArg1:Quote|Claim|Speaker|Position, Arg2:Quote|Claim|Speaker|Position

[events]

[attributes]
Stance\tArg:Position, Value:for|against|neutral|mixed
Status\tArg:Quote|Claim|Speaker|Position, Value:suggested|accepted|rejected
Origin\tArg:Quote|Claim|Speaker|Position, Value:suggested|user
Verdict\tArg:Claim|Quote, Value:true|mostly-true|mixed|mostly-false|false|unproven
";

/// The three files: (.txt, .ann, annotation.conf).
pub fn export_files(cx: &Context) -> (String, String, String) {
    let doc = cx.doc;
    let text = doc.text();
    let mut ann = String::new();
    let mut t_of: HashMap<&str, String> = HashMap::new();
    let mut next_t = doc.annotations.len() + 1;
    let (mut a_n, mut r_n, mut n_n, mut c_n) = (1, 1, 1, 1);
    let list: Vec<&Annotation> = cx.annotations().collect();
    // Annotation ids "a7" keep their number as "T7"; others are numbered after them.
    let mut used: std::collections::HashSet<usize> = std::collections::HashSet::new();
    for a in &list {
        let n = match a.id.strip_prefix('a').and_then(|n| n.parse::<usize>().ok()) {
            Some(n) if !used.contains(&n) => n,
            _ => {
                next_t += 1;
                while used.contains(&next_t) {
                    next_t += 1;
                }
                next_t
            }
        };
        used.insert(n);
        t_of.insert(a.id.as_str(), format!("T{n}"));
    }
    let write_t = |ann: &mut String, t: &str, kind: &str, span: Span| {
        ann.push_str(&format!("{t}\t{kind} {}\t{}\n", fragments(cx, text, span), text[span.start..span.end].replace('\n', " ")));
    };
    for a in &list {
        let t = t_of[a.id.as_str()].clone();
        write_t(&mut ann, &t, a.kind.label(), a.span);
        if let Some(st) = a.stance {
            ann.push_str(&format!("A{a_n}\tStance {t} {}\n", st.as_str()));
            a_n += 1;
        }
        if let Some(v) = a.verdict {
            ann.push_str(&format!("A{a_n}\tVerdict {t} {}\n", v.as_str()));
            a_n += 1;
        }
        let status = match a.status { Status::Suggested => "suggested", Status::Accepted => "accepted", Status::Rejected => "rejected" };
        ann.push_str(&format!("A{a_n}\tStatus {t} {status}\nA{}\tOrigin {t} {}\n", a_n + 1, if a.origin == Origin::Suggested { "suggested" } else { "user" }));
        a_n += 2;
        if a.id != format!("a{}", &t[1..]) {
            ann.push_str(&format!("#{c_n}\tClaimlensId {t}\t{}\n", a.id));
            c_n += 1;
        }
        if let Some(n) = &a.note {
            ann.push_str(&format!("#{c_n}\tAnnotatorNotes {t}\t{}\n", one_line(n)));
            c_n += 1;
        }
        if let Some(topic) = &a.topic {
            ann.push_str(&format!("#{c_n}\tTopic {t}\t{}\n", one_line(topic)));
            c_n += 1;
        }
        if let Some(sp) = a.speaker.as_deref().and_then(|s| doc.speaker(s)) {
            ann.push_str(&format!("N{n_n}\tReference {t} Claimlens:{}\t{}\n", sp.id, one_line(&sp.name)));
            n_n += 1;
        }
        for (span, kind, rel) in [(a.speaker_mention, "Mention", "SaidBy"), (a.cue, "Cue", "CueOf")] {
            if let Some(span) = span.filter(|s| !s.is_empty()) {
                // A fresh number: annotation ids ("a6" → "T6") may lie above the counter.
                next_t += 1;
                while used.contains(&next_t) {
                    next_t += 1;
                }
                used.insert(next_t);
                let m = format!("T{next_t}");
                write_t(&mut ann, &m, kind, span);
                ann.push_str(&format!("R{r_n}\t{rel} Arg1:{t} Arg2:{m}\t\n"));
                r_n += 1;
            }
        }
        for l in &a.links {
            if let Some(target) = t_of.get(l.as_str()) {
                let rel = if a.kind == Kind::Position { "Evidence" } else { "Link" };
                ann.push_str(&format!("R{r_n}\t{rel} Arg1:{t} Arg2:{target}\t\n"));
                r_n += 1;
            }
        }
    }
    (text.to_string(), ann, CONF.to_string())
}

/// The zip a person downloads: article.txt, article.ann, annotation.conf.
pub fn export_zip(cx: &Context) -> Vec<u8> {
    let (txt, ann, conf) = export_files(cx);
    zip::write(&[("article.txt", txt.as_bytes()), ("article.ann", ann.as_bytes()), ("annotation.conf", conf.as_bytes())])
}

/// Reads a brat zip (the first `.txt`/`.ann` pair in it). Native builds only: the browser
/// inflates the zip's entries itself and calls `import_files`.
#[cfg(not(target_arch = "wasm32"))]
pub fn import_zip(data: &[u8], text: Option<&str>) -> Result<Imported, ImportError> {
    import_files(&zip::read(data).map_err(ImportError::Zip)?, text)
}

/// Reads a brat zip's files, `(name, contents)`: the first `.ann` and the `.txt` of the
/// same name (else any `.txt`), or `text` when given.
pub fn import_files(files: &[(String, Vec<u8>)], text: Option<&str>) -> Result<Imported, ImportError> {
    let ann = files.iter().find(|(n, _)| n.ends_with(".ann")).ok_or_else(|| ImportError::WrongFormat("a brat zip (it has no .ann file)".into()))?;
    let stem = ann.0.trim_end_matches(".ann");
    let txt = files.iter().find(|(n, _)| n == &format!("{stem}.txt")).or_else(|| files.iter().find(|(n, _)| n.ends_with(".txt")));
    let zipped_text = txt.map(|(_, d)| String::from_utf8_lossy(d).into_owned());
    let text = text.map(str::to_string).or(zipped_text).ok_or(ImportError::MissingText)?;
    import_ann(&String::from_utf8_lossy(&ann.1), &text)
}

/// Reads an `.ann` file against its article text. Lines Claimlens does not use (other
/// tools' entity types, events) are listed in `orphans`, not silently dropped.
pub fn import_ann(ann: &str, text: &str) -> Result<Imported, ImportError> {
    let text = normalize(text);
    let map = OffsetMap::new(&text);
    let mut out = Imported::default();
    struct T {
        kind: String,
        span: Span,
    }
    let mut ts: HashMap<String, T> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut attrs: Vec<(String, String, String)> = Vec::new();
    let mut rels: Vec<(String, String, String)> = Vec::new();
    let mut notes: Vec<(String, String, String)> = Vec::new();
    let mut refs: Vec<(String, String, String)> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.splitn(3, '\t');
        let (id, spec, rest) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""), cols.next().unwrap_or(""));
        let bad = || ImportError::WrongFormat(format!("a brat .ann file (line {} is malformed)", n + 1));
        match id.chars().next() {
            Some('T') => {
                let (kind, ranges) = spec.split_once(' ').ok_or_else(bad)?;
                let mut lo = usize::MAX;
                let mut hi = 0;
                for r in ranges.split(';') {
                    let (s, e) = r.trim().split_once(' ').ok_or_else(bad)?;
                    let (s, e): (usize, usize) = (s.parse().map_err(|_| bad())?, e.parse().map_err(|_| bad())?);
                    lo = lo.min(s);
                    hi = hi.max(e);
                }
                match map.cp_to_span(lo, hi) {
                    Ok(span) if lo <= hi => {
                        ts.insert(id.to_string(), T { kind: kind.to_string(), span });
                        order.push(id.to_string());
                    }
                    _ => out.orphans.push(format!("{id}: offsets {lo}–{hi} are outside the text")),
                }
            }
            Some('A') | Some('M') => {
                let mut p = spec.split(' ');
                let (name, target, value) = (p.next().unwrap_or(""), p.next().unwrap_or(""), p.next().unwrap_or("true"));
                attrs.push((name.into(), target.into(), value.into()));
            }
            Some('R') => {
                let mut p = spec.split(' ');
                let name = p.next().unwrap_or("");
                let arg = |p: Option<&str>| p.and_then(|a| a.split_once(':')).map(|(_, v)| v.to_string()).unwrap_or_default();
                let (a1, a2) = (arg(p.next()), arg(p.next()));
                rels.push((name.into(), a1, a2));
            }
            Some('#') => {
                let (kind, target) = spec.split_once(' ').unwrap_or((spec, ""));
                notes.push((kind.into(), target.into(), rest.into()));
            }
            Some('N') => {
                let mut p = spec.split(' ');
                let (_, target, reference) = (p.next(), p.next().unwrap_or(""), p.next().unwrap_or(""));
                refs.push((target.into(), reference.into(), rest.into()));
            }
            _ => out.orphans.push(format!("line {}: {} lines are not used by Claimlens", n + 1, spec.split(' ').next().unwrap_or(id))),
        }
    }
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut anns: Vec<Annotation> = Vec::new();
    let mut id_of: HashMap<String, String> = HashMap::new();
    for t in &order {
        let kind = match ts[t].kind.lowercase().as_str() {
            "mention" | "cue" => continue,
            other => Kind::parse(other),
        };
        let Some(kind) = kind else {
            out.orphans.push(format!("{t}: entity type {} is not a Claimlens kind", ts[t].kind));
            continue;
        };
        let id = notes
            .iter()
            .find(|(k, target, _)| k == "ClaimlensId" && target == t)
            .map(|(_, _, v)| v.clone())
            .unwrap_or_else(|| format!("a{}", &t[1..]));
        id_of.insert(t.clone(), id.clone());
        anns.push(Annotation { id, kind, span: ts[t].span, ..Annotation::user(String::new(), kind, ts[t].span) });
        let a = anns.last_mut().expect("just pushed");
        a.origin = Origin::User;
        a.status = Status::Accepted;
    }
    let find = |anns: &mut Vec<Annotation>, id_of: &HashMap<String, String>, t: &str| -> Option<usize> {
        let id = id_of.get(t)?;
        anns.iter().position(|a| &a.id == id)
    };
    for (name, target, value) in &attrs {
        let Some(i) = find(&mut anns, &id_of, target) else { continue };
        match name.as_str() {
            "Stance" => anns[i].stance = Stance::parse(value),
            "Verdict" => anns[i].verdict = Verdict::parse(value),
            "Status" => anns[i].status = match value.as_str() { "suggested" => Status::Suggested, "rejected" => Status::Rejected, _ => Status::Accepted },
            "Origin" => anns[i].origin = if value == "suggested" { Origin::Suggested } else { Origin::User },
            _ => {}
        }
    }
    for (kind, target, value) in &notes {
        let Some(i) = find(&mut anns, &id_of, target) else { continue };
        match kind.as_str() {
            "AnnotatorNotes" => anns[i].note = Some(value.clone()),
            "Topic" => anns[i].topic = Some(value.clone()),
            _ => {}
        }
    }
    for (target, reference, name) in &refs {
        let Some(i) = find(&mut anns, &id_of, target) else { continue };
        let sid = reference.strip_prefix("Claimlens:").map(str::to_string);
        let sid = match sid.filter(|s| !s.is_empty()) {
            Some(sid) => {
                if !speakers.iter().any(|s| s.id == sid) {
                    speakers.push(Speaker { id: sid.clone(), name: name.clone(), aliases: Vec::new(), description: None });
                }
                sid
            }
            None => {
                let existing = speakers.iter().find(|s| s.answers_to(name)).map(|s| s.id.clone());
                existing.unwrap_or_else(|| {
                    let sid = format!("s{}", speakers.len() + 1);
                    speakers.push(Speaker { id: sid.clone(), name: name.clone(), aliases: Vec::new(), description: None });
                    sid
                })
            }
        };
        anns[i].speaker = Some(sid);
    }
    for (name, a1, a2) in &rels {
        let Some(i) = find(&mut anns, &id_of, a1) else { continue };
        match name.as_str() {
            "SaidBy" => anns[i].speaker_mention = ts.get(a2).map(|t| t.span),
            "CueOf" => anns[i].cue = ts.get(a2).map(|t| t.span),
            _ => {
                if let Some(b) = id_of.get(a2) {
                    anns[i].links.push(b.clone());
                }
            }
        }
    }
    out.doc = Document::from_parts(Article::parse(&text), speakers, anns);
    Ok(out)
}


/// "12 20;22 30": the span's pieces on each line, in code points, skipping line breaks.
fn fragments(cx: &Context, text: &str, span: Span) -> String {
    let mut parts = Vec::new();
    let mut start = span.start;
    for (i, c) in text[span.start..span.end].char_indices() {
        if c == '\n' {
            let at = span.start + i;
            if at > start {
                parts.push(Span::new(start, at));
            }
            start = at + 1;
        }
    }
    if span.end > start {
        parts.push(Span::new(start, span.end));
    }
    if parts.is_empty() {
        parts.push(span);
    }
    parts.iter().map(|p| { let (s, e) = cx.cp(*p); format!("{s} {e}") }).collect::<Vec<_>>().join(";")
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\t'], " ")
}
