//! The core stays pure: it never names the browser crates, so it builds and tests natively.

use std::path::Path;

const FORBIDDEN: [&str; 5] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src/core") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_never_names_browser_crates() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"), &mut files);
    assert!(files.len() >= 5, "expected the core's modules, found {files:?}");
    let mut offences = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).expect("read source");
        for (n, line) in src.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in FORBIDDEN {
                let hit = code
                    .match_indices(name)
                    .any(|(i, _)| {
                        let before = code[..i].chars().next_back();
                        let after = code[i + name.len()..].chars().next();
                        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                            && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    });
                if hit {
                    offences.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(offences.is_empty(), "src/core must stay pure:\n{}", offences.join("\n"));
}

/// The standard case conversions bring Unicode's whole case tables into the WebAssembly
/// (about 7 KB gzip each); the app converts case with `core::case`, outside its test code.
#[test]
fn case_is_converted_by_core_case_not_the_standard_tables() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut offences = Vec::new();
    for f in files.iter().filter(|f| !f.ends_with("core/case.rs")) {
        let src = std::fs::read_to_string(f).expect("read source");
        // Unit tests at the end of a module may use the standard conversions.
        let code = src.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            if line.contains("to_lowercase") && !line.contains("to_ascii_lowercase") || line.contains("to_uppercase") && !line.contains("to_ascii_uppercase") {
                offences.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(offences.is_empty(), "use core::case (lower, upper, Lowercase) instead:\n{}", offences.join("\n"));
}
