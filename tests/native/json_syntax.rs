//! Claimlens' own JSON reader and writer (`core::json`) checked against serde_json, an
//! independent implementation: what one writes the other reads back the same, and both
//! accept and refuse the same texts.

use claimlens::core::json::{self, Value};
use proptest::prelude::*;

/// Values of every kind, nested a few levels, with keys and strings that need escaping.
fn value() -> impl Strategy<Value = Value> {
    let text = prop_oneof![
        any::<String>(),
        "[a-z\"\\\\/\u{0}-\u{1f}é😀\u{2028}]{0,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::Int),
        // Up to ten digits: serde_json's default float reading is exact only that far.
        (any::<i32>(), 0u32..6).prop_map(|(n, scale)| Value::decimal(i64::from(n), scale)),
        text.clone().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-z\"\\\\é]{0,6}", inner), 0..6).prop_map(|members| {
                let mut o = json::Object::new();
                for (k, v) in members {
                    o.insert(k, v);
                }
                Value::Object(o)
            }),
        ]
    })
}

/// The same value in serde_json's terms, to compare across the two implementations.
fn to_serde(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Int(n) => serde_json::Value::from(*n),
        Value::Number(text) => serde_json::from_str(text).expect("a number Claimlens writes is JSON"),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        Value::Object(o) => serde_json::Value::Object(o.iter().map(|(k, v)| (k.to_string(), to_serde(v))).collect()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn what_claimlens_writes_serde_reads_as_the_same_value(v in value()) {
        for text in [json::to_string(&v), json::to_string_pretty(&v)] {
            let theirs: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            prop_assert_eq!(&theirs, &to_serde(&v));
            prop_assert_eq!(json::parse(&text).map(|back| to_serde(&back)), Ok(to_serde(&v)));
        }
    }

    #[test]
    fn what_serde_writes_claimlens_reads_as_the_same_value(v in value()) {
        let text = serde_json::to_string(&to_serde(&v)).expect("serde writes it");
        let ours = json::parse(&text).expect("valid JSON");
        prop_assert_eq!(to_serde(&ours), to_serde(&v));
    }

    /// Arbitrary text, and texts one edit away from valid JSON: both parsers agree on
    /// whether it is JSON (nesting stays under both depth limits), and neither panics. One
    /// difference is by design: a number too large for a float ("1e999") is JSON, and
    /// Claimlens keeps its text where serde_json refuses it.
    #[test]
    fn both_accept_and_refuse_the_same_texts(v in value(), cut in any::<prop::sample::Index>(), junk in "[\\[\\]{}\",:0-9.eE+\\-a-z\\\\ ]{0,3}", noise in ".{0,40}") {
        let good = json::to_string(&v);
        let at = cut.index(good.len() + 1);
        let at = (0..=at).rev().find(|&i| good.is_char_boundary(i)).unwrap_or(0);
        for text in [format!("{}{junk}{}", &good[..at], &good[at..]), good[..at].to_string(), noise.clone()] {
            let ours = json::parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            if theirs.as_ref().is_err_and(|e| e.to_string().starts_with("number out of range")) {
                continue;
            }
            prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: ours {:?}, serde {:?}", text, ours.as_ref().err(), theirs.as_ref().err());
            if let (Ok(a), Ok(b)) = (ours, theirs) {
                prop_assert_eq!(to_serde(&a), b);
            }
        }
    }
}

#[test]
fn a_repeated_key_reads_as_its_last_value_in_both() {
    let text = r#"{"k": 1, "k": 2}"#;
    let ours = json::parse(text).expect("valid");
    let theirs: serde_json::Value = serde_json::from_str(text).expect("valid");
    assert_eq!(to_serde(&ours), theirs);
}
