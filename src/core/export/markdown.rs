//! A readable Markdown report: the article's header, then quotations and claims grouped by
//! speaker, then positions.

use crate::core::export::Context;
use crate::core::model::{Annotation, Kind, Status};

pub fn export(cx: &Context) -> String {
    let doc = cx.doc;
    let meta = doc.meta();
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", escape(meta.title.as_deref().unwrap_or("Untitled article"))));
    let mut line = Vec::new();
    if !meta.authors.is_empty() {
        line.push(format!("By {}", meta.authors.join(", ")));
    }
    line.extend(meta.dateline.clone());
    line.extend(meta.published.clone());
    if !line.is_empty() {
        out.push_str(&format!("*{}*\n\n", escape(&line.join(" · "))));
    }
    if let Some(url) = &meta.source_url {
        out.push_str(&format!("Source: <{}>\n\n", url.replace('>', "%3E")));
    }
    let visible: Vec<&Annotation> = cx.annotations().filter(|a| a.status != Status::Rejected).collect();
    let count = |k: Kind| visible.iter().filter(|a| a.kind == k).count();
    out.push_str(&format!(
        "{} quotations · {} claims · {} positions · {} speakers\n\n",
        count(Kind::Quote),
        count(Kind::Claim),
        count(Kind::Position),
        doc.speakers.len()
    ));

    out.push_str("## Who said what\n\n");
    let groups = cx.who_said_what(visible.iter().copied());
    if groups.is_empty() {
        out.push_str("Nothing tagged yet.\n\n");
    }
    for (who, items) in groups {
        out.push_str(&format!("### {}\n\n", escape(&who)));
        for a in items {
            let tag = match (a.kind, a.status) {
                (Kind::Quote, Status::Suggested) => "quote (suggested)",
                (Kind::Quote, _) => "quote",
                (_, Status::Suggested) => "claim (suggested)",
                _ => "claim",
            };
            out.push_str(&format!("- **{tag}**: “{}”", escape(doc.quote_of(a))));
            if let Some(m) = cx.unnamed_speaker(a) {
                out.push_str(&format!(" — said by {} (unnamed)", escape(m)));
            }
            if let Some(v) = a.verdict {
                out.push_str(&format!(" — rated **{}**", v.label()));
            }
            if let Some(n) = &a.note {
                out.push_str(&format!(" — _{}_", escape(n)));
            }
            out.push('\n');
        }
        out.push('\n');
    }

    let positions: Vec<&&Annotation> = visible.iter().filter(|a| a.kind == Kind::Position).collect();
    if !positions.is_empty() {
        out.push_str("## Positions\n\n| Holder | Topic | Stance | Evidence |\n|---|---|---|---|\n");
        for a in positions {
            out.push_str(&format!(
                "| {} | {} | {}{} | {} |\n",
                cell(&cx.speaker_name(a).unwrap_or_else(|| "—".into())),
                cell(a.topic.as_deref().unwrap_or("—")),
                a.stance.map(|s| s.as_str()).unwrap_or("—"),
                if a.status == Status::Suggested { " (suggested)" } else { "" },
                cell(doc.quote_of(a))
            ));
        }
        out.push('\n');
    }
    out
}

/// Escapes Markdown and HTML punctuation so article text shows as text in any renderer.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn cell(s: &str) -> String {
    escape(s)
}
