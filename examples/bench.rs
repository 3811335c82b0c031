//! Native benchmark: prints how long the core takes on a 10,000-word article.
//! Run with `make bench` (or `cargo run --release --example bench`).

use std::time::Instant;

use claimlens::core::article::Article;
use claimlens::core::bench::article_of_words;
use claimlens::core::export::{self, w3c, Format};

const SAMPLE: &str = include_str!("../static/sample.txt");

fn main() {
    let text = article_of_words(SAMPLE, 10_000);
    let words = text.split_whitespace().count();
    let article = Article::parse(&text);
    println!(
        "article: {words} words, {} KB, {} blocks, {} sentences, {} quotations",
        text.len() / 1024,
        article.blocks.len(),
        article.sentences().len(),
        article.quotes().len()
    );
    report("parse (blocks, meta, sentences, quotations)", 200, || {
        let a = Article::parse(&text);
        a.blocks.len() + a.sentences().len() + a.quotes().len()
    });
    report("suggest (quotations, speakers, claims, positions) on a parsed article", 200, || claimlens::core::suggest::suggest(&article).annotations.len());
    let s = claimlens::core::suggest::suggest(&article);
    println!("        suggestions: {} annotations, {} speakers", s.annotations.len(), s.speakers.len());
    // The worst shape a paste can have: the largest allowed (1 MB) as one paragraph, with
    // quotations and cues but no full stop, so no sentence ever ends.
    let run_on = format!("Run-on\n\n{}", "Officials, who said “it is fine” and he said “not so” while the senator argued “maybe” ".repeat(11_000));
    let cut = (0..=1_000_000.min(run_on.len())).rev().find(|&i| run_on.is_char_boundary(i)).unwrap_or(0);
    let run_on = &run_on[..cut];
    let parsed = Article::parse(run_on);
    println!("one 1 MB paragraph without a full stop: {} quotations", parsed.quotes().len());
    report("parse and suggest it", 3, || claimlens::core::suggest::suggest(&Article::parse(run_on)).annotations.len());
    // 1 MB of quotations by thousands of different people: every rule that compares people
    // with people must stay close to linear (one that did not took a minute here).
    let mut names = String::from("Names\n\n");
    let syllables = ["ba", "ko", "ri", "tu", "me", "sa", "lo", "vi", "de", "nu", "pa", "ge"];
    let mut n = 0usize;
    while names.len() < 1_000_000 {
        let name = |k: usize| {
            let w: String = (0..4).map(|j| syllables[(k / 12usize.pow(j)) % 12]).collect();
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        };
        names.push_str(&format!("“Yes,” {} said. {} {} said “no”. ", name(n), name(n + 1), name(n + 2)));
        n += 3;
    }
    let people = Article::parse(&names);
    println!("1 MB naming {} different people: {} quotations", n.min(12usize.pow(4)), people.quotes().len());
    report("parse and suggest it", 3, || claimlens::core::suggest::suggest(&Article::parse(&names)).annotations.len());

    // 2,000 annotations: every few words of the article, of every kind.
    let doc = claimlens::core::bench::document_with_annotations(&text, 2_000);
    println!("document with {} annotations", doc.annotations.len());
    for f in Format::ALL {
        report(&format!("export {}", f.name()), 20, || export::export(&doc, f).len());
    }
    // What every start does: read the saved document back.
    let saved = claimlens::core::export::json::to_json(&doc);
    report("open the saved document (Claimlens JSON)", 20, || claimlens::core::export::json::from_json(&saved).map(|d| d.annotations.len()).unwrap_or(0));
    let w3c = String::from_utf8(export::export(&doc, Format::W3c)).unwrap_or_default();
    // The same article as another site shows it: a paragraph inserted at the top and straight quotes.
    let edited = format!("Editor’s note: updated.\n\n{}", doc.text()).replace(['“', '”'], "\"");
    let got = w3c::import(&w3c, Some(&edited)).expect("import");
    println!("        re-anchored {} of {}, {} orphans", got.reanchored, doc.annotations.len(), got.orphans.len());
    report("re-anchor 2,000 annotations on the changed text (W3C import)", 5, || {
        w3c::import(&w3c, Some(&edited)).map(|g| g.doc.annotations.len()).unwrap_or(0)
    });
}

/// Runs `f` `n` times after a warm-up and prints the median and the fastest run.
fn report(what: &str, n: usize, mut f: impl FnMut() -> usize) {
    for _ in 0..5 {
        std::hint::black_box(f());
    }
    let mut times: Vec<f64> = (0..n)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    println!("native  {what}: median {:.3} ms, fastest {:.3} ms ({n} runs)", times[n / 2], times[0]);
}
