//! Claimlens JSON, version 1: the export format, the CLI's output and the autosave format.
//!
//! Offsets on the wire are Unicode code points, half-open, into `text`. Every annotation
//! carries its `text` so a file can be checked (and, later, re-anchored) on import.

use crate::core::article::{Article, Block, BlockKind, Meta};
use crate::core::model::{Annotation, Document, Kind, Origin, Speaker, SpeakersById, Stance, Status, Verdict};
use crate::core::json::{self, json, Object, Value};
use crate::core::text::{OffsetMap, Span};

pub const FORMAT: &str = "claimlens";
pub const VERSION: u32 = 1;

/// Why a file could not be read as a Claimlens document. Each names the problem in words a
/// person can act on; the document that was open stays as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all, or JSON cut off part-way (a truncated download).
    NotJson(String),
    /// JSON, but not a Claimlens document.
    NotClaimlens,
    MissingVersion,
    /// Written by a newer Claimlens than this one.
    NewerVersion(u64),
    /// A field has the wrong shape.
    BadField(String),
    /// An offset lies outside the text or inside a character.
    BadOffsets { what: String },
    /// An annotation's `text` is not what its offsets point at.
    TextMismatch { id: String },
    UnknownSpeaker { id: String, speaker: String },
    /// The file does not carry the article's text, and none was given (`--text`).
    MissingText,
    /// A zip that could not be read.
    Zip(crate::core::export::zip::ZipError),
    /// The file is not in the format it was opened as.
    WrongFormat(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NotJson(e) => write!(f, "This file is not valid JSON ({e}). It may be cut off or not a Claimlens file."),
            ImportError::NotClaimlens => write!(f, "This JSON is not a Claimlens document (its \"format\" is not \"claimlens\")."),
            ImportError::MissingVersion => write!(f, "This Claimlens file has no \"version\", so it cannot be read safely."),
            ImportError::NewerVersion(v) => write!(f, "This file was written by a newer Claimlens (format version {v}; this one reads up to {VERSION}). Update Claimlens to open it."),
            ImportError::BadField(e) => write!(f, "This Claimlens file has a field of the wrong shape: {e}."),
            ImportError::BadOffsets { what } => write!(f, "This Claimlens file has offsets outside its text ({what})."),
            ImportError::TextMismatch { id } => write!(f, "Annotation {id}: its text does not match the article at its offsets."),
            ImportError::UnknownSpeaker { id, speaker } => write!(f, "Annotation {id} names speaker {speaker}, who is not in the file."),
            ImportError::MissingText => write!(f, "This file does not contain the article's text. Give the article too (--text ARTICLE.txt)."),
            ImportError::Zip(e) => write!(f, "The zip could not be read: {e}."),
            ImportError::WrongFormat(what) => write!(f, "This does not look like {what}."),
        }
    }
}

impl std::error::Error for ImportError {}

#[derive(Debug, Clone, PartialEq)]
pub struct WireDoc {
    pub format: String,
    pub version: u32,
    pub offset_unit: String,
    pub text: String,
    pub meta: WireMeta,
    pub blocks: Vec<WireBlock>,
    pub speakers: Vec<WireSpeaker>,
    pub annotations: Vec<WireAnnotation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct WireMeta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub dateline: Option<String>,
    pub source_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WireBlock {
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WireSpeaker {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WireRange {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct WireAnnotation {
    pub id: String,
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_mention: Option<WireRange>,
    pub cue: Option<WireRange>,
    pub stance: Option<String>,
    pub topic: Option<String>,
    pub note: Option<String>,
    pub links: Vec<String>,
    pub origin: String,
    pub status: String,
    /// Check-worthiness of a suggested claim in thousandths; on the wire a decimal from 0 to
    /// 1, absent for everything else.
    pub score: Option<u16>,
    /// A person's rating of a claim: true, mostly-true, mixed, mostly-false, false, unproven.
    pub verdict: Option<String>,
}

/// The document as pretty-printed JSON, for download and the CLI.
pub fn to_json_pretty(doc: &Document) -> String {
    json::to_string_pretty(&to_wire(doc).into_value())
}

/// The document as compact JSON, for autosave and the HTML view's embedded copy: no
/// spaces, and an annotation's fields that are null or empty (`links: []`) or say what a
/// reader assumes anyway (`origin: "user"`, `status: "accepted"`) left out (the benchmark's
/// saved document, 2,000 annotations, 549 → 298 KB; a saved document is read at every
/// start, see README, Rendering, and the browser's storage holds about 5 MB).
pub fn to_json(doc: &Document) -> String {
    let mut value = to_wire(doc).into_value();
    if let Some(Value::Array(annotations)) = value.as_object_mut().and_then(|o| o.get_mut("annotations")) {
        for a in annotations.iter_mut().filter_map(Value::as_object_mut) {
            a.retain(|k, v| {
                let assumed = match k {
                    "origin" => v.as_str() == Some(DEFAULT_ORIGIN),
                    "status" => v.as_str() == Some(DEFAULT_STATUS),
                    _ => false,
                };
                !assumed && !v.is_null() && v.as_array().is_none_or(|l| !l.is_empty())
            });
        }
    }
    json::to_string(&value)
}

/// What readers take a missing `origin` and `status` for: a person's own annotation.
const DEFAULT_ORIGIN: &str = "user";
const DEFAULT_STATUS: &str = "accepted";

/// Reads a Claimlens JSON file, checking every offset and reference.
pub fn from_json(input: &str) -> Result<Document, ImportError> {
    match fast::read(input) {
        Some(wire) => from_wire(wire),
        None => from_json_tree(input),
    }
}

/// Reads a Claimlens JSON file by way of a value tree: the general reader, which gives the
/// error for every file the one-pass reader (`fast`) turns down.
pub fn from_json_tree(input: &str) -> Result<Document, ImportError> {
    read_wire_tree(input).and_then(from_wire)
}

/// The wire document of a file, read by way of a value tree (format and version checked).
pub fn read_wire_tree(input: &str) -> Result<WireDoc, ImportError> {
    let value = json::parse(input).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let Value::Object(obj) = value else { return Err(ImportError::NotClaimlens) };
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotClaimlens);
    }
    match obj.get("version") {
        None | Some(Value::Null) => return Err(ImportError::MissingVersion),
        Some(v) => match v.as_u64() {
            Some(n) if n > VERSION as u64 => return Err(ImportError::NewerVersion(n)),
            Some(n) if n >= 1 => {}
            _ => return Err(ImportError::BadField(format!("version {}", json::to_string(v)))),
        },
    }
    WireDoc::from_object(obj)
}

pub fn to_wire(doc: &Document) -> WireDoc {
    let text = doc.text();
    let map = OffsetMap::new(text);
    // Spans in a Document are checked on entry, so conversion cannot fail; 0 is a fallback
    // that keeps export total rather than panicking.
    let cp = |b: usize| map.byte_to_cp(b).unwrap_or(0);
    let range = |s: Span| WireRange { start: cp(s.start), end: cp(s.end) };
    let meta = doc.meta();
    WireDoc {
        format: FORMAT.into(),
        version: VERSION,
        offset_unit: "codepoint".into(),
        text: text.to_string(),
        meta: WireMeta {
            title: meta.title.clone(),
            authors: meta.authors.clone(),
            published: meta.published.clone(),
            dateline: meta.dateline.clone(),
            source_url: meta.source_url.clone(),
        },
        blocks: doc
            .blocks()
            .iter()
            .map(|b| WireBlock { kind: b.kind.as_str().into(), start: cp(b.span.start), end: cp(b.span.end) })
            .collect(),
        speakers: doc
            .speakers
            .iter()
            .map(|s| WireSpeaker {
                id: s.id.clone(),
                name: s.name.clone(),
                aliases: s.aliases.clone(),
                description: s.description.clone(),
            })
            .collect(),
        annotations: doc
            .annotations
            .iter()
            .map(|a| WireAnnotation {
                id: a.id.clone(),
                kind: a.kind.as_str().into(),
                start: cp(a.span.start),
                end: cp(a.span.end),
                text: doc.quote_of(a).to_string(),
                speaker: a.speaker.clone(),
                speaker_mention: a.speaker_mention.map(range),
                cue: a.cue.map(range),
                stance: a.stance.map(|s| s.as_str().into()),
                topic: a.topic.clone(),
                note: a.note.clone(),
                links: a.links.clone(),
                origin: match a.origin {
                    Origin::Suggested => "suggested".into(),
                    Origin::User => "user".into(),
                },
                status: match a.status {
                    Status::Suggested => "suggested".into(),
                    Status::Accepted => "accepted".into(),
                    Status::Rejected => "rejected".into(),
                },
                score: a.score,
                verdict: a.verdict.map(|v| v.as_str().to_string()),
            })
            .collect(),
    }
}

/// A value from the file as it was written there, quoted: `"claim"`. (Rust's `{:?}` would do
/// the same and bring its own escaping tables into the app.)
fn quoted(s: &str) -> String {
    crate::core::json::to_string(&s.into())
}

pub fn from_wire(wire: WireDoc) -> Result<Document, ImportError> {
    if wire.offset_unit != "codepoint" {
        return Err(ImportError::BadField(format!("offset_unit {} (expected \"codepoint\")", quoted(&wire.offset_unit))));
    }
    // A file edited by hand on Windows may carry \r\n; offsets then refer to that text, so
    // it is refused rather than normalized. (`text::normalize` changes exactly the texts holding
    // \r; asking that is cheaper than normalizing a copy to compare.)
    let text = wire.text;
    if text.contains('\r') {
        return Err(ImportError::BadField("text has \\r line endings".into()));
    }
    let map = OffsetMap::new(&text);
    // `what` names the span only in an error, so it is built only then.
    let span = |what: &dyn Fn() -> String, s: usize, e: usize| -> Result<Span, ImportError> {
        if s > e {
            return Err(ImportError::BadOffsets { what: format!("{}: start {s} after end {e}", what()) });
        }
        map.cp_to_span(s, e).map_err(|err| ImportError::BadOffsets { what: format!("{}: {s}..{e}: {err}", what()) })
    };

    let mut blocks = Vec::with_capacity(wire.blocks.len());
    for b in &wire.blocks {
        let kind = BlockKind::parse(&b.kind).ok_or_else(|| ImportError::BadField(format!("block kind {}", quoted(&b.kind))))?;
        let s = span(&|| "block".into(), b.start, b.end)?;
        if blocks.last().is_some_and(|p: &Block| p.span.end > s.start) {
            return Err(ImportError::BadOffsets { what: format!("block {}..{} overlaps the one before", b.start, b.end) });
        }
        blocks.push(Block { kind, span: s });
    }

    let speakers: Vec<Speaker> = wire
        .speakers
        .into_iter()
        .map(|s| Speaker { id: s.id, name: s.name, aliases: s.aliases, description: s.description })
        .collect();

    // Looked up by binary search: 10,000 annotations against 2,000 speakers by a scan each
    // were 20 million comparisons.
    let ids = SpeakersById::new(&speakers);
    let mut annotations = Vec::with_capacity(wire.annotations.len());
    for a in wire.annotations {
        let kind = Kind::parse(&a.kind).ok_or_else(|| ImportError::BadField(format!("annotation {} kind {}", a.id, quoted(&a.kind))))?;
        let s = span(&|| format!("annotation {}", a.id), a.start, a.end)?;
        if s.slice(&text) != Some(a.text.as_str()) {
            return Err(ImportError::TextMismatch { id: a.id });
        }
        if let Some(sp) = &a.speaker {
            if ids.get(sp).is_none() {
                return Err(ImportError::UnknownSpeaker { id: a.id, speaker: sp.clone() });
            }
        }
        let opt = |r: Option<WireRange>, what: &str| -> Result<Option<Span>, ImportError> {
            r.map(|r| span(&|| format!("annotation {} {what}", a.id), r.start, r.end)).transpose()
        };
        let speaker_mention = opt(a.speaker_mention, "speaker_mention")?;
        let cue = opt(a.cue, "cue")?;
        let stance = match a.stance.as_deref() {
            None => None,
            Some(s) => Some(Stance::parse(s).ok_or_else(|| ImportError::BadField(format!("stance {}", quoted(s))))?),
        };
        let origin = match a.origin.as_str() {
            "suggested" => Origin::Suggested,
            "user" => Origin::User,
            o => return Err(ImportError::BadField(format!("origin {}", quoted(o)))),
        };
        let status = match a.status.as_str() {
            "suggested" => Status::Suggested,
            "accepted" => Status::Accepted,
            "rejected" => Status::Rejected,
            o => return Err(ImportError::BadField(format!("status {}", quoted(o)))),
        };
        annotations.push(Annotation {
            id: a.id,
            kind,
            span: s,
            speaker: a.speaker,
            speaker_mention,
            cue,
            stance,
            topic: a.topic,
            note: a.note,
            links: a.links,
            origin,
            status,
            score: a.score,
            verdict: match a.verdict.as_deref() {
                None => None,
                Some(v) => Some(Verdict::parse(v).ok_or_else(|| ImportError::BadField(format!("verdict {}", quoted(v))))?),
            },
        });
    }

    let meta = Meta {
        title: wire.meta.title,
        authors: wire.meta.authors,
        published: wire.meta.published,
        dateline: wire.meta.dateline,
        source_url: wire.meta.source_url,
    };
    Ok(Document::from_parts(Article::new(text, meta, blocks), speakers, annotations))
}

impl WireDoc {
    pub fn into_value(self) -> Value {
        json!({
            "format": self.format,
            "version": self.version,
            "offset_unit": self.offset_unit,
            "text": self.text,
            "meta": self.meta.into_value(),
            "blocks": self.blocks.into_iter().map(WireBlock::into_value).collect::<Vec<_>>(),
            "speakers": self.speakers.into_iter().map(WireSpeaker::into_value).collect::<Vec<_>>(),
            "annotations": self.annotations.into_iter().map(WireAnnotation::into_value).collect::<Vec<_>>(),
        })
    }

    /// Reads the document's fields; `format` and `version` are the caller's to check (they
    /// are set to this program's). Missing lists and metadata are empty; unknown fields are
    /// ignored, so files from later minor versions still open.
    pub fn from_object(obj: Object) -> Result<WireDoc, ImportError> {
        let mut f = Fields { obj, path: String::new() };
        Ok(WireDoc {
            format: FORMAT.into(),
            version: VERSION,
            offset_unit: f.string("offset_unit")?,
            text: f.string("text")?,
            meta: match f.optional("meta") {
                Some(v) => WireMeta::from_value(v)?,
                None => WireMeta::default(),
            },
            blocks: f.each("blocks", WireBlock::from_fields)?,
            speakers: f.each("speakers", WireSpeaker::from_fields)?,
            annotations: f.each("annotations", WireAnnotation::from_fields)?,
        })
    }
}

impl WireMeta {
    pub fn into_value(self) -> Value {
        json!({
            "title": self.title,
            "authors": self.authors,
            "published": self.published,
            "dateline": self.dateline,
            "source_url": self.source_url,
        })
    }

    fn from_value(v: Value) -> Result<WireMeta, ImportError> {
        let mut f = Fields::of(v, "meta".into())?;
        Ok(WireMeta {
            title: f.optional_string("title")?,
            authors: f.strings("authors")?,
            published: f.optional_string("published")?,
            dateline: f.optional_string("dateline")?,
            source_url: f.optional_string("source_url")?,
        })
    }
}

impl WireBlock {
    pub fn into_value(self) -> Value {
        json!({"kind": self.kind, "start": self.start, "end": self.end})
    }

    fn from_fields(f: &mut Fields) -> Result<WireBlock, ImportError> {
        Ok(WireBlock { kind: f.string("kind")?, start: f.offset("start")?, end: f.offset("end")? })
    }
}

impl WireSpeaker {
    pub fn into_value(self) -> Value {
        json!({"id": self.id, "name": self.name, "aliases": self.aliases, "description": self.description})
    }

    fn from_fields(f: &mut Fields) -> Result<WireSpeaker, ImportError> {
        Ok(WireSpeaker {
            id: f.string("id")?,
            name: f.string("name")?,
            aliases: f.strings("aliases")?,
            description: f.optional_string("description")?,
        })
    }
}

impl WireRange {
    fn into_value(self) -> Value {
        json!({"start": self.start, "end": self.end})
    }
}

impl WireAnnotation {
    pub fn into_value(self) -> Value {
        let mut v = json!({
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.map(WireRange::into_value),
            "cue": self.cue.map(WireRange::into_value),
            "stance": self.stance,
            "topic": self.topic,
            "note": self.note,
            "links": self.links,
            "origin": self.origin,
            "status": self.status,
        });
        if let Some(o) = v.as_object_mut() {
            if let Some(score) = self.score {
                o.insert("score", Value::decimal(i64::from(score), 3));
            }
            if let Some(verdict) = self.verdict {
                o.insert("verdict", Value::from(verdict));
            }
        }
        v
    }

    fn from_fields(f: &mut Fields) -> Result<WireAnnotation, ImportError> {
        Ok(WireAnnotation {
            id: f.string("id")?,
            kind: f.string("kind")?,
            start: f.offset("start")?,
            end: f.offset("end")?,
            text: f.string("text")?,
            speaker: f.optional_string("speaker")?,
            speaker_mention: f.range("speaker_mention")?,
            cue: f.range("cue")?,
            stance: f.optional_string("stance")?,
            topic: f.optional_string("topic")?,
            note: f.optional_string("note")?,
            links: f.strings("links")?,
            origin: f.optional_string("origin")?.unwrap_or_else(|| DEFAULT_ORIGIN.into()),
            status: f.optional_string("status")?.unwrap_or_else(|| DEFAULT_STATUS.into()),
            score: match f.optional("score") {
                None => None,
                Some(v) => Some(v.as_scaled(3).ok_or_else(|| f.wrong("score", "a number", &v))?),
            }
            .map(|s| s.clamp(0, 1000) as u16),
            verdict: f.optional_string("verdict")?,
        })
    }
}

/// An object being read into a wire struct: each field is taken out once, and a wrong one
/// is named by its path ("annotations[3].start") in the error.
struct Fields {
    obj: Object,
    path: String,
}

impl Fields {
    fn of(v: Value, path: String) -> Result<Fields, ImportError> {
        match v {
            Value::Object(obj) => Ok(Fields { obj, path }),
            other => Err(ImportError::BadField(format!("{path} should be an object, not {}", other.kind()))),
        }
    }

    fn name(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn wrong(&self, key: &str, expected: &str, found: &Value) -> ImportError {
        ImportError::BadField(format!("{} should be {expected}, not {}", self.name(key), found.kind()))
    }

    /// The field, or `None` when it is missing or null.
    fn optional(&mut self, key: &str) -> Option<Value> {
        self.obj.take(key).filter(|v| !v.is_null())
    }

    fn optional_string(&mut self, key: &str) -> Result<Option<String>, ImportError> {
        match self.optional(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.wrong(key, "a string", &other)),
        }
    }

    fn string(&mut self, key: &str) -> Result<String, ImportError> {
        self.optional_string(key)?.ok_or_else(|| ImportError::BadField(format!("{} is missing", self.name(key))))
    }

    fn offset(&mut self, key: &str) -> Result<usize, ImportError> {
        match self.optional(key) {
            None => Err(ImportError::BadField(format!("{} is missing", self.name(key)))),
            Some(v) => v.as_usize().ok_or_else(|| self.wrong(key, "a whole number, 0 or more", &v)),
        }
    }

    fn range(&mut self, key: &str) -> Result<Option<WireRange>, ImportError> {
        let Some(v) = self.optional(key) else { return Ok(None) };
        let mut f = Fields::of(v, self.name(key))?;
        Ok(Some(WireRange { start: f.offset("start")?, end: f.offset("end")? }))
    }

    /// A list read item by item; missing or null is empty.
    fn each<T>(&mut self, key: &str, read: fn(&mut Fields) -> Result<T, ImportError>) -> Result<Vec<T>, ImportError> {
        match self.optional(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => {
                let name = self.name(key);
                items.into_iter().enumerate().map(|(i, v)| read(&mut Fields::of(v, format!("{name}[{i}]"))?)).collect()
            }
            Some(other) => Err(self.wrong(key, "a list", &other)),
        }
    }

    fn strings(&mut self, key: &str) -> Result<Vec<String>, ImportError> {
        match self.optional(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s),
                    other => Err(self.wrong(key, "a list of strings", &other)),
                })
                .collect(),
            Some(other) => Err(self.wrong(key, "a list of strings", &other)),
        }
    }
}

/// Claimlens JSON read in one pass, with no value tree, as the app does at start-up. It takes
/// a file as Claimlens writes it ("format" and "version" first) and gives the same `WireDoc`
/// as [`WireDoc::from_object`]; anything else, or anything wrong, gives `None`, and
/// [`from_json`] reads the file with the general reader, which names the problem.
pub mod fast {
    use super::{WireAnnotation, WireBlock, WireDoc, WireMeta, WireRange, WireSpeaker, FORMAT, VERSION};
    use crate::core::json::{Pull, Value};

    pub fn read(input: &str) -> Option<WireDoc> {
        let mut p = Pull::new(input);
        p.object()?;
        if p.key(true)?.as_deref() != Some("format") || p.optional_string()?.as_deref() != Some(FORMAT) {
            return None;
        }
        if p.key(false)?.as_deref() != Some("version") || !(1..=u64::from(VERSION)).contains(&p.value()?.as_u64()?) {
            return None;
        }
        let (mut offset_unit, mut text) = (None, None);
        let mut doc = WireDoc {
            format: FORMAT.into(),
            version: VERSION,
            offset_unit: String::new(),
            text: String::new(),
            meta: WireMeta::default(),
            blocks: Vec::new(),
            speakers: Vec::new(),
            annotations: Vec::new(),
        };
        while let Some(key) = p.key(false)? {
            match key.as_ref() {
                "offset_unit" => offset_unit = p.optional_string()?,
                "text" => text = p.optional_string()?,
                "meta" => doc.meta = if p.null()? { WireMeta::default() } else { meta(&mut p)? },
                "blocks" => doc.blocks = list(&mut p, block)?,
                "speakers" => doc.speakers = list(&mut p, speaker)?,
                "annotations" => doc.annotations = list(&mut p, annotation)?,
                // A repeated format or version is the general reader's to judge.
                "format" | "version" => return None,
                _ => {
                    p.value()?;
                }
            }
        }
        p.end()?;
        doc.offset_unit = offset_unit?;
        doc.text = text?;
        Some(doc)
    }

    /// A list of objects read by `item`; null is empty.
    fn list<T>(p: &mut Pull, item: fn(&mut Pull) -> Option<T>) -> Option<Vec<T>> {
        let mut out = Vec::new();
        if p.null()? {
            return Some(out);
        }
        p.list()?;
        let mut first = true;
        while p.item(first)? {
            first = false;
            out.push(item(p)?);
        }
        Some(out)
    }

    fn strings(p: &mut Pull) -> Option<Vec<String>> {
        list(p, |p| p.optional_string()?)
    }

    fn offset(p: &mut Pull) -> Option<usize> {
        p.value()?.as_usize()
    }

    /// Calls `field` with each key of the object that comes next; `field` reads the value.
    fn members(p: &mut Pull, mut field: impl FnMut(&mut Pull, &str) -> Option<()>) -> Option<()> {
        p.object()?;
        let mut first = true;
        while let Some(key) = p.key(first)? {
            first = false;
            field(p, &key)?;
        }
        Some(())
    }

    fn skip(p: &mut Pull) -> Option<()> {
        p.value().map(|_| ())
    }

    fn meta(p: &mut Pull) -> Option<WireMeta> {
        let mut m = WireMeta::default();
        members(p, |p, key| {
            match key {
                "title" => m.title = p.optional_string()?,
                "authors" => m.authors = strings(p)?,
                "published" => m.published = p.optional_string()?,
                "dateline" => m.dateline = p.optional_string()?,
                "source_url" => m.source_url = p.optional_string()?,
                _ => skip(p)?,
            }
            Some(())
        })?;
        Some(m)
    }

    fn block(p: &mut Pull) -> Option<WireBlock> {
        let (mut kind, mut start, mut end) = (None, None, None);
        members(p, |p, key| {
            match key {
                "kind" => kind = p.optional_string()?,
                "start" => start = Some(offset(p)?),
                "end" => end = Some(offset(p)?),
                _ => skip(p)?,
            }
            Some(())
        })?;
        Some(WireBlock { kind: kind?, start: start?, end: end? })
    }

    fn speaker(p: &mut Pull) -> Option<WireSpeaker> {
        let (mut id, mut name, mut aliases, mut description) = (None, None, Vec::new(), None);
        members(p, |p, key| {
            match key {
                "id" => id = p.optional_string()?,
                "name" => name = p.optional_string()?,
                "aliases" => aliases = strings(p)?,
                "description" => description = p.optional_string()?,
                _ => skip(p)?,
            }
            Some(())
        })?;
        Some(WireSpeaker { id: id?, name: name?, aliases, description })
    }

    fn range(p: &mut Pull) -> Option<Option<WireRange>> {
        if p.null()? {
            return Some(None);
        }
        let (mut start, mut end) = (None, None);
        members(p, |p, key| {
            match key {
                "start" => start = Some(offset(p)?),
                "end" => end = Some(offset(p)?),
                _ => skip(p)?,
            }
            Some(())
        })?;
        Some(Some(WireRange { start: start?, end: end? }))
    }

    fn annotation(p: &mut Pull) -> Option<WireAnnotation> {
        let mut a = WireAnnotation::default();
        let (mut id, mut kind, mut start, mut end, mut text, mut origin, mut status) = (None, None, None, None, None, None, None);
        members(p, |p, key| {
            match key {
                "id" => id = p.optional_string()?,
                "kind" => kind = p.optional_string()?,
                "start" => start = Some(offset(p)?),
                "end" => end = Some(offset(p)?),
                "text" => text = p.optional_string()?,
                "speaker" => a.speaker = p.optional_string()?,
                "speaker_mention" => a.speaker_mention = range(p)?,
                "cue" => a.cue = range(p)?,
                "stance" => a.stance = p.optional_string()?,
                "topic" => a.topic = p.optional_string()?,
                "note" => a.note = p.optional_string()?,
                "links" => a.links = strings(p)?,
                "origin" => origin = p.optional_string()?,
                "status" => status = p.optional_string()?,
                "score" => {
                    a.score = match p.value()? {
                        Value::Null => None,
                        v => Some(v.as_scaled(3)?.clamp(0, 1000) as u16),
                    }
                }
                "verdict" => a.verdict = p.optional_string()?,
                _ => skip(p)?,
            }
            Some(())
        })?;
        a.id = id?;
        a.kind = kind?;
        a.start = start?;
        a.end = end?;
        a.text = text?;
        a.origin = origin.unwrap_or_else(|| super::DEFAULT_ORIGIN.into());
        a.status = status.unwrap_or_else(|| super::DEFAULT_STATUS.into());
        Some(a)
    }
}
