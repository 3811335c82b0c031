//! The reading column: blocks of the article with annotations drawn as nested `<mark>`s.
//!
//! Each block is its own memoized component whose props hold only what that block shows,
//! so one edit re-renders the blocks it touches, not the whole article.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::article::BlockKind;
use crate::core::model::{Document, Kind, Origin, Stance, Status};
use crate::core::segments::segments;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub doc: Rc<Document>,
    pub focused: Option<String>,
    pub node_ref: NodeRef,
    /// Called with an annotation id when a mark is clicked (and no text is being selected).
    pub on_pick: Callback<String>,
}

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleProps) -> Html {
    let doc = &props.doc;
    let blocks = doc.blocks().iter().enumerate().map(|(i, b)| {
        let runs = Rc::new(block_runs(doc, b.span, props.focused.as_deref()));
        html! { <BlockView key={i} kind={b.kind} runs={runs} /> }
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
        // The innermost mark is the shortest span under the pointer.
        if let Ok(Some(mark)) = el.closest("mark[data-id]") {
            if let Some(id) = mark.get_attribute("data-id") {
                on_pick.emit(id);
            }
        }
    });
    let empty = doc.blocks().is_empty();
    html! {
        <article class="doc" ref={props.node_ref.clone()} {onclick} aria-label="Article">
            { for blocks }
            if empty {
                <p class="empty">{ "This document has no text. Press New to paste an article." }</p>
            }
        </article>
    }
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
}

/// A run of text with the marks covering it, outermost first.
#[derive(Clone, PartialEq)]
pub struct Run {
    pub start: usize,
    pub text: String,
    pub marks: Vec<MarkInfo>,
}

#[derive(Properties, PartialEq)]
pub struct BlockProps {
    pub kind: BlockKind,
    pub runs: Rc<Vec<Run>>,
}

#[function_component(BlockView)]
pub fn block_view(props: &BlockProps) -> Html {
    let runs = props.runs.iter().map(render_run);
    let kind = props.kind.as_str();
    let class = classes!("block", props.kind.is_furniture().then_some("furniture"));
    match props.kind {
        BlockKind::Title => html! { <h1 {class} data-kind={kind}>{ for runs }</h1> },
        BlockKind::Heading => html! { <h2 {class} data-kind={kind}>{ for runs }</h2> },
        _ => html! { <p {class} data-kind={kind}>{ for runs }</p> },
    }
}

fn render_run(run: &Run) -> Html {
    let mut inner = html! { <span data-o={run.start.to_string()}>{ run.text.clone() }</span> };
    for m in run.marks.iter().rev() {
        let class = classes!(
            "mark",
            m.suggested.then_some("suggested"),
            m.focused.then_some("focused"),
        );
        let stance = m.stance.map(|s| s.as_str());
        inner = html! {
            <mark {class} data-kind={m.kind.as_str()} data-id={m.id.clone()} data-stance={stance} title={m.title.clone()}>
                { inner }
            </mark>
        };
    }
    inner
}

fn block_runs(doc: &Document, block: crate::core::text::Span, focused: Option<&str>) -> Vec<Run> {
    let text = doc.text();
    segments(block, &doc.annotations)
        .into_iter()
        .map(|seg| Run {
            start: seg.span.start,
            text: seg.span.slice(text).unwrap_or("").to_string(),
            marks: seg
                .covering
                .iter()
                .map(|&i| {
                    let a = &doc.annotations[i];
                    let mut title = a.kind.label().to_string();
                    if let Some(s) = a.speaker.as_deref().and_then(|s| doc.speaker(s)) {
                        title.push_str(" · ");
                        title.push_str(&s.name);
                    }
                    if let Some(st) = a.stance {
                        title.push_str(" · ");
                        title.push_str(st.as_str());
                    }
                    if a.status == Status::Suggested {
                        title.push_str(" (suggested)");
                    }
                    MarkInfo {
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
