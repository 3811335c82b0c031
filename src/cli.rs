//! The command-line program's logic, kept apart from `main` so tests can drive it with
//! arguments and in-memory output.

use std::ffi::OsString;
use std::io::Write;

use crate::core::export::{self, brat, json, w3c, Format, Imported};
use crate::core::model::Document;

pub const HELP: &str = "\
claimlens — see who claims what in a news article

USAGE:
    claimlens analyze FILE     Parse a pasted article (UTF-8 text) and print the document
                               as Claimlens JSON (version 1; offsets are Unicode code points)
    claimlens export --format FMT INPUT [-o OUT]
                               Write INPUT (an article .txt, analyzed, or a Claimlens .json)
                               in FMT: json, w3c, brat (a zip; needs -o), csv, markdown,
                               doccano, labelstudio, labelstudio-config, hypothesis, html
                               (a single-file annotated view), claimreview (rated claims).
                               Without -o the output goes to standard output.
    claimlens export --format FMT INPUT INPUT… [-o OUT]
                               Batch: csv writes one table with a first column `document`
                               (each INPUT as given); any other FMT needs -o DIR and writes
                               DIR/NAME.EXT for each INPUT. An INPUT that cannot be read is
                               reported and skipped; the others are written (exit code 2).
    claimlens import --format FMT FILE [--text ARTICLE.txt]
                               Read FILE in FMT (json, w3c, brat: a .zip or an .ann with
                               --text) and print it as Claimlens JSON. Annotations whose words
                               are not in the text are listed on standard error as orphans.
    claimlens share DOC        Print the share-link fragment (share=…) for DOC (a Claimlens
                               .json, or an article .txt, analyzed)
    claimlens open FRAGMENT    Print the Claimlens JSON a share link carries (the fragment,
                               with or without \"#share=\", or a whole URL)
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
        ["share", file] => match read_doc(file) {
            Ok(doc) => {
                let link = crate::core::share::encode(&doc);
                let _ = writeln!(out, "{}{link}", crate::core::share::FRAGMENT_PREFIX);
                if link.len() > crate::core::share::LINK_WARN_CHARS {
                    let _ = writeln!(err, "claimlens: this link is {} characters; chat apps and mail clients often cut links over {}: share the file instead", link.len(), crate::core::share::LINK_WARN_CHARS);
                }
                0
            }
            Err(msg) => fail(err, &msg),
        },
        ["open", link] => {
            let fragment = link.rsplit_once('#').map_or(*link, |(_, f)| f);
            match crate::core::share::decode(fragment) {
                Ok(doc) => {
                    let _ = writeln!(out, "{}", json::to_json_pretty(&doc));
                    0
                }
                Err(e) => fail(err, &e.to_string()),
            }
        }
        ["export", rest @ ..] => match export_cmd(rest, out, err) {
            Ok(0) => 0,
            Ok(_skipped) => 2,
            Err(msg) => fail(err, &msg),
        },
        ["import", rest @ ..] => match import_cmd(rest, out, err) {
            Ok(()) => 0,
            Err(msg) => fail(err, &msg),
        },
        [cmd, ..] => fail(err, &format!("unknown command or arguments: {cmd} (try claimlens --help)")),
    }
}

/// Options of the form `--name VALUE` and one positional argument.
struct Opts<'a> {
    positional: Vec<&'a str>,
    named: Vec<(&'a str, &'a str)>,
}

fn opts<'a>(args: &[&'a str], known: &[&str]) -> Result<Opts<'a>, String> {
    let mut o = Opts { positional: Vec::new(), named: Vec::new() };
    let mut i = 0;
    while i < args.len() {
        let a = args[i];
        if known.contains(&a) {
            let v = args.get(i + 1).ok_or_else(|| format!("{a} needs a value"))?;
            o.named.push((a, v));
            i += 2;
        } else if a.starts_with('-') && a != "-" {
            return Err(format!("unknown option {a} (try claimlens --help)"));
        } else {
            o.positional.push(a);
            i += 1;
        }
    }
    Ok(o)
}

impl Opts<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        self.named.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

fn format_arg(o: &Opts) -> Result<Format, String> {
    let f = o.get("--format").ok_or("--format is required")?;
    Format::parse(f).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        format!("unknown format {f} (one of: {})", names.join(", "))
    })
}

/// Returns how many inputs were skipped (batch only; a single input fails instead).
fn export_cmd(args: &[&str], out: &mut dyn Write, err: &mut dyn Write) -> Result<usize, String> {
    let o = opts(args, &["--format", "-o"])?;
    let format = format_arg(&o)?;
    match o.positional.as_slice() {
        [] => Err("export needs an INPUT file".into()),
        [input] => {
            let doc = read_doc(input)?;
            write_output(&export::export(&doc, format), format, o.get("-o"), out)?;
            Ok(0)
        }
        inputs => export_batch(inputs, format, o.get("-o"), out, err),
    }
}

fn write_output(bytes: &[u8], format: Format, path: Option<&str>, out: &mut dyn Write) -> Result<(), String> {
    match path {
        Some(path) => std::fs::write(path, bytes).map_err(|e| format!("cannot write {path}: {e}")),
        None if !format.is_text() => Err(format!("{} output is a zip: give -o FILE", format.name())),
        None => out.write_all(bytes).map_err(|e| format!("cannot write output: {e}")),
    }
}

/// Several inputs: one CSV table, or one file each in the directory `-o` names. Every name is
/// worked out before anything is written, so two inputs never overwrite one output.
fn export_batch(inputs: &[&str], format: Format, target: Option<&str>, out: &mut dyn Write, err: &mut dyn Write) -> Result<usize, String> {
    if inputs.contains(&"-") {
        return Err("standard input (-) can only be exported alone".into());
    }
    let outputs: Vec<std::path::PathBuf> = if format == Format::Csv {
        Vec::new()
    } else {
        let dir = target.ok_or_else(|| format!("exporting several inputs as {} needs -o DIR (one file each)", format.name()))?;
        let names: Vec<std::path::PathBuf> = inputs.iter().map(|i| std::path::Path::new(dir).join(format!("{}.{}", batch_stem(i), format.extension()))).collect();
        for (k, name) in names.iter().enumerate() {
            if let Some(j) = names[..k].iter().position(|n| n == name) {
                return Err(format!("{} and {} would both be written to {}: rename one", inputs[j], inputs[k], name.display()));
            }
        }
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {dir}: {e}"))?;
        names
    };
    let mut skipped = 0;
    let mut docs = Vec::new();
    for (k, input) in inputs.iter().enumerate() {
        let doc = match read_doc(input) {
            Ok(doc) => doc,
            Err(msg) => {
                let _ = writeln!(err, "claimlens: skipped: {msg}");
                skipped += 1;
                continue;
            }
        };
        match outputs.get(k) {
            Some(path) => std::fs::write(path, export::export(&doc, format)).map_err(|e| format!("cannot write {}: {e}", path.display()))?,
            None => docs.push(((*input).to_string(), doc)),
        }
    }
    if format == Format::Csv {
        let contexts: Vec<(String, export::Context)> = docs.iter().map(|(name, doc)| (name.clone(), export::Context::new(doc))).collect();
        write_output(export::csv::export_many(&contexts).as_bytes(), format, target, out)?;
    }
    Ok(skipped)
}

/// The name an input's output takes: its file name without the extensions Claimlens gives
/// or reads ("a/article.txt" → "article", "b/x.claimlens.json" → "x").
fn batch_stem(input: &str) -> String {
    let name = std::path::Path::new(input).file_name().map_or_else(|| input.to_string(), |n| n.to_string_lossy().into_owned());
    let mut stem = name.as_str();
    for ext in [".txt", ".json", ".html", ".htm", ".claimlens", ".view"] {
        if stem.len() > ext.len() && stem.to_ascii_lowercase().ends_with(ext) {
            stem = &stem[..stem.len() - ext.len()];
        }
    }
    stem.to_string()
}

fn import_cmd(args: &[&str], out: &mut dyn Write, err: &mut dyn Write) -> Result<(), String> {
    let o = opts(args, &["--format", "--text"])?;
    let format = format_arg(&o)?;
    let [file] = o.positional.as_slice() else { return Err("import takes one FILE".into()) };
    let text = o.get("--text").map(read_text).transpose()?;
    let imported: Imported = match format {
        Format::Json => {
            let doc = json::from_json(&read_text(file)?).map_err(|e| format!("{file}: {e}"))?;
            Imported { doc, ..Imported::default() }
        }
        Format::W3c => w3c::import(&read_text(file)?, text.as_deref()).map_err(|e| format!("{file}: {e}"))?,
        Format::Brat if file.to_ascii_lowercase().ends_with(".ann") => {
            let t = text.ok_or("an .ann file needs its article: --text ARTICLE.txt")?;
            brat::import_ann(&read_text(file)?, &t).map_err(|e| format!("{file}: {e}"))?
        }
        Format::Brat => {
            let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
            brat::import_zip(&bytes, text.as_deref()).map_err(|e| format!("{file}: {e}"))?
        }
        other => return Err(format!("importing {} is not supported (json, w3c, brat are)", other.name())),
    };
    for o in &imported.orphans {
        let _ = writeln!(err, "claimlens: orphaned: {o}");
    }
    if imported.reanchored > 0 {
        let _ = writeln!(err, "claimlens: {} annotations re-anchored on the changed text", imported.reanchored);
    }
    writeln!(out, "{}", json::to_json_pretty(&imported.doc)).map_err(|e| format!("cannot write output: {e}"))
}

/// A Claimlens JSON file (or an HTML view, which embeds one) as it is; anything else as an
/// article to analyze.
fn read_doc(input: &str) -> Result<Document, String> {
    let text = read_text(input)?;
    let lower = input.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        let data = export::html::embedded_json(&text).ok_or_else(|| format!("{input}: not a Claimlens view (no embedded document)"))?;
        json::from_json(data).map_err(|e| format!("{input}: {e}"))
    } else if lower.ends_with(".json") {
        json::from_json(&text).map_err(|e| format!("{input}: {e}"))
    } else {
        Ok(Document::analyze(&text))
    }
}

fn read_text(file: &str) -> Result<String, String> {
    let file = file.trim();
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
