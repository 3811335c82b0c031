//! The one reducer: typed actions in, a new state out. No side effects here; storage, the
//! URL and the DOM are touched only by effects in `app.rs`.

use crate::core::case;
use std::rc::Rc;

use yew::Reducible;

use crate::core::article::{BlockKind, Meta};
use crate::core::library::Entry;
use crate::core::model::{Document, Edit, EditError, Kind, Stance, Status, Verdict};
use crate::core::navigate;
use crate::core::text::Span;
use crate::ui::storage::Stored;

/// The largest paste accepted, in bytes of UTF-8. Above it the app says so and keeps the
/// text box as it was, rather than freezing the page: measured with
/// `scripts/bench-paste.mjs`, a 750 KB paste's longest task is 150–170 ms, an 850 KB one's
/// 170–220 ms and a 1 MB one's 210–240 ms, over the 200 ms a frame may take. A long news
/// article is under 100 KB.
pub const MAX_PASTE_BYTES: usize = 750 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Paste,
    Workspace,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
}

/// Something an action in a notice can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    RestorePrevious,
    Undo,
    /// Turn a shared, read-only view into the person's own document.
    MakeCopy,
    /// Open the article text recovered from a damaged share link.
    OpenRecovered,
    /// Bring back the document just deleted from the library.
    UndoDelete,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub tone: Tone,
    pub text: String,
    pub action: Option<(NoticeAction, &'static str)>,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Notice {
        Notice { tone: Tone::Info, text: text.into(), action: None }
    }

    pub fn error(text: impl Into<String>) -> Notice {
        Notice { tone: Tone::Error, text: text.into(), action: None }
    }
}

#[derive(Clone, Debug)]
pub struct State {
    pub doc: Rc<Document>,
    pub screen: Screen,
    /// The current text selection inside the article, as a byte span.
    pub selection: Option<Span>,
    /// The annotation last picked in the text or the list.
    pub focused: Option<String>,
    /// Bumped whenever `focused` is set, so the scroll-and-flash effect runs again even when
    /// the same annotation is picked twice.
    pub focus_seq: u64,
    /// Bumped on every change to the document, to drive autosave.
    pub revision: u64,
    /// Bumped when the app itself changes the selection (snapping to sentences), so an
    /// effect puts it in the DOM.
    pub selection_seq: u64,
    pub notice: Option<Notice>,
    /// The document replaced by the last paste or import, and where it is stored, so it
    /// can be brought back (kept in memory too: storage may be switched off).
    pub previous: Option<(Rc<Document>, Option<Stored>)>,
    /// Where the open document is in the library: `None` until its first save (or in a
    /// shared view). The save effect keeps it current.
    pub stored: Option<Stored>,
    /// Bumped whenever a different document is opened, so the save effect knows a save
    /// belongs to the document it was made for.
    pub doc_seq: u64,
    pub save_state: SaveState,
    /// The library's documents, while the Documents dialog is open.
    pub library: Option<Rc<Vec<Entry>>>,
    /// What is in the paste box, kept so switching screens loses nothing.
    pub draft: String,
    /// Showing a shared link: nothing can be edited and nothing is saved until "Make my copy".
    pub read_only: bool,
    /// The share link being shown to the person, if the share dialog is open.
    pub share_url: Option<String>,
    /// Article text recovered from a damaged share link, offered to open, and whether it is
    /// the whole text (else its start: the link was cut off within it).
    pub recovered: Option<(String, bool)>,
    /// The keyboard overlay ("?") is open.
    pub show_keys: bool,
    /// Every annotation under the last click in the text, when there was more than one.
    pub here: Vec<String>,
}

impl State {
    pub fn new(doc: Document, notice: Option<Notice>) -> State {
        State {
            doc: Rc::new(doc),
            screen: Screen::Workspace,
            selection: None,
            focused: None,
            focus_seq: 0,
            revision: 0,
            selection_seq: 0,
            notice,
            previous: None,
            stored: None,
            doc_seq: 0,
            save_state: SaveState::Saved,
            library: None,
            draft: String::new(),
            read_only: false,
            share_url: None,
            recovered: None,
            show_keys: false,
            here: Vec::new(),
        }
    }

    /// A document opened from a share link: read-only until the person makes it theirs.
    pub fn shared(doc: Document) -> State {
        let mut s = State::new(doc, None);
        s.read_only = true;
        s.notice = Some(Notice {
            tone: Tone::Info,
            text: "You are viewing a shared annotated article. Nothing is saved until you make it yours.".into(),
            action: Some((NoticeAction::MakeCopy, "Make my copy")),
        });
        s
    }
}

/// What the header says about saving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    /// A change is waiting for its save (a moment after every edit).
    Pending,
    /// The last save failed; the notice said why.
    Failed,
}

pub enum Action {
    /// Show the paste screen.
    NewPaste,
    ShowWorkspace,
    SetDraft(String),
    /// Parse the draft and open it as a new document.
    Annotate,
    /// Open a document that was parsed or imported elsewhere (a file, the sample).
    Open(Box<Document>, String),
    Select(Option<Span>),
    Tag(Kind),
    Delete(String),
    SetStance(String, Option<Stance>),
    SetNote(String, String),
    SetVerdict(String, Option<Verdict>),
    /// The speaker who said, made or holds an annotation (`None`: the article itself).
    SetSpeaker(String, Option<String>),
    SetTopic(String, String),
    AddLink(String, String),
    RemoveLink(String, String),
    SetBlockKind(usize, BlockKind),
    /// Accept or reject suggestions (or restore them with `Status::Suggested`).
    Review(Vec<String>, Status),
    /// Accept or reject the focused suggestion and move to the next one (keys A and R).
    ReviewFocused(Status),
    RenameSpeaker(String, String),
    /// Tags every untagged mention of a speaker.
    TagMentions(String),
    MergeSpeakers { from: String, into: String },
    /// Splits an alias off a speaker into a speaker of its own.
    SplitSpeaker { from: String, alias: String },
    SetMeta(Meta),
    /// Widens the selection to the whole sentences it touches.
    SnapToSentence,
    Undo,
    Redo,
    Focus(String),
    Notify(Notice),
    DismissNotice,
    RestorePrevious,
    MakeCopy,
    OpenRecovered,
    ShowShare(Option<String>),
    /// Opens, closes (`Some`) or toggles (`None`) the keyboard overlay.
    ShowKeys(Option<bool>),
    /// Selects the next (`true`) or previous sentence; with `extend`, grows the selection by it.
    SentenceStep { forward: bool, extend: bool },
    /// Picks the next (`true`) or previous annotation in reading order.
    AnnotationStep(bool),
    /// Deletes the picked annotation (Delete key).
    DeleteFocused,
    /// A click in the text: the shortest annotation under the pointer, then every other
    /// one there (longer first), so the person can pick among overlapping spans.
    Pick(Vec<String>),
    /// Closes the keys overlay and the Documents and Share dialogs (Escape).
    CloseOverlays,
    /// The save effect stored document number `seq` there.
    Stored { seq: u64, stored: Stored },
    /// The save effect could not store document number `seq`.
    SaveFailed(u64),
    /// Open a document from the library (or its newer version saved by another tab).
    OpenStored(Box<Document>, Stored, String),
    /// Opens the Documents dialog with this list, or closes it.
    ShowLibrary(Option<Rc<Vec<Entry>>>),
    /// A fresh list for the Documents dialog: shown if it is open (or if the flag says to open it).
    RefreshLibrary(Rc<Vec<Entry>>, bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if self.read_only && action.edits() {
            let mut next = (*self).clone();
            next.notice = Some(Notice {
                tone: Tone::Info,
                text: "This shared view is read-only. Make your own copy to annotate it.".into(),
                action: Some((NoticeAction::MakeCopy, "Make my copy")),
            });
            return Rc::new(next);
        }
        let mut next = (*self).clone();
        match action {
            Action::NewPaste => next.screen = Screen::Paste,
            Action::ShowWorkspace => next.screen = Screen::Workspace,
            Action::SetDraft(text) => next.draft = text,
            Action::Annotate => {
                let draft = std::mem::take(&mut next.draft);
                match check_paste(&draft) {
                    Ok(()) => {
                        let doc = Document::analyze(&draft);
                        next.open(doc, "Opened the pasted article.".into());
                    }
                    Err(msg) => {
                        next.draft = draft;
                        next.notice = Some(Notice::error(msg));
                    }
                }
            }
            Action::Open(doc, what) => next.open(*doc, what),
            Action::OpenStored(doc, stored, what) => {
                // A shared view is in no library: keep it a click away, as a paste would be.
                let shared = self.read_only.then(|| (self.doc.clone(), None));
                next.read_only = false;
                next.doc = Rc::new(*doc);
                next.stored = Some(stored);
                next.library = None;
                next.after_switch();
                next.save_state = SaveState::Saved;
                next.notice = Some(match &shared {
                    Some(_) => Notice {
                        tone: Tone::Info,
                        text: what,
                        action: Some((NoticeAction::RestorePrevious, "Back to the shared article (as my copy)")),
                    },
                    None => Notice::info(what),
                });
                next.previous = shared;
            }
            Action::Stored { seq, stored } => {
                if seq != self.doc_seq {
                    return self;
                }
                next.stored = Some(stored);
                next.save_state = SaveState::Saved;
            }
            Action::SaveFailed(seq) => {
                if seq != self.doc_seq {
                    return self;
                }
                next.save_state = SaveState::Failed;
            }
            Action::ShowLibrary(list) => next.library = list,
            Action::CloseOverlays => {
                if !self.show_keys && self.library.is_none() && self.share_url.is_none() {
                    return self;
                }
                next.show_keys = false;
                next.library = None;
                next.share_url = None;
            }
            Action::RefreshLibrary(list, open) => {
                if !open && self.library.is_none() {
                    return self;
                }
                next.library = Some(list);
            }
            Action::Select(span) => {
                if self.selection == span {
                    return self;
                }
                next.selection = span;
            }
            Action::Tag(kind) => {
                let Some(span) = next.selection else {
                    next.notice = Some(Notice::error(format!(
                        "Select some words in the article first, then press {}.",
                        kind.label()
                    )));
                    return Rc::new(next);
                };
                let result = Rc::make_mut(&mut next.doc).tag(kind, span);
                match result {
                    Ok(id) => {
                        next.changed();
                        next.focused = Some(id);
                        next.notice = None;
                    }
                    Err(e) => next.notice = Some(Notice::error(capitalize(&e.to_string()))),
                }
            }
            Action::Delete(id) => {
                let result = Rc::make_mut(&mut next.doc).delete(&id);
                next.report(result, Some("Annotation deleted."));
            }
            Action::SetStance(id, stance) => {
                let result = next.replace(&id, |a| a.stance = stance);
                next.report(result, None);
            }
            Action::SetVerdict(id, verdict) => {
                let result = next.replace(&id, |a| a.verdict = verdict);
                next.report(result, None);
            }
            Action::SetSpeaker(id, speaker) => {
                let result = next.replace(&id, |a| a.speaker = speaker);
                next.report(result, None);
            }
            Action::SetTopic(id, topic) => {
                let topic = topic.split_whitespace().collect::<Vec<_>>().join(" ");
                let topic = (!topic.is_empty()).then_some(topic);
                if self.doc.annotation(&id).map(|a| &a.topic) == Some(&topic) {
                    return self;
                }
                let result = next.replace(&id, |a| a.topic = topic);
                next.report(result, None);
            }
            Action::AddLink(id, target) => {
                let result = next.replace(&id, |a| {
                    if a.id != target && !a.links.contains(&target) {
                        a.links.push(target);
                    }
                });
                next.report(result, None);
            }
            Action::RemoveLink(id, target) => {
                let result = next.replace(&id, |a| a.links.retain(|l| *l != target));
                next.report(result, None);
            }
            Action::SetNote(id, note) => {
                let note = (!note.trim().is_empty()).then_some(note);
                if self.doc.annotation(&id).map(|a| &a.note) == Some(&note) {
                    return self;
                }
                let result = next.replace(&id, |a| a.note = note);
                next.report(result, None);
            }
            Action::SetBlockKind(index, kind) => {
                let result = Rc::make_mut(&mut next.doc).apply(Edit::SetBlockKind { index, kind });
                next.report(result, Some("Block type changed."));
            }
            Action::Review(ids, status) => {
                let result = Rc::make_mut(&mut next.doc).review(&ids, status);
                match result {
                    Ok(0) => return self,
                    Ok(n) => {
                        let what = match status {
                            Status::Accepted => "Accepted",
                            Status::Rejected => "Rejected",
                            Status::Suggested => "Restored",
                        };
                        let noun = if n == 1 { "suggestion" } else { "suggestions" };
                        next.report(Ok(()), Some(&format!("{what} {n} {noun}.")));
                    }
                    Err(e) => next.report(Err(e), None),
                }
            }
            Action::ReviewFocused(status) => {
                let pending = self.doc.pending();
                let Some(id) = self.focused.clone().filter(|f| pending.contains(f)).or_else(|| pending.first().cloned()) else {
                    next.notice = Some(Notice::info("No suggestions left to review."));
                    return Rc::new(next);
                };
                let result = Rc::make_mut(&mut next.doc).review(std::slice::from_ref(&id), status).map(|_| ());
                next.report(result, None);
                // Move on to the next suggestion in the text.
                let after = pending.iter().skip_while(|p| **p != id).nth(1).or_else(|| pending.iter().find(|p| **p != id));
                if let Some(n) = after {
                    next.focused = Some(n.clone());
                    next.focus_seq += 1;
                }
            }
            Action::TagMentions(id) => {
                let result = Rc::make_mut(&mut next.doc).tag_mentions(&id);
                let name = self.doc.speaker(&id).map(|s| s.name.clone()).unwrap_or_default();
                match result {
                    Ok(0) => next.notice = Some(Notice::info(format!("Every mention of {name} is already tagged."))),
                    Ok(n) => next.report(Ok(()), Some(&format!("Tagged {n} more mention{} of {name}.", if n == 1 { "" } else { "s" }))),
                    Err(e) => next.report(Err(e), None),
                }
            }
            Action::RenameSpeaker(id, name) => {
                let result = Rc::make_mut(&mut next.doc).rename_speaker(&id, &name);
                next.report(result, Some("Speaker renamed."));
            }
            Action::MergeSpeakers { from, into } => {
                let result = Rc::make_mut(&mut next.doc).merge_speakers(&from, &into);
                next.report(result, Some("Speakers merged."));
            }
            Action::SplitSpeaker { from, alias } => {
                let result = Rc::make_mut(&mut next.doc).split_speaker(&from, &alias).map(|_| ());
                next.report(result, Some("Speaker split."));
            }
            Action::SetMeta(meta) => {
                if self.doc.meta() == &meta {
                    return self;
                }
                let result = Rc::make_mut(&mut next.doc).apply(Edit::SetMeta(meta));
                next.report(result, Some("Article details saved."));
            }
            Action::SnapToSentence => {
                let Some(span) = next.selection else { return self };
                next.selection = Some(next.doc.article.sentences_covering(span));
                next.selection_seq += 1;
            }
            Action::Undo => {
                if Rc::make_mut(&mut next.doc).undo() {
                    next.changed();
                    next.notice = None;
                } else {
                    next.notice = Some(Notice::info("Nothing to undo."));
                }
            }
            Action::Redo => {
                if Rc::make_mut(&mut next.doc).redo() {
                    next.changed();
                    next.notice = None;
                } else {
                    next.notice = Some(Notice::info("Nothing to redo."));
                }
            }
            Action::Focus(id) => {
                if !self.here.contains(&id) {
                    next.here.clear();
                }
                next.focused = Some(id);
                next.focus_seq += 1;
            }
            Action::Pick(ids) => {
                let Some(first) = ids.first().cloned() else { return self };
                next.here = if ids.len() > 1 { ids } else { Vec::new() };
                next.focused = Some(first);
                next.focus_seq += 1;
            }
            Action::SentenceStep { forward, extend } => {
                let Some(span) = navigate::sentence_step(&self.doc.article, self.selection, forward, extend) else {
                    return self;
                };
                next.selection = Some(span);
                next.selection_seq += 1;
            }
            Action::AnnotationStep(forward) => {
                let Some(id) = navigate::annotation_step(&self.doc, self.focused.as_deref(), forward) else {
                    next.notice = Some(Notice::info("No annotations yet."));
                    return Rc::new(next);
                };
                next.here.clear();
                next.focused = Some(id);
                next.focus_seq += 1;
            }
            Action::DeleteFocused => {
                let Some(id) = self.focused.clone().filter(|id| self.doc.annotation(id).is_some()) else { return self };
                let result = Rc::make_mut(&mut next.doc).delete(&id);
                next.here.retain(|h| *h != id);
                next.focused = None;
                next.report(result, Some("Annotation deleted."));
            }
            Action::Notify(n) => next.notice = Some(n),
            Action::DismissNotice => next.notice = None,
            Action::MakeCopy => {
                next.read_only = false;
                next.stored = None;
                next.doc_seq += 1;
                next.changed();
                next.notice = Some(Notice::info("This is now your copy: it is saved in this browser as you work."));
            }
            Action::OpenRecovered => {
                if let Some((text, whole)) = next.recovered.take() {
                    let said = match whole {
                        true => "Opened the article text recovered from the link.",
                        false => "Opened the start of the article text, all that was left of it in the link.",
                    };
                    next.open(Document::analyze(&text), said.into());
                }
            }
            Action::ShowShare(url) => next.share_url = url,
            Action::ShowKeys(show) => {
                let show = show.unwrap_or(!self.show_keys);
                if show == self.show_keys {
                    return self;
                }
                next.show_keys = show;
            }
            Action::RestorePrevious => {
                if let Some((prev, stored)) = next.previous.take() {
                    let replaced = std::mem::replace(&mut next.doc, prev);
                    let replaced_at = std::mem::replace(&mut next.stored, stored.map(|s| Stored { clean: false, ..s }));
                    next.previous = Some((replaced, replaced_at));
                    next.after_switch();
                    next.notice = Some(Notice {
                        tone: Tone::Info,
                        text: "Brought back the previous document.".into(),
                        action: Some((NoticeAction::RestorePrevious, "Switch back")),
                    });
                }
            }
        }
        Rc::new(next)
    }
}

impl Action {
    /// Whether the action changes the document (refused in a read-only shared view).
    fn edits(&self) -> bool {
        matches!(
            self,
            Action::Tag(_)
                | Action::Delete(_)
                | Action::DeleteFocused
                | Action::SetStance(..)
                | Action::SetNote(..)
                | Action::SetVerdict(..)
                | Action::SetSpeaker(..)
                | Action::SetTopic(..)
                | Action::AddLink(..)
                | Action::RemoveLink(..)
                | Action::SetBlockKind(..)
                | Action::SetMeta(_)
                | Action::Review(..)
                | Action::ReviewFocused(_)
                | Action::RenameSpeaker(..)
                | Action::TagMentions(_)
                | Action::MergeSpeakers { .. }
                | Action::SplitSpeaker { .. }
                | Action::Undo
                | Action::Redo
        )
    }
}

impl State {
    fn open(&mut self, doc: Document, what: String) {
        self.read_only = false;
        let replaced = std::mem::replace(&mut self.doc, Rc::new(doc));
        let had_work = !replaced.annotations.is_empty() || !replaced.text().is_empty();
        let replaced_at = self.stored.take();
        self.previous = had_work.then_some((replaced, replaced_at));
        self.after_switch();
        self.notice = Some(Notice {
            tone: Tone::Info,
            text: what,
            action: self.previous.as_ref().map(|_| (NoticeAction::RestorePrevious, "Bring back the previous document")),
        });
    }

    fn after_switch(&mut self) {
        self.doc_seq += 1;
        self.here.clear();
        self.screen = Screen::Workspace;
        self.selection = None;
        self.focused = None;
        self.changed();
    }

    fn changed(&mut self) {
        self.revision += 1;
        if !self.read_only {
            self.save_state = SaveState::Pending;
        }
    }

    fn replace(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut crate::core::model::Annotation),
    ) -> Result<(), EditError> {
        let mut a = self
            .doc
            .annotation(id)
            .cloned()
            .ok_or_else(|| EditError::UnknownAnnotation(id.to_string()))?;
        change(&mut a);
        Rc::make_mut(&mut self.doc).apply(crate::core::model::Edit::ReplaceAnnotation(a))
    }

    fn report(&mut self, result: Result<(), EditError>, done: Option<&str>) {
        match result {
            Ok(()) => {
                self.changed();
                self.notice = done.map(|t| Notice {
                    tone: Tone::Info,
                    text: t.into(),
                    action: Some((NoticeAction::Undo, "Undo")),
                });
            }
            Err(e) => self.notice = Some(Notice::error(capitalize(&e.to_string()))),
        }
    }
}

/// Checks a paste before parsing: empty, blank and oversized input get a message.
pub fn check_paste(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("The text box is empty. Paste an article (or open a .txt file) first.".into());
    }
    if text.len() > MAX_PASTE_BYTES {
        return Err(format!(
            "That text is {} MB; Claimlens takes articles up to 750 KB (a long news article is about 100 KB), so the page stays responsive. Paste a shorter part.",
            megabytes(text.len())
        ));
    }
    Ok(())
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(case::upper(f)).chain(c).collect::<String>() + ".",
        None => String::new(),
    }
}

/// "5.3" for 5.3 MB, with integer arithmetic: formatting floats would pull the whole float
/// printer (about 25 KB) into the WebAssembly.
pub fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// "0.85" for a score of 850 thousandths.
pub fn thousandths(v: u16) -> String {
    let hundredths = (u32::from(v) + 5) / 10;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}
