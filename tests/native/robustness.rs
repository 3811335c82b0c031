//! Input a person can paste never panics, and edits never leave the document invalid.

use claimlens::core::export::json;
use claimlens::core::model::{Document, Kind};
use claimlens::core::text::Span;

#[test]
fn empty_and_blank_pastes_give_empty_documents() {
    for input in ["", " ", "\n\n\t \r\n", "\u{a0}\u{2003}"] {
        let doc = Document::from_text(input);
        assert!(doc.blocks().is_empty(), "{input:?}");
        let back = json::from_json(&json::to_json(&doc)).expect("round trip");
        assert_eq!(back.text(), doc.text());
    }
}

#[test]
fn a_one_megabyte_paste_parses_and_tags() {
    let para = "Officials said “the numbers are rising” on Tuesday, according to the ministry. Café 😀.\n\n";
    let text: String = para.repeat(1_048_576 / para.len() + 1);
    assert!(text.len() > 1_048_576);
    let mut doc = Document::from_text(&text);
    assert!(doc.blocks().len() > 10_000);
    let b = doc.blocks()[5_000].span;
    doc.tag(Kind::Claim, b).expect("tag a paragraph");
    let round = json::from_json(&json::to_json(&doc)).expect("round trip");
    assert_eq!(round.annotations, doc.annotations);
}

#[test]
fn selection_across_paragraphs_and_odd_spans_never_panic() {
    let mut doc = Document::from_text("First paragraph.\n\nSecond 😀 paragraph.\n");
    let len = doc.text().len();
    // Across paragraphs: allowed, one annotation.
    assert!(doc.tag(Kind::Claim, Span::new(6, 24)).is_ok());
    // Every byte pair, including ones inside the emoji: an error or an annotation, never a panic.
    for s in 0..=len + 1 {
        for e in s..=len + 1 {
            let _ = doc.tag(Kind::Position, Span::new(s, e));
        }
    }
    for a in &doc.annotations {
        assert!(a.span.is_valid_in(doc.text()) && !a.span.is_empty());
    }
    // Snapping to words makes most of those the same few spans.
    assert!(doc.annotations.len() > 5);
    while doc.undo() {}
    assert!(doc.annotations.is_empty());
}

#[test]
fn undo_history_is_bounded_and_stops_cleanly() {
    let text = "word ".repeat(700);
    let mut doc = Document::from_text(&text);
    for i in 0..600 {
        doc.tag(Kind::Claim, Span::new(i * 5, i * 5 + 4)).expect("tag");
    }
    let mut undone = 0;
    while doc.undo() {
        undone += 1;
    }
    assert_eq!(undone, 500);
    assert_eq!(doc.annotations.len(), 100);
}

#[test]
fn short_runs_of_speech_words_never_panic() {
    // Found by the `speechy` property: a phrase two tokens from the start of the text.
    for input in ["puts Friday\"(\" .“’“", "The released “a b c”", "Former and Trump said “x y z”"] {
        let doc = Document::analyze(input);
        assert!(doc.annotations.iter().all(|a| a.span.is_valid_in(doc.text())), "{input:?}");
    }
}
