//! Counts sentences that end on a title abbreviation ("Mr.", "Sen.") over a folder of
//! articles — a sentence splitter's commonest mistake in news text.
//!   cargo run --release --example abbrev_check -- ../shared/eval/polnear/dev/text

use claimlens::core::article::Article;

const TITLES: &[&str] = &["Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Prof.", "Rev.", "Gov.", "Adm.", "Maj.", "Cmdr.", "Hon.", "Pres.", "Supt.", "Det.", "Sens.", "Reps."];

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: abbrev_check DIR");
        std::process::exit(2);
    };
    let mut entries: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect(),
        Err(e) => {
            eprintln!("cannot read {dir}: {e}");
            std::process::exit(2);
        }
    };
    entries.sort();
    let (mut files, mut sentences, mut bad) = (0, 0, 0);
    for path in entries {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let a = Article::parse(&text);
        files += 1;
        sentences += a.sentences().len();
        for s in a.sentences() {
            let t = &a.text[s.start..s.end];
            if let Some(title) = TITLES.iter().find(|ti| t.ends_with(*ti) && t[..t.len() - ti.len()].ends_with(|c: char| !c.is_alphanumeric())) {
                bad += 1;
                if bad <= 10 {
                    println!("  {}: …{} ({title})", path.file_name().and_then(|n| n.to_str()).unwrap_or("?"), &t[t.len().saturating_sub(60)..]);
                }
            }
        }
    }
    println!("{files} articles, {sentences} sentences, {bad} ending on a title abbreviation");
}
