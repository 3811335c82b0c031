//! Claimlens JSON import on any bytes: a document or an error, never a panic. The one-pass
//! reader the app opens documents with must also agree with the general reader: whatever it
//! takes, the general reader takes too, as the same wire document.
#![no_main]
use libfuzzer_sys::fuzz_target;
use claimlens::core::export::json;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(fast) = json::fast::read(text) {
        assert_eq!(json::read_wire_tree(text), Ok(fast), "the one-pass reader took what the general reader reads otherwise");
    }
    if let Ok(doc) = json::from_json(text) {
        let _ = json::to_json(&doc);
    }
});
