//! W3C import, with the file's own text or a given one (the first line of the input).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (article, file) = text.split_once('\n').unwrap_or(("", text));
    for given in [None, Some(article)] {
        if let Ok(got) = claimlens::core::export::w3c::import(file, given) {
            for a in &got.doc.annotations {
                assert!(a.span.is_valid_in(got.doc.text()));
            }
        }
    }
});
