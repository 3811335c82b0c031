//! The reading column: blocks of the article with annotations drawn as nested `<mark>`s.
//!
//! Each block is drawn as one piece of markup, built from what that block shows, parsed into
//! its element once and kept as that element while what it shows stays the same, so one edit
//! rebuilds only the blocks it touches, not the whole article. Why markup rather than a component per block: the browser's parser builds the
//! blocks' elements far faster than one call per element from WebAssembly, and a component
//! per block cost more than the blocks themselves at start-up (a 10,000-word article with
//! 2,000 annotations: see README, Rendering). Runs of page furniture (boilerplate, captions,
//! credits) fold to one line that can be opened, and every block's type can be changed from
//! the control in its margin; the one block whose type is being chosen is drawn as a
//! component, with its menu.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use yew::prelude::*;

use crate::core::article::BlockKind;
use crate::core::case;
use crate::core::model::{Document, Kind, Origin, SpeakersById, Stance, Status};
use crate::core::segments::{by_block, cut_at, segments_among};
use crate::core::text::Span;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub doc: Rc<Document>,
    pub focused: Option<String>,
    pub node_ref: NodeRef,
    /// Called when a mark is clicked (and no text is being selected) with every annotation
    /// under the pointer, the shortest (innermost) first.
    pub on_pick: Callback<Vec<String>>,
    /// Called when the person changes a block's type.
    #[prop_or_default]
    pub on_block_kind: Callback<(usize, BlockKind)>,
    /// A shared view: no block-type controls.
    #[prop_or_default]
    pub read_only: bool,
}

/// Blocks drawn in the first pass, and per later pass: a long paste is drawn a slice at a
/// time so no single task freezes the page. Each slice is its own memoized component, so a
/// new slice renders only itself.
const SLICE: usize = 150;

/// A document handle compared by pointer: cheap to compare as a prop, and a new version of
/// the document is always a new pointer (edits go through `Rc::make_mut` on shared state).
#[derive(Clone)]
pub struct DocRef(pub Rc<Document>);

impl PartialEq for DocRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleProps) -> Html {
    let doc = &props.doc;
    // How many blocks are drawn so far; a new document starts again from one slice.
    let drawn = use_state(|| SLICE);
    {
        let drawn = drawn.clone();
        use_effect_with(Rc::as_ptr(doc) as usize, move |_| drawn.set(SLICE));
    }
    {
        let drawn = drawn.clone();
        let total = doc.blocks().len();
        use_effect_with((*drawn, total), move |(n, total)| {
            let pending = (*n < *total).then(|| {
                let next = *n + SLICE;
                gloo::timers::callback::Timeout::new(0, move || drawn.set(next))
            });
            move || drop(pending)
        });
    }
    // Which annotations touch which block, computed once per version of the document.
    let index = {
        let doc = doc.clone();
        use_memo(Rc::as_ptr(&doc) as usize, move |_| {
            let spans: Vec<Span> = doc.blocks().iter().map(|b| b.span).collect();
            Rc::new(by_block(&spans, &doc.annotations))
        })
    };
    // A transcript's speaker labels, drawn as labels: lines of their own, or the words
    // opening each turn.
    let labels = {
        let doc = doc.clone();
        use_memo(Rc::as_ptr(&doc) as usize, move |_| Rc::new(Labels { lines: doc.article.turn_labels(), inline: doc.article.inline_labels() }))
    };
    // A callback that stays the same object across renders, so chunks do not redraw just
    // because the app re-rendered.
    let latest = use_mut_ref(|| props.on_block_kind.clone());
    *latest.borrow_mut() = props.on_block_kind.clone();
    let on_kind = use_callback((), move |k: (usize, BlockKind), _| latest.borrow().emit(k));
    let all_blocks = doc.blocks();
    let total = all_blocks.len().min(*drawn);
    let chunks = (0..total).step_by(SLICE).map(|start| {
        let end = (start + SLICE).min(total);
        let focused = props.focused.clone().filter(|id| {
            doc.annotation(id).is_some_and(|a| all_blocks[start..end].iter().any(|b| b.span.overlaps(a.span)))
        });
        html! {
            <Chunk key={start} doc={DocRef(doc.clone())} {start} {end} {focused} index={(*index).clone()} labels={(*labels).clone()}
                read_only={props.read_only} on_kind={on_kind.clone()} />
        }
    });
    let on_pick = props.on_pick.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        use wasm_bindgen::JsCast;
        let selecting = web_sys::window()
            .and_then(|w| w.get_selection().ok().flatten())
            .is_some_and(|s| !s.is_collapsed());
        if selecting {
            return;
        }
        let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        // Marks nest shortest inside, so walking outwards lists every span under the
        // pointer from the shortest.
        let mut ids: Vec<String> = Vec::new();
        let mut at = el.closest("mark[data-id]").ok().flatten();
        while let Some(mark) = at {
            if let Some(id) = mark.get_attribute("data-id") {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            at = mark.parent_element().and_then(|p| p.closest("mark[data-id]").ok().flatten());
        }
        if !ids.is_empty() {
            on_pick.emit(ids);
        }
    });
    // Pointing at a mark lights up what is tied to it: the speaker's other marks, a
    // position's evidence. A class on the elements, not a re-render.
    let hovered = use_mut_ref(|| None::<String>);
    let onmouseover = {
        let doc = doc.clone();
        let hovered = hovered.clone();
        Callback::from(move |e: MouseEvent| {
            use wasm_bindgen::JsCast;
            let id = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("mark[data-id]").ok().flatten())
                .and_then(|m| m.get_attribute("data-id"));
            if *hovered.borrow() == id {
                return;
            }
            crate::ui::dom::mark_linked(&id.as_deref().map(|id| doc.linked(id)).unwrap_or_default());
            *hovered.borrow_mut() = id;
        })
    };
    let onmouseleave = {
        let doc = doc.clone();
        let focused = props.focused.clone();
        Callback::from(move |_: MouseEvent| {
            *hovered.borrow_mut() = None;
            crate::ui::dom::mark_linked(&focused.as_deref().map(|id| doc.linked(id)).unwrap_or_default());
        })
    };
    let empty = all_blocks.is_empty();
    // Still drawing a long article's later chunks (and no copy of the page is kept meanwhile).
    let busy = (total < all_blocks.len()).then_some("true");
    html! {
        <article class="doc" ref={props.node_ref.clone()} {onclick} {onmouseover} {onmouseleave} aria-label="Article" aria-busy={busy}>
            { for chunks }
            if empty {
                <p class="empty">{ "This document has no text. Press New to paste an article." }</p>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct ChunkProps {
    doc: DocRef,
    start: usize,
    end: usize,
    /// The picked annotation, when it touches this chunk.
    focused: Option<String>,
    index: Rc<Vec<Vec<usize>>>,
    labels: Rc<Labels>,
    read_only: bool,
    on_kind: Callback<(usize, BlockKind)>,
}

/// A transcript's speaker labels, per block.
#[derive(PartialEq, Eq)]
struct Labels {
    /// The block is a label line of its own (`Article::turn_labels`).
    lines: Vec<bool>,
    /// The length of the label opening the block, or 0 (`Article::inline_labels`).
    inline: Vec<usize>,
}

/// Blocks `start..end`, with runs of page furniture folded to one line.
#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    let doc = &props.doc.0;
    // Which furniture runs are open, by the index of their first block. View state only.
    let open_runs = use_state(HashSet::<usize>::new);
    // The block whose type menu is open.
    let choosing = use_state(|| None::<usize>);
    // Each block's element (under its key, see `keyed`) with a digest of what it shows, so
    // an unchanged block costs a digest, not a rebuild, when the chunk draws again, and the
    // page keeps its element.
    let cache = use_mut_ref(HashMap::<usize, Drawn>::new);
    // After a type is chosen the block is markup again, with a new type button: the focus
    // goes back to it once the document has the new type.
    let refocus = use_mut_ref(|| None::<(usize, BlockKind)>);
    {
        let refocus = refocus.clone();
        let doc = doc.clone();
        use_effect(move || {
            let pending = *refocus.borrow();
            if let Some((i, _)) = pending.filter(|(i, k)| doc.blocks().get(*i).is_some_and(|b| b.kind == *k)) {
                *refocus.borrow_mut() = None;
                let button = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector(&format!(".doc [data-block=\"{i}\"] .kind-toggle")).ok().flatten());
                if let Some(b) = button.and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok()) {
                    let _ = b.focus();
                }
            }
        });
    }
    // The blocks' type buttons are inside markup: one listener here serves them all.
    let onclick = {
        let choosing = choosing.clone();
        Callback::from(move |e: MouseEvent| {
            use wasm_bindgen::JsCast;
            let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            let Some(button) = el.closest(".kind-toggle").ok().flatten() else { return };
            let index = button
                .closest("[data-block]")
                .ok()
                .flatten()
                .and_then(|b| b.get_attribute("data-block"))
                .and_then(|i| i.parse::<usize>().ok());
            if let Some(i) = index {
                choosing.set(if *choosing == Some(i) { None } else { Some(i) });
            }
        })
    };
    let blocks = doc.blocks();
    let mut cache = cache.borrow_mut();
    let names = doc.speakers_by_id();
    let mut out: Vec<Html> = Vec::with_capacity(props.end - props.start);
    // Blocks whose markup is new (their place in `out`, index and digest) and that markup,
    // parsed in one piece once the loop is done: one parse for a whole first drawing, where
    // a parse per block made start-up tens of ms longer (README, Rendering).
    let mut fresh: Vec<(usize, usize, u64)> = Vec::new();
    let mut markup = String::new();
    let mut draw = |i: usize, out: &mut Vec<Html>| {
        let span = blocks[i].span;
        let kind = blocks[i].kind;
        let opening = props.labels.inline.get(i).copied().unwrap_or(0);
        // The HTML parser turns U+0000 into U+FFFD, which would shift offsets: a block with
        // one (a rare paste) is built element by element, as is the block being retyped.
        if *choosing == Some(i) || span.slice(doc.text()).is_some_and(|t| t.contains('\0')) {
            cache.remove(&i);
            let runs = block_runs(doc, &names, span, opening, &props.index[i], props.focused.as_deref());
            let on_kind = props.on_kind.clone();
            let done = choosing.clone();
            let refocus = refocus.clone();
            let on_kind = Callback::from({
                let (done, refocus) = (done.clone(), refocus.clone());
                move |k: (usize, BlockKind)| {
                    *refocus.borrow_mut() = Some(k);
                    done.set(None);
                    on_kind.emit(k);
                }
            });
            // Escape: the type stays, and the focus goes back to the type button.
            let on_cancel = Callback::from(move |_| {
                *refocus.borrow_mut() = Some((i, kind));
                done.set(None);
            });
            out.push(html! {
                <BlockView key={i.to_string()} index={i} {kind} runs={Rc::new(runs)} {on_kind} {on_cancel} read_only={props.read_only}
                    choosing={*choosing == Some(i)} />
            });
            return;
        }
        let label = props.labels.lines.get(i).copied().unwrap_or(false);
        let shows = shown(doc, &names, span, (kind, label, opening), props.read_only, &props.index[i], props.focused.as_deref());
        match cache.get(&i) {
            Some(d) if d.shows == shows => out.push(d.html.clone()),
            _ => {
                let runs = block_runs(doc, &names, span, opening, &props.index[i], props.focused.as_deref());
                fresh.push((out.len(), i, shows));
                markup.push_str(&block_markup(i, (kind, label), &runs, props.read_only));
                out.push(Html::default());
            }
        }
    };
    let mut i = props.start;
    while i < props.end {
        if blocks[i].kind.is_furniture() {
            let run_end = blocks[i..props.end].iter().position(|b| !b.kind.is_furniture()).map_or(props.end, |n| i + n);
            let count = run_end - i;
            let is_open = open_runs.contains(&i);
            let toggle = {
                let open_runs = open_runs.clone();
                let first = i;
                Callback::from(move |_: MouseEvent| {
                    let mut set = (*open_runs).clone();
                    if !set.remove(&first) {
                        set.insert(first);
                    }
                    open_runs.set(set);
                })
            };
            let label = if is_open {
                format!("Hide {count} {} of page furniture", lines(count))
            } else {
                format!("{count} {} of page furniture hidden — show", lines(count))
            };
            out.push(html! {
                <div key={format!("fold{i}")} class="fold" contenteditable="false">
                    <button class="fold-toggle" aria-expanded={is_open.to_string()} onclick={toggle}>{ label }</button>
                </div>
            });
            if is_open {
                for j in i..run_end {
                    draw(j, &mut out);
                }
            }
            i = run_end;
        } else {
            draw(i, &mut out);
            i += 1;
        }
    }
    let mut nodes = parsed(&markup);
    if nodes.len() == fresh.len() {
        for &(at, i, shows) in fresh.iter().rev() {
            let html = keyed(i.to_string(), nodes.pop().unwrap_or_default());
            cache.insert(i, Drawn { shows, html: html.clone() });
            out[at] = html;
        }
    } else if let Some(&(at, ..)) = fresh.first() {
        // Not one element per block: never expected of markup built here, but the text
        // still shows, and nothing is kept, so the next drawing tries again.
        out[at] = Html::from_html_unchecked(AttrValue::from(markup));
    }
    html! { <div class="chunk" {onclick}>{ for out }</div> }
}

/// A block as last drawn (under its key), with a digest of what it shows.
struct Drawn {
    shows: u64,
    html: Html,
}

/// The elements of `markup`, parsed once in a holder outside the page and then handed to
/// Yew as those elements: an unchanged block compares as the same node, where markup would
/// be compared character by character (all the blocks' markup, about 0.5 ms of every edit
/// with 2,000 annotations). Nothing without a document to parse in.
fn parsed(markup: &str) -> Vec<Html> {
    let mut out = Vec::new();
    let holder = web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("div").ok());
    if let Some(holder) = holder.filter(|_| !markup.is_empty()) {
        holder.set_inner_html(markup);
        let mut at = holder.first_child();
        while let Some(node) = at {
            at = node.next_sibling();
            out.push(Html::VRef(node));
        }
    }
    out
}

/// `html` under a key. The chunk's children are keyed so that a kept element that changes
/// place (a fold opened above it) is moved, never taken from the place it still holds.
fn keyed(key: String, html: Html) -> Html {
    Html::VList(Rc::new(yew::virtual_dom::VList::with_children(vec![html], Some(key.into()))))
}

/// A digest of everything a block's markup is built from: its place, type and words, and
/// of each annotation touching it what its mark shows. Comparing digests lets an edit skip
/// building the runs of every block it leaves alone (most of the time an edit took).
fn shown(doc: &Document, names: &SpeakersById, span: Span, kind: (BlockKind, bool, usize), read_only: bool, touching: &[usize], focused: Option<&str>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = Digest(0);
    (span.start, span.end, kind, read_only, span.slice(doc.text())).hash(&mut h);
    for a in touching.iter().filter_map(|&i| doc.annotations.get(i)) {
        let speaker = names.name_of(a);
        (&a.id, a.span.start, a.span.end, a.kind, a.status, a.origin, a.stance, speaker, focused == Some(a.id.as_str())).hash(&mut h);
    }
    h.finish()
}

/// The digest [`shown`] uses: FxHash's step over eight bytes at a time. A digest is only
/// compared with the same block's previous one, so it needs speed, not SipHash's resistance
/// to crafted input (SipHash over the whole article was about 4% of drawing one edit).
struct Digest(u64);

impl std::hash::Hasher for Digest {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.add(u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]));
        }
        for &b in words.remainder() {
            self.add(u64::from(b));
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Digest {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// The markup of a block: what [`BlockView`] draws when its menu is closed. Every piece of
/// text and every attribute is escaped (the XSS end-to-end tests check this).
/// `kind`: the block's type, and whether it is a transcript's label line.
fn block_markup(index: usize, (kind, label): (BlockKind, bool), runs: &[Run], read_only: bool) -> String {
    let k = kind.as_str();
    let furniture = if kind.is_furniture() { " furniture" } else { "" };
    let label = if label { " turn-label" } else { "" };
    let tag = match kind {
        BlockKind::Title => "h1",
        BlockKind::Heading => "h2",
        _ => "p",
    };
    let mut out = format!("<div class=\"blockwrap{furniture}\" data-block=\"{index}\">");
    if !read_only {
        out.push_str(&format!(
            "<button class=\"kind-toggle\" data-kind=\"{k}\" aria-label=\"Block type: {k}. Change it\" title=\"{k} — change the type of this block\"></button>"
        ));
    }
    out.push_str(&format!("<{tag} class=\"block{furniture}{label}\" data-kind=\"{k}\">"));
    out.push_str(&runs_html(runs));
    out.push_str(&format!("</{tag}></div>"));
    out
}

fn lines(n: usize) -> &'static str {
    if n == 1 { "line" } else { "lines" }
}

/// What one mark shows.
#[derive(Clone, PartialEq)]
pub struct MarkInfo {
    pub id: String,
    pub kind: Kind,
    pub suggested: bool,
    pub focused: bool,
    pub stance: Option<Stance>,
    pub title: String,
    /// The speaker's initials, drawn after the last run of a quotation.
    pub who: Option<String>,
    /// The last run of its annotation: a position's stance glyph is drawn after it.
    pub end: bool,
}

/// A run of text with the marks covering it, outermost first.
#[derive(Clone, PartialEq)]
pub struct Run {
    pub start: usize,
    pub text: String,
    pub marks: Vec<MarkInfo>,
    /// Part of the speaker's label opening a transcript's turn ("TAPPER: ").
    pub label: bool,
}

#[derive(Properties, PartialEq)]
pub struct BlockProps {
    pub index: usize,
    pub kind: BlockKind,
    pub runs: Rc<Vec<Run>>,
    /// Called with the type chosen in the menu.
    pub on_kind: Callback<(usize, BlockKind)>,
    #[prop_or_default]
    pub read_only: bool,
    /// The type menu is open (the chunk opens and closes it from its type button).
    #[prop_or_default]
    pub choosing: bool,
    /// Escape in the menu: closed with no change.
    #[prop_or_default]
    pub on_cancel: Callback<()>,
}

/// A block built element by element: the one whose type menu is open, or one whose text
/// holds U+0000. It draws the same elements as [`block_markup`], plus the menu.
#[function_component(BlockView)]
pub fn block_view(props: &BlockProps) -> Html {
    let menu = use_node_ref();
    // The type button that opened the menu was markup and is gone: the menu takes the focus.
    {
        let menu = menu.clone();
        use_effect_with(props.choosing, move |open| {
            if *open {
                if let Some(select) = menu.cast::<web_sys::HtmlElement>() {
                    let _ = select.focus();
                }
            }
        });
    }
    let runs = if props.runs.iter().any(|r| r.text.contains('\0')) {
        props.runs.iter().map(render_run).collect::<Html>()
    } else {
        Html::from_html_unchecked(AttrValue::from(runs_html(&props.runs)))
    };
    let kind = props.kind.as_str();
    let class = classes!("block", props.kind.is_furniture().then_some("furniture"));
    let body = match props.kind {
        BlockKind::Title => html! { <h1 {class} data-kind={kind}>{ runs }</h1> },
        BlockKind::Heading => html! { <h2 {class} data-kind={kind}>{ runs }</h2> },
        _ => html! { <p {class} data-kind={kind}>{ runs }</p> },
    };
    let chooser = props.choosing.then(|| {
        let on_kind = props.on_kind.clone();
        let index = props.index;
        let onchange = Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let value = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value());
            if let Some(k) = value.as_deref().and_then(BlockKind::parse) {
                on_kind.emit((index, k));
            }
        });
        let on_cancel = props.on_cancel.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                // The menu's, not the page's: the app's Escape would also drop the pick.
                e.prevent_default();
                e.stop_propagation();
                on_cancel.emit(());
            }
        });
        html! {
            <select class="kind-select" aria-label="Block type" {onchange} {onkeydown} ref={menu.clone()}>
                { for BlockKind::ALL.iter().map(|k| html! {
                    <option value={k.as_str()} selected={*k == props.kind}>{ k.as_str() }</option>
                }) }
            </select>
        }
    });
    html! {
        <div class={classes!("blockwrap", props.kind.is_furniture().then_some("furniture"))} data-block={props.index.to_string()}>
            if !props.read_only {
                <button class="kind-toggle" data-kind={kind}
                    aria-label={format!("Block type: {kind}. Change it")} title={format!("{kind} — change the type of this block")}></button>
            }
            { for chooser }
            { body }
        </div>
    }
}

fn render_run(run: &Run) -> Html {
    let mut inner = html! { <span data-o={run.start.to_string()} class={run.label.then_some("turn")}>{ run.text.clone() }</span> };
    for m in run.marks.iter().rev() {
        let class = classes!("mark", m.suggested.then_some("suggested"), m.focused.then_some("focused"));
        let stance = m.stance.map(|s| s.as_str());
        inner = html! {
            <mark {class} data-kind={m.kind.as_str()} data-id={m.id.clone()} data-stance={stance} data-who={m.who.clone()}
                data-end={m.end.then_some("")} title={m.title.clone()}>
                { inner }
            </mark>
        };
    }
    inner
}

/// The markup of a block's runs: each run a `<span data-o="BYTE">` holding its text (what
/// `dom.rs` maps selections with), inside its marks, outermost first.
fn runs_html(runs: &[Run]) -> String {
    use crate::core::export::html::esc;
    let mut out = String::new();
    for run in runs {
        for m in &run.marks {
            out.push_str("<mark class=\"mark");
            if m.suggested {
                out.push_str(" suggested");
            }
            if m.focused {
                out.push_str(" focused");
            }
            out.push_str("\" data-kind=\"");
            out.push_str(m.kind.as_str());
            out.push_str("\" data-id=\"");
            out.push_str(&esc(&m.id));
            if let Some(s) = m.stance {
                out.push_str("\" data-stance=\"");
                out.push_str(s.as_str());
            }
            if let Some(w) = &m.who {
                out.push_str("\" data-who=\"");
                out.push_str(&esc(w));
            }
            if m.end {
                out.push_str("\" data-end=\"");
            }
            out.push_str("\" title=\"");
            out.push_str(&esc(&m.title));
            out.push_str("\">");
        }
        out.push_str("<span data-o=\"");
        out.push_str(&run.start.to_string());
        out.push_str(if run.label { "\" class=\"turn\">" } else { "\">" });
        out.push_str(&esc(&run.text));
        out.push_str("</span>");
        for _ in &run.marks {
            out.push_str("</mark>");
        }
    }
    out
}

/// The runs of `block`, cut where the `label` bytes opening it end (a transcript's speaker
/// label, or 0).
fn block_runs(doc: &Document, names: &SpeakersById, block: Span, label: usize, touching: &[usize], focused: Option<&str>) -> Vec<Run> {
    let text = doc.text();
    cut_at(segments_among(block, &doc.annotations, touching.iter().copied()), block.start + label)
        .into_iter()
        .map(|seg| Run {
            start: seg.span.start,
            label: seg.span.end <= block.start + label,
            text: seg.span.slice(text).unwrap_or("").to_string(),
            marks: seg
                .covering
                .iter()
                .map(|&i| {
                    let a = &doc.annotations[i];
                    let mut title = a.kind.label().to_string();
                    if let Some(name) = names.name_of(a) {
                        title.push_str(" · ");
                        title.push_str(name);
                    }
                    if let Some(st) = a.stance {
                        title.push_str(" · ");
                        title.push_str(st.as_str());
                    }
                    if a.status == Status::Suggested {
                        title.push_str(" (suggested)");
                    }
                    let ends_here = a.span.end == seg.span.end;
                    let who = (ends_here && a.kind == Kind::Quote)
                        .then(|| names.name_of(a).map(initials))
                        .flatten();
                    MarkInfo {
                        who,
                        end: ends_here,
                        id: a.id.clone(),
                        kind: a.kind,
                        suggested: a.status == Status::Suggested || (a.origin == Origin::Suggested && a.status != Status::Accepted),
                        focused: focused == Some(a.id.as_str()),
                        stance: a.stance,
                        title,
                    }
                })
                .collect(),
        })
        .collect()
}

/// "Pete Hegseth" → "PH"; a single name gives its first two letters.
fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.chars().take(2).collect(),
        [first, .., last] => first.chars().take(1).chain(last.chars().take(1)).map(case::upper).collect::<String>(),
    }
}
