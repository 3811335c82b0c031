//! The share dialog: the link, its length, a copy button, a warning when the link is too
//! long for chat apps (with the Export menu's files as the alternative), and an explicit
//! choice to put the link in the address bar.

use yew::prelude::*;

use crate::core::share::LINK_WARN_CHARS;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub url: String,
    pub on_close: Callback<()>,
    /// Downloads the single-file HTML view, the alternative to a long link.
    pub on_download_view: Callback<()>,
}

#[function_component(ShareDialog)]
pub fn share_dialog(props: &ShareProps) -> Html {
    let copied = use_state(|| false);
    use_effect_with((), |_| crate::ui::dom::focus_first(".share-dialog button.primary", ".share-dialog button"));
    let input = use_node_ref();
    let copy = {
        let url = props.url.clone();
        let copied = copied.clone();
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = input.cast::<web_sys::HtmlInputElement>() {
                i.select();
            }
            if let Some(w) = web_sys::window() {
                // The browser may refuse (no permission); the link stays selected to copy by hand.
                let _ = w.navigator().clipboard().write_text(&url);
            }
            copied.set(true);
        })
    };
    let to_address_bar = {
        let url = props.url.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let len = props.url.chars().count();
    let too_long = len > LINK_WARN_CHARS;
    html! {
        <section class="share-dialog" role="dialog" aria-label="Share this annotated article">
            <h2>{ "Share this annotated article" }</h2>
            <p>{ "The link carries the article and its annotations in the part after #, which browsers never send to a server. Whoever opens it sees this view, read-only, and can make their own copy." }</p>
            <input ref={input} class="share-url" readonly=true value={props.url.clone()} aria-label="Share link" />
            <p class={classes!("share-length", too_long.then_some("warn"))}>
                { format!("{} characters.", group(len)) }
                if too_long {
                    { format!(" Links over {} characters are often cut off by chat apps and mail clients; for this article, send the view as a file instead: it opens in any browser, and in Claimlens for editing.", group(LINK_WARN_CHARS)) }
                }
            </p>
            <div class="actions">
                <button class="primary" onclick={copy}>{ if *copied { "Copied" } else { "Copy link" } }</button>
                <button class={classes!(too_long.then_some("primary"))} onclick={props.on_download_view.reform(|_: MouseEvent| ())}
                    title="One HTML file with the highlights, speakers and positions; readable offline, even with JavaScript off">{ "Download view" }</button>
                <button onclick={to_address_bar} title="Replace the address in the address bar with this link">{ "Put it in the address bar" }</button>
                <button class="quiet" onclick={close}>{ "Close" }</button>
            </div>
        </section>
    }
}

/// 12345 → "12,345".
fn group(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
