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

#[test]
fn a_field_of_the_wrong_shape_is_named_by_its_path() {
    let good = json::to_json(&sample());
    let refused = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
        edit(&mut v);
        json::from_json(&v.to_string()).err().expect("refused").to_string()
    };
    let e = refused(&|v| v["annotations"][1]["start"] = serde_json::json!("12"));
    assert!(e.contains("annotations[1].start should be a whole number, 0 or more, not a string"), "{e}");
    let e = refused(&|v| v["annotations"][0]["cue"] = serde_json::json!({"start": 1}));
    assert!(e.contains("annotations[0].cue.end is missing"), "{e}");
    let e = refused(&|v| v["speakers"] = serde_json::json!({"s1": "Hegseth"}));
    assert!(e.contains("speakers should be a list, not an object"), "{e}");
    let e = refused(&|v| v["meta"]["authors"] = serde_json::json!(["Dan", 3]));
    assert!(e.contains("meta.authors should be a list of strings, not a number"), "{e}");
    let e = refused(&|v| v["annotations"][0]["start"] = serde_json::json!(-1));
    assert!(e.contains("annotations[0].start should be a whole number"), "{e}");
    // Missing lists and metadata read as empty; null optional fields as absent.
    let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
    v.as_object_mut().expect("object").remove("meta");
    v["annotations"][0]["note"] = serde_json::Value::Null;
    assert!(json::from_json(&v.to_string()).is_ok());
}

#[test]
fn scores_read_in_any_number_form_and_are_kept_within_0_and_1() {
    let good = json::to_json(&sample());
    for (written, kept) in [("0.5", 500), ("5e-1", 500), ("1", 1000), ("7", 1000), ("-0.2", 0), ("0.12345", 123)] {
        let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
        v["annotations"][0]["score"] = serde_json::from_str(written).expect("number");
        let doc = json::from_json(&v.to_string()).expect(written);
        assert_eq!(doc.annotations[0].score, Some(kept), "{written}");
    }
}
