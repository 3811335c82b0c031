//! The only module that reads the browser's Selection and Range. It turns DOM positions
//! (UTF-16 offsets into text nodes) into byte offsets of the canonical text.
//!
//! Every run of article text is rendered as `<span data-o="BYTE">` holding exactly one text
//! node, so a DOM position maps to `data-o` plus the UTF-8 length of the run's text before
//! it. Nothing else in the article carries text.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::core::text::Span;

/// The current selection as a byte span of the canonical text, if it touches the article
/// rooted at `root` and is not collapsed. A selection reaching outside the article is
/// clipped to it.
pub fn selection_span(root: &Element) -> Option<Span> {
    let selection = web_sys::window()?.get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let root_node: &Node = root.as_ref();
    let start_c = range.start_container().ok()?;
    let end_c = range.end_container().ok()?;
    let start_inside = root_node.contains(Some(&start_c));
    let end_inside = root_node.contains(Some(&end_c));
    if !start_inside && !end_inside && !range.intersects_node(root_node).unwrap_or(false) {
        return None;
    }
    let start = if start_inside {
        point_to_byte(&start_c, range.start_offset().ok()? as usize, Edge::Start)?
    } else {
        leaf_start(&first_leaf(root)?)?
    };
    let end = if end_inside {
        point_to_byte(&end_c, range.end_offset().ok()? as usize, Edge::End)?
    } else {
        leaf_end(&last_leaf(root)?)?
    };
    (start != end).then(|| Span::new(start, end))
}

/// Places `bar` (absolutely positioned in its offset parent) centred just above the
/// selection, or just below it where the sticky toolbar would cover it. Returns `false`,
/// leaving the bar where it was, when the selection has no box on screen (inside folded
/// furniture, say) so the caller can hide it.
pub fn place_by_selection(bar: &web_sys::HtmlElement) -> bool {
    let Some(range) = web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .filter(|s| s.range_count() > 0)
        .and_then(|s| s.get_range_at(0).ok())
    else {
        return false;
    };
    let Some(parent) = bar.offset_parent() else { return false };
    let sel = range.get_bounding_client_rect();
    if sel.width() == 0.0 && sel.height() == 0.0 {
        return false;
    }
    let outer = parent.get_bounding_client_rect();
    let (w, h) = (f64::from(bar.offset_width()), f64::from(bar.offset_height()));
    let covered_to = parent.query_selector(".bars").ok().flatten().map_or(0.0, |b| b.get_bounding_client_rect().bottom());
    const GAP: f64 = 8.0;
    let top = if sel.top() - h - GAP >= covered_to { sel.top() - h - GAP } else { sel.bottom() + GAP };
    let left = (sel.left() + sel.width() / 2.0 - w / 2.0 - outer.left()).clamp(0.0, (outer.width() - w).max(0.0));
    // Through the CSSOM: the Content-Security-Policy refuses style attributes. Whole pixels
    // as integers: formatting an f64 would bring 14 KB of float printing into the app.
    let px = |v: f64| format!("{}px", v.round() as i32);
    let style = bar.style();
    style.set_property("top", &px(top - outer.top())).is_ok() && style.set_property("left", &px(left)).is_ok()
}

/// Puts `span` (bytes of the canonical text) into the browser's selection, inside the
/// article rooted at `root`. Does nothing if the span is not drawn.
pub fn set_selection(root: &Element, span: Span) -> Option<()> {
    let leaves = root.query_selector_all("[data-o]").ok()?;
    let (mut start, mut end) = (None, None);
    for i in 0..leaves.length() {
        let leaf: Element = leaves.item(i)?.dyn_into().ok()?;
        let o = leaf_start(&leaf)?;
        let text = leaf.text_content().unwrap_or_default();
        let node = leaf.first_child()?;
        if start.is_none() && span.start >= o && span.start < o + text.len() {
            start = Some((node.clone(), bytes_to_utf16(&text, span.start - o)));
        }
        if span.end > o && span.end <= o + text.len() {
            end = Some((node, bytes_to_utf16(&text, span.end - o)));
        }
    }
    let ((sn, so), (en, eo)) = (start?, end?);
    let doc = web_sys::window()?.document()?;
    let range = doc.create_range().ok()?;
    range.set_start(&sn, so as u32).ok()?;
    range.set_end(&en, eo as u32).ok()?;
    let sel = web_sys::window()?.get_selection().ok()??;
    sel.remove_all_ranges().ok()?;
    sel.add_range(&range).ok()?;
    // Stepping through sentences from the keyboard must keep the selection on screen.
    if let Some(el) = sn.parent_element() {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
    Some(())
}

/// Moves keyboard focus to the first element matching `selector`, else `fallback`.
pub fn focus_first(selector: &str, fallback: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let found = doc.query_selector(selector).ok().flatten().or_else(|| doc.query_selector(fallback).ok().flatten());
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// UTF-16 length of the first `bytes` bytes of `text` (rounded down to a char boundary).
fn bytes_to_utf16(text: &str, bytes: usize) -> usize {
    text.char_indices().take_while(|(i, _)| *i < bytes).map(|(_, c)| c.len_utf16()).sum()
}

/// Clears the browser's selection (after tagging, so the next key does not re-tag).
pub fn clear_selection() {
    if let Some(Ok(Some(sel))) = web_sys::window().map(|w| w.get_selection()) {
        let _ = sel.remove_all_ranges();
    }
}

/// Scrolls the first element matching `selector` into view and flashes it.
pub fn scroll_to_and_flash(selector: &str, center: bool) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(Some(el)) = doc.query_selector(selector) else { return };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_behavior(web_sys::ScrollBehavior::Smooth);
    // The list entry only as far as needed: centring it would scroll the page too and
    // push the mark just centred under the toolbar.
    opts.set_block(if center { web_sys::ScrollLogicalPosition::Center } else { web_sys::ScrollLogicalPosition::Nearest });
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Ok(all) = doc.query_selector_all(selector) {
        for i in 0..all.length() {
            if let Some(e) = all.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = e.class_list().remove_1("flash");
                // Reading layout restarts the CSS animation when the class is added again.
                let _ = e.get_bounding_client_rect();
                let _ = e.class_list().add_1("flash");
            }
        }
    }
}

/// Offers `contents` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, contents: &[u8]) -> Result<(), String> {
    let bytes = js_sys::Uint8Array::from(contents);
    let parts = js_sys::Array::of1(&bytes);
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &bag)
        .map_err(|_| "the browser could not build the file".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser refused to create a download link".to_string())?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "cannot create a link")?
        .dyn_into()
        .map_err(|_| "cannot create a link")?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    // The browser has the blob once the click is handled; revoke on the next tick.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// True when a key event comes from a place that types text, where our shortcuts must not fire.
pub fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    let tag = el.tag_name().to_ascii_lowercase();
    tag == "textarea"
        || tag == "select"
        || (tag == "input" && el.get_attribute("type").as_deref() != Some("checkbox"))
        || el.get_attribute("contenteditable").is_some_and(|v| v != "false")
}

/// Whether a key event comes from the page itself or the article, not from a control
/// (a button, a link, a list entry) whose own Enter or Delete must keep working.
pub fn is_page_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<Element>().ok()) else { return true };
    el.tag_name().eq_ignore_ascii_case("body") || el.closest("article.doc").ok().flatten().is_some()
}

/// Whether keyboard focus is inside an element matching `selector`.
pub fn focus_within(selector: &str) -> bool {
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    active.is_some_and(|el| el.closest(selector).ok().flatten().is_some())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Edge {
    Start,
    End,
}

/// Maps one DOM boundary point to a byte offset.
fn point_to_byte(node: &Node, offset: usize, edge: Edge) -> Option<usize> {
    if node.node_type() == Node::TEXT_NODE {
        let leaf = node.parent_element()?.closest("[data-o]").ok()??;
        let base = leaf_start(&leaf)?;
        let text = node.text_content().unwrap_or_default();
        return Some(base + crate::core::text::utf16_prefix_to_bytes(&text, offset, edge == Edge::End));
    }
    let el: &Element = node.dyn_ref()?;
    if el.has_attribute("data-o") {
        return if offset == 0 { leaf_start(el) } else { leaf_end(el) };
    }
    let children = node.child_nodes();
    if offset < children.length() as usize {
        // The point sits before child `offset`: the first text at or after that child.
        let child = children.item(offset as u32)?;
        match leaf_in(&child, true) {
            Some(l) => leaf_start(&l),
            None => point_after(&child),
        }
    } else {
        // The point sits at the end of `node`: after its last text.
        match leaf_in(node, false) {
            Some(l) => leaf_end(&l),
            None => point_after(node),
        }
    }
}

/// The end of the last text before `node` in document order, for points in empty elements.
fn point_after(node: &Node) -> Option<usize> {
    let mut cur = node.clone();
    loop {
        if let Some(prev) = cur.previous_sibling() {
            if let Some(l) = leaf_in(&prev, false) {
                return leaf_end(&l);
            }
            cur = prev;
        } else {
            cur = cur.parent_node()?;
        }
    }
}

/// The first (or last) `[data-o]` leaf at or inside `node`.
fn leaf_in(node: &Node, first: bool) -> Option<Element> {
    let el: &Element = node.dyn_ref()?;
    if el.has_attribute("data-o") {
        return Some(el.clone());
    }
    if first {
        el.query_selector("[data-o]").ok()?
    } else {
        let all = el.query_selector_all("[data-o]").ok()?;
        let n = all.length();
        (n > 0).then(|| all.item(n - 1)).flatten()?.dyn_into().ok()
    }
}

fn first_leaf(root: &Element) -> Option<Element> {
    leaf_in(root.as_ref(), true)
}

fn last_leaf(root: &Element) -> Option<Element> {
    leaf_in(root.as_ref(), false)
}

fn leaf_start(leaf: &Element) -> Option<usize> {
    leaf.get_attribute("data-o")?.parse().ok()
}

fn leaf_end(leaf: &Element) -> Option<usize> {
    Some(leaf_start(leaf)? + leaf.text_content().unwrap_or_default().len())
}

/// Runs `f` in a task of its own just after the next frame is painted. Hidden tabs draw
/// no frames, so a timer runs it anyway if no frame comes within 200 ms.
pub fn after_paint(f: impl FnOnce() + 'static) {
    type Slot = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;
    let slot: Slot = std::rc::Rc::new(std::cell::RefCell::new(Some(Box::new(f))));
    let take = |slot: Slot| {
        move || {
            let f = slot.borrow_mut().take();
            if let Some(f) = f {
                f()
            }
        }
    };
    gloo::timers::callback::Timeout::new(200, take(slot.clone())).forget();
    let after_frame = take(slot);
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, after_frame).forget();
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(cb.unchecked_ref());
    }
}

/// Marks (and list entries) of the annotations `ids` with the `linked` class, clearing it
/// everywhere else. Ids that could break a selector are skipped.
pub fn mark_linked(ids: &[&str]) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(old) = doc.query_selector_all(".linked") {
        for i in 0..old.length() {
            if let Some(e) = old.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = e.class_list().remove_1("linked");
            }
        }
    }
    for id in ids.iter().filter(|id| is_safe_id(id)) {
        if let Ok(all) = doc.query_selector_all(&format!("mark[data-id=\"{id}\"], li[data-id=\"{id}\"]")) {
            for i in 0..all.length() {
                if let Some(e) = all.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = e.class_list().add_1("linked");
                }
            }
        }
    }
}

/// Ids are used inside CSS selectors; anything unusual is skipped rather than escaped.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
