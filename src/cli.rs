//! The command-line program's logic, kept apart from `main` so tests can drive it with
//! arguments and in-memory output.

use std::ffi::OsString;
use std::io::Write;

use crate::core::export::json;
use crate::core::model::Document;

pub const HELP: &str = "\
claimlens — see who claims what in a news article

USAGE:
    claimlens analyze FILE     Parse a pasted article (UTF-8 text) and print the document
                               as Claimlens JSON (version 1; offsets are Unicode code points)
    claimlens --help           Show this help
    claimlens --version        Show the version

FILE may be - to read standard input.

EXIT CODES:
    0  success
    2  bad usage, or a file that is missing or not UTF-8 text
";

/// Runs the program; returns the process exit code.
pub fn run(args: &[OsString], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let args: Vec<String> = match args.iter().map(|a| a.clone().into_string()).collect() {
        Ok(a) => a,
        Err(_) => return fail(err, "arguments must be valid UTF-8"),
    };
    let strs: Vec<&str> = args.iter().map(|s| s.as_str()).collect();
    match strs.as_slice() {
        [] | ["--help"] | ["-h"] | ["help"] => {
            let _ = out.write_all(HELP.as_bytes());
            if strs.is_empty() { 2 } else { 0 }
        }
        ["--version"] | ["-V"] => {
            let _ = writeln!(out, "claimlens {}", env!("CARGO_PKG_VERSION"));
            0
        }
        ["analyze", "--help"] => {
            let _ = out.write_all(HELP.as_bytes());
            0
        }
        ["analyze", file] => match read_text(file) {
            Ok(text) => {
                let doc = Document::analyze(&text);
                let _ = writeln!(out, "{}", json::to_json_pretty(&doc));
                0
            }
            Err(msg) => fail(err, &msg),
        },
        [cmd, ..] => fail(err, &format!("unknown command or arguments: {cmd} (try claimlens --help)")),
    }
}

fn read_text(file: &str) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!("{file} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to())
    })
}

fn fail(err: &mut dyn Write, msg: &str) -> i32 {
    let _ = writeln!(err, "claimlens: {msg}");
    2
}
