//! Serialization formats. One module per format; only this module and `share` know any
//! wire format, so the model's Rust types can change without breaking saved files.
//!
//! Offsets that leave the program say their unit: code points for Claimlens JSON, W3C, brat,
//! CSV and Label Studio; UTF-16 code units for doccano and Hypothesis.

pub mod brat;
pub mod claimreview;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod tools;
pub mod w3c;
pub mod zip;

use crate::core::model::{Annotation, Document, Origin, Status};
use crate::core::text::{OffsetMap, Span};
use crate::core::sort;

/// The formats Claimlens writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    W3c,
    Brat,
    Csv,
    Markdown,
    Doccano,
    LabelStudio,
    LabelStudioConfig,
    Hypothesis,
    Html,
    ClaimReview,
}

impl Format {
    pub const ALL: [Format; 11] = [
        Format::Html,
        Format::Json,
        Format::W3c,
        Format::Brat,
        Format::Csv,
        Format::Markdown,
        Format::Doccano,
        Format::LabelStudio,
        Format::LabelStudioConfig,
        Format::Hypothesis,
        Format::ClaimReview,
    ];

    /// The name used on the command line (`--format`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::W3c => "w3c",
            Format::Brat => "brat",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
            Format::Doccano => "doccano",
            Format::LabelStudio => "labelstudio",
            Format::LabelStudioConfig => "labelstudio-config",
            Format::Hypothesis => "hypothesis",
            Format::Html => "html",
            Format::ClaimReview => "claimreview",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == s)
    }

    /// What a person reads in the Export menu.
    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "Claimlens JSON (everything)",
            Format::W3c => "W3C Web Annotation (JSON-LD)",
            Format::Brat => "brat standoff (.zip)",
            Format::Csv => "CSV spreadsheet",
            Format::Markdown => "Markdown report",
            Format::Doccano => "doccano JSONL (UTF-16 offsets)",
            Format::LabelStudio => "Label Studio task",
            Format::LabelStudioConfig => "Label Studio labelling config (XML)",
            Format::Hypothesis => "Hypothesis annotations (UTF-16)",
            Format::Html => "Single-file HTML view (opens anywhere)",
            Format::ClaimReview => "schema.org ClaimReview (rated claims)",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "claimlens.json",
            Format::W3c => "w3c.jsonld",
            Format::Brat => "brat.zip",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Doccano => "doccano.jsonl",
            Format::LabelStudio => "labelstudio.json",
            Format::LabelStudioConfig => "labelstudio.xml",
            Format::Hypothesis => "hypothesis.json",
            Format::Html => "view.html",
            Format::ClaimReview => "claimreview.jsonld",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::W3c => "application/ld+json",
            Format::Brat => "application/zip",
            Format::Csv => "text/csv",
            Format::Markdown => "text/markdown",
            Format::Doccano => "application/jsonl",
            Format::LabelStudio | Format::Hypothesis => "application/json",
            Format::LabelStudioConfig => "application/xml",
            Format::Html => "text/html",
            Format::ClaimReview => "application/ld+json",
        }
    }

    /// Whether the output is text (as opposed to a binary zip).
    pub fn is_text(self) -> bool {
        self != Format::Brat
    }
}

/// Writes `doc` in `format`.
pub fn export(doc: &Document, format: Format) -> Vec<u8> {
    let cx = Context::new(doc);
    match format {
        Format::Json => json::to_json_pretty(doc).into_bytes(),
        Format::W3c => w3c::export(&cx).into_bytes(),
        Format::Brat => brat::export_zip(&cx),
        Format::Csv => csv::export(&cx).into_bytes(),
        Format::Markdown => markdown::export(&cx).into_bytes(),
        Format::Doccano => tools::doccano(&cx).into_bytes(),
        Format::LabelStudio => tools::label_studio_task(&cx).into_bytes(),
        Format::LabelStudioConfig => tools::LABEL_STUDIO_CONFIG.as_bytes().to_vec(),
        Format::Hypothesis => tools::hypothesis(&cx).into_bytes(),
        Format::Html => html::export(&cx).into_bytes(),
        Format::ClaimReview => claimreview::export(&cx).into_bytes(),
    }
}

/// A document read from another tool's file, and what could not be placed in its text.
#[derive(Debug, Default)]
pub struct Imported {
    pub doc: Document,
    /// Annotations whose words are not in the text, each described for the person.
    pub orphans: Vec<String>,
    /// Annotations placed by quote because the text had changed.
    pub reanchored: usize,
}

/// What every exporter needs: code-point offsets, names, sentences.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub map: OffsetMap,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document) -> Context<'a> {
        Context { doc, map: OffsetMap::new(doc.text()) }
    }

    /// Annotations in text order.
    pub fn annotations(&self) -> impl Iterator<Item = &'a Annotation> {
        let mut v: Vec<&Annotation> = self.doc.annotations.iter().collect();
        sort::sort_by_key(&mut v, |a| (a.span.start, a.span.end, a.id.clone()));
        v.into_iter()
    }

    /// A byte span as code points. Spans in a document are checked on entry, so the
    /// fallback of 0 never shows; it keeps export total.
    pub fn cp(&self, s: Span) -> (usize, usize) {
        (self.map.byte_to_cp(s.start).unwrap_or(0), self.map.byte_to_cp(s.end).unwrap_or(0))
    }

    pub fn utf16(&self, s: Span) -> (usize, usize) {
        (self.map.byte_to_utf16(s.start).unwrap_or(0), self.map.byte_to_utf16(s.end).unwrap_or(0))
    }

    pub fn speaker_name(&self, a: &Annotation) -> Option<String> {
        a.speaker.as_deref().and_then(|s| self.doc.speaker(s)).map(|s| s.name.clone())
    }

    /// The words that point at a speaker no one named ("the prime minister"), for a
    /// quotation with no speaker.
    pub fn unnamed_speaker(&self, a: &Annotation) -> Option<&'a str> {
        a.speaker_mention.filter(|_| a.speaker.is_none()).and_then(|m| m.slice(self.doc.text()))
    }

    pub fn status(&self, a: &Annotation) -> &'static str {
        match (a.origin, a.status) {
            (_, Status::Rejected) => "rejected",
            (Origin::Suggested, Status::Suggested) => "suggested",
            _ => "accepted",
        }
    }

    /// Quotations and claims grouped by who said or made them, in order of first appearance;
    /// then "The article" for unattributed claims and "Unattributed" for quotations, last, so
    /// the people come first. (A person may be called "Unattributed" too: they stay apart.)
    pub fn who_said_what<'b>(&self, anns: impl IntoIterator<Item = &'b Annotation>) -> Vec<(String, Vec<&'b Annotation>)> {
        let mut named: Vec<(String, Vec<&Annotation>)> = Vec::new();
        let (mut article, mut nobody) = (Vec::new(), Vec::new());
        for a in anns.into_iter().filter(|a| matches!(a.kind, crate::core::model::Kind::Quote | crate::core::model::Kind::Claim)) {
            match self.speaker_name(a) {
                Some(who) => match named.iter_mut().find(|(w, _)| *w == who) {
                    Some((_, v)) => v.push(a),
                    None => named.push((who, vec![a])),
                },
                None if a.kind == crate::core::model::Kind::Claim => article.push(a),
                None => nobody.push(a),
            }
        }
        named.extend([("The article".to_string(), article), ("Unattributed".to_string(), nobody)].into_iter().filter(|(_, v)| !v.is_empty()));
        named
    }

    /// The sentence an annotation starts in, or its own text.
    pub fn sentence_of(&self, a: &Annotation) -> &'a str {
        let text = self.doc.text();
        self.doc.article.sentence_at(a.span.start).and_then(|s| s.slice(text)).unwrap_or_else(|| self.doc.quote_of(a))
    }

    /// Up to `n` characters of text before and after a span, for quote selectors.
    pub fn context(&self, s: Span, n: usize) -> (String, String) {
        let text = self.doc.text();
        let before: String = text[..s.start].chars().rev().take(n).collect::<Vec<_>>().into_iter().rev().collect();
        let after: String = text[s.end..].chars().take(n).collect();
        (before, after)
    }
}
