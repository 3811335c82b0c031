//! brat import: the bytes as a zip, and as an .ann file against a text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = claimlens::core::export::brat::import_zip(data, None);
    if let Ok(text) = std::str::from_utf8(data) {
        let (article, ann) = text.split_once("\n\n\n").unwrap_or((text, text));
        if let Ok(got) = claimlens::core::export::brat::import_ann(ann, article) {
            for a in &got.doc.annotations {
                assert!(a.span.is_valid_in(got.doc.text()));
            }
        }
    }
});
