//! The Documents dialog: every annotated document kept in this browser, to open, rename,
//! duplicate or delete (with undo, from the notice that confirms it).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::library::Entry;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub entries: Rc<Vec<Entry>>,
    /// The document open in this tab.
    pub open_id: Option<String>,
    pub on_open: Callback<String>,
    pub on_rename: Callback<(String, String)>,
    pub on_duplicate: Callback<String>,
    pub on_delete: Callback<String>,
    pub on_close: Callback<()>,
}

#[function_component(LibraryDialog)]
pub fn library_dialog(props: &LibraryProps) -> Html {
    // The entry whose name is being edited.
    let renaming = use_state(|| None::<String>);
    // Keyboard users land in the dialog, on the first document.
    use_effect_with((), |_| crate::ui::dom::focus_first(".library-dialog .doc-name", ".library-dialog button"));
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let cb = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                cb.emit(());
            }
        })
    };
    let rows = props.entries.iter().map(|e| {
        let is_open = props.open_id.as_deref() == Some(e.id.as_str());
        let id = e.id.clone();
        let open = props.on_open.reform({
            let id = id.clone();
            move |_: MouseEvent| id.clone()
        });
        let duplicate = props.on_duplicate.reform({
            let id = id.clone();
            move |_: MouseEvent| id.clone()
        });
        let delete = props.on_delete.reform({
            let id = id.clone();
            move |_: MouseEvent| id.clone()
        });
        let start_rename = {
            let renaming = renaming.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
        };
        let name = if renaming.as_deref() == Some(e.id.as_str()) {
            let onsubmit = {
                let renaming = renaming.clone();
                let cb = props.on_rename.clone();
                let id = id.clone();
                Callback::from(move |ev: SubmitEvent| {
                    use wasm_bindgen::JsCast;
                    ev.prevent_default();
                    let value = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|f| f.query_selector("input").ok().flatten())
                        .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .map(|i| i.value());
                    if let Some(v) = value {
                        cb.emit((id.clone(), v));
                    }
                    renaming.set(None);
                })
            };
            let cancel = {
                let renaming = renaming.clone();
                Callback::from(move |_: MouseEvent| renaming.set(None))
            };
            html! {
                <form class="rename" {onsubmit}>
                    <input value={e.name.clone()} aria-label={format!("New name for {}", e.name)} autofocus=true />
                    <button type="submit" class="primary">{ "Save name" }</button>
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                </form>
            }
        } else {
            html! {
                <button class="doc-name link" onclick={open} aria-current={is_open.then_some("true")}>{ e.name.clone() }</button>
            }
        };
        let mut facts = format!("{} annotation{}", e.annotations, if e.annotations == 1 { "" } else { "s" });
        if e.suggestions > 0 {
            facts.push_str(&format!(" · {} suggestion{}", e.suggestions, if e.suggestions == 1 { "" } else { "s" }));
        }
        facts.push_str(&format!(" · {} words · saved {}", e.words, when(e.updated)));
        html! {
            <li key={e.id.clone()} class={classes!("doc-row", is_open.then_some("open"))}>
                <div class="doc-main">
                    { name }
                    <span class="doc-facts">{ facts }{ if is_open { " · open now" } else { "" } }</span>
                </div>
                <div class="doc-actions">
                    <button onclick={start_rename} aria-label={format!("Rename {}", e.name)}>{ "Rename" }</button>
                    <button onclick={duplicate} aria-label={format!("Duplicate {}", e.name)}>{ "Duplicate" }</button>
                    <button onclick={delete} disabled={is_open} aria-label={format!("Delete {}", e.name)}
                        title={if is_open { "This document is open: open another one first" } else { "Delete (you can undo)" }}>{ "Delete" }</button>
                </div>
            </li>
        }
    });
    html! {
        <section class="library-dialog" role="dialog" aria-label="Documents" {onkeydown}>
            <h2>{ "Documents in this browser" }</h2>
            <p class="hint">{ "Kept only in this browser, saved as you work. New starts another document; export to move one elsewhere." }</p>
            if props.entries.is_empty() {
                <p>{ "No documents saved yet." }</p>
            } else {
                <ul class="doc-list">{ for rows }</ul>
            }
            <div class="actions"><button onclick={close}>{ "Close" }</button></div>
        </section>
    }
}

/// "27 Nov 2026, 10:15" in the reader's time zone.
fn when(ms: u64) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let month = MONTHS.get(d.get_month() as usize).copied().unwrap_or("");
    format!("{} {} {}, {:02}:{:02}", d.get_date(), month, d.get_full_year(), d.get_hours(), d.get_minutes())
}
