//! The paste screen: a large text box, Annotate, Open file, a drop target and the sample.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    pub draft: String,
    pub can_cancel: bool,
    pub on_draft: Callback<String>,
    pub on_annotate: Callback<()>,
    pub on_sample: Callback<()>,
    pub on_cancel: Callback<()>,
    /// A dropped or chosen file, read as text by the app.
    pub on_file: Callback<web_sys::File>,
}

#[function_component(PasteScreen)]
pub fn paste_screen(props: &PasteProps) -> Html {
    use wasm_bindgen::JsCast;
    let dragging = use_state(|| false);
    let oninput = {
        let cb = props.on_draft.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                cb.emit(t.value());
            }
        })
    };
    let onkeydown = {
        let cb = props.on_annotate.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                cb.emit(());
            }
        })
    };
    let onfile = {
        let cb = props.on_file.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                if let Some(file) = input.files().and_then(|f| f.get(0)) {
                    cb.emit(file);
                }
                input.set_value("");
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let cb = props.on_file.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                cb.emit(file);
            }
        })
    };
    let annotate = props.on_annotate.reform(|_: MouseEvent| ());
    let sample = props.on_sample.reform(|_: MouseEvent| ());
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <main class={classes!("paste", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            <h1 class="brand">{ "Claimlens" }</h1>
            <p class="lede">{ "See who claims what in a news article. Paste an article copied from a web page — title, byline and all." }</p>
            <label for="article-text" class="label">{ "Article text" }</label>
            <textarea id="article-text" aria-label="Article text" value={props.draft.clone()} {oninput} {onkeydown}
                placeholder="Paste the article here, or drop a .txt file" spellcheck="false" />
            <p class="private">{ "The text stays on this device: Claimlens runs in your browser and sends nothing anywhere." }</p>
            <p class="private">{ "Open file takes an article (.txt), a Claimlens or W3C Web Annotation export (.json, .jsonld), a Claimlens HTML view or a brat zip; a brat .ann file is laid onto the article that is open." }</p>
            <div class="actions">
                <button class="primary" onclick={annotate}>{ "Annotate" }</button>
                <label class="button file">{ "Open file" }
                    <input type="file" accept=".txt,.json,.jsonld,.zip,.ann,.html,text/plain,application/json,text/html" onchange={onfile} />
                </label>
                <button onclick={sample}>{ "Try the sample" }</button>
                if props.can_cancel { <button class="quiet" onclick={cancel}>{ "Back to the document" }</button> }
            </div>
        </main>
    }
}
