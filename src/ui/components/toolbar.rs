//! The tagging toolbar, and the small bar of the same tags that appears by the selection.
//! Buttons keep the text selection (mousedown is not allowed to move focus), and each tag
//! has a key: 1 claim, 2 speaker, 3 position, Q quote.

use yew::prelude::*;

use crate::core::model::Kind;
use crate::core::text::Span;
use crate::ui::dom;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub has_selection: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_tag: Callback<Kind>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    pub on_sentence: Callback<()>,
    /// Writes a note on the picked annotation (`None`: nothing picked).
    #[prop_or_default]
    pub on_note: Option<Callback<()>>,
}

/// The toolbar's tag buttons with their keys, in the order the keys run.
pub const TAGS: [(Kind, &str); 4] = [(Kind::Claim, "1"), (Kind::Speaker, "2"), (Kind::Position, "3"), (Kind::Quote, "Q")];

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    // Keeping the selection alive while a button is pressed.
    let keep = Callback::from(|e: MouseEvent| e.prevent_default());
    let tags = TAGS.iter().map(|&(kind, key)| {
        let cb = props.on_tag.clone();
        html! {
            <button class={classes!("tag", kind.as_str())} onmousedown={keep.clone()}
                onclick={Callback::from(move |_| cb.emit(kind))}
                disabled={!props.has_selection}
                title={format!("Tag the selection as a {} (key {key})", kind.label().to_ascii_lowercase())}
                aria-keyshortcuts={key.to_string()}>
                { kind.label() }<kbd>{ key }</kbd>
            </button>
        }
    });
    let sentence = props.on_sentence.reform(|_: MouseEvent| ());
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    let redo = props.on_redo.reform(|_: MouseEvent| ());
    html! {
        <div class="toolbar" role="toolbar" aria-label="Tag the selection">
            { for tags }
            <button class="tag note" onmousedown={keep.clone()} disabled={props.on_note.is_none()}
                onclick={props.on_note.clone().map(|cb| cb.reform(|_: MouseEvent| ()))}
                title="Write a note on the picked annotation (key E)" aria-keyshortcuts="E">
                { "Note" }<kbd>{ "E" }</kbd>
            </button>
            <button class="quiet" onmousedown={keep.clone()} onclick={sentence} disabled={!props.has_selection}
                title="Widen the selection to whole sentences (key S)" aria-keyshortcuts="S">
                { "Whole sentence" }<kbd>{ "S" }</kbd>
            </button>
            <span class="sep"></span>
            <button onmousedown={keep.clone()} onclick={undo} disabled={!props.can_undo} title="Undo (Ctrl+Z)" aria-keyshortcuts="Control+Z">{ "Undo" }</button>
            <button onmousedown={keep} onclick={redo} disabled={!props.can_redo} title="Redo (Ctrl+Shift+Z)" aria-keyshortcuts="Control+Shift+Z">{ "Redo" }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectionBarProps {
    /// The selection in the article; the bar shows only while there is one.
    pub selection: Option<Span>,
    pub on_tag: Callback<Kind>,
}

/// The tag buttons again, next to the selected words, so a mouse user tagging in the
/// middle of a long article need not travel to the toolbar. It is a shortcut for the
/// pointer only: hidden from assistive technology and out of the tab order, since the
/// toolbar and the keys 1, 2, 3 and Q already do the same; phones keep their own selection
/// menu and the toolbar (the stylesheet hides the bar for coarse pointers).
#[function_component(SelectionBar)]
pub fn selection_bar(props: &SelectionBarProps) -> Html {
    let bar = use_node_ref();
    let placed = use_state_eq(|| false);
    {
        let (bar, placed) = (bar.clone(), placed.clone());
        use_effect_with(props.selection, move |selection| {
            let ok = selection.is_some() && bar.cast::<web_sys::HtmlElement>().is_some_and(|b| dom::place_by_selection(&b));
            placed.set(ok);
        });
    }
    if props.selection.is_none() {
        return html! {};
    }
    let keep = Callback::from(|e: MouseEvent| e.prevent_default());
    let tags = TAGS.iter().map(|&(kind, key)| {
        let cb = props.on_tag.clone();
        html! {
            <button class={classes!("tag", kind.as_str())} tabindex="-1" onmousedown={keep.clone()}
                onclick={Callback::from(move |_| cb.emit(kind))}
                title={format!("Tag as a {} (key {key})", kind.label().to_ascii_lowercase())}>
                { kind.label() }
            </button>
        }
    });
    html! {
        <div ref={bar} class={classes!("selbar", (*placed).then_some("placed"))} aria-hidden="true">{ for tags }</div>
    }
}
