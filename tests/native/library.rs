//! The document library over a store that fails the ways localStorage does: full, switched
//! off, killed between two writes, and shared by two tabs.

use std::cell::RefCell;
use std::rc::Rc;

use claimlens::core::export::json;
use claimlens::core::library::{self, Library, LibraryError, MemoryStore, Store, StoreError};
use claimlens::core::model::{Document, Kind};
use claimlens::core::text::Span;

/// One store seen by two tabs.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<MemoryStore>>);

impl Store for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.borrow().keys()
    }
}

const TEXT: &str = "Council backs budget\n\nThe mayor said 14% of services would close. Zoë called it “the best in a generation” 😀.";

fn doc_with_claim() -> Document {
    let mut doc = Document::analyze(TEXT);
    let start = TEXT.find("14%").unwrap();
    doc.tag(Kind::Claim, Span::new(start, start + "14% of services would close".len())).unwrap();
    doc
}

fn accepted_claims(doc: &Document) -> usize {
    doc.annotations.iter().filter(|a| a.kind == Kind::Claim && a.origin == claimlens::core::model::Origin::User).count()
}

#[test]
fn create_list_load_save_rename_duplicate() {
    let mut lib = Library::new(MemoryStore::default(), "tabA");
    let doc = doc_with_claim();
    let e = lib.create(&doc, None, 1_000).unwrap();
    assert_eq!(e.name, "Council backs budget");
    let (back, stamp) = lib.load(&e.id).unwrap();
    assert_eq!(json::to_json(&back), json::to_json(&doc));
    assert_eq!(stamp, e.stamp);

    let mut edited = back;
    edited.tag(Kind::Speaker, Span::new(TEXT.find("Zoë").unwrap(), TEXT.find("Zoë").unwrap() + "Zoë".len())).unwrap();
    let s2 = lib.save(&e.id, &edited, &stamp, 2_000).unwrap();
    assert_ne!(s2, stamp);
    lib.rename(&e.id, "  Budget   story ").unwrap();
    let copy = lib.duplicate(&e.id, 3_000).unwrap();
    let list = lib.list(4_000).unwrap();
    assert_eq!(list.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["Budget story (copy)", "Budget story"]);
    assert_eq!(list[1].updated, 2_000);
    assert_eq!(json::to_json(&lib.load(&copy.id).unwrap().0), json::to_json(&edited));
    // Renaming keeps the name through later saves.
    let (d, s) = lib.load(&e.id).unwrap();
    lib.save(&e.id, &d, &s, 5_000).unwrap();
    assert_eq!(lib.list(6_000).unwrap()[0].name, "Budget story");
}

#[test]
fn delete_goes_to_the_bin_and_comes_back() {
    let mut lib = Library::new(MemoryStore::default(), "t");
    let a = lib.create(&doc_with_claim(), Some("A"), 1).unwrap();
    let b = lib.create(&Document::analyze("Other\n\nText here."), Some("B"), 2).unwrap();
    lib.delete(&a.id).unwrap();
    assert_eq!(lib.list(3).unwrap().iter().map(|e| e.id.clone()).collect::<Vec<_>>(), [b.id.clone()]);
    assert!(matches!(lib.load(&a.id), Err(LibraryError::Missing(_))));
    let back = lib.undelete().unwrap();
    assert_eq!(back.id, a.id);
    assert_eq!(accepted_claims(&lib.load(&a.id).unwrap().0), 1);
    assert_eq!(lib.undelete(), Err(LibraryError::EmptyBin));
}

#[test]
fn two_tabs_never_overwrite_each_other() {
    let store = Shared::default();
    let mut tab_a = Library::new(store.clone(), "A");
    let mut tab_b = Library::new(store.clone(), "B");
    let e = tab_a.create(&doc_with_claim(), None, 1).unwrap();
    let (doc_b, stamp_b) = tab_b.load(&e.id).unwrap();
    let (mut doc_a, stamp_a) = tab_a.load(&e.id).unwrap();
    // Tab A saves first.
    doc_a.tag(Kind::Speaker, Span::new(TEXT.find("Zoë").unwrap(), TEXT.find("Zoë").unwrap() + "Zoë".len())).unwrap();
    tab_a.save(&e.id, &doc_a, &stamp_a, 2).unwrap();
    // Tab B, which read before that save, is told instead of overwriting.
    assert_eq!(tab_b.save(&e.id, &doc_b, &stamp_b, 3), Err(LibraryError::Conflict));
    let (stored, _) = tab_b.load(&e.id).unwrap();
    assert_eq!(json::to_json(&stored), json::to_json(&doc_a));
    // B keeps its version as a document of its own.
    let copy = tab_b.create(&doc_b, Some("mine"), 4).unwrap();
    assert_eq!(tab_a.list(5).unwrap().len(), 2);
    assert_ne!(copy.id, e.id);
}

#[test]
fn a_full_store_refuses_and_keeps_the_last_good_save() {
    let mut lib = Library::new(MemoryStore::default(), "t");
    let doc = doc_with_claim();
    let e = lib.create(&doc, None, 1).unwrap();
    let used: usize = lib.store().items.iter().map(|(k, v)| k.len() + v.len()).sum();
    lib.store_mut().capacity = Some(used + 10);
    let big = Document::analyze(&format!("{TEXT}\n\n{}", "More words here. ".repeat(500)));
    let err = lib.save(&e.id, &big, &e.stamp, 2).unwrap_err();
    assert_eq!(err, LibraryError::Store(StoreError::Quota));
    assert!(err.to_string().contains("storage for Claimlens is full"));
    assert_eq!(json::to_json(&lib.load(&e.id).unwrap().0), json::to_json(&doc));
    assert!(lib.create(&big, None, 3).is_err());
    assert_eq!(lib.list(4).unwrap().len(), 1);
}

/// Kills the "page" after every possible number of writes during a session of edits, then
/// reopens: every listed document loads, and no save that reported success is lost.
#[test]
fn a_crash_at_any_write_loses_no_finished_save_and_corrupts_nothing() {
    let mut total_writes = None;
    for limit in 0.. {
        let mut lib = Library::new(MemoryStore { writes_left: Some(limit), ..MemoryStore::default() }, "t");
        let mut finished: Vec<(String, usize)> = Vec::new();
        let mut crashed = false;
        let mut step = |r: Result<(), LibraryError>| {
            if r.is_err() {
                crashed = true;
            }
            !crashed
        };
        'session: {
            let mut doc = Document::analyze(TEXT);
            let Ok(e) = lib.create(&doc, None, 1) else { step(Err(LibraryError::Conflict)); break 'session };
            finished.push((e.id.clone(), 0));
            let mut stamp = e.stamp.clone();
            for (i, word) in ["mayor", "services", "generation"].iter().enumerate() {
                let at = TEXT.find(word).unwrap();
                doc.tag(Kind::Claim, Span::new(at, at + word.len())).unwrap();
                match lib.save(&e.id, &doc, &stamp, 2 + i as u64) {
                    Ok(s) => {
                        stamp = s;
                        finished.retain(|(id, _)| *id != e.id);
                        finished.push((e.id.clone(), i + 1));
                    }
                    Err(err) => {
                        step(Err(err));
                        break 'session;
                    }
                }
            }
            match lib.duplicate(&e.id, 9) {
                Ok(c) => finished.push((c.id, 3)),
                Err(err) => {
                    step(Err(err));
                    break 'session;
                }
            }
            if !step(lib.delete(&e.id).map(|_| ())) {
                break 'session;
            }
            finished.retain(|(id, _)| *id != e.id);
            if !step(lib.undelete().map(|_| ())) {
                break 'session;
            }
            finished.push((e.id.clone(), 3));
        }
        // Reopen.
        lib.store_mut().writes_left = None;
        let list = lib.list(100).unwrap();
        for entry in &list {
            if entry.name == "Unreadable document" {
                panic!("a crash after {limit} writes left an unreadable document");
            }
            lib.load(&entry.id).unwrap_or_else(|e| panic!("after {limit} writes: {e}"));
        }
        for (id, claims) in &finished {
            // A deleted document is either back or in the bin; others must be listed.
            let doc = match lib.load(id) {
                Ok((d, _)) => d,
                Err(_) => {
                    let bin = lib.store().get(library::BIN_KEY).unwrap().expect("in the bin");
                    assert!(bin.contains(id.as_str()), "after {limit} writes, {id} is lost");
                    continue;
                }
            };
            assert!(accepted_claims(&doc) >= *claims, "after {limit} writes, {id} lost a finished save");
        }
        if !crashed {
            total_writes = Some(limit);
            break;
        }
    }
    assert!(total_writes.unwrap() > 8, "the session should take several writes");
}

#[test]
fn the_single_document_layout_moves_into_the_library() {
    let mut store = MemoryStore::default();
    store.set(library::LEGACY_CURRENT_KEY, &json::to_json(&doc_with_claim())).unwrap();
    store.set(library::LEGACY_PREVIOUS_KEY, &json::to_json(&Document::analyze("Older one\n\nText."))).unwrap();
    let mut lib = Library::new(store, "t");
    let list = lib.list(7).unwrap();
    assert_eq!(list.len(), 2);
    let open = lib.open_id().unwrap().unwrap();
    assert_eq!(accepted_claims(&lib.load(&open).unwrap().0), 1);
    assert!(lib.store().get(library::LEGACY_CURRENT_KEY).unwrap().is_none());
    assert!(lib.store().get(library::LEGACY_PREVIOUS_KEY).unwrap().is_none());
}

#[test]
fn a_damaged_index_or_document_is_repaired_or_reported_not_trusted() {
    let mut lib = Library::new(MemoryStore::default(), "t");
    let e = lib.create(&doc_with_claim(), None, 1).unwrap();
    lib.store_mut().set(library::INDEX_KEY, "[{\"id\": 3").unwrap();
    let list = lib.list(2).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, e.id);
    lib.store_mut().set(&library::doc_key(&e.id), "{\"format\":\"claimlens\",\"version\":1,\"text\":\"cut").unwrap();
    assert!(matches!(lib.load(&e.id), Err(LibraryError::Unreadable { .. })));
    // Still listed, and its raw text is still there to download.
    assert_eq!(lib.list(3).unwrap().len(), 1);
    assert!(lib.raw(&e.id).unwrap().unwrap().contains("cut"));
}
