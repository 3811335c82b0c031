//! The header strip: the article's title, authors, dateline and date, editable in place,
//! and the document actions.

use yew::prelude::*;

use crate::core::article::Meta;
use crate::core::text::is_web_address;
use crate::core::export::Format;
use crate::ui::state::SaveState;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub meta: Meta,
    pub on_save: Callback<Meta>,
    pub on_new: Callback<()>,
    /// Opens the Documents dialog.
    pub on_library: Callback<()>,
    pub save_state: SaveState,
    pub on_export: Callback<Format>,
    pub on_share: Callback<()>,
    #[prop_or_default]
    pub read_only: bool,
    /// Makes a shared, read-only view the person's own document.
    #[prop_or_default]
    pub on_make_copy: Callback<()>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let editing = use_state(|| false);
    let menu_open = use_state(|| false);
    let form = use_node_ref();
    let meta = &props.meta;
    let byline: Vec<String> = [
        (!meta.authors.is_empty()).then(|| format!("By {}", meta.authors.join(", "))),
        meta.dateline.clone(),
        meta.published.as_deref().map(human_date),
    ]
    .into_iter()
    .flatten()
    .collect();
    let on_new = props.on_new.reform(|_: MouseEvent| ());
    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_: MouseEvent| menu_open.set(!*menu_open))
    };
    // While the menu is open, Escape or a click anywhere outside it closes it.
    {
        let menu_open = menu_open.clone();
        use_effect_with(*menu_open, move |open| {
            let listeners = (*open).then(|| web_sys::window()).flatten().map(|w| {
                use wasm_bindgen::JsCast;
                let close = menu_open.clone();
                let keys = gloo::events::EventListener::new(&w, "keydown", move |e| {
                    if e.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|k| k.key() == "Escape") {
                        close.set(false);
                    }
                });
                // A press, not a click: the click that opened the menu is still travelling
                // up to the window when this listener is added.
                let close = menu_open.clone();
                let clicks = gloo::events::EventListener::new(&w, "pointerdown", move |e| {
                    let inside = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|el| el.closest(".export").ok().flatten())
                        .is_some();
                    if !inside {
                        close.set(false);
                    }
                });
                (keys, clicks)
            });
            move || drop(listeners)
        });
    }
    let menu = menu_open.then(|| {
        let items = Format::ALL.iter().map(|&f| {
            let cb = props.on_export.clone();
            let menu_open = menu_open.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                menu_open.set(false);
                cb.emit(f);
            });
            html! { <li role="none"><button role="menuitem" {onclick} data-format={f.name()}>{ f.label() }</button></li> }
        });
        html! { <ul class="menu" role="menu" aria-label="Export formats">{ for items }</ul> }
    });
    let edit = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    let details = if *editing {
        let cancel = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| editing.set(false))
        };
        let onsubmit = {
            let editing = editing.clone();
            let on_save = props.on_save.clone();
            let form = form.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let Some(f) = form.cast::<web_sys::Element>() else { return };
                let field = |name: &str| -> String {
                    use wasm_bindgen::JsCast;
                    f.query_selector(&format!("[name={name}]"))
                        .ok()
                        .flatten()
                        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .map(|i| i.value().trim().to_string())
                        .unwrap_or_default()
                };
                let opt = |s: String| (!s.is_empty()).then_some(s);
                on_save.emit(Meta {
                    title: opt(field("title")),
                    authors: field("authors").split([',', ';']).map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect(),
                    dateline: opt(field("dateline")),
                    published: opt(field("published")),
                    // Only a web address (the form's pattern says so before this runs): the
                    // header links to it.
                    source_url: opt(field("source_url")).filter(|u| is_web_address(u)),
                });
                editing.set(false);
            })
        };
        html! {
            <form class="meta-form" ref={form} {onsubmit}>
                <label>{ "Title" }<input name="title" value={meta.title.clone().unwrap_or_default()} /></label>
                <label>{ "Authors" }<input name="authors" value={meta.authors.join(", ")} placeholder="Comma-separated" /></label>
                <label>{ "Dateline" }<input name="dateline" value={meta.dateline.clone().unwrap_or_default()} placeholder="Where it was filed" /></label>
                <label>{ "Published" }<input name="published" value={meta.published.clone().unwrap_or_default()} placeholder="YYYY-MM-DD or YYYY-MM-DDTHH:MM" /></label>
                <label>{ "Source" }<input name="source_url" type="url" pattern="https?://.+" title="The article's web address, starting https://"
                    value={meta.source_url.clone().unwrap_or_default()} placeholder="https://…" /></label>
                <div class="actions">
                    <button type="submit" class="primary">{ "Save details" }</button>
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                </div>
            </form>
        }
    } else {
        let who = if byline.is_empty() { "No byline found".to_string() } else { byline.join(" · ") };
        html! {
            <div class="docmeta">
                <span class="title">{ meta.title.clone().unwrap_or_else(|| "Untitled article".into()) }</span>
                <span class="byline">
                    // Apart from the button, so that a long byline is cut short, not the button
                    // (style.css: the header keeps its height, which the sticky bars sit under).
                    <span class="who" title={who.clone()}>
                        { who }
                        if let Some(url) = meta.source_url.clone().filter(|u| is_web_address(u)) {
                            { " · " }<a class="source" href={url.clone()} target="_blank" rel="noopener noreferrer" title={url}>{ "Source" }</a>
                        }
                    </span>
                    if !props.read_only {
                        <button class="link" onclick={edit} title="Edit the title, authors, dateline and date">{ "Edit details" }</button>
                    }
                </span>
            </div>
        }
    };
    html! {
        <header class="top">
            <span class="brand">{ "Claimlens" }</span>
            { details }
            <div class="actions">
                if props.read_only {
                    <button class="primary" onclick={props.on_make_copy.reform(|_: MouseEvent| ())}
                        title="Keep this article and its annotations in this browser and edit them">{ "Make my copy" }</button>
                }
                if !props.read_only {
                    <span class={classes!("save-state", (props.save_state == SaveState::Failed).then_some("failed"))} aria-live="polite">
                        { match props.save_state {
                            SaveState::Saved => "Saved",
                            SaveState::Pending => "Saving…",
                            SaveState::Failed => "Not saved",
                        } }
                    </span>
                }
                <button onclick={props.on_library.reform(|_: MouseEvent| ())} title="The annotated documents kept in this browser">{ "Documents" }</button>
                <button onclick={on_new}>{ "New" }</button>
                <button onclick={props.on_share.reform(|_: MouseEvent| ())} title="Make a link that opens this annotated article, with no server">{ "Share" }</button>
                <div class="export">
                    <button class="primary" onclick={toggle_menu} aria-haspopup="menu" aria-expanded={menu_open.to_string()}
                        title="Download the document and its annotations">{ "Export ▾" }</button>
                    { for menu }
                </div>
            </div>
        </header>
    }
}

/// "2025-02-13T19:13" → "13 Feb 2025, 19:13"; anything else is shown as it is.
fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let (date, time) = iso.split_once('T').unwrap_or((iso, ""));
    let parts: Vec<&str> = date.split('-').collect();
    let (Some(y), Some(m), Some(d)) = (parts.first(), parts.get(1).and_then(|m| m.parse::<usize>().ok()), parts.get(2)) else {
        return iso.to_string();
    };
    let Some(month) = m.checked_sub(1).and_then(|i| MONTHS.get(i)) else { return iso.to_string() };
    let day = d.trim_start_matches('0');
    if time.is_empty() { format!("{day} {month} {y}") } else { format!("{day} {month} {y}, {time}") }
}
