//! The document library in the browser's localStorage: [`crate::core::library`] over a
//! [`LocalStore`]. The library logic (index, stamps, bin, repair) is in the core and
//! tested natively; this module only adapts localStorage and keeps one library per tab.
//!
//! A save that fails (quota exceeded, storage disabled in private mode) is reported, and
//! the work stays in memory and exportable. A saved document that cannot be read is left
//! where it is and a copy kept under `UNREADABLE_KEY`, so nothing the person had is lost.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use crate::core::library::{Library, LibraryError, Store, StoreError};
use crate::core::model::Document;

/// A copy of the last saved document that could not be read, easy to find by hand.
pub const UNREADABLE_KEY: &str = "claimlens:v1:unreadable";

/// The page as drawn when the tab was last hidden or closed, as "id stamp\n" and its markup.
/// `static/boot.js` shows it at the next start while the module loads (a long saved article
/// otherwise takes a few hundred ms to appear), and the app's own drawing then takes its place.
/// It is shown only while the library still opens that document at that stamp, so it never
/// shows anything but the saved document; nothing but speed is lost without it.
pub const DRAWN_KEY: &str = "claimlens:v1:drawn";

/// Keeps the page as drawn for the next start (see [`DRAWN_KEY`]). `stored`: the document on
/// screen, saved and unchanged since. Whatever is open or picked only for the moment (dialogs,
/// menus, notices, the selection's bar, the focused entry, the toolbar's enabled buttons) is
/// left out, and the side panel is kept as the app first draws it, before its list.
pub fn keep_drawn(stored: &Stored) -> Option<()> {
    let document = gloo::utils::document();
    if !drawn_ready() {
        return None;
    }
    let copy = document.get_element_by_id("app")?.clone_node_with_deep(true).ok()?.dyn_into::<web_sys::Element>().ok()?;
    let each = |selector: &str, f: &dyn Fn(web_sys::Element)| {
        if let Ok(all) = copy.query_selector_all(selector) {
            (0..all.length()).filter_map(|i| all.item(i)?.dyn_into().ok()).for_each(f);
        }
    };
    each(".notice,.menu,[role=dialog],.kind-select,.selbar", &|el| el.remove());
    each(".panel", &|el| {
        el.set_inner_html(&format!("<p class=\"hint\">{}</p>", crate::ui::app::LISTING));
        let _ = el.set_attribute("aria-busy", "true");
    });
    // At start nothing is selected or picked, and there is nothing to undo.
    each(".toolbar button", &|el| drop(el.set_attribute("disabled", "")));
    each(".focused,.linked,.flash", &|el| drop(el.class_list().remove_3("focused", "linked", "flash")));
    let store = local_storage().ok()?;
    // A full store keeps the documents, not this copy.
    if store.set_item(DRAWN_KEY, &format!("{}\n{}", drawn_header(stored), copy.inner_html())).is_err() {
        let _ = store.remove_item(DRAWN_KEY);
    }
    Some(())
}

/// Whether the page is one to keep: a document drawn whole, not the paste screen nor an
/// article still being drawn.
pub fn drawn_ready() -> bool {
    let document = gloo::utils::document();
    let found = |selector: &str| document.query_selector(selector).ok().flatten().is_some();
    found("#app article.doc") && !found("article[aria-busy]")
}

/// How many marks the page draws.
pub fn marks_drawn() -> u32 {
    gloo::utils::document().get_elements_by_tag_name("mark").length()
}

/// Whether the page kept for the next start is already that of `stored` at its stamp.
pub fn kept_at(stored: &Stored) -> bool {
    let kept = local_storage().ok().and_then(|s| s.get_item(DRAWN_KEY).ok().flatten());
    kept.is_some_and(|k| k.split('\n').next() == Some(drawn_header(stored).as_str()))
}

/// The kept page's first line: the document it is of, at which stamp ("id stamp"; read by
/// `static/boot.js` too).
fn drawn_header(stored: &Stored) -> String {
    format!("{} {}", stored.id, stored.stamp)
}

/// This tab's identity and place in the library.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub id: String,
    /// The stamp this tab last read or wrote (see the core's module comment).
    pub stamp: String,
    /// The document in memory is what is stored: no save is needed until it changes.
    pub clean: bool,
}

/// What was found in storage at start-up.
pub enum Loaded {
    /// The document open last (or the newest).
    Saved(Document, Stored),
    /// Nothing saved yet: a first visit.
    Nothing,
    /// Storage could not be used at all, or the document open last could not be read;
    /// the message says why.
    Problem(String),
}

pub fn load() -> Loaded {
    let result = with_library(|lib| {
        let entries = lib.list(now())?;
        // This tab's document survives a reload; a new tab opens the last one opened anywhere.
        let listed = |id: &String| entries.iter().any(|e| e.id == *id);
        let open = tab_open().filter(listed).or(lib.open_id()?.filter(listed));
        let Some(id) = open.or_else(|| entries.first().map(|e| e.id.clone())) else { return Ok(Loaded::Nothing) };
        Ok(match lib.load(&id) {
            Ok((doc, stamp)) => Loaded::Saved(doc, Stored { id, stamp, clean: true }),
            Err(LibraryError::Unreadable { reason, .. }) => {
                let kept = lib.raw(&id).ok().flatten().is_some_and(|raw| lib.store_mut().set(UNREADABLE_KEY, &raw).is_ok());
                let mut msg = format!("Your saved work could not be read: {}", reason.trim_end_matches('.'));
                msg.push_str(". It is still listed in Documents, untouched");
                if kept {
                    msg.push_str(", and a copy was kept in this browser's storage under \"claimlens:v1:unreadable\"");
                }
                msg.push('.');
                Loaded::Problem(msg)
            }
            Err(e) => Loaded::Problem(format!("{e}.")),
        })
    });
    result.unwrap_or_else(|Problem(msg)| Loaded::Problem(msg))
}

/// Saves the document: over `stored` when it has one (refusing to overwrite another tab's
/// save), else as a new document. Returns where it now is.
pub fn save(doc: &Document, stored: Option<&Stored>) -> Result<Stored, LibraryError> {
    let saved = with_library(|lib| {
        let t = now();
        let result = match stored {
            Some(s) => lib.save(&s.id, doc, &s.stamp, t).map(|stamp| Stored { id: s.id.clone(), stamp, clean: true }),
            None => lib.create(doc, None, t).map(|e| Stored { id: e.id, stamp: e.stamp, clean: true }),
        };
        Ok(result)
    });
    let saved = saved.unwrap_or(Err(LibraryError::Store(StoreError::Unavailable)));
    if let Ok(s) = &saved {
        remember_open(&s.id);
    }
    saved
}

/// Which document a reload of this tab (and a new tab) opens; not worth failing over.
pub fn remember_open(id: &str) {
    let _ = with_library(|lib| lib.set_open(id));
    if let Some(Ok(Some(s))) = web_sys::window().map(|w| w.session_storage()) {
        let _ = s.set_item(TAB_OPEN_KEY, id);
    }
}

/// The document this tab had open, kept in sessionStorage (one per tab, kept on reload).
pub const TAB_OPEN_KEY: &str = "claimlens:v1:tab-open";

fn tab_open() -> Option<String> {
    web_sys::window()?.session_storage().ok()??.get_item(TAB_OPEN_KEY).ok()?
}

/// Runs `f` on this tab's library; the error is a sentence for the person.
pub fn with_library<T>(f: impl FnOnce(&mut Library<LocalStore>) -> Result<T, LibraryError>) -> Result<T, Problem> {
    thread_local! {
        static LIBRARY: RefCell<Option<Library<LocalStore>>> = const { RefCell::new(None) };
    }
    LIBRARY.with(|cell| {
        let mut slot = cell.try_borrow_mut().map_err(|_| Problem("The library is busy; try again.".into()))?;
        if slot.is_none() {
            let store = local_storage().map_err(|e| Problem(LibraryError::Store(e).to_string() + "."))?;
            *slot = Some(Library::new(LocalStore(store), tab_token()));
        }
        let lib = slot.as_mut().ok_or_else(|| Problem("no library".into()))?;
        f(lib).map_err(|e| Problem(format!("{e}.")))
    })
}

/// A message for the person.
#[derive(Debug)]
pub struct Problem(pub String);

impl From<LibraryError> for Problem {
    fn from(e: LibraryError) -> Self {
        Problem(format!("{e}."))
    }
}

pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// localStorage as a [`Store`].
pub struct LocalStore(web_sys::Storage);

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(|_| StoreError::Unavailable)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let set = || {
            self.0.set_item(key, value).map_err(|e| {
                let name = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
                if name.contains("Quota") { StoreError::Quota } else { StoreError::Unavailable }
            })
        };
        // When the store is full, the drawn copy of the page (only a head start) makes room.
        match set() {
            Err(StoreError::Quota) if self.0.remove_item(DRAWN_KEY).is_ok() => set(),
            done => done,
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        // A deleted document's text does not stay behind in the page kept of it.
        if let Some(id) = key.strip_prefix(crate::core::library::DOC_PREFIX) {
            if self.0.get_item(DRAWN_KEY).ok().flatten().is_some_and(|kept| kept.starts_with(&format!("{id} "))) {
                let _ = self.0.remove_item(DRAWN_KEY);
            }
        }
        self.0.remove_item(key).map_err(|_| StoreError::Unavailable)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.0.length().map_err(|_| StoreError::Unavailable)?;
        Ok((0..n).filter_map(|i| self.0.key(i).ok().flatten()).collect())
    }
}

fn local_storage() -> Result<web_sys::Storage, StoreError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(s))) => Ok(s),
        _ => Err(StoreError::Unavailable),
    }
}

/// A short random name for this tab, so two tabs' stamps never collide.
fn tab_token() -> String {
    let n = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    let mut s = String::new();
    let mut v = n;
    for _ in 0..6 {
        let d = (v % 36) as u32;
        s.push(char::from_digit(d, 36).unwrap_or('x'));
        v /= 36;
    }
    s
}
