//! Properties over arbitrary input: parsing never panics, blocks tile the text in order on
//! character boundaries, sentences and quotations lie inside their blocks, offset maps agree.

use claimlens::core::article::Article;
use claimlens::core::export::json;
use claimlens::core::model::Document;
use claimlens::core::text::{utf16_prefix_to_bytes, OffsetMap};
use proptest::prelude::*;

/// Text that looks like a pasted article: words, punctuation, quote marks, line breaks,
/// accents, emoji and the odd control character.
fn articleish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("« ".to_string()),
        Just(" »".to_string()),
        Just("„".to_string()),
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just("…".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("Share:\n".to_string()),
        Just("By Jane Doe\n".to_string()),
        Just("Published: Feb, 13 2025 19:13\n".to_string()),
        Just("LONDON (AP) — ".to_string()),
        Just("[caption – video]\n".to_string()),
        Just("😀".to_string()),
        Just("é".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{200f}שלום ".to_string()),
        "[A-Za-z]{1,8} ",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Text made of the words and marks the attribution rules look at, in any order: cues,
/// pronouns, titles, names, appositions, datelines, participles, quotation marks.
fn speechy() -> impl Strategy<Value = String> {
    const WORDS: &[&str] = &[
        "“", "”", "\"", "‘", "’", ",", ".", ":", "—", "-", "(", ")", "\n\n", "said", "says", "told", "released", "reported", "puts", "it",
        "The", "the", "a", "Trump", "Ivanka", "Sen.", "Del.", "Democratic", "who", "which", "as", "he", "she", "they", "According", "to",
        "according", "Acknowledging", "After", "saying", "that", "by", "9/11", "in", "2010", "early", "Friday", "Washington", "(AFP)",
        "But", "and", "officials", "federal", "prosecutors", "Former", "of", "Virgin", "Islands", "Hastily", "when", "pressed", "replied",
        // The seventh session's naming rules: possessives, roles, family-name-first names,
        // pronoun chains, addressees.
        "Germany’s", "North", "Korea’s", "defence", "minister", "leader", "Polish", "Xi", "Jinping", "Kim", "Friedrich", "Merz", "Colette",
        "Kress", "chief", "He", "She", "Hannity", "added", "an", "senator", "Gov.", "Vermont", "Wedbush", "from", "spokesperson",
        // The eighth's: labels and their agents, outcries, colons after names, ranks, phrasal cues.
        "labeled", "called", "items", "yelled", "man", "quoted", "Vice", "President", "Lt.", "Spokeswoman", "(R-OH)", "points", "out",
        "made", "clear", "demurred", "were", "shown", "chanting", "didn’t", "surprise", "pollster", "Shaw", "those", "calling", "urging",
        "spoke", "be", "heard", "asking", "cut", "continues", "its", "husband",
        // The ninth's: appositions that make a person, interjections, positions and their topics.
        "Patti", "Davis", "daughter", "Wait", "chant", "ruled", "opposes", "supported", "not", "did", "support", "for", "against", "himself",
        "because", "Nato", "membership", "Ukraine", "on", "Thursday", "voted", "backed", "away", "years", "Continuing", "explain", "”…",
    ];
    proptest::collection::vec((proptest::sample::select(WORDS), proptest::bool::ANY), 0..50).prop_map(|v| {
        v.into_iter().map(|(w, space)| if space { format!("{w} ") } else { w.to_string() }).collect()
    })
}

/// The same for French and German articles (`suggest/languages.rs` splits "dit-il" and
/// "l’Assemblée" into two tokens and reads words as English): words of both, elisions and
/// inverted pronouns in odd shapes, after a prefix that makes the article French or German.
fn speechy_french_or_german() -> impl Strategy<Value = String> {
    const WORDS: &[&str] = &[
        "«", "»", "„", "“", "”", "\"", "’", "'", ",", ".", ":", "\n\n", "a-t-il", "dit-elle", "DIT-ELLE", "İ-il", "a-t-", "-il", "x-t-il",
        "l’Assemblée", "l’", "d'", "qu’il", "n’a", "l'İ", "a", "réagi", "déclaré", "précisé", "selon", "Selon", "elle", "il", "Marine",
        "Le", "Pen", "ministre", "du", "Travail", "La", "la", "Premier", "sagte", "so", "Wirtschaftsminister", "CDU-Chef", "der", "Der",
        "Zeitung", "von", "Leyen", "Ursula", "laut", "am", "Donnerstag", "Scholz", "Olaf", "Bundeskanzler", "er", "sie", "Herr",
        "Frau", "milliards", "wird", "40", "mars", "März", "12.", "Par", "Von", "Publié", "Teilen",
    ];
    let prefix = prop_oneof![
        Just("Le la les et des est une dans que pour qui du au sur pas il elle ont par avec ce. "),
        Just("Der die und das ist nicht mit den ein sich auf für dem des eine von zu im er sie auch. "),
    ];
    (prefix, proptest::collection::vec((proptest::sample::select(WORDS), proptest::bool::ANY), 0..50)).prop_map(|(p, v)| {
        let words: String = v.into_iter().map(|(w, space)| if space { format!("{w} ") } else { w.to_string() }).collect();
        format!("{p}{words}")
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn suggestions_never_panic_on_french_or_german_speech(input in speechy_french_or_german()) {
        let doc = Document::analyze(&input);
        for a in &doc.annotations {
            prop_assert!(a.span.is_valid_in(doc.text()));
            if let Some(m) = a.speaker_mention {
                prop_assert!(m.is_valid_in(doc.text()));
            }
        }
    }

    #[test]
    fn suggestions_never_panic_on_any_arrangement_of_speech(input in speechy()) {
        let doc = Document::analyze(&input);
        for a in &doc.annotations {
            prop_assert!(a.span.is_valid_in(doc.text()));
        }
    }

    #[test]
    fn parsing_never_panics_and_blocks_tile_the_text(input in articleish()) {
        let a = Article::parse(&input);
        let mut last = 0;
        for b in &a.blocks {
            prop_assert!(b.span.start >= last, "blocks in order, no overlap");
            prop_assert!(b.span.start < b.span.end, "blocks are not empty");
            prop_assert!(b.span.is_valid_in(&a.text), "on char boundaries");
            // Nothing but white space between blocks: nothing is silently dropped.
            prop_assert!(a.text[last..b.span.start].trim().is_empty(), "gap {:?}", &a.text[last..b.span.start]);
            last = b.span.end;
        }
        prop_assert!(a.text[last..].trim().is_empty());
        for s in a.sentences() {
            prop_assert!(a.blocks.iter().any(|b| b.span.contains(*s)), "sentence inside a block");
            prop_assert!(s.is_valid_in(&a.text));
        }
        for q in a.quotes() {
            prop_assert!(q.span.is_valid_in(&a.text) && q.open.end == q.span.start && q.close.start == q.span.end);
        }
    }

    #[test]
    fn wire_round_trip_keeps_blocks_and_meta(input in articleish()) {
        let doc = Document::from_text(&input);
        let back = json::from_json(&json::to_json(&doc)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back.article, doc.article);
    }

    #[test]
    fn offset_maps_round_trip(input in any::<String>()) {
        let m = OffsetMap::new(&input);
        let (mut cp, mut u16) = (0usize, 0usize);
        for (byte, c) in input.char_indices() {
            prop_assert_eq!(m.byte_to_cp(byte), Ok(cp));
            prop_assert_eq!(m.byte_to_utf16(byte), Ok(u16));
            prop_assert_eq!(m.cp_to_byte(cp), Ok(byte));
            prop_assert_eq!(m.utf16_to_byte(u16), Ok(byte));
            if c.len_utf16() == 2 {
                prop_assert!(m.utf16_to_byte(u16 + 1).is_err(), "inside a surrogate pair");
            }
            cp += 1;
            u16 += c.len_utf16();
        }
        prop_assert_eq!(m.byte_to_cp(input.len()), Ok(cp));
        prop_assert_eq!(m.len_utf16(), u16);
    }

    /// Every DOM offset into a text node, including one between the halves of a surrogate
    /// pair (as a selection can report around an emoji), maps to a character boundary; a
    /// split pair rounds outward; and the mapping agrees with the offset map everywhere else.
    #[test]
    fn dom_offsets_map_to_character_boundaries(input in unicode_mix(), extra in 0usize..3) {
        let m = OffsetMap::new(&input);
        let units: usize = input.encode_utf16().count();
        for u in 0..=units + extra {
            let down = utf16_prefix_to_bytes(&input, u, false);
            let up = utf16_prefix_to_bytes(&input, u, true);
            prop_assert!(input.is_char_boundary(down) && input.is_char_boundary(up));
            prop_assert!(down <= up);
            match m.utf16_to_byte(u.min(units)) {
                Ok(b) => prop_assert!(down == b && up == b, "an exact offset maps exactly"),
                Err(_) => {
                    // Inside a pair: the two roundings bracket exactly one astral character.
                    let c = input[down..].chars().next().unwrap();
                    prop_assert_eq!(c.len_utf16(), 2);
                    prop_assert_eq!(up, down + c.len_utf8());
                }
            }
        }
    }

    /// What the DOM hands over when a paste holds lone surrogates: JavaScript strings may,
    /// Rust strings may not, so the bridge turns each into U+FFFD, which is one UTF-16 unit
    /// like the surrogate was; offsets on either side of it still line up.
    #[test]
    fn lone_surrogates_from_the_dom_keep_offsets_aligned(
        units in proptest::collection::vec(prop_oneof![0xD800u16..0xDC00, 0xDC00u16..0xE000, 0x20u16..0x7F, Just(0x00E9u16), Just(0x05D0u16)], 0..40)
    ) {
        let received = String::from_utf16_lossy(&units);
        prop_assert_eq!(received.encode_utf16().count(), units.len(), "each unit stays one unit, or a valid pair");
        let m = OffsetMap::new(&received);
        for u in 0..=units.len() {
            let b = utf16_prefix_to_bytes(&received, u, false);
            prop_assert!(received.is_char_boundary(b));
            if let Ok(exact) = m.utf16_to_byte(u) {
                prop_assert_eq!(exact, b);
            }
        }
        let doc = Document::from_text(&received);
        prop_assert!(json::from_json(&json::to_json(&doc)).is_ok());
    }
}

/// Text mixing what trips offset code: astral characters, combining marks, right-to-left
/// scripts with their marks, zero-width joiners, and plain ASCII.
fn unicode_mix() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("😀".to_string()), Just("👩‍👩‍👧".to_string()), Just("e\u{301}".to_string()), Just("\u{5e9}\u{5c1}\u{5dc}\u{5d5}\u{5dd}".to_string()),
        Just("\u{627}\u{644}\u{633}\u{644}\u{627}\u{645}".to_string()), Just("\u{200f}".to_string()), Just("\u{10348}".to_string()),
        Just(" ".to_string()), Just("\n".to_string()), "[a-z]{1,4}", any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}
