//! The real pasted article in tests/data parses exactly as its .expected.json says.

use claimlens::core::article::{Article, BlockKind};

fn load() -> (Article, serde_json::Value) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");
    let text = std::fs::read_to_string(format!("{dir}guardian-hegseth-2025-02-13.txt")).expect("fixture text");
    let expected = std::fs::read_to_string(format!("{dir}guardian-hegseth-2025-02-13.expected.json")).expect("expected");
    (Article::parse(&text), serde_json::from_str(&expected).expect("expected json"))
}

#[test]
fn metadata() {
    let (a, e) = load();
    let m = &e["metadata"];
    assert_eq!(a.meta.title.as_deref(), m["title"].as_str());
    let authors: Vec<&str> = m["authors"].as_array().expect("authors").iter().filter_map(|v| v.as_str()).collect();
    assert_eq!(a.meta.authors, authors);
    assert_eq!(a.meta.dateline.as_deref(), m["dateline"].as_str());
    assert_eq!(a.meta.published.as_deref(), m["published"].as_str());
}

#[test]
fn furniture_lines_and_body_paragraphs() {
    let (a, e) = load();
    // Every line of the file, numbered from 1, with the kind of the block on it.
    let mut line_kind = std::collections::BTreeMap::new();
    for b in &a.blocks {
        let line = a.text[..b.span.start].matches('\n').count() + 1;
        line_kind.insert(line, b.kind);
    }
    // The expected file names the furniture by line number: "(lines 3 and 5 …)", "(line 11 …)".
    let mut furniture_lines = Vec::new();
    for entry in e["boilerplate_lines"].as_array().expect("list") {
        let s = entry.as_str().expect("str");
        let note = &s[s.rfind('(').expect("a line note")..];
        furniture_lines.extend(note.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse::<usize>().ok()));
    }
    assert_eq!(furniture_lines.len(), 8, "{furniture_lines:?}");
    for line in &furniture_lines {
        let kind = line_kind.get(line).copied();
        assert!(kind.is_some_and(BlockKind::is_furniture), "line {line} should be furniture, is {kind:?}");
    }
    let body: Vec<&str> = a
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| &a.text[b.span.start..b.span.end])
        .collect();
    assert_eq!(body.len(), e["body_paragraphs"].as_u64().expect("n") as usize, "{body:#?}");
    for (p, first) in body.iter().zip(e["body_paragraph_first_words"].as_array().expect("firsts")) {
        assert!(p.starts_with(first.as_str().expect("str")), "{p}");
    }
    // Nothing else is furniture, and the title is the first line.
    let furniture = a.blocks.iter().filter(|b| b.kind.is_furniture()).count();
    assert_eq!(furniture, furniture_lines.len());
    assert_eq!(a.blocks[0].kind, BlockKind::Title);
}

#[test]
fn all_thirteen_quotations() {
    let (a, e) = load();
    let found: Vec<&str> = a.quotes().iter().filter(|q| !q.nested).map(|q| &a.text[q.span.start..q.span.end]).collect();
    let want: Vec<&str> = e["quotes"].as_array().expect("quotes").iter().map(|q| q["text"].as_str().expect("text")).collect();
    assert_eq!(found, want);
}

#[test]
fn sentences_lie_inside_paragraphs_and_never_end_on_a_title() {
    let (a, _) = load();
    assert!(a.sentences().len() > 25, "{}", a.sentences().len());
    for s in a.sentences() {
        let inside = a.blocks.iter().any(|b| b.span.contains(*s));
        assert!(inside, "sentence {s:?} outside every block");
        let text = &a.text[s.start..s.end];
        assert!(!text.ends_with("Mr.") && !text.ends_with("Dr."), "{text}");
    }
}

#[test]
fn thirteen_quotations_with_their_speakers() {
    use claimlens::core::model::{Document, Kind, Origin, Status};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");
    let text = std::fs::read_to_string(format!("{dir}guardian-hegseth-2025-02-13.txt")).expect("fixture text");
    let (_, e) = load();
    let doc = Document::analyze(&text);
    let quotes: Vec<_> = doc.annotations.iter().filter(|a| a.kind == Kind::Quote).collect();
    let got: Vec<(&str, Option<&str>)> = quotes
        .iter()
        .map(|a| (doc.quote_of(a), a.speaker.as_deref().and_then(|s| doc.speaker(s)).map(|s| s.name.as_str())))
        .collect();
    let want: Vec<(&str, Option<&str>)> = e["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .map(|q| (q["text"].as_str().expect("text"), q["speaker"].as_str()))
        .collect();
    assert_eq!(got, want);
    assert!(quotes.iter().all(|a| a.origin == Origin::Suggested && a.status == Status::Suggested));
    // Every quotation with a speaker says which words name them.
    assert!(quotes.iter().filter(|a| a.speaker.is_some()).all(|a| a.speaker_mention.is_some()));

    let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
    for s in e["speakers"].as_array().expect("speakers") {
        assert!(names.contains(&s["name"].as_str().expect("name")), "{names:?} lacks {s}");
    }
    assert!(!names.iter().any(|n| n.contains("Sabbagh")), "the author is not a speaker: {names:?}");
    let hegseth = doc.speakers.iter().find(|s| s.name == "Pete Hegseth").expect("Hegseth");
    for alias in ["Hegseth", "The US defence secretary", "Pentagon chief"] {
        assert!(hegseth.aliases.iter().any(|a| a == alias), "{:?} lacks {alias}", hegseth.aliases);
    }
    let peskov = doc.speakers.iter().find(|s| s.name == "Dmitry Peskov").expect("Peskov");
    assert!(peskov.aliases.iter().any(|a| a == "The Kremlin spokesperson"));
}
