//! Share-link decoding on any string and on any decoded bytes behind a valid version byte.
#![no_main]
use claimlens::core::share;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = share::decode(s);
    }
    let mut bytes = vec![share::VERSION];
    bytes.extend_from_slice(data);
    if let Ok(doc) = share::decode(&share::base64url_encode(&bytes)) {
        for a in &doc.annotations {
            assert!(a.span.is_valid_in(doc.text()));
        }
    }
});
