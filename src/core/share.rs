//! Share links: the whole document in a URL fragment (`#share=…`), which no browser sends to
//! any server.
//!
//! Layout: base64url( version byte ‖ deflate( payload ) ). The payload is a compact binary
//! form: the text first (so a link cut short can still give back the text), metadata and
//! blocks only where they differ from what the parser derives from the text, speakers, then
//! annotations sorted by position with delta-coded offsets. Decoding checks every length,
//! offset and reference; any byte string gives a document or an error, never a panic.
//! The deflate itself is left to whoever holds one (`core::compression`): `unpack` and
//! `read_inflated` go either side of it, `payload` and `link_data` the other way.

use crate::core::article::{Article, Block, BlockKind, Meta};
#[cfg(not(target_arch = "wasm32"))]
use crate::core::compression;
use crate::core::compression::{End, Inflated};
use crate::core::model::{Annotation, Document, Kind, Origin, Speaker, Stance, Status, Verdict};
use crate::core::text::Span;
use crate::core::sort;

pub const VERSION: u8 = 1;
/// The prefix of the URL fragment that carries a document.
pub const FRAGMENT_PREFIX: &str = "share=";
/// Links longer than this get a warning and the file option instead: chat apps, mail
/// clients and some browsers' address bars cut or refuse longer URLs.
pub const LINK_WARN_CHARS: usize = 8_000;
/// The most a link may unpack to, so a hostile link cannot exhaust memory.
pub const MAX_PAYLOAD: usize = 16 << 20;

/// Why a link could not be opened. `text` holds the article text when it survived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    /// A character that base64url does not use, at this position of the link's data.
    NotBase64 { at: usize },
    /// Made by a newer Claimlens.
    FutureVersion(u8),
    /// Cut off part-way (a chat app or mail client shortened the link). `text` is the
    /// article text, or when `whole` is false as much of its start as the link still held.
    Truncated { text: Option<String>, whole: bool },
    /// This browser cannot unpack links (it has no `DecompressionStream`).
    Unsupported,
    /// Complete but altered: it does not decode to a valid document.
    Corrupt { what: String, text: Option<String> },
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let recover = |t: &Option<String>| if t.is_some() { " The article text is recoverable; the annotations are not." } else { " Nothing in it can be recovered." };
        let start = " The start of the article text is recoverable; the rest of it and the annotations are not.";
        match self {
            ShareError::Empty => write!(f, "This share link carries no document."),
            ShareError::NotBase64 { at } => write!(f, "This share link has a character that does not belong in it (at position {at}); it may have been altered."),
            ShareError::FutureVersion(v) => write!(f, "This link was made by a newer Claimlens (link version {v}; this one reads version {VERSION}). Update Claimlens to open it."),
            ShareError::Unsupported => write!(f, "This browser cannot unpack share links. Open the link in a current Chrome, Edge, Firefox or Safari."),
            ShareError::Truncated { text: Some(_), whole: false } => write!(f, "This share link was cut off.{start}"),
            ShareError::Truncated { text, .. } => write!(f, "This share link was cut off.{}", recover(text)),
            ShareError::Corrupt { what, text } => write!(f, "This share link is damaged ({what}).{}", recover(text)),
        }
    }
}

impl ShareError {
    /// Whether `recovered_text` is the whole article text, not only its start.
    pub fn recovered_whole(&self) -> bool {
        !matches!(self, ShareError::Truncated { whole: false, .. })
    }

    /// The article text that survived, if any.
    pub fn recovered_text(&self) -> Option<&str> {
        match self {
            ShareError::Truncated { text, .. } | ShareError::Corrupt { text, .. } => text.as_deref(),
            _ => None,
        }
    }
}

/// Encodes a document as the data of a share link (without `#share=`). Native builds only:
/// the browser deflates `payload` itself (see `core::compression`) and calls `link_data`.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(doc: &Document) -> String {
    link_data(&compression::deflate(&payload(doc)))
}

/// Decodes the data of a share link (with or without a leading `#share=`). Native builds
/// only: the browser inflates what `unpack` gives and calls `read_inflated`.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(link: &str) -> Result<Document, ShareError> {
    read_inflated(compression::inflate(&unpack(link)?, MAX_PAYLOAD))
}

/// The data of a share link, from the deflated payload.
pub fn link_data(deflated: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(deflated.len() + 1);
    bytes.push(VERSION);
    bytes.extend_from_slice(deflated);
    base64url_encode(&bytes)
}

/// The deflated payload a link carries (with or without a leading `#share=`), once its
/// characters and version are checked; inflate it to at most `MAX_PAYLOAD` bytes.
pub fn unpack(link: &str) -> Result<Vec<u8>, ShareError> {
    let data = link.trim().trim_start_matches('#').trim_start_matches(FRAGMENT_PREFIX);
    if data.is_empty() {
        return Err(ShareError::Empty);
    }
    let mut bytes = base64url_decode(data)?;
    let version = *bytes.first().ok_or(ShareError::Empty)?;
    if version > VERSION {
        return Err(ShareError::FutureVersion(version));
    }
    if version == 0 {
        return Err(ShareError::Corrupt { what: "unknown version 0".into(), text: None });
    }
    bytes.remove(0);
    Ok(bytes)
}

/// The document from an inflated payload; a cut-off or damaged one gives back the text
/// at its start when that much survived (a cut-off one, as much of the text as it held).
pub fn read_inflated(inflated: Inflated) -> Result<Document, ShareError> {
    let text = || Reader::new(&inflated.output).string().ok();
    match inflated.end {
        End::Complete => read_payload(&inflated.output),
        End::CutOff => Err(match text() {
            Some(text) => ShareError::Truncated { text: Some(text), whole: true },
            None => ShareError::Truncated { text: Reader::new(&inflated.output).text_start(), whole: false },
        }),
        End::Damaged => Err(ShareError::Corrupt { what: "the compressed data is damaged".into(), text: text() }),
        End::TooLong => Err(ShareError::Corrupt { what: "it unpacks to more than 16 MB".into(), text: text() }),
        End::Unavailable => Err(ShareError::Unsupported),
    }
}

/// The uncompressed form of a document that a link carries.
pub fn payload(doc: &Document) -> Vec<u8> {
    let mut w = Writer::default();
    let text = doc.text();
    w.string(text);
    let parsed = Article::parse(text);
    let meta_explicit = parsed.meta != *doc.meta();
    let blocks_explicit = parsed.blocks != doc.article.blocks;
    w.byte(u8::from(meta_explicit) | u8::from(blocks_explicit) << 1);
    if meta_explicit {
        let m = doc.meta();
        w.opt(&m.title);
        w.strings(&m.authors);
        w.opt(&m.published);
        w.opt(&m.dateline);
        w.opt(&m.source_url);
    }
    if blocks_explicit {
        w.varint(doc.blocks().len() as u64);
        let mut last = 0;
        for b in doc.blocks() {
            w.byte(BlockKind::ALL.iter().position(|k| *k == b.kind).unwrap_or(0) as u8);
            w.varint((b.span.start - last) as u64);
            w.varint(b.span.len() as u64);
            last = b.span.end;
        }
    }
    w.varint(doc.speakers.len() as u64);
    for s in &doc.speakers {
        w.string(&s.id);
        w.string(&s.name);
        w.strings(&s.aliases);
        w.opt(&s.description);
    }
    let mut order: Vec<&Annotation> = doc.annotations.iter().collect();
    sort::sort_by_key(&mut order, |a| (a.span.start, a.span.end));
    let index_of = |id: &str| order.iter().position(|a| a.id == id);
    w.varint(order.len() as u64);
    let mut last = 0;
    for a in &order {
        w.string(&a.id);
        let more = a.cue.is_some() || a.stance.is_some() || a.topic.is_some() || a.note.is_some() || !a.links.is_empty() || a.score.is_some() || a.verdict.is_some();
        let head = Kind::ALL.iter().position(|k| *k == a.kind).unwrap_or(0) as u8
            | (match a.status { Status::Suggested => 0, Status::Accepted => 1, Status::Rejected => 2 }) << 2
            | u8::from(a.origin == Origin::Suggested) << 4
            | u8::from(a.speaker.is_some()) << 5
            | u8::from(a.speaker_mention.is_some()) << 6
            | u8::from(more) << 7;
        w.byte(head);
        w.varint((a.span.start - last) as u64);
        w.varint(a.span.len() as u64);
        last = a.span.start;
        if let Some(sid) = &a.speaker {
            w.varint(doc.speakers.iter().position(|s| &s.id == sid).unwrap_or(0) as u64);
        }
        if let Some(m) = a.speaker_mention {
            w.signed(m.start as i64 - a.span.start as i64);
            w.varint(m.len() as u64);
        }
        if more {
            let flags = u8::from(a.cue.is_some())
                | u8::from(a.stance.is_some()) << 1
                | u8::from(a.topic.is_some()) << 2
                | u8::from(a.note.is_some()) << 3
                | u8::from(!a.links.is_empty()) << 4
                | u8::from(a.score.is_some()) << 5
                | u8::from(a.verdict.is_some()) << 6;
            w.byte(flags);
            if let Some(c) = a.cue {
                w.signed(c.start as i64 - a.span.start as i64);
                w.varint(c.len() as u64);
            }
            if let Some(s) = a.stance {
                w.byte(Stance::ALL.iter().position(|x| *x == s).unwrap_or(0) as u8);
            }
            if let Some(t) = &a.topic {
                w.string(t);
            }
            if let Some(n) = &a.note {
                w.string(n);
            }
            if !a.links.is_empty() {
                w.varint(a.links.len() as u64);
                for l in &a.links {
                    // A link to an id not in the document keeps its id (index = count).
                    match index_of(l) {
                        Some(i) => w.varint(i as u64),
                        None => {
                            w.varint(order.len() as u64);
                            w.string(l);
                        }
                    }
                }
            }
            if let Some(s) = a.score {
                w.varint(u64::from(s));
            }
            if let Some(v) = a.verdict {
                w.byte(Verdict::ALL.iter().position(|x| *x == v).unwrap_or(0) as u8);
            }
        }
    }
    w.0
}

fn read_payload(p: &[u8]) -> Result<Document, ShareError> {
    let mut r = Reader::new(p);
    let text = r.string().map_err(|what| ShareError::Corrupt { what, text: None })?;
    let keep = Some(text.clone());
    let corrupt = |what: String| ShareError::Corrupt { what, text: keep.clone() };
    (|| -> Result<Document, String> {
        let parsed = Article::parse(&text);
        let flags = r.byte()?;
        let meta = if flags & 1 != 0 {
            Meta { title: r.opt()?, authors: r.strings()?, published: r.opt()?, dateline: r.opt()?, source_url: r.opt()? }
        } else {
            parsed.meta.clone()
        };
        let blocks = if flags & 2 != 0 {
            let n = r.count()?;
            let mut blocks = Vec::with_capacity(n);
            let mut last = 0usize;
            for _ in 0..n {
                let kind = *BlockKind::ALL.get(r.byte()? as usize).ok_or("a block of unknown kind")?;
                let start = last.checked_add(r.usize()?).ok_or("a block offset overflows")?;
                let end = start.checked_add(r.usize()?).ok_or("a block offset overflows")?;
                let span = Span::new(start, end);
                if !span.is_valid_in(&text) {
                    return Err("a block outside the text".into());
                }
                blocks.push(Block { kind, span });
                last = end;
            }
            blocks
        } else {
            parsed.blocks.clone()
        };
        let n = r.count()?;
        let mut speakers = Vec::with_capacity(n);
        for _ in 0..n {
            speakers.push(Speaker { id: r.string()?, name: r.string()?, aliases: r.strings()?, description: r.opt()? });
        }
        let n = r.count()?;
        let mut anns: Vec<Annotation> = Vec::with_capacity(n);
        let mut pending_links: Vec<Vec<Result<usize, String>>> = Vec::with_capacity(n);
        let mut last = 0usize;
        let span_at = |base: usize, delta: i64, len: usize| -> Result<Span, String> {
            let start = usize::try_from(base as i64 + delta).map_err(|_| "an offset before the text")?;
            let span = Span::new(start, start.checked_add(len).ok_or("an offset overflows")?);
            if span.is_valid_in(&text) { Ok(span) } else { Err("an annotation outside the text".into()) }
        };
        for _ in 0..n {
            let id = r.string()?;
            let head = r.byte()?;
            let kind = *Kind::ALL.get((head & 3) as usize).ok_or("unknown kind")?;
            let status = match (head >> 2) & 3 {
                0 => Status::Suggested,
                1 => Status::Accepted,
                2 => Status::Rejected,
                _ => return Err("unknown status".into()),
            };
            let start = last.checked_add(r.usize()?).ok_or("an offset overflows")?;
            let span = span_at(start, 0, r.usize()?)?;
            if span.is_empty() {
                return Err("an empty annotation".into());
            }
            last = start;
            let speaker = if head & 0x20 != 0 {
                Some(speakers.get(r.usize()?).ok_or("a speaker that is not in the link")?.id.clone())
            } else {
                None
            };
            let speaker_mention = if head & 0x40 != 0 { Some(span_at(span.start, r.signed()?, r.usize()?)?) } else { None };
            let mut a = Annotation::user(id, kind, span);
            a.status = status;
            a.origin = if head & 0x10 != 0 { Origin::Suggested } else { Origin::User };
            a.speaker = speaker;
            a.speaker_mention = speaker_mention;
            let mut links = Vec::new();
            if head & 0x80 != 0 {
                let f = r.byte()?;
                if f & 1 != 0 {
                    a.cue = Some(span_at(span.start, r.signed()?, r.usize()?)?);
                }
                if f & 2 != 0 {
                    a.stance = Some(*Stance::ALL.get(r.byte()? as usize).ok_or("unknown stance")?);
                }
                if f & 4 != 0 {
                    a.topic = Some(r.string()?);
                }
                if f & 8 != 0 {
                    a.note = Some(r.string()?);
                }
                if f & 16 != 0 {
                    for _ in 0..r.count()? {
                        let i = r.usize()?;
                        links.push(if i == n { Err(r.string()?) } else { Ok(i) });
                    }
                }
                if f & 32 != 0 {
                    a.score = Some(u16::try_from(r.varint()?).map_err(|_| "a score out of range")?);
                }
                if f & 64 != 0 {
                    a.verdict = Some(*Verdict::ALL.get(r.byte()? as usize).ok_or("unknown verdict")?);
                }
            }
            anns.push(a);
            pending_links.push(links);
        }
        if !r.at_end() {
            return Err("unexpected data after the document".into());
        }
        let ids: Vec<String> = anns.iter().map(|a| a.id.clone()).collect();
        for (a, links) in anns.iter_mut().zip(pending_links) {
            for l in links {
                a.links.push(match l {
                    Ok(i) => ids.get(i).cloned().ok_or("a link to a missing annotation")?,
                    Err(id) => id,
                });
            }
        }
        // The model's own rules: unique ids, known speakers.
        let mut seen = std::collections::HashSet::new();
        if !ids.iter().all(|i| seen.insert(i.as_str())) {
            return Err("two annotations with one id".into());
        }
        Ok(Document::from_parts(Article::new(text.clone(), meta, blocks), speakers, anns))
    })()
    .map_err(corrupt)
}

#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }
    fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }
    fn signed(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }
    fn string(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt(&mut self, s: &Option<String>) {
        match s {
            Some(s) => {
                self.byte(1);
                self.string(s);
            }
            None => self.byte(0),
        }
    }
    fn strings(&mut self, v: &[String]) {
        self.varint(v.len() as u64);
        for s in v {
            self.string(s);
        }
    }
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, at: 0 }
    }
    fn at_end(&self) -> bool {
        self.at == self.data.len()
    }
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.data.get(self.at).ok_or("the data ends early")?;
        self.at += 1;
        Ok(b)
    }
    /// The start of a string cut off part-way: its bytes up to the data's end, to the last
    /// whole character; `None` when not one survived.
    fn text_start(mut self) -> Option<String> {
        self.usize().ok()?;
        let rest = &self.data[self.at..];
        let valid = match std::str::from_utf8(rest) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).ok()?,
        };
        Some(valid.to_string()).filter(|s| !s.trim().is_empty())
    }
    fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("a number is too long".into())
    }
    fn signed(&mut self) -> Result<i64, String> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }
    fn usize(&mut self) -> Result<usize, String> {
        usize::try_from(self.varint()?).map_err(|_| "a number is too large".into())
    }
    /// A count of items, each at least one byte, so it cannot exceed what is left.
    fn count(&mut self) -> Result<usize, String> {
        let n = self.usize()?;
        if n > self.data.len() - self.at {
            return Err("a count larger than the data".into());
        }
        Ok(n)
    }
    fn string(&mut self) -> Result<String, String> {
        let n = self.usize()?;
        let end = self.at.checked_add(n).filter(|&e| e <= self.data.len()).ok_or("the data ends early")?;
        let s = std::str::from_utf8(&self.data[self.at..end]).map_err(|_| "text that is not UTF-8")?;
        self.at = end;
        Ok(s.to_string())
    }
    fn opt(&mut self) -> Result<Option<String>, String> {
        match self.byte()? {
            0 => Ok(None),
            1 => Ok(Some(self.string()?)),
            _ => Err("a bad optional field".into()),
        }
    }
    fn strings(&mut self) -> Result<Vec<String>, String> {
        let n = self.count()?;
        (0..n).map(|_| self.string()).collect()
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding.
pub fn base64url_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | u32::from(*b) << (16 - 8 * i));
        for i in 0..chunk.len() + 1 {
            out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
        }
    }
    out
}

pub fn base64url_decode(s: &str) -> Result<Vec<u8>, ShareError> {
    let s = s.trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for (i, c) in s.bytes().enumerate() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return Err(ShareError::NotBase64 { at: i }),
        };
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trip() {
        for data in [&b""[..], b"a", b"ab", b"abc", b"\xff\x00\x10abcd"] {
            assert_eq!(base64url_decode(&base64url_encode(data)).ok(), Some(data.to_vec()));
        }
        assert_eq!(base64url_decode("ab$c"), Err(ShareError::NotBase64 { at: 2 }));
    }

    #[test]
    fn the_sample_round_trips_and_damage_is_explained() {
        let doc = Document::analyze("Headline “quoted”\n\nBy Jane Doe\n\nZoë said “ça va 😀” on Monday, the minister said.");
        let link = encode(&doc);
        let back = decode(&format!("#{FRAGMENT_PREFIX}{link}")).expect("decodes");
        assert_eq!(back.article, doc.article);
        assert_eq!(back.speakers, doc.speakers);
        let mut a = back.annotations.clone();
        let mut b = doc.annotations.clone();
        sort::sort_by(&mut a, |x, y| x.id.cmp(&y.id));
        sort::sort_by(&mut b, |x, y| x.id.cmp(&y.id));
        assert_eq!(a, b);
        // Cut off: the text survives when enough of the link does.
        let cut = decode(&link[..link.len() - 4]).expect_err("cut");
        assert!(matches!(cut, ShareError::Truncated { .. } | ShareError::Corrupt { .. }), "{cut:?}");
        assert_eq!(cut.recovered_text(), Some(doc.text()));
        // Cut off within the text: its start survives, and the message says it is the start.
        let long = Document::analyze(&(0..400).map(|i| format!("Paragraph {i} says {} things.\n\n", i * 7919 % 1000)).collect::<String>());
        let link = encode(&long);
        let cut = decode(&link[..link.len() / 2]).expect_err("cut");
        let start = cut.recovered_text().expect("the start survives");
        assert!(start.len() > 100 && start.len() < long.text().len() && long.text().starts_with(start), "{}", start.len());
        assert!(cut.to_string().contains("The start of the article text is recoverable"), "{cut}");
        assert!(!cut.recovered_whole());
        // A browser that cannot inflate says so; the link is not called damaged.
        let none = Inflated { output: Vec::new(), end: End::Unavailable };
        assert_eq!(read_inflated(none), Err(ShareError::Unsupported));
        // A newer version.
        let mut future = base64url_decode(&link).expect("b64");
        future[0] = 9;
        assert_eq!(decode(&base64url_encode(&future)), Err(ShareError::FutureVersion(9)));
        assert!(decode("").is_err() && decode("%%%").is_err());
    }
}
