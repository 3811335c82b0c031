//! Export then import is the identity for Claimlens JSON, W3C and brat, over generated
//! documents with accents, emoji, line breaks, overlaps, links, notes and speakers.

use claimlens::core::export::{self, brat, json, w3c, Format};
use claimlens::core::model::{Annotation, Document, Kind, Origin, Speaker, Stance, Status};
use claimlens::core::text::Span;
use proptest::prelude::*;

fn text_strategy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Zoë".to_string()), Just("said".to_string()), Just("“ça va”".to_string()), Just("😀".to_string()),
        Just("naïve".to_string()), Just("e\u{301}".to_string()), Just("<script>".to_string()), Just("\n\n".to_string()),
        Just("\n".to_string()), Just("Hegseth".to_string()), "[a-z]{1,6}",
    ];
    proptest::collection::vec(word, 8..40).prop_map(|w| format!("Title line\n\n{}", w.join(" ")))
}

#[derive(Debug, Clone)]
struct Spec {
    at: f64,
    len: f64,
    kind: usize,
    stance: Option<usize>,
    note: Option<String>,
    topic: Option<String>,
    status: usize,
    speaker: Option<usize>,
    mention: bool,
    link: Option<usize>,
}

fn spec() -> impl Strategy<Value = Spec> {
    (0.0..1.0f64, 0.0..0.5f64, 0..4usize, proptest::option::of(0..4usize), proptest::option::of("[a-zA-Z <>&“”😀é]{1,12}"),
        proptest::option::of("[a-z ]{1,8}"), 0..3usize, proptest::option::of(0..3usize), any::<bool>(), proptest::option::of(0..8usize))
        .prop_map(|(at, len, kind, stance, note, topic, status, speaker, mention, link)| Spec { at, len, kind, stance, note, topic, status, speaker, mention, link })
}

/// A document built from generated parts; every span on character boundaries.
fn build(text: &str, specs: &[Spec]) -> Document {
    let mut doc = Document::from_text(text);
    let t = doc.text().to_string();
    let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
    let speakers: Vec<Speaker> = (0..3).map(|i| Speaker { id: format!("s{}", i + 1), name: format!("Speaker Ñame {i}"), aliases: vec![], description: None }).collect();
    let mut anns: Vec<Annotation> = Vec::new();
    for (i, s) in specs.iter().enumerate() {
        let n = bounds.len() - 1;
        let a = ((s.at * n as f64) as usize).min(n - 1);
        let b = (a + 1 + (s.len * n as f64) as usize).min(n);
        // Trimmed as tagging trims: brat fragments cannot begin or end on a line break.
        let Some(span) = claimlens::core::model::trim_span(&t, Span::new(bounds[a], bounds[b])) else { continue };
        let kind = Kind::ALL[s.kind];
        if anns.iter().any(|x| x.kind == kind && x.span == span) {
            continue;
        }
        let mut ann = Annotation::user(format!("a{}", i + 1), kind, span);
        ann.stance = s.stance.map(|k| Stance::ALL[k]);
        ann.verdict = s.stance.filter(|_| kind == Kind::Claim).map(|k| claimlens::core::model::Verdict::ALL[k + 1]);
        ann.note = s.note.clone();
        ann.topic = s.topic.clone();
        (ann.origin, ann.status) = match s.status {
            0 => (Origin::User, Status::Accepted),
            1 => (Origin::Suggested, Status::Suggested),
            _ => (Origin::Suggested, Status::Rejected),
        };
        ann.speaker = s.speaker.map(|k| speakers[k].id.clone());
        if s.mention && ann.speaker.is_some() {
            let first = t[span.start..].chars().next().map_or(0, char::len_utf8);
            ann.speaker_mention = Some(Span::new(span.start, span.start + first));
        }
        anns.push(ann);
    }
    let ids: Vec<String> = anns.iter().map(|a| a.id.clone()).collect();
    for (k, s) in specs.iter().enumerate().take(anns.len()) {
        if let Some(l) = s.link.and_then(|l| ids.get(l)) {
            if *l != anns[k].id {
                anns[k].links.push(l.clone());
            }
        }
    }
    doc = Document::from_parts(doc.article.clone(), speakers, anns);
    doc
}

fn sorted(mut v: Vec<Annotation>) -> Vec<Annotation> {
    v.sort_by(|a, b| a.id.cmp(&b.id));
    for a in &mut v {
        a.links.sort();
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn json_round_trip(text in text_strategy(), specs in proptest::collection::vec(spec(), 0..10)) {
        let doc = build(&text, &specs);
        let back = json::from_json(&json::to_json(&doc)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back.article, &doc.article);
        prop_assert_eq!(&back.speakers, &doc.speakers);
        prop_assert_eq!(sorted(back.annotations), sorted(doc.annotations.clone()));
    }

    /// The one-pass reader the app opens documents with gives exactly what the general
    /// reader gives, on files as Claimlens writes them and on files edited by other tools
    /// (members reordered, unknown members, explicit nulls, defaults left out, a repeated key).
    #[test]
    fn json_one_pass_reader_agrees_with_the_tree_reader(text in text_strategy(), specs in proptest::collection::vec(spec(), 0..10), edit in 0usize..6) {
        let doc = build(&text, &specs);
        let written = json::to_json(&doc);
        prop_assert!(json::fast::read(&written).is_some(), "the one-pass reader takes what Claimlens writes");
        let edited = edit_members(&written, edit);
        prop_assert!(json::fast::read(&edited).is_some(), "the one-pass reader takes edit {}", edit);
        for input in [written.clone(), json::to_json_pretty(&doc), edited] {
            let tree = json::from_json_tree(&input).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let both = json::from_json(&input).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&both.article, &tree.article);
            prop_assert_eq!(&both.speakers, &tree.speakers);
            prop_assert_eq!(&both.annotations, &tree.annotations);
            if let Some(fast) = json::fast::read(&input) {
                prop_assert_eq!(json::read_wire_tree(&input), Ok(fast));
            }
        }
    }

    /// On a damaged file the one-pass reader never takes what the general reader refuses.
    #[test]
    fn json_one_pass_reader_takes_nothing_the_tree_reader_refuses(text in text_strategy(), specs in proptest::collection::vec(spec(), 0..6), at in 0.0..1.0f64, junk in "[\\[\\]{}\",:0-9a-z\\\\ ]{0,3}", cut in any::<bool>()) {
        let written = json::to_json(&build(&text, &specs));
        let mut i = ((written.len() as f64) * at) as usize;
        while !written.is_char_boundary(i) {
            i -= 1;
        }
        let damaged = if cut {
            let mut j = (i + junk.len().max(1)).min(written.len());
            while !written.is_char_boundary(j) {
                j += 1;
            }
            format!("{}{}", &written[..i], &written[j..])
        } else {
            format!("{}{junk}{}", &written[..i], &written[i..])
        };
        if let Some(fast) = json::fast::read(&damaged) {
            prop_assert_eq!(json::read_wire_tree(&damaged), Ok(fast));
        }
    }

    #[test]
    fn w3c_round_trip(text in text_strategy(), specs in proptest::collection::vec(spec(), 0..10)) {
        let doc = build(&text, &specs);
        let out = String::from_utf8(export::export(&doc, Format::W3c)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = w3c::import(&out, None).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(back.orphans.is_empty(), "{:?}", back.orphans);
        prop_assert_eq!(&back.doc.article, &doc.article);
        prop_assert_eq!(&back.doc.speakers, &doc.speakers);
        prop_assert_eq!(sorted(back.doc.annotations), sorted(doc.annotations.clone()));
    }

    #[test]
    fn brat_round_trip(text in text_strategy(), specs in proptest::collection::vec(spec(), 0..10)) {
        let doc = build(&text, &specs);
        let zip = export::export(&doc, Format::Brat);
        let back = brat::import_zip(&zip, None).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(back.orphans.is_empty(), "{:?}", back.orphans);
        prop_assert_eq!(back.doc.text(), doc.text());
        // brat keeps the speakers annotations refer to (ids and names; it has no aliases).
        let used: Vec<&Speaker> = doc.speakers.iter().filter(|s| doc.annotations.iter().any(|a| a.speaker.as_deref() == Some(&s.id))).collect();
        let mut got: Vec<&Speaker> = back.doc.speakers.iter().collect();
        got.sort_by(|a, b| a.id.cmp(&b.id));
        prop_assert_eq!(got, used);
        prop_assert_eq!(sorted(back.doc.annotations), sorted(doc.annotations.clone()));
    }
}

/// The autosave leaves out an annotation's absent fields (null, no links) and the origin and
/// status readers assume (a person's own, accepted), which the download spells out; both
/// read back as the same document.
#[test]
fn the_autosave_leaves_out_absent_fields_and_reads_back_the_same() {
    let mut doc = Document::from_text("Title\n\nZoë said “ça va” and left.");
    let i = doc.text().find("ça va").expect("text");
    doc.tag(Kind::Quote, Span::new(i, i + "ça va".len())).expect("tag");
    let compact = json::to_json(&doc);
    let pretty = json::to_json_pretty(&doc);
    // A person's own annotation: its origin and status are what a reader assumes.
    for absent in ["cue", "stance", "topic", "note", "links", "origin", "status"] {
        assert!(!compact.contains(&format!("\"{absent}\":")), "{absent} in {compact}");
        assert!(pretty.contains(&format!("\"{absent}\":")), "{absent} not in {pretty}");
    }
    assert!(compact.len() < pretty.len());
    let (a, b) = (json::from_json(&compact).expect("compact"), json::from_json(&pretty).expect("pretty"));
    assert_eq!(a.annotations, b.annotations);
    assert_eq!(json::from_json_tree(&compact).expect("tree").annotations, b.annotations);
    // A suggestion keeps them, and one a person rejected keeps its status.
    let mut doc = Document::analyze("Headline\n\nThe minister said: “Taxes will fall by 3% in 2026.” Then he left.");
    let ids: Vec<String> = doc.annotations.iter().map(|a| a.id.clone()).collect();
    assert!(ids.len() >= 2, "{:?}", doc.annotations);
    doc.review(&ids[..1], Status::Rejected).expect("review");
    let compact = json::to_json(&doc);
    assert!(compact.contains(r#""origin":"suggested","status":"rejected""#), "{compact}");
    assert!(compact.contains(r#""origin":"suggested","status":"suggested""#), "{compact}");
    let back = json::from_json(&compact).expect("compact");
    assert_eq!(back.annotations, doc.annotations);
    assert_eq!(json::from_json_tree(&compact).expect("tree").annotations, doc.annotations);
    let mut doc = back;
    doc.review(&ids[..1], Status::Accepted).expect("review");
    let compact = json::to_json(&doc);
    assert!(!compact.contains(r#""status":"accepted""#), "{compact}");
    assert_eq!(json::from_json(&compact).expect("accepted").annotations, doc.annotations);
}

#[test]
fn offsets_differ_by_unit_as_each_format_says() {
    let mut doc = Document::from_text("Title 😀\n\nZoë said “ça va” — 🇫🇷 fine.");
    let i = doc.text().find("ça va").expect("text");
    doc.tag(Kind::Quote, Span::new(i, i + "ça va".len())).expect("tag");
    // Code points: "Title 😀\n\nZoë said “" is 19 code points (20 UTF-16 units, 24 bytes).
    let w3c = String::from_utf8(export::export(&doc, Format::W3c)).expect("utf8");
    assert!(w3c.contains("\"start\": 19") && w3c.contains("\"end\": 24"), "{w3c}");
    let csv = String::from_utf8(export::export(&doc, Format::Csv)).expect("utf8");
    assert!(csv.contains(",19,24,"), "{csv}");
    let zip = export::export(&doc, Format::Brat);
    let files = claimlens::core::export::zip::read(&zip).expect("zip");
    let ann = String::from_utf8(files[1].1.clone()).expect("ann");
    assert!(ann.starts_with("T1\tQuote 19 24\tça va\n"), "{ann}");
}

#[test]
fn markdown_and_csv_escape_hostile_text() {
    let mut doc = Document::from_text("Headline\n\n=HYPERLINK(\"x\") and <img src=x onerror=alert(1)> said *bold* | pipe");
    let t = doc.text().to_string();
    let i = t.find("=HYPERLINK").expect("text");
    doc.tag(Kind::Claim, Span::new(i, t.len())).expect("tag");
    let csv = String::from_utf8(export::export(&doc, Format::Csv)).expect("utf8");
    assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")"), "formula neutralised and quoted: {csv}");
    let md = String::from_utf8(export::export(&doc, Format::Markdown)).expect("utf8");
    assert!(md.contains("\\<img src=x onerror=alert(1)\\>") && md.contains("\\*bold\\*") && md.contains("\\| pipe"), "{md}");
}

#[test]
fn the_markdown_report_puts_people_first_and_names_an_unnamed_speaker_by_their_words() {
    let doc = Document::analyze(
        "Trade row\n\nSpeaking on Tuesday, the prime minister said: “We will act calmly.”\n\n“It is a day of shame,” Kemi Badenoch said.",
    );
    let md = String::from_utf8(export::export(&doc, Format::Markdown)).expect("utf8");
    let (person, nobody) = (md.find("### Kemi Badenoch").expect("person"), md.find("### Unattributed").expect("unattributed"));
    assert!(person < nobody, "{md}");
    assert!(md.contains("“We will act calmly.” — said by the prime minister (unnamed)"), "{md}");
    let html = String::from_utf8(export::export(&doc, Format::Html)).expect("utf8");
    assert!(html.contains("“We will act calmly.” — said by the prime minister (unnamed)"), "the HTML view says so too");
}

#[test]
fn reanchors_on_an_edited_text_and_lists_orphans() {
    let original = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/guardian-hegseth-2025-02-13.txt")).expect("fixture");
    let doc = Document::analyze(&original);
    let w3c = String::from_utf8(export::export(&doc, Format::W3c)).expect("utf8");
    // The article as another site shows it: text inserted at the top, straight quotes,
    // one sentence rewritten, one paragraph gone.
    let edited = format!("Breaking news banner\n\n{}", original)
        .replace("“We know who the good guys are and who the bad guys are,”", "\"We know who the good guys are and who the bad guys are,\"")
        .replace("Russia was suspended from the group – then the G8 – in 2014", "Russia was suspended from the G8 group in 2014")
        .replace("“wants peace”", "“wants a peace”");
    let edited = edited.replace(&edited[edited.find("Those present").expect("para")..edited.find("Share:\n\nMore").expect("end")], "");
    let got = w3c::import(&w3c, Some(&edited)).expect("import");
    let quotes: Vec<&str> = got.doc.annotations.iter().filter(|a| a.kind == Kind::Quote).map(|a| got.doc.quote_of(a)).collect();
    assert!(quotes.contains(&"We know who the good guys are and who the bad guys are,") == false, "that paragraph was removed");
    assert!(quotes.contains(&"wants a peace"), "fuzzy: {quotes:?}");
    assert!(got.reanchored >= 10, "moved by the inserted banner: {}", got.reanchored);
    assert!(got.orphans.iter().any(|o| o.contains("a chorus of voices")), "{:?}", got.orphans);
    for a in &got.doc.annotations {
        assert!(a.span.is_valid_in(got.doc.text()));
    }
}

#[test]
fn tool_formats_count_offsets_in_their_units() {
    let mut doc = Document::from_text("Title 😀\n\nZoë said “ça va” — 🇫🇷 fine.");
    let i = doc.text().find("ça va").expect("text");
    doc.tag(Kind::Quote, Span::new(i, i + "ça va".len())).expect("tag");
    let doccano: serde_json::Value = serde_json::from_slice(&export::export(&doc, Format::Doccano)).expect("jsonl line");
    // UTF-16: the emoji counts twice, so 20..25 where code points say 19..24.
    assert_eq!(doccano["entities"][0]["start_offset"], 20);
    assert_eq!(doccano["entities"][0]["end_offset"], 25);
    let text16: Vec<u16> = doc.text().encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&text16[20..25]), "ça va");
    let hyp: serde_json::Value = serde_json::from_slice(&export::export(&doc, Format::Hypothesis)).expect("json");
    assert_eq!(hyp[0]["target"][0]["selector"][1]["start"], 20);
    assert_eq!(hyp[0]["target"][0]["selector"][0]["exact"], "ça va");
    let ls: serde_json::Value = serde_json::from_slice(&export::export(&doc, Format::LabelStudio)).expect("json");
    let region = &ls[0]["annotations"][0]["result"][0];
    assert_eq!((region["value"]["start"].as_u64(), region["value"]["labels"][0].as_str()), (Some(19), Some("Quote")));
    let cfg = String::from_utf8(export::export(&doc, Format::LabelStudioConfig)).expect("xml");
    assert!(cfg.contains("<Label value=\"Quote\"") && cfg.contains("perRegion=\"true\""));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn share_link_round_trip(text in text_strategy(), specs in proptest::collection::vec(spec(), 0..10)) {
        use claimlens::core::share;
        let doc = build(&text, &specs);
        let back = share::decode(&share::encode(&doc)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back.article, &doc.article);
        prop_assert_eq!(&back.speakers, &doc.speakers);
        prop_assert_eq!(sorted(back.annotations), sorted(doc.annotations.clone()));
    }

    #[test]
    fn any_link_decodes_or_errs_without_panicking(data in proptest::collection::vec(any::<u8>(), 0..400), s in ".{0,200}") {
        use claimlens::core::share;
        let _ = share::decode(&s);
        let _ = share::decode(&share::base64url_encode(&data));
        // A valid version byte and deflate header followed by noise.
        let mut v = vec![1u8];
        v.extend(&data);
        let _ = share::decode(&share::base64url_encode(&v));
    }

    #[test]
    fn any_cut_or_flipped_link_is_an_error_or_a_valid_document(cut in 0.0..1.0f64, flip in 0usize..2000, bit in 0u8..8) {
        use claimlens::core::share;
        let doc = Document::analyze(include_str!("../data/guardian-hegseth-2025-02-13.txt"));
        let link = share::encode(&doc);
        let n = ((link.len() as f64) * cut) as usize;
        if let Ok(d) = share::decode(&link[..n]) {
            prop_assert!(d.annotations.iter().all(|a| a.span.is_valid_in(d.text())));
        }
        let mut bytes = share::base64url_decode(&link).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let i = flip % bytes.len();
        bytes[i] ^= 1 << bit;
        if let Ok(d) = share::decode(&share::base64url_encode(&bytes)) {
            prop_assert!(d.annotations.iter().all(|a| a.span.is_valid_in(d.text())));
        }
    }
}

#[test]
fn html_view_escapes_everything_and_embeds_the_document() {
    use claimlens::core::export::html;
    let mut doc = Document::from_text("Title </script><script>alert(1)</script>\n\nShe said “<img src=x onerror=alert(2)>” & left.");
    let t = doc.text().to_string();
    let i = t.find("<img").expect("text");
    let id = doc.tag(Kind::Quote, Span::new(i, i + "<img src=x onerror=alert(2)>".len())).expect("tag");
    let mut a = doc.annotation(&id).expect("a").clone();
    a.note = Some("note with </script> and <b>bold</b>".into());
    doc.apply(claimlens::core::model::Edit::ReplaceAnnotation(a)).expect("note");
    let out = String::from_utf8(export::export(&doc, Format::Html)).expect("utf8");
    // Exactly one script element (the data block), and no markup from the article.
    assert_eq!(out.matches("<script").count(), 1, "{out}");
    assert_eq!(out.matches("</script>").count(), 1);
    assert!(!out.contains("<img") && out.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(out.contains("<mark class=\"k-quote\" id=\"a1\""));
    let back = json::from_json(html::embedded_json(&out).expect("embedded")).expect("json");
    assert_eq!(back.text(), doc.text());
    assert_eq!(back.annotations, doc.annotations);
}

/// A timed transcript's label lines are labels in the article and in the HTML view; with a
/// single such line there is no transcript, and it stays a paragraph.
#[test]
fn transcript_label_lines_are_set_off_as_labels() {
    let doc = Document::analyze("Debate\n\nDana Reyes: (00:05)\n\nGood evening.\n\nTom Delgado: (01:58)\n\nThat number is a fantasy.");
    let labels = doc.article.turn_labels();
    let flagged: Vec<&str> = doc.blocks().iter().zip(&labels).filter(|(_, &l)| l).filter_map(|(b, _)| b.span.slice(doc.text())).collect();
    assert_eq!(flagged, ["Dana Reyes: (00:05)", "Tom Delgado: (01:58)"]);
    let out = String::from_utf8(export::export(&doc, Format::Html)).expect("utf8");
    assert_eq!(out.matches("<p class=\"paragraph turn-label\">").count(), 2, "{out}");
    // "¶ 2" in the list is the second paragraph of what was said, not of the label lines too.
    let ordinals = doc.article.block_ordinals();
    let said = doc.text().find("That number").expect("turn");
    assert_eq!(doc.article.place_of(said, &ordinals), Some((claimlens::core::article::BlockKind::Paragraph, 2)));
    let lone = Document::analyze("Debate\n\nDana Reyes: (00:05)\n\nGood evening.");
    assert!(lone.article.turn_labels().iter().all(|&l| !l));
}

#[test]
fn a_transcripts_speaker_labels_opening_its_turns_are_set_off() {
    let doc = Document::analyze("Debate\n\nTAPPER: Do you think the plan works?\n\nFALLIN: I think it cut costs.\n\nTAPPER: Thank you.");
    let out = String::from_utf8(export::export(&doc, Format::Html)).expect("utf8");
    // The label is set off inside its turn, outside the quotation that follows it.
    assert_eq!(out.matches("<b class=\"turn\">TAPPER: </b>").count(), 2, "{out}");
    assert_eq!(out.matches("<b class=\"turn\">FALLIN: </b>").count(), 1, "{out}");
    let plain = Document::analyze("Debate\n\nUPDATE: The vote is today.\n\nHe said no.");
    assert!(!String::from_utf8(export::export(&plain, Format::Html)).expect("utf8").contains("class=\"turn\""));
}

#[test]
fn claimreview_lists_rated_claims_with_claimant_and_rating() {
    use claimlens::core::model::Verdict;
    let mut doc = Document::analyze(include_str!("../data/guardian-hegseth-2025-02-13.txt"));
    let claim = doc.annotations.iter().find(|a| a.kind == Kind::Claim && doc.quote_of(a).starts_with("About a sixth")).cloned().expect("claim");
    doc.apply(claimlens::core::model::Edit::ReplaceAnnotation(Annotation { verdict: Some(Verdict::MostlyTrue), ..claim })).expect("rate");
    let v: serde_json::Value = serde_json::from_slice(&export::export(&doc, Format::ClaimReview)).expect("json");
    let reviews = v.as_array().expect("array");
    assert_eq!(reviews.len(), 1, "only rated claims");
    let r = &reviews[0];
    assert_eq!(r["@type"], "ClaimReview");
    assert_eq!(r["claimReviewed"], "About a sixth of Ukraine’s territory is occupied by Russia");
    assert_eq!(r["reviewRating"]["ratingValue"], 4);
    assert_eq!(r["reviewRating"]["alternateName"], "Mostly true");
    assert_eq!(r["itemReviewed"]["appearance"]["datePublished"], "2025-02-13T19:13");
    assert_eq!(r["itemReviewed"]["author"]["@type"], "Organization");
}

/// Regression (found by the brat property test): a speaker mention's T number collided
/// with an annotation whose id number lay above the annotation count.
#[test]
fn brat_mention_numbers_do_not_collide_with_annotation_ids() {
    let mut doc = Document::from_text("Title line\n\nZoë said it. Hegseth said more.");
    let t = doc.text().to_string();
    let sp = Speaker { id: "s1".into(), name: "Zoë".into(), aliases: vec![], description: None };
    let z = t.find("Zoë").expect("text");
    let mut a1 = Annotation::user("a1".into(), Kind::Claim, Span::new(z, z + "Zoë said it".len()));
    a1.speaker = Some("s1".into());
    a1.speaker_mention = Some(Span::new(z, z + "Zoë".len()));
    let h = t.find("Hegseth").expect("text");
    let a4 = Annotation::user("a4".into(), Kind::Quote, Span::new(h, h + "Hegseth".len()));
    doc = Document::from_parts(doc.article.clone(), vec![sp], vec![a1, a4]);
    let back = brat::import_zip(&export::export(&doc, Format::Brat), None).expect("import");
    assert_eq!(sorted(back.doc.annotations), sorted(doc.annotations.clone()));
}

/// A Claimlens JSON file as another tool might leave it, edit number `which`: members of
/// each object in reverse order (format and version kept first), an unknown member in every
/// annotation, explicit nulls, defaults left out, or a repeated key whose last value counts.
fn edit_members(written: &str, which: usize) -> String {
    use claimlens::core::json::{self as syntax, Object, Value};
    fn rebuild(o: &Object, f: &dyn Fn(Vec<(String, Value)>) -> Vec<(String, Value)>) -> Value {
        let mut out = Object::new();
        for (k, v) in f(o.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()) {
            out.insert(k, v);
        }
        Value::Object(out)
    }
    let Ok(Value::Object(top)) = syntax::parse(written) else { return written.to_string() };
    let annotation = |v: &Value| -> Value {
        let Some(o) = v.as_object() else { return v.clone() };
        match which {
            0 => rebuild(o, &|mut m| {
                m.reverse();
                m
            }),
            1 => rebuild(o, &|mut m| {
                m.insert(1, ("zz_future".into(), syntax::parse(r#"{"a":[1,null,"x",{"b":true}]}"#).expect("json")));
                m
            }),
            2 => rebuild(o, &|mut m| {
                for key in ["speaker", "topic", "note", "stance", "cue"] {
                    if !m.iter().any(|(k, _)| k == key) {
                        m.push((key.into(), Value::Null));
                    }
                }
                m
            }),
            3 => rebuild(o, &|m| m.into_iter().filter(|(k, v)| !(k == "origin" && v.as_str() == Some("user")) && !(k == "status" && v.as_str() == Some("accepted"))).collect()),
            4 => rebuild(o, &|mut m| {
                m.push(("note".into(), Value::from("the last note counts")));
                m
            }),
            _ => v.clone(),
        }
    };
    let members: Vec<(String, Value)> = top
        .iter()
        .map(|(k, v)| {
            let v = match (k, v) {
                ("annotations", Value::Array(items)) => Value::Array(items.iter().map(annotation).collect()),
                _ => v.clone(),
            };
            (k.to_string(), v)
        })
        .collect();
    let (head, mut rest) = (members[..2].to_vec(), members[2..].to_vec());
    if which == 0 {
        rest.reverse();
    }
    let mut out = Object::new();
    for (k, v) in head.into_iter().chain(rest) {
        out.insert(k, v);
    }
    syntax::to_string(&Value::Object(out))
}
