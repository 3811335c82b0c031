//! Inputs for benchmarks, shared by the native benchmark and the in-browser one so both
//! measure the same work.

/// A realistic pasted article of at least `words` words: the sample's header and furniture
/// once, then its body paragraphs repeated.
pub fn article_of_words(sample: &str, words: usize) -> String {
    let body: Vec<&str> = sample.lines().filter(|l| l.split_whitespace().count() > 30).collect();
    let mut out = String::from(sample);
    let mut count = sample.split_whitespace().count();
    let mut i = 0;
    while count < words && !body.is_empty() {
        let p = body[i % body.len()];
        out.push_str("\n\n");
        out.push_str(p);
        count += p.split_whitespace().count();
        i += 1;
    }
    out
}

/// `text` with `n` of the person's annotations on runs of three words, spread evenly and
/// cycling through the kinds: the document the export and render benchmarks use.
pub fn document_with_annotations(text: &str, n: usize) -> crate::core::model::Document {
    use crate::core::model::{Document, Kind};
    use crate::core::text::Span;
    let mut doc = Document::from_text(text);
    let base = doc.text().as_ptr() as usize;
    let words: Vec<Span> = doc
        .text()
        .split_whitespace()
        .map(|w| {
            let start = w.as_ptr() as usize - base;
            Span::new(start, start + w.len())
        })
        .collect();
    let step = (words.len() / n.max(1)).max(1);
    for (i, at) in (0..words.len()).step_by(step).take(n).enumerate() {
        let end = words.get(at + 2).map_or(words[at].end, |x| x.end);
        let _ = doc.tag(Kind::ALL[i % 4], Span::new(words[at].start, end));
    }
    doc
}
