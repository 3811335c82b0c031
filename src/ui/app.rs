//! The application shell: one reducer shared by every component, and the effects that talk
//! to the browser (autosave, selection tracking, keys, scrolling, files, downloads).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::core::article::{BlockKind, Meta};
use crate::core::case;
use crate::core::export::json::ImportError;
use crate::core::export::{self, brat, json, w3c, zip, Format, Imported};
use crate::core::model::{Document, Kind, Stance, Status, Verdict};
use crate::ui::components::article::ArticleView;
use crate::ui::components::header::Header;
use crate::ui::components::notice::NoticeBar;
use crate::ui::components::overlaps::OverlapBar;
use crate::ui::components::panel::Panel;
use crate::ui::components::paste::PasteScreen;
use crate::ui::components::toolbar::{SelectionBar, Toolbar, TAGS};
use crate::ui::dom;
use crate::core::share::{self, ShareError};
use crate::ui::compression;
use crate::ui::components::share::ShareDialog;
use crate::ui::state::{check_paste, Action, Notice, NoticeAction, Screen, State, Tone, MAX_PASTE_BYTES};
use crate::core::library::{self, LibraryError};
use crate::ui::components::library::LibraryDialog;
use crate::ui::storage::{self, Loaded, Stored};

/// Fired on the window once the app listens for keys: `static/boot.js` then hands over the keys
/// pressed on the page kept from the last visit.
pub const KEYS_EVENT: &str = "claimlens:keys";

/// What the side panel says until its list is drawn, just after the article.
pub const LISTING: &str = "Listing annotations…";

/// The article a first visit opens on, so there is something to see at once.
pub const SAMPLE: &str = include_str!("../../static/sample.txt");

/// The data of the share link in the page's address, if it carries one.
pub fn link_in_address() -> Option<String> {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok())?;
    hash.strip_prefix('#').filter(|h| h.starts_with(share::FRAGMENT_PREFIX)).map(str::to_string)
}

/// Opens a share link's data: checked and inflated by the browser, then read by the core.
pub async fn open_link(link: &str) -> Result<Document, ShareError> {
    let deflated = share::unpack(link)?;
    share::read_inflated(compression::inflate(&deflated, share::MAX_PAYLOAD).await)
}

/// The state the app starts in: a shared link's document (read-only), else the saved
/// document, or the sample on a first visit. `link` is what opening the address's share
/// link gave, if it has one.
pub fn initial_state(link: Option<&Result<Document, ShareError>>) -> State {
    let saved = match storage::load() {
        Loaded::Saved(doc, stored) => {
            let mut s = State::new(doc, None);
            s.stored = Some(stored);
            s
        }
        Loaded::Nothing => State::new(Document::analyze(SAMPLE), None),
        Loaded::Problem(msg) => State::new(Document::analyze(SAMPLE), Some(Notice::error(msg))),
    };
    let Some(link) = link else { return saved };
    match link {
        Ok(doc) => {
            let mut state = State::shared(doc.clone());
            state.previous = Some((saved.doc, saved.stored));
            state
        }
        Err(e) => {
            let mut state = saved;
            state.recovered = e.recovered_text().map(|t| (t.to_string(), e.recovered_whole()));
            state.notice = Some(Notice {
                tone: Tone::Error,
                text: format!("{e} Your own work is untouched."),
                action: state.recovered.as_ref().map(|_| (NoticeAction::OpenRecovered, "Open the recovered text")),
            });
            state
        }
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Start from this state's document instead of storage (used by component tests).
    #[prop_or_default]
    pub start: Option<Rc<Document>>,
    /// What opening the address's share link gave (`link_in_address`, `open_link`).
    #[prop_or_default]
    pub link: Option<Rc<Result<Document, ShareError>>>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let (start, link) = (props.start.clone(), props.link.clone());
    let state = use_reducer(move || match start {
        Some(doc) => State::new((*doc).clone(), None),
        None => initial_state(link.as_deref()),
    });
    let article_ref = use_node_ref();
    // The side panel is drawn just after the article is first painted, so a long
    // document's text shows without waiting for its list.
    let panel_ready = use_state(|| false);
    {
        let panel_ready = panel_ready.clone();
        use_effect_with((), move |_| dom::after_paint(move || panel_ready.set(true)));
    }
    // The list follows the document and the pick once the frame that shows an edit is
    // painted: the mark appears without waiting for the list's sorting and comparing of
    // every annotation (about 2 ms of adding one, with 2,000), and the list catches up in
    // the task after the paint, with the state as it is then. An edit made in the list
    // itself (focus in the panel) is listed at once: its fields take their values from the
    // document, and a late redraw would reset one being typed into. So is another document
    // opened: its list never shows the last one's, nor moves the page a frame later.
    let listed = use_state(|| Listed::of(&state));
    let latest = use_mut_ref(|| Listed::of(&state));
    *latest.borrow_mut() = Listed::of(&state);
    // Read by the keys that go into the list's entries (E, L, Enter) and the Note button.
    let list_behind = use_mut_ref(|| false);
    {
        let behind = !listed.same(&latest.borrow());
        let at_once = listed.doc_seq != state.doc_seq;
        *list_behind.borrow_mut() = behind;
        let (listed, latest) = (listed.clone(), latest.clone());
        use_effect(move || {
            if behind {
                let catch_up = move || {
                    let now = latest.borrow().clone();
                    if !listed.same(&now) {
                        listed.set(now);
                    }
                };
                if at_once || dom::focus_within(".panel") {
                    catch_up();
                } else {
                    dom::after_paint(catch_up);
                }
            }
        });
    }
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);

    // Autosave after every change to the document; a shared view is not saved. The save
    // runs right after the change is painted, so a large document's serialisation never
    // delays the frame that shows the edit; edits made before it runs are saved together.
    // The session (not the state) is what the save reads, so no save ever works from a
    // stamp an earlier save has replaced.
    let session = use_mut_ref(Session::default);
    session.borrow_mut().library_open = state.library.is_some();
    {
        let session = session.clone();
        let doc = state.doc.clone();
        let stored = state.stored.clone();
        let (read_only, seq, revision) = (state.read_only, state.doc_seq, state.revision);
        let dispatcher = state.dispatcher();
        use_effect_with((revision, seq), move |_| {
            let mut s = session.borrow_mut();
            if s.seq != seq || !s.started {
                // A different document: first finish the last one's save.
                flush(&mut s, &dispatcher);
                let clean = stored.as_ref().is_some_and(|st| st.clean);
                *s = Session {
                    started: true,
                    seq,
                    saved_rev: if clean { revision } else { u64::MAX },
                    stored,
                    library_open: s.library_open,
                    ..Session::default()
                };
            }
            s.latest_rev = revision;
            if !read_only && s.saved_rev != revision {
                let first = s.pending.is_none();
                s.pending = Some((doc, revision));
                if first {
                    let session = session.clone();
                    dom::after_paint(move || flush(&mut session.borrow_mut(), &dispatcher));
                }
            }
            drop(s);
            // A change ends the selection it was made from, so a second key press does not
            // tag the same words again.
            dom::clear_selection();
        });
    }

    // A reload or a closed tab right after an edit: save what is waiting now rather than after
    // a paint that will not come. (The session may be busy saving already: then that save
    // carries the edit.)
    {
        let session = session.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let save_now = {
                let session = session.clone();
                move || {
                    if let Ok(mut s) = session.try_borrow_mut() {
                        flush(&mut s, &dispatcher);
                        keep_page(&mut s, false);
                    }
                }
            };
            let on_hide = {
                let save_now = save_now.clone();
                gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| save_now())
            };
            let document = gloo::utils::document();
            let on_hidden = {
                let hidden = document.clone();
                gloo::events::EventListener::new(&document, "visibilitychange", move |_| {
                    if hidden.hidden() {
                        save_now();
                    }
                })
            };
            move || drop((on_hide, on_hidden))
        });
    }

    // The page is kept for the next start once the document has rested a while after its
    // last change (and once after start), rather than only when the tab is hidden or closed:
    // keeping it takes tens of ms with a long article, which a reload would otherwise wait
    // for in the closing page (README, Rendering), and a page killed before it is hidden
    // still leaves one. Each change starts the wait again.
    {
        let session = session.clone();
        let resting = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
        use_effect_with((state.revision, state.doc_seq), move |_| {
            let wait = gloo::timers::callback::Timeout::new(KEEP_AFTER_MS, move || {
                if let Ok(mut s) = session.try_borrow_mut() {
                    keep_page(&mut s, true);
                }
            });
            *resting.borrow_mut() = Some(wait);
        });
    }

    // Another tab changed the library: refresh the open Documents list, and take the other
    // tab's newer version of the open document when this tab has nothing unsaved.
    {
        let session = session.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    use wasm_bindgen::JsCast;
                    let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                    if key.as_deref().is_some_and(|k| k != library::INDEX_KEY) {
                        return;
                    }
                    let s = session.borrow();
                    if s.library_open {
                        if let Ok(list) = storage::with_library(|lib| lib.list(storage::now())) {
                            dispatcher.dispatch(Action::ShowLibrary(Some(Rc::new(list))));
                        }
                    }
                    let clean = s.pending.is_none() && s.saved_rev == s.latest_rev;
                    let Some(mine) = s.stored.clone().filter(|_| clean) else { return };
                    drop(s);
                    let newer = storage::with_library(|lib| {
                        if lib.stamp(&mine.id)?.is_some_and(|st| st != mine.stamp) {
                            lib.load(&mine.id).map(Some)
                        } else {
                            Ok(None)
                        }
                    });
                    if let Ok(Some((doc, stamp))) = newer {
                        let stored = Stored { id: mine.id, stamp, clean: true };
                        dispatcher.dispatch(Action::OpenStored(Box::new(doc), stored, "Updated with the changes saved in another tab.".into()));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Once a shared view becomes the person's copy, the address no longer carries the link,
    // so a reload opens their copy.
    {
        let read_only = state.read_only;
        use_effect_with(read_only, move |ro| {
            if !*ro {
                if let Some(w) = web_sys::window() {
                    let has_link = w.location().hash().is_ok_and(|h| h.starts_with(&format!("#{}", share::FRAGMENT_PREFIX)));
                    if has_link {
                        let path = w.location().pathname().unwrap_or_else(|_| "/".into());
                        if let Ok(h) = w.history() {
                            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
                        }
                    }
                }
            }
        });
    }

    // Track the selection inside the article. Only a change counts: the page also reports
    // selections in its text boxes as they are drawn, and one such report arriving between a
    // key press ("j": the next sentence) and the selection it computes being put on the page
    // would wipe that selection out.
    {
        let dispatcher = state.dispatcher();
        let article_ref = article_ref.clone();
        use_effect_with((), move |_| {
            let doc = web_sys::window().and_then(|w| w.document());
            let last = std::cell::Cell::new(None);
            let listener = doc.map(|d| {
                EventListener::new(&d, "selectionchange", move |_| {
                    let span = article_ref.cast::<web_sys::Element>().and_then(|root| dom::selection_span(&root));
                    if last.replace(span) != span {
                        dispatcher.dispatch(Action::Select(span));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Keyboard: tag keys and undo/redo, in the workspace, outside text fields. The picked
    // annotation is read from `latest`, the state as of the last render.
    {
        let dispatcher = state.dispatcher();
        let (latest, list_behind) = (latest.clone(), list_behind.clone());
        use_effect_with((state.screen, state.read_only), move |(screen, read_only)| {
            let active = *screen == Screen::Workspace && !*read_only;
            let window = web_sys::window();
            let listener = window.filter(|_| active).map(|w| {
                // Not passive: the handled keys must not also type or scroll.
                let opts = gloo::events::EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&w, "keydown", opts, move |e| {
                    use wasm_bindgen::JsCast;
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if dom::is_typing_target(e.target()) || e.alt_key() {
                        return;
                    }
                    let key = e.key();
                    let ctrl = e.ctrl_key() || e.meta_key();
                    let action = if ctrl {
                        match key.as_str() {
                            "z" | "Z" if e.shift_key() => Some(Action::Redo),
                            "z" | "Z" => Some(Action::Undo),
                            "y" | "Y" => Some(Action::Redo),
                            _ => None,
                        }
                    } else if key == "?" {
                        Some(Action::ShowKeys(None))
                    } else if key == "Escape" {
                        Some(Action::CloseOverlays)
                    } else if key == "s" || key == "S" {
                        Some(Action::SnapToSentence)
                    } else if key == "j" || key == "J" {
                        Some(Action::SentenceStep { forward: true, extend: e.shift_key() })
                    } else if key == "k" || key == "K" {
                        Some(Action::SentenceStep { forward: false, extend: e.shift_key() })
                    } else if key == "n" || key == "N" {
                        Some(Action::AnnotationStep(true))
                    } else if key == "p" || key == "P" {
                        Some(Action::AnnotationStep(false))
                    } else if (key == "Delete" || key == "Backspace" || key == "Enter") && !dom::is_page_target(e.target()) {
                        None
                    } else if key == "Delete" || key == "Backspace" {
                        Some(Action::DeleteFocused)
                    } else if let Some(field) = match key.as_str() {
                        // Into the picked annotation's entry in the list: its note, the
                        // speaker it links to, or the entry itself (then Tab through it).
                        "e" | "E" => Some("textarea.note"),
                        "l" | "L" => Some("label.stance select"),
                        "Enter" => Some(""),
                        _ => None,
                    } {
                        // Read once the keys before it are rendered: "1" then "e" at once
                        // tags, then opens the new annotation's note, not the suggestion's
                        // entry the tag was picked from.
                        // Enter with nothing picked stays the focused button's own (a
                        // block's type in the article).
                        if !field.is_empty() || latest.borrow().focused.is_some() {
                            e.prevent_default();
                            let (latest, list_behind) = (latest.clone(), list_behind.clone());
                            gloo::timers::callback::Timeout::new(0, move || {
                                let id = latest.borrow().focused.clone().filter(|id| dom::is_safe_id(id));
                                if let Some(id) = id {
                                    focus_listed(&list_behind, format!("li[data-id=\"{id}\"] {field}"), format!("li[data-id=\"{id}\"]"));
                                }
                            })
                            .forget();
                        }
                        None
                    } else if key == "a" || key == "A" {
                        Some(Action::ReviewFocused(Status::Accepted))
                    } else if key == "r" || key == "R" {
                        Some(Action::ReviewFocused(Status::Rejected))
                    } else {
                        TAGS.iter()
                            .find(|(_, k)| k.eq_ignore_ascii_case(&key))
                            .map(|(kind, _)| Action::Tag(*kind))
                    };
                    if let Some(action) = action {
                        e.prevent_default();
                        dispatcher.dispatch(action);
                    }
                })
            });
            // Keys pressed on the page kept from the last visit wait for this (static/boot.js).
            if let (Some(_), Ok(ready)) = (&listener, web_sys::Event::new(KEYS_EVENT)) {
                let _ = gloo::utils::window().dispatch_event(&ready);
            }
            move || drop(listener)
        });
    }

    // Put a selection the app computed (snapping to sentences) into the page.
    {
        let selection = state.selection;
        let article_ref = article_ref.clone();
        use_effect_with(state.selection_seq, move |_| {
            if let (Some(span), Some(root)) = (selection, article_ref.cast::<web_sys::Element>()) {
                dom::set_selection(&root, span);
            }
        });
    }

    // Scroll to and flash the picked annotation, in the text and in the list, and light up
    // what is tied to it.
    {
        let focused = state.focused.clone();
        let doc = state.doc.clone();
        use_effect_with(state.focus_seq, move |_| {
            dom::mark_linked(&focused.as_deref().map(|id| doc.linked(id)).unwrap_or_default());
            if let Some(id) = focused.filter(|id| dom::is_safe_id(id)) {
                dom::scroll_to_and_flash(&format!("mark[data-id=\"{id}\"]"), true);
                dom::scroll_to_and_flash(&format!("li[data-id=\"{id}\"]"), false);
            }
        });
    }

    let d = state.dispatcher();
    let on_tag = Callback::from({
        let d = d.clone();
        move |k: Kind| d.dispatch(Action::Tag(k))
    });
    let on_undo = Callback::from({
        let d = d.clone();
        move |_| d.dispatch(Action::Undo)
    });
    let on_redo = Callback::from({
        let d = d.clone();
        move |_| d.dispatch(Action::Redo)
    });
    let on_sentence = Callback::from({
        let d = d.clone();
        move |_| d.dispatch(Action::SnapToSentence)
    });
    let on_pick = Callback::from({
        let d = d.clone();
        move |id: String| d.dispatch(Action::Focus(id))
    });
    let on_delete = Callback::from({
        let d = d.clone();
        move |id: String| d.dispatch(Action::Delete(id))
    });
    let on_stance = Callback::from({
        let d = d.clone();
        move |(id, s): (String, Option<Stance>)| d.dispatch(Action::SetStance(id, s))
    });
    let on_note = Callback::from({
        let d = d.clone();
        move |(id, n): (String, String)| d.dispatch(Action::SetNote(id, n))
    });
    let on_verdict = Callback::from({
        let d = d.clone();
        move |(id, v): (String, Option<Verdict>)| d.dispatch(Action::SetVerdict(id, v))
    });
    let on_speaker = Callback::from({
        let d = d.clone();
        move |(id, sp): (String, Option<String>)| d.dispatch(Action::SetSpeaker(id, sp))
    });
    let on_topic = Callback::from({
        let d = d.clone();
        move |(id, t): (String, String)| d.dispatch(Action::SetTopic(id, t))
    });
    let on_link = Callback::from({
        let d = d.clone();
        move |(from, to, add): (String, String, bool)| d.dispatch(if add { Action::AddLink(from, to) } else { Action::RemoveLink(from, to) })
    });
    let on_review = Callback::from({
        let d = d.clone();
        move |(ids, st): (Vec<String>, Status)| d.dispatch(Action::Review(ids, st))
    });
    let on_rename = Callback::from({
        let d = d.clone();
        move |(id, name): (String, String)| d.dispatch(Action::RenameSpeaker(id, name))
    });
    let on_merge = Callback::from({
        let d = d.clone();
        move |(from, into): (String, String)| d.dispatch(Action::MergeSpeakers { from, into })
    });
    let on_split = Callback::from({
        let d = d.clone();
        move |(from, alias): (String, String)| d.dispatch(Action::SplitSpeaker { from, alias })
    });
    let on_notice_action = Callback::from({
        let d = d.clone();
        move |a: NoticeAction| match a {
            NoticeAction::RestorePrevious => d.dispatch(Action::RestorePrevious),
            NoticeAction::Undo => d.dispatch(Action::Undo),
            NoticeAction::MakeCopy => d.dispatch(Action::MakeCopy),
            NoticeAction::OpenRecovered => d.dispatch(Action::OpenRecovered),
            NoticeAction::UndoDelete => {
                library_change(&d, |lib| lib.undelete(), |e| Notice::info(format!("Brought back “{}”.", e.name)))
            }
        }
    });
    let on_dismiss = Callback::from({
        let d = d.clone();
        move |_| d.dispatch(Action::DismissNotice)
    });
    let on_file = Callback::from({
        let d = d.clone();
        let reader = reader.clone();
        let current = state.doc.clone();
        move |file: web_sys::File| open_file(file, d.clone(), current.clone(), &reader)
    });

    let notice = html! {
        <NoticeBar notice={state.notice.clone()} on_action={on_notice_action} {on_dismiss} />
    };

    if state.screen == Screen::Paste {
        let on_draft = Callback::from({
            let d = d.clone();
            move |t: String| d.dispatch(Action::SetDraft(t))
        });
        let on_annotate = Callback::from({
            let d = d.clone();
            move |_| d.dispatch(Action::Annotate)
        });
        let on_sample = Callback::from({
            let d = d.clone();
            move |_| d.dispatch(Action::Open(Box::new(Document::analyze(SAMPLE)), "Opened the sample article.".into()))
        });
        let on_cancel = Callback::from({
            let d = d.clone();
            move |_| d.dispatch(Action::ShowWorkspace)
        });
        return html! {
            <>
                { notice }
                <PasteScreen draft={state.draft.clone()} can_cancel={!state.doc.text().is_empty()}
                    {on_draft} {on_annotate} {on_sample} {on_cancel} {on_file} />
            </>
        };
    }

    let on_new = Callback::from({
        let d = d.clone();
        move |_| d.dispatch(Action::NewPaste)
    });
    let on_library = Callback::from({
        let d = d.clone();
        let session = session.clone();
        move |_| {
            // The list shows the open document as it is now.
            flush(&mut session.borrow_mut(), &d);
            refresh_library(&d, true);
        }
    });
    let library_dialog = state.library.clone().map(|entries| {
        let open_id = state.stored.as_ref().map(|s| s.id.clone());
        let on_open = Callback::from({
            let d = d.clone();
            let session = session.clone();
            let open_id = open_id.clone();
            move |id: String| {
                if open_id.as_deref() == Some(id.as_str()) {
                    d.dispatch(Action::ShowLibrary(None));
                    return;
                }
                flush(&mut session.borrow_mut(), &d);
                let name = storage::with_library(|lib| Ok(lib.list(storage::now())?.into_iter().find(|e| e.id == id).map(|e| e.name)));
                match storage::with_library(|lib| lib.load(&id)) {
                    Ok((doc, stamp)) => {
                        let name = name.ok().flatten().unwrap_or_else(|| library::default_name(&doc));
                        storage::remember_open(&id);
                        d.dispatch(Action::OpenStored(Box::new(doc), Stored { id, stamp, clean: true }, format!("Opened “{name}”.")));
                    }
                    Err(p) => d.dispatch(Action::Notify(Notice::error(p.0))),
                }
            }
        });
        let on_rename = Callback::from({
            let d = d.clone();
            move |(id, name): (String, String)| match storage::with_library(|lib| lib.rename(&id, &name)) {
                Ok(()) => refresh_library(&d, false),
                Err(p) => d.dispatch(Action::Notify(Notice::error(p.0))),
            }
        });
        let on_duplicate = Callback::from({
            let d = d.clone();
            let session = session.clone();
            move |id: String| {
                flush(&mut session.borrow_mut(), &d);
                library_change(&d, |lib| lib.duplicate(&id, storage::now()), |e| Notice::info(format!("Made a copy: “{}”.", e.name)));
            }
        });
        let on_delete = Callback::from({
            let d = d.clone();
            move |id: String| {
                library_change(&d, |lib| lib.delete(&id), |e| Notice {
                    tone: Tone::Info,
                    text: format!("Deleted “{}”.", e.name),
                    action: Some((NoticeAction::UndoDelete, "Undo")),
                })
            }
        });
        let on_close = Callback::from({
            let d = d.clone();
            move |_| d.dispatch(Action::ShowLibrary(None))
        });
        html! { <LibraryDialog {entries} {open_id} {on_open} {on_rename} {on_duplicate} {on_delete} {on_close} /> }
    });
    let on_export = Callback::from({
        let d = d.clone();
        let doc = state.doc.clone();
        move |format: Format| {
            let name = format!("{}.{}", slug(doc.meta().title.as_deref().unwrap_or("article")), format.extension());
            match dom::download(&name, format.mime(), &export::export(&doc, format)) {
                Ok(()) => d.dispatch(Action::Notify(Notice::info(format!("Downloaded {name}.")))),
                Err(e) => d.dispatch(Action::Notify(Notice::error(format!("Export failed: {e}.")))),
            }
        }
    });
    let on_share = Callback::from({
        let d = d.clone();
        let doc = state.doc.clone();
        move |_| {
            let Some(w) = web_sys::window() else { return };
            let loc = w.location();
            let base = format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_else(|_| "/".into()));
            let (d, payload) = (d.clone(), share::payload(&doc));
            wasm_bindgen_futures::spawn_local(async move {
                match compression::deflate(&payload).await {
                    Some(deflated) => d.dispatch(Action::ShowShare(Some(format!("{base}#{}{}", share::FRAGMENT_PREFIX, share::link_data(&deflated))))),
                    None => d.dispatch(Action::Notify(Notice::error(
                        "This browser cannot compress a share link. Export the single-file HTML view to share instead.".to_string(),
                    ))),
                }
            });
        }
    });
    let on_close_share = Callback::from({
        let d = d.clone();
        move |_| d.dispatch(Action::ShowShare(None))
    });
    let on_save_meta = Callback::from({
        let d = d.clone();
        move |m: Meta| d.dispatch(Action::SetMeta(m))
    });
    let on_block_kind = Callback::from({
        let d = d.clone();
        move |(i, k): (usize, BlockKind)| d.dispatch(Action::SetBlockKind(i, k))
    });

    html! {
        <div class="app">
            <Header meta={state.doc.meta().clone()} on_save={on_save_meta} {on_new} {on_library} save_state={state.save_state} on_export={on_export.clone()} {on_share} read_only={state.read_only}
                on_make_copy={Callback::from({ let d = d.clone(); move |_| d.dispatch(Action::MakeCopy) })} />
            { for library_dialog }
            if state.show_keys {
                <KeysOverlay on_close={Callback::from({ let d = d.clone(); move |_| d.dispatch(Action::ShowKeys(Some(false))) })} />
            }
            if let Some(url) = state.share_url.clone() {
                <ShareDialog {url} on_close={on_close_share} on_download_view={on_export.reform(|_| Format::Html)} />
            }
            { notice }
            <div class="workspace">
                <main class="reading">
                    <div class="bars">
                        if !state.read_only {
                            <Toolbar has_selection={state.selection.is_some()} can_undo={state.doc.can_undo()}
                                can_redo={state.doc.can_redo()} on_tag={on_tag.clone()} {on_undo} {on_redo} {on_sentence}
                            on_note={state.focused.clone().filter(|id| dom::is_safe_id(id) && state.doc.annotation(id).is_some()).map(|id| {
                                let list_behind = list_behind.clone();
                                Callback::from(move |_| focus_listed(&list_behind, format!("li[data-id=\"{id}\"] textarea.note"), format!("li[data-id=\"{id}\"]")))
                            })} />
                        }
                        if state.here.len() > 1 {
                            <OverlapBar doc={state.doc.clone()} ids={state.here.clone()} focused={state.focused.clone()} on_pick={on_pick.clone()} />
                        }
                    </div>
                    if !state.read_only {
                        <SelectionBar selection={state.selection} on_tag={on_tag.clone()} />
                    }
                    <ArticleView doc={state.doc.clone()} focused={state.focused.clone()}
                        node_ref={article_ref} on_pick={Callback::from({ let d = d.clone(); move |ids: Vec<String>| d.dispatch(Action::Pick(ids)) })} {on_block_kind} read_only={state.read_only} />
                </main>
                if *panel_ready {
                    <Panel doc={listed.doc.clone()} focused={listed.focused.clone()}
                        {on_pick} {on_delete} {on_stance} {on_note} {on_verdict} {on_speaker} {on_topic} {on_link} {on_review} {on_rename} {on_merge} {on_split} read_only={state.read_only}
                        on_tag_mentions={Callback::from({ let d = d.clone(); move |id: String| d.dispatch(Action::TagMentions(id)) })} />
                } else {
                    <aside class="panel" aria-label="Annotations and speakers" aria-busy="true"><p class="hint">{ LISTING }</p></aside>
                }
            </div>
        </div>
    }
}

/// Focuses `target` in a list entry (else the `entry` itself), as the E, L and Enter keys and
/// the Note button do. An annotation tagged or picked a moment ago is listed as it now is
/// once its frame is painted (`list_behind`); then the focus waits for that.
/// On a slow machine the list may still be behind after one painted frame (its own
/// catch-up and this wait both run after the paint): the wait is repeated, a few times.
fn focus_listed(list_behind: &std::rc::Rc<std::cell::RefCell<bool>>, target: String, entry: String) {
    focus_when_listed(list_behind.clone(), target, entry, LIST_WAITS);
}

/// How many painted frames a key into the list waits for it at most.
const LIST_WAITS: u8 = 4;

fn focus_when_listed(list_behind: std::rc::Rc<std::cell::RefCell<bool>>, target: String, entry: String, waits: u8) {
    if *list_behind.borrow() && waits > 0 {
        dom::after_paint(move || focus_when_listed(list_behind, target, entry, waits - 1));
    } else {
        dom::focus_first(&target, &entry);
    }
}

/// What the side panel lists: the document and the picked annotation as of the last
/// painted frame, or as of now after an edit in the list or another document opened (see
/// `app`).
#[derive(Clone)]
struct Listed {
    doc: Rc<Document>,
    focused: Option<String>,
    /// Which document this is (`State::doc_seq`).
    doc_seq: u64,
}

impl Listed {
    fn of(state: &State) -> Self {
        Listed { doc: state.doc.clone(), focused: state.focused.clone(), doc_seq: state.doc_seq }
    }

    /// The same document (by pointer: comparing contents would cost what waiting saves)
    /// and the same pick.
    fn same(&self, other: &Listed) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc) && self.focused == other.focused
    }
}

/// Every key, in one place, opened with "?".
#[derive(Properties, PartialEq)]
struct KeysProps {
    on_close: Callback<()>,
}

#[function_component(KeysOverlay)]
fn keys_overlay(props: &KeysProps) -> Html {
    const KEYS: &[(&str, &str)] = &[
        ("1", "Tag the selection as a claim"),
        ("2", "Tag the selection as a speaker mention"),
        ("3", "Tag the selection as a position"),
        ("Q", "Tag the selection as a quotation"),
        ("J / K", "Select the next / previous sentence"),
        ("Shift+J / Shift+K", "Grow the selection by the next / previous sentence"),
        ("S", "Widen the selection to whole sentences"),
        ("N / P", "Pick the next / previous annotation"),
        ("E", "Write a note on the picked annotation"),
        ("L", "Link the picked annotation to a speaker (then Tab to its topic, stance, evidence)"),
        ("Enter", "Go to the picked annotation's entry in the list"),
        ("Delete", "Delete the picked annotation"),
        ("A", "Accept the picked (or next) suggestion"),
        ("R", "Reject the picked (or next) suggestion"),
        ("Ctrl+Z", "Undo"),
        ("Ctrl+Shift+Z, Ctrl+Y", "Redo"),
        ("Enter (in the list)", "On a listed annotation: jump to it in the text"),
        ("Ctrl+Enter", "In the paste box: Annotate"),
        ("?", "Show or hide this list"),
        ("Esc", "Close this list, the Documents or Share dialog, or the Export or block type menu"),
    ];
    let close = props.on_close.reform(|_: MouseEvent| ());
    use_effect_with((), |_| dom::focus_first(".keys-overlay button", ".keys-overlay"));
    html! {
        <section class="keys-overlay" role="dialog" aria-label="Keyboard shortcuts">
            // Close beside the heading: the button takes the focus, which would otherwise
            // scroll a list taller than the window past its own heading.
            <div class="keys-head"><h2>{ "Keyboard shortcuts" }</h2><button onclick={close}>{ "Close" }</button></div>
            <table>{ for KEYS.iter().map(|(k, what)| html! { <tr><td><kbd>{ *k }</kbd></td><td>{ *what }</td></tr> }) }</table>
        </section>
    }
}

/// Reads a chosen or dropped file: Claimlens JSON, W3C Web Annotation (.json, .jsonld) and
/// brat (.zip) open as documents; a brat .ann is laid onto the open article; anything else is
/// article text.
fn open_file(
    file: web_sys::File,
    d: UseReducerDispatcher<State>,
    current: Rc<Document>,
    reader: &Rc<RefCell<Option<gloo::file::callbacks::FileReader>>>,
) {
    let name = file.name();
    if file.size() > MAX_PASTE_BYTES as f64 {
        d.dispatch(Action::Notify(Notice::error(format!(
            "{name} is {} MB; Claimlens opens files up to 750 KB, so the page stays responsive.",
            crate::ui::state::megabytes(file.size() as usize)
        ))));
        return;
    }
    let lower = name.to_ascii_lowercase();
    let file = gloo::file::File::from(file);
    let task = if lower.ends_with(".zip") {
        gloo::file::callbacks::read_as_bytes(&file, move |result| match result {
            Err(e) => d.dispatch(Action::Notify(Notice::error(format!("Could not read the file: {e}.")))),
            Ok(bytes) => wasm_bindgen_futures::spawn_local(async move { opened(&d, &name, open_zip(&bytes).await) }),
        })
    } else {
        gloo::file::callbacks::read_as_text(&file, move |result| match result {
            Err(e) => d.dispatch(Action::Notify(Notice::error(format!("Could not read the file: {e}.")))),
            Ok(text) => match import_text(&lower, &text, current.text()) {
                Some(result) => opened(&d, &name, result),
                None => match check_paste(&text) {
                    Ok(()) => opened(&d, &name, Ok(Imported { doc: Document::analyze(&text), ..Imported::default() })),
                    Err(msg) => d.dispatch(Action::Notify(Notice::error(msg))),
                },
            },
        })
    };
    *reader.borrow_mut() = Some(task);
}

/// A brat zip: its entries inflated by the browser, then read by the core.
async fn open_zip(bytes: &[u8]) -> Result<Imported, String> {
    let mut files = Vec::new();
    for entry in zip::entries(bytes).map_err(|e| ImportError::Zip(e).to_string())? {
        let inflated = match entry.deflated {
            true => Some(compression::inflate(&entry.data, entry.size).await),
            false => None,
        };
        files.push(entry.open(inflated).map_err(|e| ImportError::Zip(e).to_string())?);
    }
    brat::import_files(&files, None).map_err(|e| e.to_string())
}

/// A file read as text, by its name's ending: `None` for an article to analyze. Plain
/// functions rather than closures, so each importer is compiled once, not once per callback.
fn import_text(lower: &str, text: &str, current: &str) -> Option<Result<Imported, String>> {
    let as_doc = |r: Result<Document, json::ImportError>| r.map(|doc| Imported { doc, ..Imported::default() }).map_err(|e| e.to_string());
    Some(if lower.ends_with(".html") || lower.ends_with(".htm") {
        match export::html::embedded_json(text) {
            Some(data) => as_doc(json::from_json(data)),
            None => Err("It is not a Claimlens view: it has no embedded document.".to_string()),
        }
    } else if lower.ends_with(".ann") {
        brat::import_ann(text, current).map_err(|e| e.to_string())
    } else if lower.ends_with(".json") || lower.ends_with(".jsonld") {
        if text.contains("AnnotationCollection") || text.contains("\"Annotation\"") {
            w3c::import(text, None).map_err(|e| e.to_string())
        } else {
            as_doc(json::from_json(text))
        }
    } else {
        return None;
    })
}

/// Opens an imported document, saying what came with it, or says why it could not.
fn opened(d: &UseReducerDispatcher<State>, name: &str, result: Result<Imported, String>) {
    match result {
        Ok(imp) => {
            let n = imp.doc.annotations.len();
            let mut msg = format!("Opened {name}: {n} annotation{}.", if n == 1 { "" } else { "s" });
            if imp.reanchored > 0 {
                msg.push_str(&format!(" {} were placed by their words because the text differs.", imp.reanchored));
            }
            if !imp.orphans.is_empty() {
                msg.push_str(&format!(" {} could not be placed: {}.", imp.orphans.len(), imp.orphans.join("; ")));
            }
            d.dispatch(Action::Open(Box::new(imp.doc), msg));
        }
        Err(e) => d.dispatch(Action::Notify(Notice::error(format!("Could not open {name}. {e}")))),
    }
}

/// A file-name-safe version of a title.
fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            out.push(case::lower(c));
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() > 60 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "article".into() } else { out }
}

/// The save effect's memory, shared with the save task and the storage listener.
#[derive(Default)]
struct Session {
    started: bool,
    /// The document (by `State::doc_seq`) this session saves.
    seq: u64,
    stored: Option<Stored>,
    /// The revision last saved, and the newest seen.
    saved_rev: u64,
    latest_rev: u64,
    /// The newest version waiting for its save.
    pending: Option<(Rc<Document>, u64)>,
    library_open: bool,
    /// The stamp whose page was last kept for the next start (`storage::keep_drawn`).
    kept: String,
    /// Keeping the page took long: it is kept only when the page is hidden (`keep_page`).
    slow_keep: bool,
}

/// How long a document rests after its last change before its page is kept (`keep_page`).
const KEEP_AFTER_MS: u32 = 2_000;

/// A keep that took longer than this is not done at rest again in this session, only when
/// the page is hidden: with thousands of annotations it can take a few hundred ms, a pause a
/// person resuming work would feel (10,000 annotations: 150–290 ms; 2,000: 19–76 ms).
const KEEP_AT_REST_MAX_MS: f64 = 60.0;

/// Nor is a page with more marks than this kept at rest at all (2,000 annotations draw about
/// 2,000 marks).
const KEEP_AT_REST_MAX_MARKS: u32 = 4_000;

/// Keeps the page as it is for the next start's first paint: a saved and unchanged
/// document's only, once the article is drawn, and once per save (a page kept by an earlier
/// start at the same save stands; one the store has no room for is not tried again).
/// `at_rest`: called by the wait after a change, not by the page being hidden.
fn keep_page(s: &mut Session, at_rest: bool) {
    if at_rest && (s.slow_keep || storage::marks_drawn() > KEEP_AT_REST_MAX_MARKS) {
        return;
    }
    if let Some(st) = s.stored.clone().filter(|st| s.saved_rev == s.latest_rev && s.kept != st.stamp && storage::drawn_ready()) {
        let started = js_sys::Date::now();
        // Only the session's first keep can find its page kept already (by an earlier start
        // at the same save); later ones follow a save of this session's, so the stored copy
        // is an older one, and reading it (hundreds of KB) would be wasted.
        if !(s.kept.is_empty() && storage::kept_at(&st)) {
            storage::keep_drawn(&st);
        }
        s.slow_keep |= js_sys::Date::now() - started > KEEP_AT_REST_MAX_MS;
        s.kept = st.stamp;
    }
}

/// Saves the waiting version, if any. Another tab's newer save is never overwritten: this
/// tab's version is kept as a document of its own and the person is told.
fn flush(s: &mut Session, d: &UseReducerDispatcher<State>) {
    let Some((doc, revision)) = s.pending.take() else { return };
    let result = match storage::save(&doc, s.stored.as_ref()) {
        Err(LibraryError::Conflict) => storage::save(&doc, None).map(|st| {
            d.dispatch(Action::Notify(Notice::info(
                "This document was also changed in another tab. Both versions are kept: this tab now works on a copy, and the other tab's version is in Documents.",
            )));
            st
        }),
        other => other,
    };
    match result {
        Ok(stored) => {
            s.stored = Some(stored.clone());
            s.saved_rev = revision;
            d.dispatch(Action::Stored { seq: s.seq, stored });
        }
        Err(e) => {
            d.dispatch(Action::SaveFailed(s.seq));
            d.dispatch(Action::Notify(Notice::error(format!("{e}. Everything is still here: use Export to keep a copy."))));
        }
    }
}

/// Reads the library list into the Documents dialog (opening it if `open`, else only if it
/// is open already).
fn refresh_library(d: &UseReducerDispatcher<State>, open: bool) {
    match storage::with_library(|lib| lib.list(storage::now())) {
        Ok(list) => d.dispatch(Action::RefreshLibrary(Rc::new(list), open)),
        Err(p) => d.dispatch(Action::Notify(Notice::error(p.0))),
    }
}

/// Runs a change on the library, then says what it did and refreshes the Documents list;
/// a failure is said instead.
fn library_change(
    d: &UseReducerDispatcher<State>,
    change: impl FnOnce(&mut crate::core::library::Library<storage::LocalStore>) -> Result<library::Entry, LibraryError>,
    done: impl FnOnce(&library::Entry) -> Notice,
) {
    match storage::with_library(change) {
        Ok(e) => {
            d.dispatch(Action::Notify(done(&e)));
            refresh_library(d, false);
        }
        Err(p) => d.dispatch(Action::Notify(Notice::error(p.0))),
    }
}
