//! The library of annotated documents kept in the browser: an index plus one entry per
//! document, on top of any key–value store (localStorage in the app, memory in tests).
//!
//! Why it is shaped like this:
//! - **Crash safety.** A save writes the document first and the index second; each write is
//!   atomic in localStorage. A page killed between the two leaves a newer document under an
//!   older index line, which [`Library::list`] repairs; it can never leave half a document.
//! - **Two tabs.** Every save stamps the index line with a token unique to the tab and the
//!   save. A tab saves only over the stamp it last read or wrote; anything else is a
//!   [`LibraryError::Conflict`], and the caller keeps its version elsewhere instead of
//!   overwriting the other tab's work.
//! - **Nothing lost.** Deleting moves the document to a one-slot bin that [`Library::undelete`]
//!   empties; a document that cannot be read is reported and left where it is.

use crate::core::export::json;
use crate::core::json::{self as jsonv, json, Value};
use crate::core::model::Document;
use crate::core::sort;

/// The index: every document's line, newest first.
pub const INDEX_KEY: &str = "claimlens:v1:library";
/// Which document was open last, so a reload opens it again.
pub const OPEN_KEY: &str = "claimlens:v1:open";
/// The last deleted document and its line, until the next delete.
pub const BIN_KEY: &str = "claimlens:v1:bin";
/// Where a document is stored: this prefix and its id.
pub const DOC_PREFIX: &str = "claimlens:v1:doc:";
/// Keys of the single-document layout before the library; moved into it on first use.
pub const LEGACY_CURRENT_KEY: &str = "claimlens:v1:current";
pub const LEGACY_PREVIOUS_KEY: &str = "claimlens:v1:previous";

/// A key–value store with the failure modes of localStorage.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The store is full.
    Quota,
    /// The store cannot be used at all (switched off, private window).
    Unavailable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryError {
    Store(StoreError),
    /// No document with this id.
    Missing(String),
    /// The stored document could not be read; the reason is the importer's.
    Unreadable { id: String, reason: String },
    /// Another tab saved this document since this tab last read or wrote it.
    Conflict,
    /// Nothing in the bin to bring back.
    EmptyBin,
}

impl std::fmt::Display for LibraryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LibraryError::Store(StoreError::Quota) => f.write_str(
                "This browser's storage for Claimlens is full. Delete documents you no longer need from Documents, or export this one",
            ),
            LibraryError::Store(StoreError::Unavailable) => f.write_str(
                "This browser does not allow Claimlens to save (storage is switched off, as in some private windows). Your work stays here until you close the tab: use Export to keep it",
            ),
            LibraryError::Missing(_) => f.write_str("That document is no longer in this browser's library"),
            LibraryError::Unreadable { reason, .. } => write!(f, "That saved document could not be read: {reason}"),
            LibraryError::Conflict => f.write_str("This document was changed in another tab"),
            LibraryError::EmptyBin => f.write_str("There is no deleted document to bring back"),
        }
    }
}

impl From<StoreError> for LibraryError {
    fn from(e: StoreError) -> Self {
        LibraryError::Store(e)
    }
}

/// One document's line in the index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// The name the person gave it, or the article's title.
    pub name: String,
    /// Milliseconds since 1970 of the last save.
    pub updated: u64,
    /// The person's own annotations (accepted), and suggestions still to review.
    pub annotations: usize,
    pub suggestions: usize,
    pub words: usize,
    /// Changes on every save; see the module comment.
    pub stamp: String,
}

/// The library on top of a store. `tab` names this tab in stamps; `now` is passed to each
/// call so the core stays free of clocks.
pub struct Library<S: Store> {
    store: S,
    tab: String,
    saves: u64,
}

impl<S: Store> Library<S> {
    pub fn new(store: S, tab: impl Into<String>) -> Library<S> {
        Library { store, tab: tab.into(), saves: 0 }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn store_mut(&mut self) -> &mut S {
        &mut self.store
    }

    /// Every document, most recently saved first. Repairs the index on the way: documents
    /// stored without a line (a crash between the two writes) get one, lines whose
    /// document is gone are dropped, and the layout before the library is moved in.
    pub fn list(&mut self, now: u64) -> Result<Vec<Entry>, LibraryError> {
        self.migrate(now)?;
        let mut entries = self.read_index()?;
        let keys = self.store.keys()?;
        let before = entries.clone();
        entries.retain(|e| keys.iter().any(|k| k.strip_prefix(DOC_PREFIX) == Some(e.id.as_str())));
        for key in &keys {
            let Some(id) = key.strip_prefix(DOC_PREFIX) else { continue };
            if entries.iter().any(|e| e.id == id) {
                continue;
            }
            let raw = self.store.get(key)?.unwrap_or_default();
            let entry = match json::from_json(&raw) {
                Ok(doc) => describe(id, &doc, None, now, String::new()),
                Err(_) => unreadable_entry(id, now, String::new()),
            };
            entries.push(entry);
        }
        sort::sort_by(&mut entries, |a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        if entries != before {
            // Best effort: a full store still lists correctly from the repaired copy.
            let _ = self.write_index(&entries);
        }
        Ok(entries)
    }

    /// The document and the stamp to save over.
    pub fn load(&mut self, id: &str) -> Result<(Document, String), LibraryError> {
        let raw = self.store.get(&doc_key(id))?.ok_or_else(|| LibraryError::Missing(id.to_string()))?;
        let doc = json::from_json(&raw).map_err(|e| LibraryError::Unreadable { id: id.to_string(), reason: e.to_string() })?;
        let stamp = self.read_index()?.into_iter().find(|e| e.id == id).map(|e| e.stamp).unwrap_or_default();
        Ok((doc, stamp))
    }

    /// The raw stored text of a document, for the person to download when it cannot be read.
    pub fn raw(&self, id: &str) -> Result<Option<String>, LibraryError> {
        Ok(self.store.get(&doc_key(id))?)
    }

    /// The stamp the index holds for `id`, if it has a line.
    pub fn stamp(&self, id: &str) -> Result<Option<String>, LibraryError> {
        Ok(self.read_index()?.into_iter().find(|e| e.id == id).map(|e| e.stamp))
    }

    /// Stores a new document and returns its line.
    pub fn create(&mut self, doc: &Document, name: Option<&str>, now: u64) -> Result<Entry, LibraryError> {
        let mut entries = self.read_index()?;
        let id = self.fresh_id(now, &entries)?;
        let entry = describe(&id, doc, name, now, self.next_stamp());
        self.store.set(&doc_key(&id), &json::to_json(doc))?;
        entries.insert(0, entry.clone());
        self.write_index(&entries)?;
        Ok(entry)
    }

    /// Saves over `id` if its stamp is still `base`; returns the new stamp. A document
    /// deleted elsewhere is stored again under its id: the person is still working on it.
    pub fn save(&mut self, id: &str, doc: &Document, base: &str, now: u64) -> Result<String, LibraryError> {
        let mut entries = self.read_index()?;
        let at = entries.iter().position(|e| e.id == id);
        if let Some(i) = at {
            if entries[i].stamp != base {
                return Err(LibraryError::Conflict);
            }
        }
        let stamp = self.next_stamp();
        let name = at.map(|i| entries[i].name.clone());
        self.store.set(&doc_key(id), &json::to_json(doc))?;
        let entry = describe(id, doc, name.as_deref(), now, stamp.clone());
        match at {
            Some(i) => entries[i] = entry,
            None => entries.insert(0, entry),
        }
        self.write_index(&entries)?;
        Ok(stamp)
    }

    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), LibraryError> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut entries = self.read_index()?;
        let entry = entries.iter_mut().find(|e| e.id == id).ok_or_else(|| LibraryError::Missing(id.to_string()))?;
        if !name.is_empty() {
            entry.name = name;
        }
        self.write_index(&entries)
    }

    pub fn duplicate(&mut self, id: &str, now: u64) -> Result<Entry, LibraryError> {
        let raw = self.store.get(&doc_key(id))?.ok_or_else(|| LibraryError::Missing(id.to_string()))?;
        let mut entries = self.read_index()?;
        let source = entries.iter().find(|e| e.id == id).cloned().ok_or_else(|| LibraryError::Missing(id.to_string()))?;
        let new_id = self.fresh_id(now, &entries)?;
        self.store.set(&doc_key(&new_id), &raw)?;
        let entry = Entry { id: new_id, name: format!("{} (copy)", source.name), updated: now, stamp: self.next_stamp(), ..source };
        entries.insert(0, entry.clone());
        self.write_index(&entries)?;
        Ok(entry)
    }

    /// Moves a document to the bin (replacing what was there) and returns its line.
    pub fn delete(&mut self, id: &str) -> Result<Entry, LibraryError> {
        let raw = self.store.get(&doc_key(id))?.ok_or_else(|| LibraryError::Missing(id.to_string()))?;
        let mut entries = self.read_index()?;
        let at = entries.iter().position(|e| e.id == id).ok_or_else(|| LibraryError::Missing(id.to_string()))?;
        let entry = entries.remove(at);
        let bin_json = jsonv::to_string(&json!({"entry": entry.to_value(), "raw": raw}));
        // The bin is written before anything is removed, so a failure loses nothing; the
        // document goes before its line, so a crash in between cannot bring it back.
        self.store.set(BIN_KEY, &bin_json)?;
        self.store.remove(&doc_key(id))?;
        self.write_index(&entries)?;
        Ok(entry)
    }

    /// Brings back the last deleted document.
    pub fn undelete(&mut self) -> Result<Entry, LibraryError> {
        let raw = self.store.get(BIN_KEY)?.ok_or(LibraryError::EmptyBin)?;
        let bin = Bin::read(&raw).ok_or(LibraryError::EmptyBin)?;
        let mut entries = self.read_index()?;
        self.store.set(&doc_key(&bin.entry.id), &bin.raw)?;
        entries.retain(|e| e.id != bin.entry.id);
        entries.insert(0, bin.entry.clone());
        sort::sort_by(&mut entries, |a, b| b.updated.cmp(&a.updated));
        self.write_index(&entries)?;
        self.store.remove(BIN_KEY)?;
        Ok(bin.entry)
    }

    pub fn open_id(&self) -> Result<Option<String>, LibraryError> {
        Ok(self.store.get(OPEN_KEY)?)
    }

    pub fn set_open(&mut self, id: &str) -> Result<(), LibraryError> {
        Ok(self.store.set(OPEN_KEY, id)?)
    }

    /// Moves the documents of the layout before the library into it, once. A saved
    /// document that cannot be read is moved as it is, so the person can still get at it.
    fn migrate(&mut self, now: u64) -> Result<(), LibraryError> {
        for (key, name) in [(LEGACY_PREVIOUS_KEY, None), (LEGACY_CURRENT_KEY, None::<&str>)] {
            let Some(raw) = self.store.get(key)? else { continue };
            let mut entries = self.read_index()?;
            let id = self.fresh_id(now, &entries)?;
            let entry = match json::from_json(&raw) {
                Ok(doc) => describe(&id, &doc, name, now, self.next_stamp()),
                Err(_) => unreadable_entry(&id, now, self.next_stamp()),
            };
            self.store.set(&doc_key(&id), &raw)?;
            entries.insert(0, entry);
            self.write_index(&entries)?;
            if key == LEGACY_CURRENT_KEY {
                self.store.set(OPEN_KEY, &id)?;
            }
            self.store.remove(key)?;
        }
        Ok(())
    }

    fn read_index(&self) -> Result<Vec<Entry>, LibraryError> {
        let Some(raw) = self.store.get(INDEX_KEY)? else { return Ok(Vec::new()) };
        // A damaged index is rebuilt from the documents by `list`, never trusted: lines that
        // cannot be read are dropped, and `list` gives their documents new ones.
        let lines = jsonv::parse(&raw).ok().and_then(|v| match v {
            Value::Array(lines) => Some(lines),
            _ => None,
        });
        Ok(lines.unwrap_or_default().iter().filter_map(Entry::from_value).collect())
    }

    fn write_index(&mut self, entries: &[Entry]) -> Result<(), LibraryError> {
        let raw = jsonv::to_string(&Value::Array(entries.iter().map(Entry::to_value).collect()));
        Ok(self.store.set(INDEX_KEY, &raw)?)
    }

    fn next_stamp(&mut self) -> String {
        self.saves += 1;
        format!("{}.{}", self.tab, self.saves)
    }

    /// An id no line or stored document uses: the time, then a counter.
    fn fresh_id(&self, now: u64, entries: &[Entry]) -> Result<String, LibraryError> {
        let keys = self.store.keys()?;
        let taken = |id: &str| entries.iter().any(|e| e.id == id) || keys.iter().any(|k| k.strip_prefix(DOC_PREFIX) == Some(id));
        let base = format!("d{now:x}{}", self.tab.chars().filter(char::is_ascii_alphanumeric).take(4).collect::<String>());
        let mut n = 0u32;
        loop {
            let id = if n == 0 { base.clone() } else { format!("{base}-{n}") };
            if !taken(&id) {
                return Ok(id);
            }
            n += 1;
        }
    }
}

pub fn doc_key(id: &str) -> String {
    format!("{DOC_PREFIX}{id}")
}

/// The name a document gets when the person has not named it.
pub fn default_name(doc: &Document) -> String {
    doc.meta()
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .or_else(|| {
            let first: String = doc.text().split_whitespace().take(8).collect::<Vec<_>>().join(" ");
            (!first.is_empty()).then_some(first)
        })
        .unwrap_or_else(|| "Untitled document".into())
}

/// The deleted document, as stored, with its line.
struct Bin {
    entry: Entry,
    raw: String,
}

impl Bin {
    fn read(stored: &str) -> Option<Bin> {
        let v = jsonv::parse(stored).ok()?;
        Some(Bin { entry: Entry::from_value(v.get("entry")?)?, raw: v.get("raw")?.as_str()?.to_string() })
    }
}

impl Entry {
    fn to_value(&self) -> Value {
        json!({
            "id": self.id.as_str(),
            "name": self.name.as_str(),
            "updated": self.updated,
            "annotations": self.annotations,
            "suggestions": self.suggestions,
            "words": self.words,
            "stamp": self.stamp.as_str(),
        })
    }

    /// A line as stored; `None` when a field is missing or of the wrong kind.
    fn from_value(v: &Value) -> Option<Entry> {
        let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let count = |k: &str| v.get(k).and_then(Value::as_usize);
        Some(Entry {
            id: text("id")?,
            name: text("name")?,
            updated: v.get("updated")?.as_u64()?,
            annotations: count("annotations")?,
            suggestions: count("suggestions").unwrap_or(0),
            words: count("words")?,
            stamp: text("stamp")?,
        })
    }
}

/// The line of a stored document that cannot be read, so the person still sees it exists.
fn unreadable_entry(id: &str, now: u64, stamp: String) -> Entry {
    Entry { id: id.to_string(), name: "Unreadable document".into(), updated: now, annotations: 0, suggestions: 0, words: 0, stamp }
}

fn describe(id: &str, doc: &Document, name: Option<&str>, now: u64, stamp: String) -> Entry {
    use crate::core::model::Status;
    Entry {
        id: id.to_string(),
        name: name.map(str::to_string).unwrap_or_else(|| default_name(doc)),
        updated: now,
        annotations: doc.annotations.iter().filter(|a| a.status == Status::Accepted).count(),
        suggestions: doc.annotations.iter().filter(|a| a.status == Status::Suggested).count(),
        words: doc.text().split_whitespace().count(),
        stamp,
    }
}

/// A store in memory, for tests and the command line. It can be told to fail: to be full
/// above a size, or to stop after some number of writes (a page killed mid-save).
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub items: std::collections::BTreeMap<String, String>,
    /// Total characters the store holds before writes fail with `Quota`.
    pub capacity: Option<usize>,
    /// Writes left before every further write fails (`None`: no limit).
    pub writes_left: Option<usize>,
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.items.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(n) = self.writes_left.as_mut() {
            if *n == 0 {
                return Err(StoreError::Unavailable);
            }
            *n -= 1;
        }
        if let Some(cap) = self.capacity {
            let used: usize = self.items.iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| k.len() + v.len()).sum();
            if used + key.len() + value.len() > cap {
                return Err(StoreError::Quota);
            }
        }
        self.items.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.items.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.items.keys().cloned().collect())
    }
}
