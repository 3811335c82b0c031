//! The article parser and the suggestion engine on any text: never panic, and every span
//! they produce lies on character boundaries inside the text.
#![no_main]
use claimlens::core::model::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = Document::analyze(text);
    for b in doc.blocks() {
        assert!(b.span.is_valid_in(doc.text()));
    }
    for a in &doc.annotations {
        assert!(a.span.is_valid_in(doc.text()) && !a.span.is_empty());
    }
});
