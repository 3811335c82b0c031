//! The browser front end: a thin Yew layer over `core`. One reducer (`state`), components
//! that render what the core computed, and effects for storage and the DOM (`app`, `dom`,
//! `storage`).

pub mod app;
pub mod components;
pub mod compression;
pub mod dom;
pub mod state;
pub mod storage;

use wasm_bindgen::prelude::*;

/// Entry point: installs the panic hook and mounts the app on `#app`; with a share link in
/// the address, once the browser has inflated it (asynchronously, a few milliseconds).
#[wasm_bindgen(start)]
pub fn start() {
    install_panic_hook();
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    let mount = |root: web_sys::Element, link| {
        root.set_inner_html("");
        yew::Renderer::<app::App>::with_root_and_props(root, app::AppProps { start: None, link }).render();
    };
    match app::link_in_address() {
        None => mount(root, None),
        Some(link) => wasm_bindgen_futures::spawn_local(async move {
            let opened = app::open_link(&link).await;
            mount(root, Some(std::rc::Rc::new(opened)));
        }),
    }
}

/// A panic in WebAssembly stops the app. Instead of a dead page the person gets a recovery
/// screen with their last autosaved work as a download.
fn install_panic_hook() {
    // Through Yew: a hook set with std alone is replaced by Yew's console hook at render.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("Claimlens stopped: {info}")));
        let _ = show_recovery();
    }));
}

fn show_recovery() -> Option<()> {
    let window = web_sys::window()?;
    let doc = window.document()?;
    // Read straight from localStorage: the library may be mid-call when the panic struck.
    let saved = window.local_storage().ok().flatten().and_then(|s| {
        let id = s.get_item(crate::core::library::OPEN_KEY).ok().flatten()?;
        s.get_item(&crate::core::library::doc_key(&id)).ok().flatten()
    });
    let panel = doc.create_element("div").ok()?;
    panel.set_class_name("recovery");
    panel.set_attribute("role", "alert").ok()?;
    let h = doc.create_element("h2").ok()?;
    h.set_text_content(Some("Something went wrong and Claimlens stopped."));
    panel.append_child(&h).ok()?;
    let p = doc.create_element("p").ok()?;
    p.set_text_content(Some(
        "Your work was saved in this browser up to your last change. Download it, then reload the page.",
    ));
    panel.append_child(&p).ok()?;
    if let Some(json) = saved {
        let parts = js_sys::Array::of1(&JsValue::from_str(&json));
        let blob = web_sys::Blob::new_with_str_sequence(&parts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a = doc.create_element("a").ok()?;
        a.set_attribute("href", &url).ok()?;
        a.set_attribute("download", "claimlens-recovered.claimlens.json").ok()?;
        a.set_class_name("button primary");
        a.set_text_content(Some("Export what I have"));
        panel.append_child(&a).ok()?;
    }
    let reload = doc.create_element("a").ok()?;
    reload.set_attribute("href", "").ok()?;
    reload.set_class_name("button");
    reload.set_text_content(Some("Reload"));
    panel.append_child(&reload).ok()?;
    doc.body()?.append_child(&panel).ok()?;
    Some(())
}

/// For `scripts/bench-browser.mjs`: the same 10,000-word article the native benchmark uses.
#[cfg(feature = "bench")]
#[wasm_bindgen]
pub fn bench_article(words: usize) -> String {
    crate::core::bench::article_of_words(app::SAMPLE, words)
}

/// For `scripts/bench-browser.mjs`: parses `text` once and returns the block count, so the
/// script can time parsing inside WebAssembly.
#[cfg(feature = "bench")]
#[wasm_bindgen]
pub fn bench_parse(text: &str) -> usize {
    let a = crate::core::article::Article::parse(text);
    // Sentences and quotations are derived on demand; the figure includes them.
    a.blocks.len() + a.sentences().len() + a.quotes().len()
}

/// For `scripts/bench-browser.mjs`: runs the suggestion engine on `text` (parsed outside
/// the timed call) and returns how many annotations it suggested.
#[cfg(feature = "bench")]
#[wasm_bindgen]
pub fn bench_suggest(text: &str, iterations: u32) -> usize {
    let article = crate::core::article::Article::parse(text);
    (0..iterations).map(|_| crate::core::suggest::suggest(&article).annotations.len()).sum()
}

/// For `scripts/bench-render.mjs`: the benchmark article with `annotations` of the
/// person's annotations, as Claimlens JSON, to open in the app and in the reference page.
#[cfg(feature = "bench")]
#[wasm_bindgen]
pub fn bench_document(words: usize, annotations: usize) -> String {
    let text = crate::core::bench::article_of_words(app::SAMPLE, words);
    crate::core::export::json::to_json(&crate::core::bench::document_with_annotations(&text, annotations))
}

/// For `scripts/bench-browser.mjs`: reads a saved document (Claimlens JSON) the way the app
/// does when it opens, and returns its annotation count (0 if it cannot be read).
#[cfg(feature = "bench")]
#[wasm_bindgen]
pub fn bench_open(json: &str) -> usize {
    crate::core::export::json::from_json(json).map_or(0, |d| d.annotations.len())
}

/// For the end-to-end test of the recovery screen: panics, as a bug would. Harmless to call
/// by hand: the person gets the recovery screen with their saved work.
#[wasm_bindgen]
pub fn panic_for_test() {
    panic!("a panic requested by the recovery test");
}
