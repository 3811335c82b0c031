//! Share-link size against a naive reference: base64url of the gzip -9 of the minified
//! Claimlens JSON. Prints both for the sample (with its suggestions) and for longer articles.
//!   cargo run --release --example share_size [-- FILE.txt …]

use claimlens::core::bench::article_of_words;
use claimlens::core::export::json;
use claimlens::core::model::Document;
use claimlens::core::share;

const SAMPLE: &str = include_str!("../static/sample.txt");

fn main() {
    let mut cases: Vec<(String, String)> = vec![
        ("sample article".into(), SAMPLE.to_string()),
        ("2,000 words".into(), article_of_words(SAMPLE, 2_000)),
        ("10,000 words".into(), article_of_words(SAMPLE, 10_000)),
    ];
    for f in std::env::args().skip(1) {
        if let Ok(t) = std::fs::read_to_string(&f) {
            cases.push((f, t));
        }
    }
    let (mut ours_total, mut ref_total) = (0usize, 0usize);
    for (name, text) in cases {
        let doc = Document::analyze(&text);
        let link = share::encode(&doc);
        let reference = share::base64url_encode(&gzip9(json::to_json(&doc).as_bytes()));
        ours_total += link.len();
        ref_total += reference.len();
        println!(
            "{name:<16} {:>3} annotations: link {:>7} chars, reference {:>7} chars, ratio {:.3}{}",
            doc.annotations.len(),
            link.len(),
            reference.len(),
            link.len() as f64 / reference.len() as f64,
            if link.len() > share::LINK_WARN_CHARS { "  (over the 8,000-character warning)" } else { "" }
        );
    }
    println!("overall ratio {:.3}", ours_total as f64 / ref_total as f64);
}

/// gzip -9: a 10-byte header, deflate at level 9, CRC-32 and length.
fn gzip9(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255];
    out.extend(miniz_oxide::deflate::compress_to_vec(data, 9));
    out.extend(claimlens::core::export::zip::crc32(data).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}
