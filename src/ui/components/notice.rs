//! One line of feedback next to the work: what just happened, or what went wrong and what
//! to do, with at most one action (Undo, Bring back).

use yew::prelude::*;

use crate::ui::state::{Notice, NoticeAction, Tone};

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub notice: Option<Notice>,
    pub on_action: Callback<NoticeAction>,
    pub on_dismiss: Callback<()>,
}

#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeProps) -> Html {
    let Some(n) = &props.notice else {
        return html! { <div class="notice-slot" role="status" aria-live="polite"></div> };
    };
    let (class, role) = match n.tone {
        Tone::Info => ("notice info", "status"),
        Tone::Error => ("notice error", "alert"),
    };
    let action = n.action.map(|(act, label)| {
        let cb = props.on_action.clone();
        html! { <button class="link" onclick={Callback::from(move |_| cb.emit(act))}>{ label }</button> }
    });
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice-slot">
            <div {class} {role}>
                <span class="text">{ n.text.clone() }</span>
                { for action }
                <button class="dismiss" onclick={dismiss} aria-label="Dismiss message">{ "×" }</button>
            </div>
        </div>
    }
}
