//! The side panel: every annotation in text order, with its kind, words, speaker, and the
//! controls to pick, annotate further or delete it.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::model::{Document, Kind, Stance};

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub doc: Rc<Document>,
    pub focused: Option<String>,
    pub on_pick: Callback<String>,
    pub on_delete: Callback<String>,
    pub on_stance: Callback<(String, Option<Stance>)>,
    pub on_note: Callback<(String, String)>,
}

#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let doc = &props.doc;
    let mut order: Vec<usize> = (0..doc.annotations.len()).collect();
    order.sort_by_key(|&i| (doc.annotations[i].span.start, doc.annotations[i].span.end));
    let counts = Kind::ALL.map(|k| doc.annotations.iter().filter(|a| a.kind == k).count());
    let items = order.into_iter().map(|i| {
        let a = &doc.annotations[i];
        let id = a.id.clone();
        let focused = props.focused.as_deref() == Some(a.id.as_str());
        let pick = {
            let cb = props.on_pick.clone();
            let id = id.clone();
            Callback::from(move |_| cb.emit(id.clone()))
        };
        let pick_key = {
            let cb = props.on_pick.clone();
            let id = id.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    cb.emit(id.clone());
                }
            })
        };
        let delete = {
            let cb = props.on_delete.clone();
            let id = id.clone();
            Callback::from(move |e: MouseEvent| {
                e.stop_propagation();
                cb.emit(id.clone())
            })
        };
        let speaker = a.speaker.as_deref().and_then(|s| doc.speaker(s)).map(|s| s.name.clone());
        let quote = doc.quote_of(a);
        let shown = ellipsize(quote, 160);
        let stance_select = (a.kind == Kind::Position).then(|| {
            let cb = props.on_stance.clone();
            let id = id.clone();
            let onchange = Callback::from(move |e: Event| {
                use wasm_bindgen::JsCast;
                let value = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                    .map(|s| s.value())
                    .unwrap_or_default();
                cb.emit((id.clone(), Stance::parse(&value)));
            });
            let current = a.stance.map(|s| s.as_str()).unwrap_or("");
            html! {
                <label class="stance">{ "Stance " }
                    <select {onchange} onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}>
                        <option value="" selected={current.is_empty()}>{ "not set" }</option>
                        { for Stance::ALL.iter().map(|s| html! {
                            <option value={s.as_str()} selected={current == s.as_str()}>{ s.as_str() }</option>
                        }) }
                    </select>
                </label>
            }
        });
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
                <textarea class="note" rows="1" placeholder="Note" aria-label="Note"
                    value={a.note.clone().unwrap_or_default()} {onchange}
                    onclick={Callback::from(|e: MouseEvent| e.stop_propagation())} />
            }
        };
        html! {
            <li key={a.id.clone()} data-id={a.id.clone()} data-kind={a.kind.as_str()}
                class={classes!("item", focused.then_some("focused"))}
                tabindex="0" onclick={pick} onkeydown={pick_key}
                aria-current={focused.then_some("true")}>
                <div class="item-head">
                    <span class={classes!("badge", a.kind.as_str())}>{ a.kind.label() }</span>
                    if let Some(name) = speaker { <span class="who">{ name }</span> }
                    <button class="delete" onclick={delete} title="Delete this annotation"
                        aria-label={format!("Delete {} {}", a.kind.label().to_lowercase(), a.id)}>{ "×" }</button>
                </div>
                <p class="quote">{ shown }</p>
                { for stance_select }
                { note }
            </li>
        }
    });
    let summary = Kind::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} {}", plural(k.label(), n)))
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <aside class="panel" aria-label="Annotations">
            <h2>{ "Annotations" }</h2>
            if doc.annotations.is_empty() {
                <p class="hint">{ "Nothing tagged yet. Select words in the article, then press Claim (1), Speaker (2), Position (3) or Quote (Q)." }</p>
            } else {
                <p class="summary">{ summary }</p>
                <ul class="items">{ for items }</ul>
            }
        </aside>
    }
}

fn plural(label: &str, n: usize) -> String {
    let l = label.to_lowercase();
    if n == 1 { l } else { format!("{l}s") }
}

/// Shortens `s` to at most `max` characters, ending with an ellipsis when cut.
fn ellipsize(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}
