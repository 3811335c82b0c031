//! The tagging toolbar. Buttons keep the text selection (mousedown is not allowed to move
//! focus), and each has a key: 1 claim, 2 speaker, 3 position, Q quote.

use yew::prelude::*;

use crate::core::model::Kind;

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
                title={format!("Tag the selection as a {} (key {key})", kind.label().to_lowercase())}
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
