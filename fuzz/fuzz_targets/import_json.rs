//! Claimlens JSON import on any bytes: a document or an error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = claimlens::core::export::json::from_json(text) {
        let _ = claimlens::core::export::json::to_json(&doc);
    }
});
