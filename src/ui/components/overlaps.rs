//! The bar that lists every annotation under the last click when spans overlap, so a
//! longer span hidden under a shorter one can still be picked.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::model::Document;

#[derive(Properties, PartialEq)]
pub struct OverlapProps {
    pub doc: Rc<Document>,
    /// Annotation ids, shortest first.
    pub ids: Vec<String>,
    pub focused: Option<String>,
    pub on_pick: Callback<String>,
}

#[function_component(OverlapBar)]
pub fn overlap_bar(props: &OverlapProps) -> Html {
    let doc = &props.doc;
    let items = props.ids.iter().filter_map(|id| doc.annotation(id)).map(|a| {
        let pressed = props.focused.as_deref() == Some(a.id.as_str());
        let onclick = props.on_pick.reform({
            let id = a.id.clone();
            move |_: MouseEvent| id.clone()
        });
        let words: String = doc.quote_of(a).chars().take(40).collect();
        let more = if doc.quote_of(a).chars().count() > 40 { "…" } else { "" };
        html! {
            <button class={classes!("here-item", a.kind.as_str())} aria-pressed={pressed.to_string()} {onclick} data-id={a.id.clone()}>
                <span class={classes!("badge", a.kind.as_str())}>{ a.kind.label() }</span>{ format!(" “{words}{more}”") }
            </button>
        }
    });
    html! {
        <div class="here" role="group" aria-label="Annotations at this place">
            <span class="here-label">{ format!("{} here:", props.ids.len()) }</span>
            { for items }
        </div>
    }
}
