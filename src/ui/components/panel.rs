//! The side panel, in two tabs. Annotations: every annotation in text order with its kind,
//! words and speaker; suggestions carry Accept and Reject, and the head of the list reviews
//! them all at once. Speakers: the people the article quotes, with their quote and claim
//! counts, to rename, merge or review by speaker.

use crate::core::case::Lowercase;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::article::BlockKind;
use crate::core::model::{Annotation, Document, Kind, SpeakersById, Stance, Status, Verdict};
use crate::core::positions;
use crate::core::sort;

#[derive(Properties)]
pub struct PanelProps {
    pub doc: Rc<Document>,
    pub focused: Option<String>,
    pub on_pick: Callback<String>,
    pub on_delete: Callback<String>,
    pub on_stance: Callback<(String, Option<Stance>)>,
    pub on_note: Callback<(String, String)>,
    pub on_verdict: Callback<(String, Option<Verdict>)>,
    /// Sets or clears an annotation's speaker.
    pub on_speaker: Callback<(String, Option<String>)>,
    pub on_topic: Callback<(String, String)>,
    /// Adds (true) or removes (false) a link from the first annotation to the second.
    pub on_link: Callback<(String, String, bool)>,
    pub on_review: Callback<(Vec<String>, Status)>,
    pub on_rename: Callback<(String, String)>,
    pub on_merge: Callback<(String, String)>,
    /// Splits an alias (second) off a speaker (first) into a speaker of its own.
    #[prop_or_default]
    pub on_split: Callback<(String, String)>,
    /// Tags every untagged mention of a speaker.
    #[prop_or_default]
    pub on_tag_mentions: Callback<String>,
    /// A shared view: everything is shown, nothing can be changed.
    #[prop_or_default]
    pub read_only: bool,
}

/// The document by pointer (an edit makes a new one; comparing contents would walk every
/// annotation), and the callbacks not at all: the app makes them anew at each of its
/// renders, and they only hand actions to its reducer, so a render of the app that leaves
/// the listed document and pick alone (a selection, a notice) leaves the list alone too.
impl PartialEq for PanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc) && self.focused == other.focused && self.read_only == other.read_only
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Tab {
    Annotations,
    Speakers,
    Positions,
}

#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let tab = use_state(|| Tab::Annotations);
    let filter = use_state(Filter::default);
    let show_rejected = use_state(|| false);
    let limit = use_state(|| PAGE);
    let select = |t: Tab| {
        let tab = tab.clone();
        Callback::from(move |_: MouseEvent| tab.set(t))
    };
    let tabs = html! {
        <div class="tabs" role="tablist" aria-label="Side panel">
            <button role="tab" id="tab-annotations" aria-selected={(*tab == Tab::Annotations).to_string()}
                aria-controls="panel-body" onclick={select(Tab::Annotations)}>{ "Annotations" }</button>
            <button role="tab" id="tab-speakers" aria-selected={(*tab == Tab::Speakers).to_string()}
                aria-controls="panel-body" onclick={select(Tab::Speakers)}>{ format!("Speakers ({})", props.doc.speakers.len()) }</button>
            <button role="tab" id="tab-positions" aria-selected={(*tab == Tab::Positions).to_string()}
                aria-controls="panel-body" onclick={select(Tab::Positions)}>{ "Positions" }</button>
        </div>
    };
    let body = match *tab {
        Tab::Annotations => annotations_tab(props, show_rejected, limit, filter),
        Tab::Speakers => speakers_tab(props),
        Tab::Positions => positions_tab(props),
    };
    let labelled = match *tab {
        Tab::Annotations => "tab-annotations",
        Tab::Speakers => "tab-speakers",
        Tab::Positions => "tab-positions",
    };
    // On a phone the panel is a sheet along the bottom edge, opened by its handle or by
    // picking a mark; elsewhere the handle is hidden and the panel always shows.
    let sheet_open = use_state(|| false);
    {
        let sheet_open = sheet_open.clone();
        use_effect_with(props.focused.clone(), move |f| {
            if f.is_some() {
                sheet_open.set(true);
            }
        });
    }
    let toggle_sheet = {
        let sheet_open = sheet_open.clone();
        Callback::from(move |_: MouseEvent| sheet_open.set(!*sheet_open))
    };
    html! {
        <aside class={classes!("panel", sheet_open.then_some("open"))} aria-label="Annotations and speakers">
            <button class="sheet-toggle" aria-expanded={sheet_open.to_string()} aria-controls="panel-body" onclick={toggle_sheet}>
                { if *sheet_open { "Hide the list" } else { "Show the list" } }
            </button>
            { tabs }
            <div id="panel-body" role="tabpanel" aria-labelledby={labelled}>{ body }</div>
        </aside>
    }
}

/// How many list items are drawn at first; a 750 KB paste can carry thousands of
/// suggestions, and drawing them all would freeze the page.
const PAGE: usize = 100;

/// What the annotation list shows: one kind or all, suggestions or the person's own, and
/// the annotations whose words, speaker or note contain some text.
#[derive(Clone, Default, PartialEq)]
struct Filter {
    kind: Option<Kind>,
    /// A speaker id; the empty string means annotations linked to no speaker.
    speaker: Option<String>,
    stance: Option<Stance>,
    /// `Some(true)`: only open suggestions; `Some(false)`: only the person's own (accepted).
    suggested: Option<bool>,
    text: String,
}

impl Filter {
    fn keeps(&self, doc: &Document, names: &SpeakersById, needle: &str, a: &Annotation) -> bool {
        if self.kind.is_some_and(|k| k != a.kind) {
            return false;
        }
        if let Some(sp) = &self.speaker {
            if a.speaker.as_deref().unwrap_or("") != sp.as_str() {
                return false;
            }
        }
        if self.stance.is_some_and(|s| a.stance != Some(s)) {
            return false;
        }
        if let Some(s) = self.suggested {
            if (a.status == Status::Suggested) != s {
                return false;
            }
        }
        needle.is_empty()
            || doc.quote_of(a).lowercase().contains(needle)
            || a.note.as_deref().is_some_and(|n| n.lowercase().contains(needle))
            || a.topic.as_deref().is_some_and(|n| n.lowercase().contains(needle))
            || names.name_of(a).is_some_and(|s| s.lowercase().contains(needle))
    }
}

fn filter_bar(filter: &UseStateHandle<Filter>, doc: &Rc<Document>) -> Html {
    use wasm_bindgen::JsCast;
    let on_speaker = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default();
            let speaker = match v.as_str() {
                "*" => None,
                "-" => Some(String::new()),
                id => Some(id.to_string()),
            };
            filter.set(Filter { speaker, ..(*filter).clone() });
        })
    };
    let on_stance = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default();
            filter.set(Filter { stance: Stance::parse(&v), ..(*filter).clone() });
        })
    };
    let speaker = match filter.speaker.as_deref() {
        None => "*",
        Some("") => "-",
        Some(id) => id,
    };
    let stance = filter.stance.map(|s| s.as_str()).unwrap_or("");
    let on_kind = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default();
            filter.set(Filter { kind: Kind::parse(&v), ..(*filter).clone() });
        })
    };
    let on_status = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default();
            let suggested = match v.as_str() {
                "suggested" => Some(true),
                "mine" => Some(false),
                _ => None,
            };
            filter.set(Filter { suggested, ..(*filter).clone() });
        })
    };
    let on_text = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default();
            filter.set(Filter { text: v, ..(*filter).clone() });
        })
    };
    let kind = filter.kind.map(|k| k.as_str()).unwrap_or("");
    let status = match filter.suggested {
        Some(true) => "suggested",
        Some(false) => "mine",
        None => "",
    };
    html! {
        <div class="filters" role="search">
            <input type="search" placeholder="Find words, speakers, notes" aria-label="Filter annotations" value={filter.text.clone()} oninput={on_text} />
            <select aria-label="Show kind" onchange={on_kind}>
                <option value="" selected={kind.is_empty()}>{ "All kinds" }</option>
                { for Kind::ALL.iter().map(|k| html! { <option value={k.as_str()} selected={kind == k.as_str()}>{ k.label() }</option> }) }
            </select>
            <select aria-label="Show status" onchange={on_status}>
                <option value="" selected={status.is_empty()}>{ "Any status" }</option>
                <option value="suggested" selected={status == "suggested"}>{ "Suggestions" }</option>
                <option value="mine" selected={status == "mine"}>{ "Accepted" }</option>
            </select>
            <select aria-label="Show speaker" onchange={on_speaker}>
                <option value="*" selected={speaker == "*"}>{ "Any speaker" }</option>
                <option value="-" selected={speaker == "-"}>{ "No speaker" }</option>
                <SpeakerOptions speakers={SpeakersOf(doc.clone())} selected={speaker.to_string()} />
            </select>
            <select aria-label="Show stance" onchange={on_stance}>
                <option value="" selected={stance.is_empty()}>{ "Any stance" }</option>
                { for Stance::ALL.iter().map(|s| html! { <option value={s.as_str()} selected={stance == s.as_str()}>{ s.as_str() }</option> }) }
            </select>
        </div>
    }
}

/// A document's speakers as a prop: equal while the speakers are, whatever else changed, so
/// an edit that leaves them alone does not rebuild a long article's hundreds of options.
#[derive(Clone)]
struct SpeakersOf(Rc<Document>);

impl PartialEq for SpeakersOf {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || self.0.speakers == other.0.speakers
    }
}

#[derive(Properties, PartialEq)]
struct SpeakerOptionsProps {
    speakers: SpeakersOf,
    selected: String,
}

/// The speaker filter's options, one per speaker.
#[function_component(SpeakerOptions)]
fn speaker_options(p: &SpeakerOptionsProps) -> Html {
    let selected = p.selected.as_str();
    p.speakers.0.speakers.iter().map(|sp| html! { <option value={sp.id.clone()} selected={selected == sp.id}>{ sp.name.clone() }</option> }).collect::<Html>()
}

fn annotations_tab(props: &PanelProps, show_rejected: UseStateHandle<bool>, limit: UseStateHandle<usize>, filter: UseStateHandle<Filter>) -> Html {
    let doc = &props.doc;
    let mut order: Vec<&Annotation> = doc.annotations.iter().collect();
    sort::sort_by_key(&mut order, |a| (a.span.start, a.span.end));
    let rejected = order.iter().filter(|a| a.status == Status::Rejected).count();
    let names = doc.speakers_by_id();
    let needle = filter.text.trim().lowercase();
    let pending = doc.pending();
    let counts = Kind::ALL.map(|k| doc.annotations.iter().filter(|a| a.kind == k && a.status != Status::Rejected).count());
    let summary = Kind::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} {}", plural(k.label(), n)))
        .collect::<Vec<_>>()
        .join(" · ");
    let visible: Vec<&&Annotation> = order
        .iter()
        .filter(|a| *show_rejected || a.status != Status::Rejected)
        .filter(|a| filter.keeps(doc, &names, &needle, a))
        .collect();
    let filtered_out = *filter != Filter::default();
    // With a filter on, the bulk buttons act on the suggestions shown, not on hidden ones.
    let (to_review, accept_label, reject_label) = if filtered_out {
        let shown: Vec<String> = visible.iter().filter(|a| a.status == Status::Suggested).map(|a| a.id.clone()).collect();
        (shown, "Accept shown", "Reject shown")
    } else {
        (pending, "Accept all", "Reject all")
    };
    let review_bar = (!to_review.is_empty() && !props.read_only).then(|| {
        let accept = {
            let cb = props.on_review.clone();
            let ids = to_review.clone();
            Callback::from(move |_: MouseEvent| cb.emit((ids.clone(), Status::Accepted)))
        };
        let reject = {
            let cb = props.on_review.clone();
            let ids = to_review.clone();
            Callback::from(move |_: MouseEvent| cb.emit((ids.clone(), Status::Rejected)))
        };
        let n = to_review.len();
        html! {
            <div class="review-bar">
                <span>{ format!("{n} {} to review{}", if n == 1 { "suggestion" } else { "suggestions" }, if filtered_out { " among those shown" } else { "" }) }
                    <span class="keys">{ " · keys " }<kbd>{ "A" }</kbd>{ " accept, " }<kbd>{ "R" }</kbd>{ " reject" }</span></span>
                <span class="bulk">
                    <button onclick={accept}>{ accept_label }</button>
                    <button onclick={reject}>{ reject_label }</button>
                </span>
            </div>
        }
    });
    let hidden = visible.len().saturating_sub(*limit);
    let cb = item_callbacks(props);
    let ordinals = props.doc.article.block_ordinals();
    let shown = visible.iter().take(*limit).map(|a| item(props, &names, &cb, &ordinals, a));
    let more = (hidden > 0).then(|| {
        let limit = limit.clone();
        html! { <li key="more" class="more"><button onclick={Callback::from(move |_| limit.set(*limit + PAGE))}>{ format!("Show {} more of {hidden}", hidden.min(PAGE)) }</button></li> }
    });
    let toggle_rejected = (rejected > 0).then(|| {
        let label = if *show_rejected { "Hide rejected".to_string() } else { format!("Show {rejected} rejected") };
        let show = show_rejected.clone();
        html! { <button class="link small" onclick={Callback::from(move |_| show.set(!*show))}>{ label }</button> }
    });
    html! {
        <>
            if doc.annotations.is_empty() {
                <p class="hint">{ "Nothing tagged yet. Select words in the article, then press Claim (1), Speaker (2), Position (3) or Quote (Q)." }</p>
            } else {
                <p class="summary">{ summary } { for toggle_rejected }</p>
                { legend() }
                { for review_bar }
                { filter_bar(&filter, doc) }
                if filtered_out {
                    <p class="hint" role="status">{ format!("{} shown", visible.len()) }</p>
                }
                <ul class="items">{ for shown }{ for more }</ul>
                <datalist id="topics">{ for topics(doc).into_iter().map(|t| html! { <option value={t} /> }) }</datalist>
            }
        </>
    }
}

/// The callbacks every list entry shares; they only dispatch actions, so entries compare
/// equal without them.
struct ItemCallbacks {
    on_pick: Callback<String>,
    on_delete: Callback<String>,
    on_stance: Callback<(String, Option<Stance>)>,
    on_note: Callback<(String, String)>,
    on_verdict: Callback<(String, Option<Verdict>)>,
    on_speaker: Callback<(String, Option<String>)>,
    on_topic: Callback<(String, String)>,
    on_link: Callback<(String, String, bool)>,
    on_review: Callback<(Vec<String>, Status)>,
}

/// Everything one entry of the list shows, worked out from the document beforehand and
/// compared by value, so an edit redraws only the entries it changed.
#[derive(Properties)]
struct ItemProps {
    a: Annotation,
    focused: bool,
    read_only: bool,
    who: Option<String>,
    /// Where in the article it is ("¶ 3", "headline").
    place: Option<String>,
    quote: String,
    /// The evidence a position links to: id and label.
    linked: Vec<(String, String)>,
    /// For the picked entry only: the speakers to choose from, and the evidence that can be added.
    speakers: Vec<(String, String)>,
    candidates: Vec<(String, String)>,
    cb: Rc<ItemCallbacks>,
}

impl PartialEq for ItemProps {
    fn eq(&self, o: &Self) -> bool {
        (&self.a, self.focused, self.read_only, &self.who, &self.place, &self.quote, &self.linked, &self.speakers, &self.candidates)
            == (&o.a, o.focused, o.read_only, &o.who, &o.place, &o.quote, &o.linked, &o.speakers, &o.candidates)
    }
}

fn item_callbacks(props: &PanelProps) -> Rc<ItemCallbacks> {
    Rc::new(ItemCallbacks {
        on_pick: props.on_pick.clone(),
        on_delete: props.on_delete.clone(),
        on_stance: props.on_stance.clone(),
        on_note: props.on_note.clone(),
        on_verdict: props.on_verdict.clone(),
        on_speaker: props.on_speaker.clone(),
        on_topic: props.on_topic.clone(),
        on_link: props.on_link.clone(),
        on_review: props.on_review.clone(),
    })
}

/// One entry of the annotation list, as a memoized component.
fn item(props: &PanelProps, names: &SpeakersById, cb: &Rc<ItemCallbacks>, ordinals: &[usize], a: &Annotation) -> Html {
    let doc = &props.doc;
    let focused = props.focused.as_deref() == Some(a.id.as_str());
    let speaker = names.name_of(a).map(str::to_string);
    let mention = a.speaker_mention.and_then(|m| m.slice(doc.text())).map(str::to_string);
    let who = match (speaker, mention) {
        (Some(name), _) => Some(name),
        (None, Some(m)) if a.kind == Kind::Quote => Some(format!("{m} (unnamed)")),
        _ => None,
    };
    let linked: Vec<(String, String)> = a
        .links
        .iter()
        .filter_map(|l| doc.annotation(l))
        .map(|t| (t.id.clone(), format!("{}: “{}”", t.kind.label(), ellipsize(doc.quote_of(t), 60))))
        .collect();
    let place = doc.article.place_of(a.span.start, ordinals).map(|(kind, n)| match kind {
        BlockKind::Title => "headline".to_string(),
        BlockKind::Paragraph => format!("¶ {n}"),
        other => other.as_str().to_string(),
    });
    let editable = !props.read_only && a.status != Status::Rejected;
    let speakers: Vec<(String, String)> = if focused && editable { doc.speakers.iter().map(|sp| (sp.id.clone(), sp.name.clone())).collect() } else { Vec::new() };
    let candidates = if focused && editable && a.kind == Kind::Position {
        let mut c: Vec<&Annotation> = doc
            .annotations
            .iter()
            .filter(|t| matches!(t.kind, Kind::Quote | Kind::Claim) && t.status != Status::Rejected && !a.links.contains(&t.id))
            .collect();
        sort::sort_by_key(&mut c, |t| t.span.start);
        c.into_iter().map(|t| (t.id.clone(), format!("{}: {}", t.kind.label(), ellipsize(doc.quote_of(t), 50)))).collect()
    } else {
        Vec::new()
    };
    html! {
        <ItemView key={a.id.clone()} a={a.clone()} {focused} read_only={props.read_only} {who} {place}
            quote={ellipsize(doc.quote_of(a), 160)} {linked} {speakers} {candidates} cb={cb.clone()} />
    }
}

#[function_component(ItemView)]
fn item_view(p: &ItemProps) -> Html {
    let a = &p.a;
    let props = &*p.cb;
    let id = a.id.clone();
    let focused = p.focused;
    let emit = |cb: &Callback<String>| {
        let cb = cb.clone();
        let id = id.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            cb.emit(id.clone())
        })
    };
    let pick = emit(&props.on_pick);
    let pick_key = {
        let cb = props.on_pick.clone();
        let id = id.clone();
        Callback::from(move |e: KeyboardEvent| {
            let on_self = e.target() == e.current_target();
            if on_self && (e.key() == "Enter" || e.key() == " ") {
                e.prevent_default();
                cb.emit(id.clone());
            }
        })
    };
    let review = |status: Status| {
        let cb = props.on_review.clone();
        let id = id.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            cb.emit((vec![id.clone()], status))
        })
    };
    let who = p.who.clone();
    let stop = Callback::from(|e: MouseEvent| e.stop_propagation());
    let stance_select = (a.kind == Kind::Position).then(|| {
        let id = id.clone();
        choice(
            "Stance ",
            "not set",
            Stance::ALL.iter().map(|s| (s.as_str().to_string(), s.as_str().to_string())).collect(),
            a.stance.map(|s| s.as_str()).unwrap_or(""),
            p.read_only,
            props.on_stance.reform(move |v: String| (id.clone(), Stance::parse(&v))),
        )
    });
    let verdict_select = (a.kind == Kind::Claim && a.status != Status::Rejected && !p.read_only && (focused || a.verdict.is_some())).then(|| {
        let id = id.clone();
        choice(
            "Verdict ",
            "not rated",
            Verdict::ALL.iter().map(|v| (v.as_str().to_string(), v.label().to_string())).collect(),
            a.verdict.map(|v| v.as_str()).unwrap_or(""),
            false,
            props.on_verdict.reform(move |v: String| (id.clone(), Verdict::parse(&v))),
        )
    });
    let editable = !p.read_only && a.status != Status::Rejected;
    // Positions always show their topic and stance; the speaker and evidence choices
    // appear on the picked entry.
    // Only for the picked entry: the choice lists every speaker, and a long article can
    // have hundreds of entries.
    let holder_select = (editable && focused && matches!(a.kind, Kind::Claim | Kind::Position | Kind::Quote)).then(|| {
        let label = match a.kind {
            Kind::Position => "Held by ",
            Kind::Quote => "Said by ",
            _ => "Made by ",
        };
        let none = if a.kind == Kind::Claim { "the article itself" } else { "not set" };
        let id = id.clone();
        choice(
            label,
            none,
            p.speakers.clone(),
            a.speaker.as_deref().unwrap_or(""),
            false,
            props.on_speaker.reform(move |v: String| (id.clone(), (!v.is_empty()).then_some(v))),
        )
    });
    let topic_input = (editable && a.kind == Kind::Position).then(|| {
        let cb = props.on_topic.clone();
        let id = id.clone();
        let onchange = Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            if let Some(i) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                cb.emit((id.clone(), i.value()));
            }
        });
        html! {
            <label class="stance">{ "Topic " }
                <input class="topic" list="topics" value={a.topic.clone().unwrap_or_default()} {onchange}
                    onclick={stop.clone()} placeholder="e.g. Nato membership for Ukraine" />
            </label>
        }
    });
    let evidence = (a.kind == Kind::Position && (editable || !a.links.is_empty())).then(|| {
        let linked = p.linked.iter().map(|(tid, label)| {
            let remove = editable.then(|| {
                let cb = props.on_link.clone();
                let (from, to) = (id.clone(), tid.clone());
                html! { <button class="link small" aria-label={format!("Remove evidence {tid}")}
                    onclick={Callback::from(move |e: MouseEvent| { e.stop_propagation(); cb.emit((from.clone(), to.clone(), false)) })}>{ "×" }</button> }
            });
            html! { <li>{ label.clone() }{ for remove }</li> }
        });
        // Only the picked position offers its choice of evidence: the choice lists every
        // quote and claim, and drawing it for every position would be thousands of
        // options on a long article.
        let add = (editable && focused).then(|| {
            let cb = props.on_link.clone();
            let from = id.clone();
            // Chosen, then added with the button: a keyboard user arrowing through the
            // choices would otherwise add every one passed on the way.
            let onclick = Callback::from(move |e: MouseEvent| {
                use wasm_bindgen::JsCast;
                e.stop_propagation();
                let select = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|b| b.closest(".evidence").ok().flatten())
                    .and_then(|ev| ev.query_selector("select.add-evidence").ok().flatten())
                    .and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok());
                if let Some(s) = select {
                    let to = s.value();
                    if !to.is_empty() {
                        cb.emit((from.clone(), to, true));
                    }
                    s.set_value("");
                }
            });
            html! {
                <span class="add-row">
                    <select class="add-evidence" aria-label={format!("Evidence to add to {}", a.id)} onclick={stop.clone()}>
                        <option value="" selected=true>{ "Choose a quote or claim…" }</option>
                        { for p.candidates.iter().map(|(tid, label)| html! {
                            <option value={tid.clone()}>{ label.clone() }</option>
                        }) }
                    </select>
                    <button class="small" {onclick} aria-label={format!("Add evidence to {}", a.id)}>{ "Add" }</button>
                </span>
            }
        });
        html! { <div class="evidence"><span>{ "Evidence" }</span><ul>{ for linked }</ul>{ for add }</div> }
    });
    let verdict_text = p.read_only.then(|| a.verdict.map(|v| html! { <p class="note-text">{ format!("Rated: {}", v.label()) }</p> })).flatten();
    let note = {
        let cb = props.on_note.clone();
        let id = id.clone();
        let onchange = Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                cb.emit((id.clone(), t.value()));
            }
        });
        html! {
            <textarea class="note" rows="1" placeholder="Note" aria-label={format!("Note on {}", a.id)}
                value={a.note.clone().unwrap_or_default()} {onchange} onclick={stop.clone()} />
        }
    };
    let actions = if p.read_only { html! {} } else { match a.status {
        Status::Suggested => html! {
            <span class="review">
                <button class="accept" onclick={review(Status::Accepted)} aria-label={format!("Accept suggestion {}", a.id)} title="Accept (A)">{ "Accept" }</button>
                <button class="reject" onclick={review(Status::Rejected)} aria-label={format!("Reject suggestion {}", a.id)} title="Reject (R)">{ "Reject" }</button>
            </span>
        },
        Status::Rejected => html! {
            <button class="link small" onclick={review(Status::Suggested)} aria-label={format!("Restore suggestion {}", a.id)}>{ "Restore" }</button>
        },
        Status::Accepted => html! {},
    } };
    let state = match a.status {
        Status::Suggested => Some("suggested"),
        Status::Rejected => Some("rejected"),
        Status::Accepted => None,
    };
    html! {
        <li data-id={a.id.clone()} data-kind={a.kind.as_str()} data-status={state}
            class={classes!("item", focused.then_some("focused"), state)}
            tabindex="0" onclick={pick} onkeydown={pick_key} aria-current={focused.then_some("true")}>
            <div class="item-head">
                <span class={classes!("badge", a.kind.as_str())}>{ a.kind.label() }</span>
                if let Some(s) = state { <span class="state">{ s }</span> }
                if let Some(name) = who { <span class="who">{ name }</span> }
                if let Some(score) = a.score { <span class="score" title="How check-worthy this claim looks (0–1)">{ crate::ui::state::thousandths(score) }</span> }
                if let Some(place) = p.place.clone() { <span class="place" title="Where it is in the article">{ place }</span> }
                if !p.read_only {
                    <button class="delete" onclick={emit(&props.on_delete)} title="Delete this annotation"
                        aria-label={format!("Delete {} {}", a.kind.label().to_ascii_lowercase(), a.id)}>{ "×" }</button>
                }
            </div>
            <p class="quote">{ p.quote.clone() }</p>
            { actions }
            { for holder_select }
            { for topic_input }
            { for stance_select }
            { for verdict_select }
            { for evidence }
            { for verdict_text }
            if a.status != Status::Rejected && !p.read_only && (focused || a.note.is_some()) { { note } }
            if p.read_only { if let Some(n) = a.note.clone() { <p class="note-text">{ n }</p> } }
        </li>
    }
}

fn speakers_tab(props: &PanelProps) -> Html {
    let doc = &props.doc;
    if doc.speakers.is_empty() {
        return html! { <p class="hint">{ "No speakers yet. Tag a name with Speaker (2), or paste an article with quotations." }</p> };
    }
    let rows = doc.speakers.iter().map(|sp| {
        let count = |k: Kind| doc.annotations.iter().filter(|a| a.kind == k && a.status != Status::Rejected && a.speaker.as_deref() == Some(&sp.id)).count();
        let (quotes, claims, positions) = (count(Kind::Quote), count(Kind::Claim), count(Kind::Position));
        let pending: Vec<String> = doc
            .annotations
            .iter()
            .filter(|a| a.status == Status::Suggested && a.speaker.as_deref() == Some(&sp.id))
            .map(|a| a.id.clone())
            .collect();
        let rename = {
            let cb = props.on_rename.clone();
            let id = sp.id.clone();
            Callback::from(move |e: Event| {
                use wasm_bindgen::JsCast;
                if let Some(i) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                    cb.emit((id.clone(), i.value()));
                }
            })
        };
        let merge = on_choice(&props.on_merge, &sp.id);
        let split = on_choice(&props.on_split, &sp.id);
        let untagged = if props.read_only { 0 } else { crate::core::mentions::untagged_mentions(doc, &sp.id).len() };
        let tag_all = (untagged > 0).then(|| {
            let cb = props.on_tag_mentions.clone();
            let id = sp.id.clone();
            html! {
                <button class="small" onclick={Callback::from(move |_| cb.emit(id.clone()))}
                    title="Tag the other places the article names this speaker (full name, alias or surname)">
                    { format!("Tag {untagged} more mention{}", if untagged == 1 { "" } else { "s" }) }
                </button>
            }
        });
        let accept_all = (!pending.is_empty()).then(|| {
            let cb = props.on_review.clone();
            let ids = pending.clone();
            html! { <button class="small" onclick={Callback::from(move |_| cb.emit((ids.clone(), Status::Accepted)))}>{ format!("Accept {}", pending.len()) }</button> }
        });
        html! {
            <li key={sp.id.clone()} class="speaker" data-speaker={sp.id.clone()} data-name={sp.name.clone()}>
                <input class="speaker-name" value={sp.name.clone()} onchange={rename} aria-label={format!("Name of speaker {}", sp.id)} />
                <p class="counts">
                    { format!("{quotes} {} · {claims} {}", plural("quote", quotes), plural("claim", claims)) }
                    if positions > 0 { { format!(" · {positions} {}", plural("position", positions)) } }
                </p>
                if !sp.aliases.is_empty() { <p class="aliases">{ format!("Also: {}", sp.aliases.join(" · ")) }</p> }
                if tag_all.is_some() || accept_all.is_some() {
                    <div class="speaker-actions">{ for tag_all }{ for accept_all }</div>
                }
                <div class="speaker-actions">
                    <select onchange={merge} aria-label={format!("Merge {} into", sp.name)}>
                        <option value="" selected=true>{ "Merge into…" }</option>
                        { for doc.speakers.iter().filter(|o| o.id != sp.id).map(|o| html! { <option value={o.id.clone()}>{ o.name.clone() }</option> }) }
                    </select>
                    if !sp.aliases.is_empty() {
                        <select onchange={split} aria-label={format!("Split a name off {}", sp.name)}
                            title="Make one of these names a speaker of its own, with the quotations it names">
                            <option value="" selected=true>{ "Split off…" }</option>
                            { for sp.aliases.iter().map(|a| html! { <option value={a.clone()}>{ a.clone() }</option> }) }
                        </select>
                    }
                </div>
            </li>
        }
    });
    html! { <ul class="items speakers">{ for rows }</ul> }
}

/// A change handler for a speaker's "Merge into…" or "Split off…" list: emits the speaker
/// and the value picked, nothing for the empty first choice.
fn on_choice(cb: &Callback<(String, String)>, speaker: &str) -> Callback<Event> {
    let (cb, id) = (cb.clone(), speaker.to_string());
    Callback::from(move |e: Event| {
        use wasm_bindgen::JsCast;
        if let Some(s) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
            let value = s.value();
            if !value.is_empty() {
                cb.emit((id.clone(), value));
            }
        }
    })
}

/// A labelled choice among `options` (value, text), with an empty choice first; emits the
/// value picked ("" for the empty one). Clicks inside do not pick the list item.
fn choice(label: &str, none: &str, options: Vec<(String, String)>, current: &str, disabled: bool, on_change: Callback<String>) -> Html {
    use wasm_bindgen::JsCast;
    let onchange = Callback::from(move |e: Event| {
        let value = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default();
        on_change.emit(value);
    });
    let stop = Callback::from(|e: MouseEvent| e.stop_propagation());
    html! {
        <label class="stance">{ label }
            <select {onchange} onclick={stop} {disabled}>
                <option value="" selected={current.is_empty()}>{ none }</option>
                { for options.into_iter().map(|(value, text)| {
                    let selected = value == current;
                    html! { <option {value} {selected}>{ text }</option> }
                }) }
            </select>
        </label>
    }
}

/// The topics positions already have, for the topic field to offer.
fn topics(doc: &Document) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for a in doc.annotations.iter().filter(|a| a.kind == Kind::Position) {
        if let Some(t) = &a.topic {
            if !v.contains(t) {
                v.push(t.clone());
            }
        }
    }
    v
}

/// Who stands where: speakers as rows, topics as columns, each cell the stance of the
/// positions there. Empty cells stay empty; no stance is invented.
fn positions_tab(props: &PanelProps) -> Html {
    let doc = &props.doc;
    let g = positions::grid(doc);
    if g.rows.is_empty() {
        return html! { <p class="hint">{ "No positions yet. Select what someone stands for or against, press Position (3), then give it a holder, a topic and a stance." }</p> };
    }
    html! {
        <div class="grid-wrap">
            <table class="positions-grid">
                <thead><tr><th scope="col">{ "Speaker / topic" }</th>{ for g.topics.iter().map(|t| html! { <th scope="col">{ positions::topic_label(t).to_string() }</th> }) }</tr></thead>
                <tbody>
                    { for g.rows.iter().map(|row| {
                        let name = positions::holder_name(doc, &row.holder);
                        html! {
                            <tr>
                                <th scope="row">{ name.clone() }</th>
                                { for row.cells.iter().map(|cell| html! { <td>{ for cell.iter().map(|a| {
                                    let (glyph, word) = positions::stance_mark(a.stance);
                                    let cb = props.on_pick.clone();
                                    let id = a.id.clone();
                                    // A suggestion says so, in its outline and in words.
                                    let suggested = a.status == Status::Suggested;
                                    let note = if suggested { " (suggested)" } else { "" };
                                    html! { <button class={classes!("cell", a.stance.map(|s| s.as_str()), suggested.then_some("suggested"))} title={format!("{}{note}", doc.quote_of(a))}
                                        aria-label={format!("{name} {word}{note}: {}", ellipsize(doc.quote_of(a), 80))}
                                        onclick={Callback::from(move |_| cb.emit(id.clone()))}>{ format!("{glyph} {word}{}", if suggested { "?" } else { "" }) }</button> }
                                }) }</td> }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if g.rows.iter().flat_map(|r| r.cells.iter().flatten()).any(|a| a.status == Status::Suggested) {
                <p class="hint">{ "A side with “?” is a suggestion: open it to accept or reject it." }</p>
            }
        </div>
    }
}

fn plural(label: &str, n: usize) -> String {
    let l = label.lowercase();
    if n == 1 { l } else { format!("{l}s") }
}

/// Shortens `s` to at most `max` characters, ending with an ellipsis when cut.
fn ellipsize(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

/// What each mark looks like, drawn with the article's own styles; kinds and stances differ
/// in shape or line style as well as colour.
fn legend() -> Html {
    let sample = |kind: &str, stance: Option<&str>, text: &str| {
        html! { <span class="key" data-kind={kind.to_string()} data-stance={stance.map(str::to_string)}>{ text.to_string() }</span> }
    };
    html! {
        <details class="legend">
            <summary>{ "Legend" }</summary>
            <div class="keys">
                { sample("quote", None, "quotation") }
                { sample("claim", None, "claim") }
                { sample("speaker", None, "speaker") }
                { sample("position", Some("for"), "position: for") }
                { sample("position", Some("against"), "against") }
                { sample("position", Some("mixed"), "mixed") }
                { sample("position", None, "neutral or not set") }
                <span class="key suggested" data-kind="claim">{ "dashed box: suggested" }</span>
            </div>
        </details>
    }
}
