//! Component tests in headless Chromium (wasm-bindgen-test): mount, act, assert the DOM.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use claimlens::core::model::{Document, Kind};
use claimlens::core::text::Span;
use claimlens::ui::app::{App, AppProps};
use claimlens::ui::components::article::{ArticleProps, ArticleView};
use claimlens::ui::dom;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::{Callback, NodeRef};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    yew::scheduler::flush().await;
    gloo::timers::future::TimeoutFuture::new(20).await;
}

fn span_of(doc: &Document, needle: &str) -> Span {
    let i = doc.text().find(needle).unwrap();
    Span::new(i, i + needle.len())
}

fn annotated() -> Document {
    let mut doc = Document::from_text("Title 😀\n\nCafé owner Zoë said <script>alert(1)</script> loudly.\nSecond line.");
    doc.tag(Kind::Speaker, span_of(&doc, "Zoë")).unwrap();
    doc.tag(Kind::Claim, span_of(&doc, "Zoë said <script>")).unwrap();
    doc
}

fn article_props(doc: Document) -> ArticleProps {
    ArticleProps { doc: Rc::new(doc), focused: None, node_ref: NodeRef::default(), on_pick: Callback::noop(), on_block_kind: Callback::noop(), read_only: false }
}

#[wasm_bindgen_test]
async fn article_draws_nested_marks_and_literal_markup() {
    let root = mount_point();
    yew::Renderer::<ArticleView>::with_root_and_props(root.clone(), article_props(annotated())).render();
    settle().await;
    let article = root.query_selector("article").unwrap().expect("an <article>");
    assert_eq!(article.query_selector_all("h1").unwrap().length(), 1, "the title block");
    let marks = article.query_selector_all("mark").unwrap();
    // The claim is split around the nested speaker mark: claim(Zoë) > speaker, claim( said <script>).
    assert_eq!(marks.length(), 3);
    let nested = article.query_selector("mark[data-kind=claim] > mark[data-kind=speaker]").unwrap();
    assert!(nested.is_some(), "the speaker mark nests inside the claim: {}", article.inner_html());
    assert!(article.query_selector("script").unwrap().is_none(), "pasted markup is never parsed");
    assert!(article.text_content().unwrap().contains("<script>alert(1)</script>"));
}

#[wasm_bindgen_test]
async fn dom_selection_maps_to_byte_offsets_across_emoji_and_accents() {
    let root = mount_point();
    let doc = Document::from_text("Café 😀 naïve\n\nSecond 🇫🇷 para");
    let text = doc.text().to_string();
    let node_ref = NodeRef::default();
    let props = ArticleProps { node_ref: node_ref.clone(), ..article_props(doc) };
    yew::Renderer::<ArticleView>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let article: Element = node_ref.cast().unwrap();
    let leaves = article.query_selector_all("[data-o]").unwrap();
    let first = leaves.item(0).unwrap().first_child().unwrap();
    let second = leaves.item(1).unwrap().first_child().unwrap();
    let range = web_sys::window().unwrap().document().unwrap().create_range().unwrap();
    // UTF-16: "Café " is 5 units, "😀" 2 more; select from after the emoji into the second para.
    range.set_start(&first, 7).unwrap();
    range.set_end(&second, 9).unwrap(); // "Second " + half of the flag's first regional indicator
    let sel = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    sel.remove_all_ranges().unwrap();
    sel.add_range(&range).unwrap();
    let span = dom::selection_span(&article).expect("a span");
    let start = text.find(" naïve").unwrap();
    assert_eq!(span.start, start);
    // The end fell inside a surrogate pair and is rounded outward to the whole character.
    let flag = text.find('🇫').unwrap();
    assert_eq!(span.end, flag + '🇫'.len_utf8());
    assert!(span.is_valid_in(&text));
    sel.remove_all_ranges().unwrap();
}

#[wasm_bindgen_test]
async fn app_tags_the_selection_with_a_key_and_lists_it() {
    let root = mount_point();
    let doc = Rc::new(Document::from_text("Headline\n\nThe minister said taxes will fall."));
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { start: Some(doc), ..AppProps::default() }).render();
    settle().await;
    let article = root.query_selector("article").unwrap().unwrap();
    let leaf = article.query_selector_all("[data-o]").unwrap().item(1).unwrap().first_child().unwrap();
    let range = web_sys::window().unwrap().document().unwrap().create_range().unwrap();
    range.set_start(&leaf, 18).unwrap();
    range.set_end(&leaf, 33).unwrap();
    let sel = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    sel.remove_all_ranges().unwrap();
    sel.add_range(&range).unwrap();
    settle().await; // selectionchange is dispatched asynchronously
    let claim_button: HtmlElement = root.query_selector("button.tag.claim").unwrap().unwrap().dyn_into().unwrap();
    assert!(!claim_button.has_attribute("disabled"), "a selection enables the tag buttons");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("1");
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
    settle().await;
    let mark = article.query_selector("mark[data-kind=claim]").unwrap().unwrap_or_else(|| panic!("no claim mark: {}", root.inner_html()));
    assert_eq!(mark.text_content().unwrap(), "taxes will fall");
    let item = root.query_selector(".panel li[data-kind=claim] .quote").unwrap().expect("listed");
    assert_eq!(item.text_content().unwrap(), "taxes will fall");
    // Ctrl+Z undoes it.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("z");
    init.set_ctrl_key(true);
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
    settle().await;
    assert!(article.query_selector("mark").unwrap().is_none());
}

/// `static/boot.js` runs before the module and so spells the keys and names it shares with the
/// app itself; they must stay the app's.
#[wasm_bindgen_test]
fn boot_script_uses_the_apps_storage_keys_and_names() {
    use claimlens::core::{library, share};
    use claimlens::ui::{app::KEYS_EVENT, storage};
    let boot = include_str!("../static/boot.js");
    let names = [storage::DRAWN_KEY, storage::TAB_OPEN_KEY, library::INDEX_KEY, library::OPEN_KEY, KEYS_EVENT];
    for name in names.into_iter().map(|n| format!("'{n}'")).chain([format!("'#{}'", share::FRAGMENT_PREFIX)]) {
        assert!(boot.contains(&name), "static/boot.js does not use {name}");
    }
}

/// The browser's own deflate (src/ui/compression.rs): what it packs it unpacks, and when it
/// stops early it says why, keeping what came out (a cut-off share link's text).
#[wasm_bindgen_test]
async fn the_browsers_deflate_round_trips_and_says_why_it_stopped() {
    use claimlens::core::compression::End;
    use claimlens::ui::compression::{deflate, inflate};
    let text: String = (0..3000u32).map(|i| format!("{} Zoë 😀 ", i * 7919 % 1000)).collect();
    let packed = deflate(text.as_bytes()).await.expect("CompressionStream('deflate-raw')");
    assert!(packed.len() < text.len() / 2);
    let back = inflate(&packed, 1 << 20).await;
    assert_eq!(back.end, End::Complete);
    assert!(back.output == text.as_bytes());
    let cut = inflate(&packed[..packed.len() / 2], 1 << 20).await;
    assert_eq!(cut.end, End::CutOff);
    assert!(!cut.output.is_empty() && text.as_bytes().starts_with(&cut.output));
    assert_eq!(inflate(&packed, 100).await.end, End::TooLong);
    assert_eq!(inflate(&[0xff; 16], 1 << 20).await.end, End::Damaged);
}
