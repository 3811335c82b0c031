//! CSV: one row per annotation, for spreadsheets. Offsets are Unicode code points.

use crate::core::export::Context;

pub const HEADER: [&str; 12] = ["id", "kind", "status", "text", "speaker", "stance", "verdict", "topic", "note", "start", "end", "sentence"];

pub fn export(cx: &Context) -> String {
    let mut out = String::new();
    row(&mut out, HEADER.iter().map(|s| s.to_string()));
    rows(&mut out, cx, None);
    out
}

/// Several documents in one table (the command line's batch export): each row starts with
/// its document's name, in a first column `document`.
pub fn export_many(docs: &[(String, Context)]) -> String {
    let mut out = String::new();
    row(&mut out, std::iter::once("document").chain(HEADER).map(str::to_string));
    for (name, cx) in docs {
        rows(&mut out, cx, Some(name));
    }
    out
}

fn rows(out: &mut String, cx: &Context, document: Option<&str>) {
    for a in cx.annotations() {
        let (start, end) = cx.cp(a.span);
        let fields = [
            a.id.clone(),
            a.kind.as_str().to_string(),
            cx.status(a).to_string(),
            cx.doc.quote_of(a).to_string(),
            cx.speaker_name(a).unwrap_or_default(),
            a.stance.map(|s| s.as_str().to_string()).unwrap_or_default(),
            a.verdict.map(|v| v.as_str().to_string()).unwrap_or_default(),
            a.topic.clone().unwrap_or_default(),
            a.note.clone().unwrap_or_default(),
            start.to_string(),
            end.to_string(),
            cx.sentence_of(a).to_string(),
        ];
        row(out, document.map(str::to_string).into_iter().chain(fields));
    }
}

/// One RFC 4180 row: fields with commas, quotes or line breaks are quoted, quotes doubled.
/// A field starting with = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
fn row(out: &mut String, fields: impl Iterator<Item = String>) {
    let mut first = true;
    for f in fields {
        if !first {
            out.push(',');
        }
        first = false;
        let f = if f.starts_with(['=', '+', '-', '@']) { format!("'{f}") } else { f };
        if f.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&f);
        }
    }
    out.push_str("\r\n");
}
