//! Claimlens JSON v1: offsets in code points, a lossless round trip, clear import errors.

use claimlens::core::export::json::{self, ImportError};
use claimlens::core::model::{Document, Kind, Stance};
use claimlens::core::text::Span;

fn span_of(doc: &Document, needle: &str) -> Span {
    let i = doc.text().find(needle).expect("needle");
    Span::new(i, i + needle.len())
}

/// A document with accents, an astral emoji and CRLF line endings, annotated every way.
fn sample() -> Document {
    let mut doc = Document::from_text("Zoë’s title 😀\r\n\r\nNaïve Müller said “ça va 🇫🇷” today.\r\nSecond line.");
    doc.tag(Kind::Speaker, span_of(&doc, "Müller")).expect("speaker");
    let q = doc.tag(Kind::Quote, span_of(&doc, "ça va 🇫🇷")).expect("quote");
    let p = doc.tag(Kind::Position, span_of(&doc, "Second line")).expect("position");
    let mut pos = doc.annotation(&p).expect("p").clone();
    pos.stance = Some(Stance::Against);
    pos.topic = Some("lines".into());
    pos.note = Some("<script>alert(1)</script> stays text".into());
    pos.links = vec![q];
    pos.speaker = Some("s1".into());
    doc.apply(claimlens::core::model::Edit::ReplaceAnnotation(pos)).expect("edit");
    doc
}

#[test]
fn crlf_becomes_lf_and_offsets_are_code_points() {
    let doc = sample();
    assert!(!doc.text().contains('\r'));
    let v: serde_json::Value = serde_json::from_str(&json::to_json(&doc)).expect("json");
    let text: Vec<char> = v["text"].as_str().expect("text").chars().collect();
    for a in v["annotations"].as_array().expect("annotations") {
        let (s, e) = (a["start"].as_u64().expect("s") as usize, a["end"].as_u64().expect("e") as usize);
        let slice: String = text[s..e].iter().collect();
        assert_eq!(slice, a["text"].as_str().expect("text"), "{a}");
    }
    let quote = &v["annotations"][1];
    assert_eq!(quote["text"], "ça va 🇫🇷");
    // "Zoë’s title 😀\n\nNaïve Müller said “" is 34 code points (and 44 UTF-8 bytes).
    assert_eq!(quote["start"], 34);
    assert_eq!(quote["end"], 34 + 8);
    assert_eq!(v["annotations"][0]["speaker_mention"]["start"], 21);
}

#[test]
fn round_trip_is_lossless() {
    let doc = sample();
    let back = json::from_json(&json::to_json_pretty(&doc)).expect("import");
    assert_eq!(back.article, doc.article);
    assert_eq!(back.speakers, doc.speakers);
    assert_eq!(back.annotations, doc.annotations);
    assert_eq!(json::to_json(&back), json::to_json(&doc));
}

#[test]
fn unknown_fields_are_ignored() {
    let mut v: serde_json::Value = serde_json::from_str(&json::to_json(&sample())).expect("json");
    v["future_field"] = serde_json::json!({"x": 1});
    v["annotations"][0]["colour"] = serde_json::json!("red");
    assert!(json::from_json(&v.to_string()).is_ok());
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let good = json::to_json(&sample());
    let cut = &good[..good.len() / 2];
    assert!(matches!(json::from_json(cut), Err(ImportError::NotJson(_))));
    assert_eq!(json::from_json("[1,2]"), Err(ImportError::NotClaimlens).map(|_: ()| unreachable!()));

    let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
    v["version"] = serde_json::json!(2);
    let err = json::from_json(&v.to_string()).err().expect("newer version refused");
    assert_eq!(err, ImportError::NewerVersion(2));
    assert!(err.to_string().contains("newer"));

    v.as_object_mut().expect("obj").remove("version");
    assert_eq!(json::from_json(&v.to_string()).err(), Some(ImportError::MissingVersion));

    let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
    v["annotations"][0]["end"] = serde_json::json!(10_000);
    assert!(matches!(json::from_json(&v.to_string()), Err(ImportError::BadOffsets { .. })));

    let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
    v["annotations"][1]["text"] = serde_json::json!("something else");
    assert!(matches!(json::from_json(&v.to_string()), Err(ImportError::TextMismatch { .. })));

    let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
    v["annotations"][0]["speaker"] = serde_json::json!("s99");
    assert!(matches!(json::from_json(&v.to_string()), Err(ImportError::UnknownSpeaker { .. })));
}
