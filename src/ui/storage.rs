//! Autosave in the browser's localStorage, as Claimlens JSON.
//!
//! A save that fails (quota exceeded, storage disabled in private mode) is reported, and
//! the work stays in memory and exportable. A saved state that cannot be read is moved
//! aside, never overwritten, so nothing the person had is lost.

use crate::core::export::json;
use crate::core::model::Document;

pub const CURRENT_KEY: &str = "claimlens:v1:current";
pub const UNREADABLE_KEY: &str = "claimlens:v1:unreadable";
/// The document set aside by the last paste, import or shared link, kept so that making a
/// shared view one's own never loses the work that was there.
pub const PREVIOUS_KEY: &str = "claimlens:v1:previous";

/// What was found in storage at start-up.
pub enum Loaded {
    /// A saved document.
    Saved(Document),
    /// Nothing saved yet: a first visit.
    Nothing,
    /// Storage could not be used at all; the message says why.
    Unavailable(String),
    /// Something was saved but could not be read; it was kept under `UNREADABLE_KEY`.
    Unreadable(String),
}

pub fn load() -> Loaded {
    let storage = match local_storage() {
        Ok(s) => s,
        Err(e) => return Loaded::Unavailable(e),
    };
    let raw = match storage.get_item(CURRENT_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Unavailable("the browser refused to read saved data".into()),
    };
    match json::from_json(&raw) {
        Ok(doc) => Loaded::Saved(doc),
        Err(e) => {
            let kept = storage.set_item(UNREADABLE_KEY, &raw).is_ok();
            let _ = storage.remove_item(CURRENT_KEY);
            let mut msg = format!("Your saved work could not be read: {e}");
            if kept {
                msg.push_str(" A copy of it was kept in this browser's storage under \"claimlens:v1:unreadable\".");
            }
            Loaded::Unreadable(msg)
        }
    }
}

/// Saves the document; the error is a sentence for the person.
pub fn save(doc: &Document) -> Result<(), String> {
    let storage = local_storage()?;
    storage.set_item(CURRENT_KEY, &json::to_json(doc)).map_err(|_| {
        "This browser would not save your work (its storage is full or switched off). \
         Everything is still here: use Export to keep a copy."
            .to_string()
    })
}

/// Keeps the set-aside document; failures are ignored because the current one is what
/// the person is working on, and its save reports its own errors.
pub fn save_previous(doc: &Document) {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(PREVIOUS_KEY, &json::to_json(doc));
    }
}

fn local_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err("This browser does not allow Claimlens to save (storage is switched off, as in some private windows). \
                  Your work stays here until you close the tab: use Export to keep it."
            .into()),
    }
}
