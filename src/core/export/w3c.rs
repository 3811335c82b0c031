//! W3C Web Annotation (JSON-LD): an `AnnotationCollection` with one annotation per span.
//!
//! Each annotation targets the article with a `TextQuoteSelector` (exact, prefix, suffix)
//! and a `TextPositionSelector` (code points). Its kind is a `tagging` body, its note a
//! `commenting` body, a stance a `classifying` body, a topic a `describing` body and its
//! speaker an `identifying` body. Links are `linking` annotations whose target is the two
//! annotations. What the model has beyond the vocabulary (status, origin, speaker mentions,
//! the document's text, blocks and speakers) travels in `claimlens:` properties, so export
//! then import loses nothing; other tools ignore them.

use crate::core::json::{self as jsonv, json, Object, Value};

use crate::core::anchor::{anchor, at_position, Placement, Selector};
use crate::core::article::Article;
use crate::core::export::json::{self, ImportError, WireDoc};
use crate::core::export::{Context, Imported};
use crate::core::model::{Annotation, Document, Kind, Origin, Speaker, Stance, Status, Verdict};
use crate::core::text::{OffsetMap, Span};

const CONTEXT_ANNO: &str = "http://www.w3.org/ns/anno.jsonld";
const PREFIX: &str = "urn:claimlens:annotation:";
/// Characters of context kept on each side in quote selectors.
const CONTEXT_CHARS: usize = 32;

pub fn export(cx: &Context) -> String {
    let doc = cx.doc;
    let source = source_of(doc);
    let mut items: Vec<Value> = Vec::new();
    for a in cx.annotations() {
        let (start, end) = cx.cp(a.span);
        let (prefix, suffix) = cx.context(a.span, CONTEXT_CHARS);
        let mut body = vec![json!({"type": "TextualBody", "purpose": "tagging", "value": a.kind.as_str()})];
        if let Some(n) = &a.note {
            body.push(json!({"type": "TextualBody", "purpose": "commenting", "value": n}));
        }
        if let Some(st) = a.stance {
            body.push(json!({"type": "TextualBody", "purpose": "classifying", "value": st.as_str()}));
        }
        if let Some(t) = &a.topic {
            body.push(json!({"type": "TextualBody", "purpose": "describing", "value": t}));
        }
        if let Some(v) = a.verdict {
            body.push(json!({"type": "TextualBody", "purpose": "assessing", "value": v.as_str()}));
        }
        if let Some(sp) = a.speaker.as_deref().and_then(|s| doc.speaker(s)) {
            body.push(json!({"type": "TextualBody", "purpose": "identifying", "value": sp.name.as_str(), "id": format!("urn:claimlens:speaker:{}", sp.id)}));
        }
        let mut item = json!({
            "id": format!("{PREFIX}{}", a.id),
            "type": "Annotation",
            "motivation": if a.note.is_some() { "commenting" } else { "tagging" },
            "body": body,
            "target": {
                "source": source.as_str(),
                "selector": [
                    {"type": "TextQuoteSelector", "exact": doc.quote_of(a), "prefix": prefix, "suffix": suffix},
                    {"type": "TextPositionSelector", "start": start, "end": end}
                ]
            },
            "claimlens:origin": if a.origin == Origin::Suggested { "suggested" } else { "user" },
            "claimlens:status": match a.status { Status::Suggested => "suggested", Status::Accepted => "accepted", Status::Rejected => "rejected" },
        });
        if let Some(obj) = item.as_object_mut() {
            if let Some(sp) = &a.speaker {
                obj.insert("claimlens:speaker", json!(sp));
            }
            if let Some(m) = a.speaker_mention {
                let (s, e) = cx.cp(m);
                obj.insert("claimlens:speakerMention", json!({"start": s, "end": e}));
            }
            if let Some(c) = a.cue {
                let (s, e) = cx.cp(c);
                obj.insert("claimlens:cue", json!({"start": s, "end": e}));
            }
            if let Some(score) = a.score {
                obj.insert("claimlens:score", Value::decimal(i64::from(score), 3));
            }
        }
        items.push(item);
        for l in &a.links {
            items.push(json!({
                "id": format!("urn:claimlens:link:{}:{}", a.id, l),
                "type": "Annotation",
                "motivation": "linking",
                "target": [format!("{PREFIX}{}", a.id), format!("{PREFIX}{l}")]
            }));
        }
    }
    let wire = json::to_wire(doc);
    let document = json!({
        "text": wire.text,
        "meta": wire.meta.into_value(),
        "blocks": wire.blocks.into_iter().map(json::WireBlock::into_value).collect::<Vec<_>>(),
        "speakers": wire.speakers.into_iter().map(json::WireSpeaker::into_value).collect::<Vec<_>>(),
    });
    let collection = json!({
        "@context": [CONTEXT_ANNO, {"claimlens": "urn:claimlens:vocab:"}],
        "id": format!("urn:claimlens:collection:{:08x}", crate::core::export::zip::crc32(doc.text().as_bytes())),
        "type": "AnnotationCollection",
        "label": doc.meta().title.clone().unwrap_or_else(|| "Claimlens annotations".into()),
        "total": items.len(),
        "claimlens:document": document,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}
    });
    jsonv::to_string_pretty(&collection)
}

/// Reads a W3C annotation collection (or page, or list, or single annotation). `text` is the
/// article to anchor on; without it the collection's own `claimlens:document` text is used.
/// Annotations whose quote cannot be found in the text are reported as orphans.
pub fn import(input: &str, text: Option<&str>) -> Result<Imported, ImportError> {
    let mut v = jsonv::parse(input).map_err(|e| ImportError::NotJson(e.to_string()))?;
    // Taken out rather than copied: its text can be long, and reading the items never needs it.
    let embedded: Option<WireDoc> = v.as_object_mut().and_then(|o| o.take("claimlens:document")).and_then(|d| {
        let Value::Object(mut o) = d else { return None };
        o.insert("offset_unit", json!("codepoint"));
        WireDoc::from_object(o).ok()
    });
    let items = items_of(&v).ok_or_else(|| ImportError::WrongFormat("a W3C Web Annotation file".into()))?;
    let text = match (text, &embedded) {
        (Some(t), _) => crate::core::text::normalize(t),
        (None, Some(d)) => d.text.clone(),
        (None, None) => return Err(ImportError::MissingText),
    };
    // The article: the embedded document's blocks and speakers when its text is this text.
    let (article, mut speakers) = match embedded.filter(|d| d.text == text) {
        Some(d) => {
            let doc = json::from_wire(d)?;
            (doc.article, doc.speakers)
        }
        None => (Article::parse(&text), Vec::new()),
    };
    let map = OffsetMap::new(&text);
    let mut out = Imported::default();
    let mut anns: Vec<Annotation> = Vec::new();
    let mut links: Vec<(String, String)> = Vec::new();
    // How far the previous annotation moved, in code points.
    let mut shift: isize = 0;
    for item in items {
        if item.get("motivation").and_then(Value::as_str) == Some("linking") {
            if let Some([a, b]) = item.get("target").and_then(Value::as_array).map(|t| t.as_slice()) {
                if let (Some(a), Some(b)) = (a.as_str(), b.as_str()) {
                    links.push((local_id(a), local_id(b)));
                }
            }
            continue;
        }
        let id = item.get("id").and_then(Value::as_str).map(local_id).unwrap_or_default();
        let bodies = bodies(item);
        let body = |purpose: &str| bodies.iter().find(|b| b.get("purpose").and_then(Value::as_str) == Some(purpose));
        let value = |purpose: &str| body(purpose).and_then(|b| b.get("value")).and_then(Value::as_str).map(str::to_string);
        let kind = value("tagging").as_deref().and_then(Kind::parse).unwrap_or(Kind::Claim);
        let Some(sel) = selector(item) else {
            out.orphans.push(format!("{id}: no text selector"));
            continue;
        };
        let shifted = sel
            .start
            .filter(|_| shift != 0)
            .and_then(|s| usize::try_from(s as isize + shift).ok())
            .and_then(|s| at_position(&text, &map, &sel.exact, s))
            .map(|span| (span, Placement::Exact));
        let Some((span, placement)) = shifted.or_else(|| anchor(&text, &map, &sel)) else {
            out.orphans.push(format!("{id}: “{}” is not in this text", short(&sel.exact)));
            continue;
        };
        if let (Some(old), Ok(new)) = (sel.start, map.byte_to_cp(span.start)) {
            shift = new as isize - old as isize;
        }
        if placement != Placement::Position {
            out.reanchored += 1;
        }
        let moved = placement != Placement::Position;
        let range = |key: &str| -> Option<Span> {
            let r = item.get(key)?;
            let (s, e) = (r.get("start")?.as_u64()? as usize, r.get("end")?.as_u64()? as usize);
            map.cp_to_span(s, e).ok().filter(|_| !moved)
        };
        // The speaker: by id when the collection carries its speakers, else by name.
        let speaker = match (item.get("claimlens:speaker").and_then(Value::as_str), value("identifying")) {
            (Some(sid), _) if speakers.iter().any(|s| s.id == sid) => Some(sid.to_string()),
            (_, Some(name)) => Some(speaker_named(&mut speakers, &name)),
            _ => None,
        };
        let status = match item.get("claimlens:status").and_then(Value::as_str) {
            Some("suggested") => Status::Suggested,
            Some("rejected") => Status::Rejected,
            _ => Status::Accepted,
        };
        let origin = if item.get("claimlens:origin").and_then(Value::as_str) == Some("suggested") { Origin::Suggested } else { Origin::User };
        anns.push(Annotation {
            id: if id.is_empty() || anns.iter().any(|a| a.id == id) { format!("a{}", anns.len() + 1) } else { id },
            kind,
            span,
            speaker,
            speaker_mention: range("claimlens:speakerMention"),
            cue: range("claimlens:cue"),
            stance: value("classifying").as_deref().and_then(Stance::parse),
            topic: value("describing"),
            note: value("commenting"),
            links: Vec::new(),
            origin,
            status,
            score: item.get("claimlens:score").and_then(|s| s.as_scaled(3)).map(|s| s.clamp(0, 1000) as u16),
            verdict: value("assessing").as_deref().and_then(Verdict::parse),
        });
    }
    for (a, b) in links {
        if anns.iter().any(|x| x.id == b) {
            if let Some(x) = anns.iter_mut().find(|x| x.id == a) {
                x.links.push(b);
            }
        }
    }
    out.doc = Document::from_parts(article, speakers, anns);
    Ok(out)
}

fn source_of(doc: &Document) -> String {
    doc.meta()
        .source_url
        .clone()
        .unwrap_or_else(|| format!("urn:claimlens:document:{:08x}", crate::core::export::zip::crc32(doc.text().as_bytes())))
}

fn items_of(v: &Value) -> Option<Vec<&Value>> {
    if let Some(a) = v.as_array() {
        return Some(a.iter().collect());
    }
    let t = v.get("type").and_then(Value::as_str);
    match t {
        Some("AnnotationCollection") => {
            let first = v.get("first")?;
            Some(first.get("items").and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default())
        }
        Some("AnnotationPage") => Some(v.get("items")?.as_array()?.iter().collect()),
        Some("Annotation") => Some(vec![v]),
        _ => None,
    }
}

fn bodies(item: &Value) -> Vec<&Object> {
    match item.get("body") {
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(o)) => vec![o],
        _ => Vec::new(),
    }
}

fn selector(item: &Value) -> Option<Selector> {
    let target = item.get("target")?;
    let target = if let Some(a) = target.as_array() { a.first()? } else { target };
    let sels: Vec<&Value> = match target.get("selector")? {
        Value::Array(a) => a.iter().collect(),
        v => vec![v],
    };
    let of = |t: &str| sels.iter().find(|s| s.get("type").and_then(Value::as_str) == Some(t));
    let quote = of("TextQuoteSelector")?;
    let get = |k: &str| quote.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    Some(Selector {
        exact: get("exact"),
        prefix: get("prefix"),
        suffix: get("suffix"),
        start: of("TextPositionSelector").and_then(|p| p.get("start")).and_then(Value::as_u64).map(|s| s as usize),
    })
}

fn local_id(iri: &str) -> String {
    iri.rsplit([':', '#', '/']).next().unwrap_or(iri).to_string()
}

fn speaker_named(speakers: &mut Vec<Speaker>, name: &str) -> String {
    if let Some(s) = speakers.iter().find(|s| s.answers_to(name)) {
        return s.id.clone();
    }
    let id = format!("s{}", speakers.len() + 1);
    speakers.push(Speaker { id: id.clone(), name: name.to_string(), aliases: Vec::new(), description: None });
    id
}

fn short(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
