//! The `claimlens` binary, run as a person runs it.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimlens"))
}

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn analyze_prints_wire_json_for_the_sample() {
    let out = bin().args(["analyze", &data("guardian-hegseth-2025-02-13.txt")]).output().expect("run");
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(v["format"], "claimlens");
    assert_eq!(v["version"], 1);
    assert_eq!(v["offset_unit"], "codepoint");
    let text = v["text"].as_str().expect("text");
    let source = std::fs::read_to_string(data("guardian-hegseth-2025-02-13.txt")).expect("fixture");
    assert_eq!(text, source.replace("\r\n", "\n"));
    let chars: Vec<char> = text.chars().collect();
    let blocks = v["blocks"].as_array().expect("blocks");
    assert!(blocks.len() >= 9, "at least the nine body paragraphs");
    for b in blocks {
        let (s, e) = (b["start"].as_u64().expect("start") as usize, b["end"].as_u64().expect("end") as usize);
        assert!(s < e && e <= chars.len(), "block {b} inside the text");
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(slice.trim(), slice, "blocks carry no surrounding white space");
    }
    // Claimlens JSON read back is the same document.
    let doc = claimlens::core::export::json::from_json(std::str::from_utf8(&out.stdout).expect("utf8")).expect("import");
    assert_eq!(doc.text(), text);
}

#[test]
fn missing_file_is_a_one_line_error_with_exit_code_2() {
    let out = bin().args(["analyze", "/no/such/file.txt"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.contains("/no/such/file.txt"));
    assert!(out.stdout.is_empty());
}

#[test]
fn non_utf8_file_is_refused_with_exit_code_2() {
    let dir = std::env::temp_dir().join(format!("claimlens-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let f = dir.join("latin1.txt");
    std::fs::write(&f, b"caf\xe9 au lait").expect("write");
    let out = bin().arg("analyze").arg(&f).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not UTF-8"), "{err}");
    assert_eq!(err.lines().count(), 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn help_explains_and_unknown_commands_fail() {
    let out = bin().arg("--help").output().expect("run");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("claimlens analyze FILE"));
    let out = bin().arg("frobnicate").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn analyze_reads_standard_input() {
    use std::io::Write;
    let mut child = bin()
        .args(["analyze", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all("Title\r\n\r\nBody 😀.".as_bytes()).expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["text"], "Title\n\nBody 😀.");
    assert_eq!(v["blocks"][1]["end"], 14, "code points, not bytes");
}

#[test]
fn share_and_open_round_trip_and_damaged_links_fail_clearly() {
    let out = bin().args(["share", &data("guardian-hegseth-2025-02-13.txt")]).output().expect("run");
    assert!(out.status.success());
    let fragment = String::from_utf8(out.stdout).expect("utf8").trim().to_string();
    assert!(fragment.starts_with("share="));
    let url = format!("http://127.0.0.1:8080/#{fragment}");
    let opened = bin().args(["open", &url]).output().expect("run");
    assert!(opened.status.success(), "{}", String::from_utf8_lossy(&opened.stderr));
    let doc = claimlens::core::export::json::from_json(std::str::from_utf8(&opened.stdout).expect("utf8")).expect("json");
    assert_eq!(doc.annotations.iter().filter(|a| a.kind == claimlens::core::model::Kind::Quote).count(), 13);
    let cut = bin().args(["open", &fragment[..fragment.len() / 2]]).output().expect("run");
    assert_eq!(cut.status.code(), Some(2));
    let msg = String::from_utf8_lossy(&cut.stderr);
    assert!(msg.contains("cut off") || msg.contains("damaged"), "{msg}");
    assert!(msg.contains("article text is recoverable"), "{msg}");
}

#[test]
fn batch_csv_is_one_table_and_an_unreadable_input_is_skipped_not_fatal() {
    let a = data("guardian-hegseth-2025-02-13.txt");
    let b = data("pastes/bbc-page.txt");
    let out = bin().args(["export", "--format", "csv", &a, "/no/such/article.txt", &b]).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "a skipped input is reported in the exit code");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("skipped") && err.contains("/no/such/article.txt"), "{err}");
    let table = String::from_utf8(out.stdout).expect("utf8");
    let mut reader = table.lines();
    assert!(reader.next().is_some_and(|h| h.starts_with("document,id,kind,")), "{table}");
    // Each document's rows match its own export, led by its name.
    for input in [&a, &b] {
        let single = bin().args(["export", "--format", "csv", input]).output().expect("run");
        let single = String::from_utf8(single.stdout).expect("utf8");
        let rows = single.split("\r\n").skip(1).filter(|r| !r.is_empty()).count();
        assert!(rows > 0);
        assert_eq!(table.matches(&format!("\r\n{input},")).count(), rows, "{input}");
    }
}

#[test]
fn batch_export_writes_one_file_each_and_refuses_two_inputs_of_one_name() {
    let dir = std::env::temp_dir().join(format!("claimlens-batch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let a = data("guardian-hegseth-2025-02-13.txt");
    let b = data("pastes/bbc-page.txt");
    let out = bin().args(["export", "--format", "json", &a, &b, "-o"]).arg(&dir).output().expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for (input, name) in [(&a, "guardian-hegseth-2025-02-13"), (&b, "bbc-page")] {
        let written = std::fs::read_to_string(dir.join(format!("{name}.claimlens.json"))).expect("written");
        let single = bin().args(["export", "--format", "json", input]).output().expect("run");
        assert_eq!(written.as_bytes(), single.stdout.as_slice(), "{name}");
    }
    // The written JSON beside its article would both become guardian-hegseth-…w3c.jsonld.
    let again = dir.join("guardian-hegseth-2025-02-13.claimlens.json");
    let out = bin().args(["export", "--format", "w3c", &a]).arg(&again).arg("-o").arg(&dir).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("rename one"));
    assert!(!dir.join("guardian-hegseth-2025-02-13.w3c.jsonld").exists(), "nothing written");
    // Without a directory, a batch of any format but csv is refused.
    let out = bin().args(["export", "--format", "markdown", &a, &b]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o DIR"));
    let _ = std::fs::remove_dir_all(dir);
}
