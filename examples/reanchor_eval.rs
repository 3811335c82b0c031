//! Measures re-anchoring: each article's suggested annotations are exported as W3C, the
//! text is edited four ways, and the annotations imported onto the edited text. An
//! annotation counts as right when it lands exactly on its words' new place, or is reported
//! as an orphan when its words were deleted.
//!   cargo run --release --example reanchor_eval -- DIR [DIR …]   (folders of .txt articles)

use claimlens::core::export::{self, w3c, Format};
use claimlens::core::model::Document;
use claimlens::core::text::Span;

/// An edit: replace `range` (bytes of the original) with `with`.
type Edit = (Span, String);

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: reanchor_eval DIR [DIR …]");
        std::process::exit(2);
    }
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for d in &dirs {
        let Ok(rd) = std::fs::read_dir(d) else { continue };
        files.extend(rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")));
    }
    files.sort();
    let kinds: [(&str, fn(&Document) -> Vec<Edit>); 5] = [
        ("inserted paragraph", insert_paragraph),
        ("deleted sentence", delete_sentence),
        ("reflowed white space", reflow),
        ("straight quote marks", straighten_quotes),
        ("all four together", all_four),
    ];
    println!("{} articles", files.len());
    for (name, make) in kinds {
        let (mut total, mut right, mut orphans, mut wrong) = (0, 0, 0, 0);
        for f in &files {
            let Ok(text) = std::fs::read_to_string(f) else { continue };
            let doc = Document::analyze(&text);
            if doc.annotations.is_empty() {
                continue;
            }
            let edits = make(&doc);
            let (edited, map) = apply(doc.text(), &edits);
            let collection = String::from_utf8(export::export(&doc, Format::W3c)).unwrap_or_default();
            let Ok(got) = w3c::import(&collection, Some(&edited)) else { continue };
            for a in &doc.annotations {
                total += 1;
                let expected = map(a.span);
                let found = got.doc.annotation(&a.id).map(|b| b.span);
                match (expected, found) {
                    (None, None) => {
                        right += 1;
                        orphans += 1;
                    }
                    (Some(e), Some(f)) if e == f => right += 1,
                    _ => wrong += 1,
                }
            }
        }
        println!(
            "{name:<22} {right:>6} of {total:<6} right ({:.1}%), {orphans} correctly orphaned, {wrong} wrong or lost",
            100.0 * right as f64 / total.max(1) as f64
        );
    }
}

/// Applies edits (sorted, not overlapping) and returns the new text and a map from old spans
/// to new ones (`None` where an edit removed part of the span's words).
fn apply(text: &str, edits: &[Edit]) -> (String, impl Fn(Span) -> Option<Span>) {
    let mut out = String::new();
    let mut last = 0;
    let mut table: Vec<(Span, usize, usize)> = Vec::new(); // old range, new start, new end
    for (range, with) in edits {
        out.push_str(&text[last..range.start]);
        let start = out.len();
        out.push_str(with);
        table.push((*range, start, out.len()));
        last = range.end;
    }
    out.push_str(&text[last..]);
    let map = move |s: Span| -> Option<Span> {
        let point = |p: usize, is_end: bool| -> usize {
            let mut delta: isize = 0;
            for (r, ns, ne) in &table {
                if r.end <= p && !(is_end && r.start == p && r.end == p) {
                    delta = *ne as isize - r.end as isize;
                } else if r.start < p && p < r.end {
                    return if is_end { *ne } else { *ns };
                } else if r.start >= p {
                    break;
                }
            }
            (p as isize + delta) as usize
        };
        // A deletion that takes any of the span's words makes it an orphan.
        if table.iter().any(|(r, ns, ne)| ns == ne && !r.is_empty() && r.overlaps(s)) {
            return None;
        }
        Some(Span::new(point(s.start, false), point(s.end, true)))
    };
    (out, map)
}

fn insert_paragraph(doc: &Document) -> Vec<Edit> {
    let at = doc.blocks().get(1).map_or(0, |b| b.span.start);
    vec![(Span::new(at, at), "Editor’s note: this article was updated to add new comment.\n\n".into())]
}

fn delete_sentence(doc: &Document) -> Vec<Edit> {
    let s = doc.article.sentences().get(doc.article.sentences().len() / 2).copied();
    s.map(|s| vec![(s, String::new())]).unwrap_or_default()
}

fn reflow(doc: &Document) -> Vec<Edit> {
    let t = doc.text();
    let mut edits = Vec::new();
    for (i, m) in t.match_indices("\n\n") {
        edits.push((Span::new(i, i + m.len()), "\n".to_string()));
    }
    for (i, _) in t.match_indices(". ") {
        edits.push((Span::new(i + 1, i + 2), "  ".to_string()));
    }
    edits.sort_by_key(|e| e.0.start);
    edits.dedup_by(|a, b| a.0.start < b.0.end);
    edits
}

fn straighten_quotes(doc: &Document) -> Vec<Edit> {
    doc.text().char_indices().filter(|(_, c)| matches!(c, '“' | '”')).map(|(i, c)| (Span::new(i, i + c.len_utf8()), "\"".to_string())).collect()
}

fn all_four(doc: &Document) -> Vec<Edit> {
    let mut e: Vec<Edit> = [insert_paragraph(doc), delete_sentence(doc), reflow(doc), straighten_quotes(doc)].concat();
    e.sort_by_key(|x| (x.0.start, x.0.end));
    let mut out: Vec<Edit> = Vec::new();
    for x in e {
        if out.last().is_none_or(|l| x.0.start >= l.0.end && !(x.0.is_empty() && x.0.start == l.0.start)) {
            out.push(x);
        }
    }
    out
}
