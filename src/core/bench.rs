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
