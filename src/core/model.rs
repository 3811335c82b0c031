//! The annotation model: a document is its canonical text plus what people and the
//! suggestion engine said about it. Every change goes through [`Document::apply`], which
//! records the inverse edit, so undo and redo are edits too.

use crate::core::case::Lowercase;
use crate::core::article::{Article, Block, BlockKind, Meta};
use crate::core::text::Span;
use crate::core::sort;

/// What an annotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Words in quotation marks, said by a speaker.
    Quote,
    /// A check-worthy assertion, made by a speaker or by the article itself.
    Claim,
    /// A mention of a speaker entity ("Hegseth", "the US defence secretary").
    Speaker,
    /// A speaker's stance on a topic.
    Position,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Quote, Kind::Claim, Kind::Speaker, Kind::Position];

    /// The name used on the wire, in the DOM (`data-kind`) and in CSS.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Claim => "claim",
            Kind::Speaker => "speaker",
            Kind::Position => "position",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The label people read on buttons and in lists.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Quote => "Quote",
            Kind::Claim => "Claim",
            Kind::Speaker => "Speaker",
            Kind::Position => "Position",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stance {
    For,
    Against,
    Neutral,
    Mixed,
}

impl Stance {
    pub const ALL: [Stance; 4] = [Stance::For, Stance::Against, Stance::Neutral, Stance::Mixed];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::For => "for",
            Stance::Against => "against",
            Stance::Neutral => "neutral",
            Stance::Mixed => "mixed",
        }
    }

    pub fn parse(s: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A fact-checker's rating of a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    True,
    MostlyTrue,
    Mixed,
    MostlyFalse,
    False,
    Unproven,
}

impl Verdict {
    pub const ALL: [Verdict; 6] = [Verdict::True, Verdict::MostlyTrue, Verdict::Mixed, Verdict::MostlyFalse, Verdict::False, Verdict::Unproven];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::True => "true",
            Verdict::MostlyTrue => "mostly-true",
            Verdict::Mixed => "mixed",
            Verdict::MostlyFalse => "mostly-false",
            Verdict::False => "false",
            Verdict::Unproven => "unproven",
        }
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::True => "True",
            Verdict::MostlyTrue => "Mostly true",
            Verdict::Mixed => "Half true",
            Verdict::MostlyFalse => "Mostly false",
            Verdict::False => "False",
            Verdict::Unproven => "Unproven",
        }
    }

    /// On a 1 (false) to 5 (true) scale; unproven has none.
    pub fn rating(self) -> Option<u8> {
        match self {
            Verdict::True => Some(5),
            Verdict::MostlyTrue => Some(4),
            Verdict::Mixed => Some(3),
            Verdict::MostlyFalse => Some(2),
            Verdict::False => Some(1),
            Verdict::Unproven => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    Suggested,
    User,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Suggested,
    Accepted,
    Rejected,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    pub id: String,
    pub kind: Kind,
    pub span: Span,
    /// The speaker entity who said (quote), made (claim) or holds (position) it, or who is
    /// mentioned (speaker). `None` on a claim means the article's own voice.
    pub speaker: Option<String>,
    pub speaker_mention: Option<Span>,
    pub cue: Option<Span>,
    pub stance: Option<Stance>,
    pub topic: Option<String>,
    pub note: Option<String>,
    pub links: Vec<String>,
    pub origin: Origin,
    pub status: Status,
    /// How check-worthy a suggested claim is, in thousandths (0..=1000).
    pub score: Option<u16>,
    /// The person's rating of a claim.
    pub verdict: Option<Verdict>,
}

impl Annotation {
    /// A plain annotation a person made by selecting text.
    pub fn user(id: String, kind: Kind, span: Span) -> Annotation {
        Annotation {
            id,
            kind,
            span,
            speaker: None,
            speaker_mention: None,
            cue: None,
            stance: None,
            topic: None,
            note: None,
            links: Vec::new(),
            origin: Origin::User,
            status: Status::Accepted,
            score: None,
            verdict: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub description: Option<String>,
}

impl Speaker {
    /// True when `name` is this speaker's name or one of its aliases, ignoring case and
    /// surrounding whitespace.
    pub fn answers_to(&self, name: &str) -> bool {
        let name = name.trim();
        self.name.trim().eq_ignore_ascii_case(name)
            || self.aliases.iter().any(|a| a.trim().eq_ignore_ascii_case(name))
    }
}

/// One change to a document. Compound changes are a `Batch`, undone as one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    AddAnnotation(Annotation),
    RemoveAnnotation(String),
    /// Replaces the annotation with the same id.
    ReplaceAnnotation(Annotation),
    AddSpeaker(Speaker),
    RemoveSpeaker(String),
    ReplaceSpeaker(Speaker),
    /// Reclassifies block `index` (a person says a line is furniture, or is not).
    SetBlockKind { index: usize, kind: BlockKind },
    /// Replaces the article's metadata (title, authors, dateline, date).
    SetMeta(Meta),
    Batch(Vec<Edit>),
}

/// Why an edit was refused. The document is unchanged when `apply` returns one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The span is empty, outside the text or not on character boundaries.
    BadSpan,
    /// The selection held only white space.
    BlankSelection,
    UnknownAnnotation(String),
    UnknownSpeaker(String),
    DuplicateId(String),
    /// The same kind already marks exactly these characters.
    AlreadyTagged(String),
    /// The speaker still has annotations pointing at it.
    SpeakerInUse(String),
    UnknownBlock(usize),
    /// The speaker has no such alias to split off.
    UnknownAlias(String),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::BadSpan => write!(f, "that selection is not inside the article text"),
            EditError::BlankSelection => write!(f, "select some words first"),
            EditError::UnknownAnnotation(id) => write!(f, "no annotation {id}"),
            EditError::UnknownSpeaker(id) => write!(f, "no speaker {id}"),
            EditError::DuplicateId(id) => write!(f, "the id {id} is already used"),
            EditError::AlreadyTagged(id) => {
                write!(f, "those words are already tagged that way ({id})")
            }
            EditError::SpeakerInUse(id) => write!(f, "speaker {id} is still referred to"),
            EditError::UnknownBlock(i) => write!(f, "no block {i}"),
            EditError::UnknownAlias(a) => write!(f, "that speaker is not also called {a}"),
        }
    }
}

/// A document: the parsed article, its speakers and annotations, and the edit history.
/// Equality compares content; inside an `Rc` it first compares pointers, which is what
/// makes unchanged documents cheap to compare as component props.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub article: Article,
    pub speakers: Vec<Speaker>,
    pub annotations: Vec<Annotation>,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

/// A document's speakers sorted by id, from [`Document::speakers_by_id`].
pub struct SpeakersById<'a>(Vec<(&'a str, &'a Speaker)>);

impl<'a> SpeakersById<'a> {
    pub fn new(speakers: &'a [Speaker]) -> SpeakersById<'a> {
        let mut by_id: Vec<(&str, &Speaker)> = speakers.iter().map(|s| (s.id.as_str(), s)).collect();
        sort::sort_by(&mut by_id, |a, b| a.0.cmp(b.0));
        SpeakersById(by_id)
    }

    pub fn get(&self, id: &str) -> Option<&'a Speaker> {
        self.0.binary_search_by(|p| p.0.cmp(id)).ok().map(|i| self.0[i].1)
    }

    /// The name of an annotation's speaker, if it has one.
    pub fn name_of(&self, a: &Annotation) -> Option<&'a str> {
        a.speaker.as_deref().and_then(|id| self.get(id)).map(|s| s.name.as_str())
    }
}

/// How many steps undo remembers; older ones are dropped so history cannot grow without end.
const HISTORY_LIMIT: usize = 500;

impl Document {
    /// Parses pasted text into a new document with no annotations.
    pub fn from_text(input: &str) -> Document {
        Document::from_article(Article::parse(input))
    }

    /// Parses pasted text and adds the engine's suggestions (quotations with speakers,
    /// claims), as the app and `claimlens analyze` do.
    pub fn analyze(input: &str) -> Document {
        let article = Article::parse(input);
        let s = crate::core::suggest::suggest(&article);
        Document::from_parts(article, s.speakers, s.annotations)
    }

    pub fn from_article(article: Article) -> Document {
        Document { article, ..Document::default() }
    }

    /// Builds a document from parts that were already checked (by an importer).
    pub fn from_parts(article: Article, speakers: Vec<Speaker>, annotations: Vec<Annotation>) -> Document {
        Document { article, speakers, annotations, undo: Vec::new(), redo: Vec::new() }
    }

    pub fn text(&self) -> &str {
        &self.article.text
    }

    pub fn meta(&self) -> &Meta {
        &self.article.meta
    }

    pub fn blocks(&self) -> &[Block] {
        &self.article.blocks
    }

    pub fn annotation(&self, id: &str) -> Option<&Annotation> {
        self.annotations.iter().find(|a| a.id == id)
    }

    /// The annotations tied to annotation `id`, itself left out: those with the same speaker
    /// (their other quotes, claims, positions and mentions), the evidence it links to, and
    /// the annotations that cite it as evidence. What hovering over a mark lights up.
    pub fn linked(&self, id: &str) -> Vec<&str> {
        let Some(a) = self.annotation(id) else { return Vec::new() };
        self.annotations
            .iter()
            .filter(|b| b.id != a.id && b.status != Status::Rejected)
            .filter(|b| {
                (a.speaker.is_some() && b.speaker == a.speaker) || a.links.contains(&b.id) || b.links.contains(&a.id)
            })
            .map(|b| b.id.as_str())
            .collect()
    }

    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    /// The speakers by id, for looking up many annotations' speakers at once: the article
    /// view and the panel do one per mark and entry, and with hundreds of speakers a search
    /// each time was about a tenth of drawing one edit.
    pub fn speakers_by_id(&self) -> SpeakersById<'_> {
        SpeakersById::new(&self.speakers)
    }

    /// The text an annotation covers.
    pub fn quote_of(&self, a: &Annotation) -> &str {
        a.span.slice(self.text()).unwrap_or("")
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies one edit and records its inverse for undo; clears the redo history.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let inverse = self.apply_raw(edit)?;
        self.undo.push(inverse);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(())
    }

    /// Reverts the last edit. Returns false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.step(true)
    }

    /// Re-applies the last undone edit. Returns false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.step(false)
    }

    fn step(&mut self, backwards: bool) -> bool {
        let from = if backwards { &mut self.undo } else { &mut self.redo };
        let Some(edit) = from.pop() else { return false };
        // An inverse recorded by `apply_raw` always applies to the state it was made for.
        match self.apply_raw(edit) {
            Ok(inverse) => {
                if backwards {
                    self.redo.push(inverse);
                } else {
                    self.undo.push(inverse);
                }
                true
            }
            Err(_) => false,
        }
    }

    /// The id the next new annotation gets: `a` and one more than the largest number in use.
    pub fn next_annotation_id(&self) -> String {
        next_id('a', self.annotations.iter().map(|a| a.id.as_str()))
    }

    pub fn next_speaker_id(&self) -> String {
        next_id('s', self.speakers.iter().map(|s| s.id.as_str()))
    }

    /// Tags the selected span as `kind`, as a person does with the toolbar. White space at
    /// the ends of the selection is left out. Tagging a speaker mention joins the speaker
    /// entity of that name, or creates one. Returns the new annotation's id.
    pub fn tag(&mut self, kind: Kind, span: Span) -> Result<String, EditError> {
        if !span.is_valid_in(self.text()) || span.is_empty() {
            return Err(EditError::BadSpan);
        }
        let span = trim_span(self.text(), span).ok_or(EditError::BlankSelection)?;
        let span = snap_to_words(self.text(), span);
        // Tagging exactly what the engine suggested accepts the suggestion.
        if let Some(existing) = self.annotations.iter().find(|a| a.kind == kind && a.span == span && a.status != Status::Accepted) {
            let id = existing.id.clone();
            self.review(std::slice::from_ref(&id), Status::Accepted)?;
            return Ok(id);
        }
        let id = self.next_annotation_id();
        let mut ann = Annotation::user(id.clone(), kind, span);
        let mut edits = Vec::new();
        if kind == Kind::Speaker {
            let name = self.quote_of(&ann).split_whitespace().collect::<Vec<_>>().join(" ");
            let known = self.speakers.iter().find(|s| s.answers_to(&name)).or_else(|| crate::core::mentions::by_surname(self, &name));
            let speaker_id = match known {
                Some(s) => s.id.clone(),
                None => {
                    let sid = self.next_speaker_id();
                    edits.push(Edit::AddSpeaker(Speaker {
                        id: sid.clone(),
                        name,
                        aliases: Vec::new(),
                        description: None,
                    }));
                    sid
                }
            };
            ann.speaker = Some(speaker_id);
            ann.speaker_mention = Some(span);
        }
        edits.push(Edit::AddAnnotation(ann));
        let edit = if edits.len() == 1 { edits.remove(0) } else { Edit::Batch(edits) };
        self.apply(edit)?;
        Ok(id)
    }

    /// Tags every untagged mention of speaker `id` (see [`crate::core::mentions`]) as one
    /// undoable step; returns how many were tagged.
    pub fn tag_mentions(&mut self, id: &str) -> Result<usize, EditError> {
        if self.speaker(id).is_none() {
            return Err(EditError::UnknownSpeaker(id.to_string()));
        }
        let spans = crate::core::mentions::untagged_mentions(self, id);
        let first = self.next_annotation_id().trim_start_matches('a').parse::<u64>().unwrap_or(1);
        let edits: Vec<Edit> = spans
            .iter()
            .enumerate()
            .map(|(i, &span)| {
                let mut ann = Annotation::user(format!("a{}", first + i as u64), Kind::Speaker, span);
                ann.speaker = Some(id.to_string());
                ann.speaker_mention = Some(span);
                Edit::AddAnnotation(ann)
            })
            .collect();
        let n = edits.len();
        if n > 0 {
            self.apply(Edit::Batch(edits))?;
        }
        Ok(n)
    }

    /// Removes an annotation, and its speaker entity when this was the entity's last mention
    /// and nothing else refers to it, as one undoable step.
    pub fn delete(&mut self, id: &str) -> Result<(), EditError> {
        let ann = self.annotation(id).ok_or_else(|| EditError::UnknownAnnotation(id.to_string()))?;
        let mut edits = vec![Edit::RemoveAnnotation(id.to_string())];
        if let Some(sid) = &ann.speaker {
            let still_used = self.annotations.iter().any(|a| a.id != id && a.speaker.as_deref() == Some(sid));
            if ann.kind == Kind::Speaker && !still_used {
                edits.push(Edit::RemoveSpeaker(sid.clone()));
            }
        }
        let edit = if edits.len() == 1 { edits.remove(0) } else { Edit::Batch(edits) };
        self.apply(edit)
    }

    /// Sets the review status of the given suggestions (accept or reject), as one undoable
    /// step. Ids that are not suggestions, or already have that status, are left alone.
    pub fn review(&mut self, ids: &[String], status: Status) -> Result<usize, EditError> {
        let edits: Vec<Edit> = ids
            .iter()
            .filter_map(|id| self.annotation(id))
            .filter(|a| a.origin == Origin::Suggested && a.status != status)
            .map(|a| Edit::ReplaceAnnotation(Annotation { status, ..a.clone() }))
            .collect();
        let n = edits.len();
        if n > 0 {
            self.apply(Edit::Batch(edits))?;
        }
        Ok(n)
    }

    /// Ids of the suggestions still waiting for review, in text order.
    pub fn pending(&self) -> Vec<String> {
        let mut v: Vec<&Annotation> = self.annotations.iter().filter(|a| a.status == Status::Suggested).collect();
        sort::sort_by_key(&mut v, |a| (a.span.start, a.span.end));
        v.into_iter().map(|a| a.id.clone()).collect()
    }

    /// Renames a speaker; the old name becomes an alias.
    pub fn rename_speaker(&mut self, id: &str, name: &str) -> Result<(), EditError> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let sp = self.speaker(id).ok_or_else(|| EditError::UnknownSpeaker(id.to_string()))?;
        if name.is_empty() || name == sp.name {
            return Ok(());
        }
        let mut new = sp.clone();
        let old = std::mem::replace(&mut new.name, name.clone());
        new.aliases.retain(|a| a != &name);
        if !new.aliases.contains(&old) {
            new.aliases.insert(0, old);
        }
        self.apply(Edit::ReplaceSpeaker(new))
    }

    /// Merges speaker `from` into `into`: its annotations move over, its names become
    /// aliases, and it is removed — one undoable step.
    pub fn merge_speakers(&mut self, from: &str, into: &str) -> Result<(), EditError> {
        if from == into {
            return Ok(());
        }
        let a = self.speaker(from).ok_or_else(|| EditError::UnknownSpeaker(from.to_string()))?.clone();
        let mut b = self.speaker(into).ok_or_else(|| EditError::UnknownSpeaker(into.to_string()))?.clone();
        for n in std::iter::once(&a.name).chain(&a.aliases) {
            if n != &b.name && !b.aliases.contains(n) {
                b.aliases.push(n.clone());
            }
        }
        let mut edits = vec![Edit::ReplaceSpeaker(b)];
        for ann in self.annotations.iter().filter(|x| x.speaker.as_deref() == Some(from)) {
            edits.push(Edit::ReplaceAnnotation(Annotation { speaker: Some(into.to_string()), ..ann.clone() }));
        }
        edits.push(Edit::RemoveSpeaker(from.to_string()));
        self.apply(Edit::Batch(edits))
    }

    /// Splits `alias` off speaker `id` into a speaker of its own: the quotations, claims and
    /// mentions whose speaker is named by that alias (the words of the mention are the alias,
    /// or end on it) move to the new speaker, which is returned. One undoable step. For
    /// names the engine joined wrongly ("Clinton" for both Bill and Hillary).
    pub fn split_speaker(&mut self, id: &str, alias: &str) -> Result<String, EditError> {
        let sp = self.speaker(id).ok_or_else(|| EditError::UnknownSpeaker(id.to_string()))?.clone();
        if !sp.aliases.iter().any(|a| a == alias) {
            return Err(EditError::UnknownAlias(alias.to_string()));
        }
        let new_id = self.next_speaker_id();
        let mut kept = sp.clone();
        kept.aliases.retain(|a| a != alias);
        let wanted = alias.lowercase();
        let names_it = |words: &str| {
            let words = words.split_whitespace().collect::<Vec<_>>().join(" ").lowercase();
            words == wanted || (!wanted.contains(' ') && words.rsplit(' ').next() == Some(wanted.as_str()))
        };
        let mut edits = vec![
            Edit::AddSpeaker(Speaker { id: new_id.clone(), name: alias.to_string(), aliases: Vec::new(), description: None }),
            Edit::ReplaceSpeaker(kept),
        ];
        for ann in self.annotations.iter().filter(|a| a.speaker.as_deref() == Some(id)) {
            let words = match (ann.kind, ann.speaker_mention) {
                (Kind::Speaker, _) => self.quote_of(ann).to_string(),
                (_, Some(m)) => m.slice(self.text()).unwrap_or("").to_string(),
                _ => String::new(),
            };
            if names_it(&words) {
                edits.push(Edit::ReplaceAnnotation(Annotation { speaker: Some(new_id.clone()), ..ann.clone() }));
            }
        }
        self.apply(Edit::Batch(edits))?;
        Ok(new_id)
    }

    /// Applies an edit without touching history and returns its inverse. On error the
    /// document is unchanged (a failing batch rolls back what it did).
    fn apply_raw(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::AddAnnotation(a) => {
                self.check_annotation(&a, None)?;
                let id = a.id.clone();
                self.annotations.push(a);
                Ok(Edit::RemoveAnnotation(id))
            }
            Edit::RemoveAnnotation(id) => {
                let i = self.annotation_index(&id)?;
                let removed = self.annotations.remove(i);
                // Links pointing at a removed annotation would dangle; they are restored
                // with it on undo because the inverse re-adds the same annotation value.
                Ok(Edit::AddAnnotation(removed))
            }
            Edit::ReplaceAnnotation(a) => {
                let i = self.annotation_index(&a.id)?;
                self.check_annotation(&a, Some(i))?;
                let old = std::mem::replace(&mut self.annotations[i], a);
                Ok(Edit::ReplaceAnnotation(old))
            }
            Edit::AddSpeaker(s) => {
                if self.speaker(&s.id).is_some() {
                    return Err(EditError::DuplicateId(s.id));
                }
                let id = s.id.clone();
                self.speakers.push(s);
                Ok(Edit::RemoveSpeaker(id))
            }
            Edit::RemoveSpeaker(id) => {
                let i = self.speaker_index(&id)?;
                if self.annotations.iter().any(|a| a.speaker.as_deref() == Some(&id)) {
                    return Err(EditError::SpeakerInUse(id));
                }
                Ok(Edit::AddSpeaker(self.speakers.remove(i)))
            }
            Edit::ReplaceSpeaker(s) => {
                let i = self.speaker_index(&s.id)?;
                Ok(Edit::ReplaceSpeaker(std::mem::replace(&mut self.speakers[i], s)))
            }
            Edit::SetBlockKind { index, kind } => {
                let block = self.article.blocks.get_mut(index).ok_or(EditError::UnknownBlock(index))?;
                let old = std::mem::replace(&mut block.kind, kind);
                self.article.rederive();
                Ok(Edit::SetBlockKind { index, kind: old })
            }
            Edit::SetMeta(meta) => Ok(Edit::SetMeta(std::mem::replace(&mut self.article.meta, meta))),
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for e in edits {
                    match self.apply_raw(e) {
                        Ok(inv) => inverses.push(inv),
                        Err(err) => {
                            for inv in inverses.into_iter().rev() {
                                let _ = self.apply_raw(inv);
                            }
                            return Err(err);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }

    fn check_annotation(&self, a: &Annotation, replacing: Option<usize>) -> Result<(), EditError> {
        let text = self.text();
        let spans = std::iter::once(Some(a.span)).chain([a.speaker_mention, a.cue]);
        if a.span.is_empty() || spans.flatten().any(|s| !s.is_valid_in(text)) {
            return Err(EditError::BadSpan);
        }
        if let Some(sid) = &a.speaker {
            if self.speaker(sid).is_none() {
                return Err(EditError::UnknownSpeaker(sid.clone()));
            }
        }
        for (i, other) in self.annotations.iter().enumerate() {
            if Some(i) == replacing {
                continue;
            }
            if other.id == a.id {
                return Err(EditError::DuplicateId(a.id.clone()));
            }
            if other.kind == a.kind && other.span == a.span && other.status != Status::Rejected {
                return Err(EditError::AlreadyTagged(other.id.clone()));
            }
        }
        Ok(())
    }

    fn annotation_index(&self, id: &str) -> Result<usize, EditError> {
        self.annotations
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| EditError::UnknownAnnotation(id.to_string()))
    }

    fn speaker_index(&self, id: &str) -> Result<usize, EditError> {
        self.speakers
            .iter()
            .position(|s| s.id == id)
            .ok_or_else(|| EditError::UnknownSpeaker(id.to_string()))
    }
}

/// Shrinks a span so it neither starts nor ends with white space; `None` if nothing is left.
pub fn trim_span(text: &str, span: Span) -> Option<Span> {
    let slice = span.slice(text)?;
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = span.start + lead;
    Some(Span::new(start, start + trimmed.len()))
}

/// Widens a span that starts or ends inside a word to the whole word, so a sloppy drag
/// ("egseth sai") tags whole words ("Hegseth said"). Apostrophes and hyphens end words, so
/// "Hegseth" stays "Hegseth" in "Hegseth’s".
pub fn snap_to_words(text: &str, span: Span) -> Span {
    let is_word = |c: char| c.is_alphanumeric();
    let mut start = span.start;
    let starts_inside = text[start..].chars().next().is_some_and(is_word);
    if starts_inside {
        for (i, c) in text[..start].char_indices().rev() {
            if !is_word(c) {
                break;
            }
            start = i;
        }
    }
    let mut end = span.end;
    let ends_inside = text[..end].chars().next_back().is_some_and(is_word);
    if ends_inside {
        for (i, c) in text[end..].char_indices() {
            if !is_word(c) {
                end = span.end + i;
                break;
            }
            end = span.end + i + c.len_utf8();
        }
    }
    Span::new(start, end)
}

fn next_id<'a>(prefix: char, ids: impl Iterator<Item = &'a str>) -> String {
    let max = ids
        .filter_map(|id| id.strip_prefix(prefix).and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::from_text("Title line\n\nHegseth said “everything is on the table”.\nHegseth left.")
    }

    fn span_of(d: &Document, needle: &str, nth: usize) -> Span {
        let (i, _) = d.text().match_indices(needle).nth(nth).expect("needle in text");
        Span::new(i, i + needle.len())
    }

    #[test]
    fn linked_means_same_speaker_or_evidence_either_way() {
        let mut d = doc();
        let m1 = d.tag(Kind::Speaker, span_of(&d, "Hegseth", 0)).expect("first");
        let m2 = d.tag(Kind::Speaker, span_of(&d, "Hegseth", 1)).expect("second");
        let q = d.tag(Kind::Quote, span_of(&d, "everything is on the table", 0)).expect("quote");
        let p = d.tag(Kind::Position, span_of(&d, "Hegseth left", 0)).expect("position");
        let mut pos = d.annotation(&p).cloned().expect("position");
        pos.links.push(q.clone());
        d.apply(Edit::ReplaceAnnotation(pos)).expect("link");
        assert_eq!(d.linked(&m1), vec![m2.as_str()]);
        assert_eq!(d.linked(&q), vec![p.as_str()]);
        assert_eq!(d.linked(&p), vec![q.as_str()]);
    }

    #[test]
    fn speakers_by_id_finds_each_speaker_whatever_the_order() {
        let mut d = doc();
        for (id, name) in [("s10", "Ten"), ("s2", "Two"), ("a", "Alpha"), ("s1", "One")] {
            d.apply(Edit::AddSpeaker(Speaker { id: id.into(), name: name.into(), aliases: Vec::new(), description: None })).expect("speaker");
        }
        let q = d.tag(Kind::Quote, span_of(&d, "everything is on the table", 0)).expect("quote");
        let mut quote = d.annotation(&q).cloned().expect("quote");
        let names = d.speakers_by_id();
        for (id, name) in [("s10", "Ten"), ("s2", "Two"), ("a", "Alpha"), ("s1", "One")] {
            assert_eq!(names.get(id).map(|s| s.name.as_str()), Some(name));
        }
        assert!(names.get("s3").is_none());
        assert_eq!(names.name_of(&quote), None);
        quote.speaker = Some("s2".into());
        assert_eq!(names.name_of(&quote), Some("Two"));
        quote.speaker = Some("gone".into());
        assert_eq!(names.name_of(&quote), None);
    }

    #[test]
    fn tag_undo_redo() {
        let mut d = doc();
        let s = span_of(&d, "everything is on the table", 0);
        let id = d.tag(Kind::Claim, s).expect("tag");
        assert_eq!(id, "a1");
        assert_eq!(d.quote_of(d.annotation("a1").expect("a1")), "everything is on the table");
        assert!(d.undo());
        assert!(d.annotations.is_empty());
        assert!(d.redo());
        assert_eq!(d.annotations.len(), 1);
        assert!(!d.redo());
    }

    #[test]
    fn speaker_mentions_join_one_entity_and_undo_as_one_step() {
        let mut d = doc();
        d.tag(Kind::Speaker, span_of(&d, "Hegseth", 0)).expect("first");
        d.tag(Kind::Speaker, span_of(&d, "Hegseth", 1)).expect("second");
        assert_eq!(d.speakers.len(), 1);
        assert!(d.annotations.iter().all(|a| a.speaker.as_deref() == Some("s1")));
        d.delete("a2").expect("delete second");
        assert_eq!(d.speakers.len(), 1, "entity kept while a mention remains");
        d.delete("a1").expect("delete first");
        assert!(d.speakers.is_empty(), "last mention takes the entity with it");
        assert!(d.undo());
        assert_eq!((d.speakers.len(), d.annotations.len()), (1, 1));
    }

    #[test]
    fn refuses_bad_spans_blank_selections_and_duplicates() {
        let mut d = doc();
        let len = d.text().len();
        assert_eq!(d.tag(Kind::Claim, Span::new(0, len + 1)), Err(EditError::BadSpan));
        let curly = d.text().find('“').expect("curly");
        assert_eq!(d.tag(Kind::Claim, Span::new(curly + 1, curly + 2)), Err(EditError::BadSpan));
        assert_eq!(d.tag(Kind::Claim, Span::new(10, 12)), Err(EditError::BlankSelection));
        let s = span_of(&d, "Hegseth left", 0);
        d.tag(Kind::Claim, s).expect("first");
        assert!(matches!(d.tag(Kind::Claim, s), Err(EditError::AlreadyTagged(_))));
        assert!(d.tag(Kind::Position, s).is_ok(), "another kind may overlap exactly");
    }

    #[test]
    fn tag_trims_white_space() {
        let mut d = doc();
        let s = span_of(&d, "Title line\n\n", 0);
        d.tag(Kind::Claim, s).expect("tag");
        assert_eq!(d.quote_of(&d.annotations[0]), "Title line");
    }

    #[test]
    fn tags_snap_to_whole_words() {
        let mut d = doc();
        let i = d.text().find("egseth sai").expect("text");
        d.tag(Kind::Claim, Span::new(i, i + "egseth sai".len())).expect("tag");
        assert_eq!(d.quote_of(&d.annotations[0]), "Hegseth said");
        assert_eq!(snap_to_words("Hegseth’s view", Span::new(1, 4)), Span::new(0, 7));
        assert_eq!(snap_to_words("café 😀 ok", Span::new(1, 3)), Span::new(0, 5));
    }

    #[test]
    fn block_kind_and_meta_edits_undo() {
        let mut d = doc();
        let before = d.article.clone();
        d.apply(Edit::SetBlockKind { index: 1, kind: BlockKind::Boilerplate }).expect("reclassify");
        assert_eq!(d.blocks()[1].kind, BlockKind::Boilerplate);
        assert!(d.article.quotes().is_empty(), "furniture holds no quotations");
        let mut meta = d.meta().clone();
        meta.authors = vec!["Jane Doe".into()];
        d.apply(Edit::SetMeta(meta)).expect("meta");
        assert!(d.undo() && d.undo());
        assert_eq!(d.article, before);
        assert_eq!(d.apply(Edit::SetBlockKind { index: 99, kind: BlockKind::Title }), Err(EditError::UnknownBlock(99)));
    }

    #[test]
    fn review_rename_and_merge_undo_as_single_steps() {
        let mut d = Document::analyze("Headline\n\n“We will win this,” Smith said. “It is certain,” John Smith added. Jones said “never again” today.");
        let pending = d.pending();
        assert_eq!(pending.len(), 3);
        assert_eq!(d.review(&pending[..2], Status::Accepted), Ok(2));
        assert_eq!(d.pending().len(), 1);
        assert_eq!(d.review(&pending, Status::Rejected), Ok(3));
        assert!(d.pending().is_empty());
        assert!(d.undo());
        assert_eq!(d.pending().len(), 1, "one undo restores the whole batch");
        let smith = d.speakers.iter().find(|s| s.name == "John Smith").map(|s| s.id.clone()).expect("Smith");
        let jones = d.speakers.iter().find(|s| s.name == "Jones").map(|s| s.id.clone()).expect("Jones");
        d.rename_speaker(&smith, "John Q. Smith").expect("rename");
        assert_eq!(d.speaker(&smith).map(|s| s.aliases.contains(&"John Smith".to_string())), Some(true));
        d.merge_speakers(&jones, &smith).expect("merge");
        assert!(d.speaker(&jones).is_none());
        assert!(d.annotations.iter().filter(|a| a.kind == Kind::Quote).all(|a| a.speaker.as_deref() == Some(smith.as_str())));
        assert!(d.undo());
        assert!(d.speaker(&jones).is_some());
    }

    #[test]
    fn tagging_a_suggestion_accepts_it() {
        let mut d = Document::analyze("Headline\n\nAbout a sixth of the territory is occupied by Russia, officials said in 2024.");
        let claim = d.annotations.iter().find(|a| a.kind == Kind::Claim).cloned().expect("a suggested claim");
        assert_eq!(d.tag(Kind::Claim, claim.span), Ok(claim.id.clone()));
        assert_eq!(d.annotation(&claim.id).map(|a| a.status), Some(Status::Accepted));
        assert_eq!(d.annotations.iter().filter(|a| a.kind == Kind::Claim).count(), 1);
    }

    #[test]
    fn a_speaker_joined_wrongly_is_split_by_alias_and_undone_in_one_step() {
        let mut d = Document::analyze(
            "Campaign\n\n“We will win this state,” said Hillary Clinton.\n\n“It was a good night for the party,” Bill said. \
             “She will be a fine president,” Bill added.",
        );
        // Join Bill into Hillary by hand, as a mistaken merge would.
        let hillary = d.speakers.iter().find(|s| s.name == "Hillary Clinton").map(|s| s.id.clone()).expect("Hillary");
        let bill = d.speakers.iter().find(|s| s.name != "Hillary Clinton").map(|s| s.id.clone()).expect("Bill");
        d.merge_speakers(&bill, &hillary).expect("merge");
        let before = d.clone();
        let moved = d.annotations.iter().filter(|a| a.speaker.as_deref() == Some(hillary.as_str())).count();
        assert_eq!(moved, 3);
        assert_eq!(d.split_speaker(&hillary, "Hillary"), Err(EditError::UnknownAlias("Hillary".into())));
        let new_id = d.split_speaker(&hillary, "Bill").expect("split");
        assert_eq!(d.speaker(&new_id).map(|s| s.name.as_str()), Some("Bill"));
        assert!(d.speaker(&hillary).is_some_and(|s| !s.aliases.contains(&"Bill".to_string())));
        let of = |id: &str| d.annotations.iter().filter(|a| a.speaker.as_deref() == Some(id)).count();
        assert_eq!((of(&hillary), of(&new_id)), (1, 2));
        d.undo();
        assert_eq!(d.speakers, before.speakers);
        assert_eq!(d.annotations, before.annotations);
    }

    #[test]
    fn failing_batch_changes_nothing() {
        let mut d = doc();
        let good = Annotation::user("a1".into(), Kind::Claim, Span::new(0, 5));
        let bad = Annotation::user("a2".into(), Kind::Claim, Span::new(0, 9999));
        assert!(d.apply(Edit::Batch(vec![Edit::AddAnnotation(good), Edit::AddAnnotation(bad)])).is_err());
        assert!(d.annotations.is_empty());
        assert!(!d.can_undo());
    }
}
