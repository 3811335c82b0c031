//! A single, self-contained HTML file: the annotated article with its highlights, a speaker
//! legend, quotations and claims by speaker, and the positions grid — readable offline, with
//! JavaScript disabled, and printable. It embeds the Claimlens JSON, so dropping the file
//! back into Claimlens reopens the document for editing.
//!
//! Escaping is total: every piece of article text, note or name goes through `esc`, and the
//! embedded JSON writes `<` as `\u003c`, so no `</script>` in an article can end the block.

use crate::core::export::{json, Context};
use crate::core::model::{Annotation, Kind, Status};
use crate::core::positions;
use crate::core::segments::{cut_at, segments};

/// The id of the `<script type="application/json">` block holding the document.
pub const DATA_ID: &str = "claimlens-document";

pub fn export(cx: &Context) -> String {
    let doc = cx.doc;
    let meta = doc.meta();
    let title = meta.title.clone().unwrap_or_else(|| "Untitled article".into());
    let mut h = String::with_capacity(doc.text().len() * 3);
    h.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    h.push_str(&format!("<title>{} — Claimlens</title>\n<style>{STYLE}</style>\n</head>\n<body>\n", esc(&title)));
    h.push_str(&format!("<header><p class=\"brand\">Annotated with Claimlens</p><h1>{}</h1>", esc(&title)));
    let mut by = Vec::new();
    if !meta.authors.is_empty() {
        by.push(format!("By {}", meta.authors.join(", ")));
    }
    by.extend(meta.dateline.clone());
    by.extend(meta.published.clone());
    if !by.is_empty() {
        h.push_str(&format!("<p class=\"byline\">{}</p>", esc(&by.join(" · "))));
    }
    h.push_str("<p class=\"legend\"><mark class=\"k-quote\">quotation</mark> <mark class=\"k-claim\">claim</mark> <mark class=\"k-speaker\">speaker</mark> <mark class=\"k-position s-for\">position ▲ for</mark> <mark class=\"k-position s-against\">▼ against</mark> <mark class=\"k-position\">● neutral</mark> <mark class=\"k-claim sug\">dashed: suggested</mark></p></header>\n<main>\n<article>\n");

    let visible: Vec<usize> = (0..doc.annotations.len()).filter(|&i| doc.annotations[i].status != Status::Rejected).collect();
    let anns: Vec<Annotation> = visible.iter().map(|&i| doc.annotations[i].clone()).collect();
    let mut anchored = std::collections::HashSet::new();
    let blocks = doc.blocks();
    let labels = doc.article.turn_labels();
    let opening = doc.article.inline_labels();
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].kind.is_furniture() {
            let end = blocks[i..].iter().position(|b| !b.kind.is_furniture()).map_or(blocks.len(), |n| i + n);
            h.push_str(&format!("<details class=\"furniture\"><summary>{} line{} of page furniture</summary>", end - i, if end - i == 1 { "" } else { "s" }));
            for b in &blocks[i..end] {
                h.push_str(&format!("<p>{}</p>", esc(b.span.slice(doc.text()).unwrap_or(""))));
            }
            h.push_str("</details>\n");
            i = end;
            continue;
        }
        let b = blocks[i];
        let tag = match b.kind {
            crate::core::article::BlockKind::Title => "h2",
            crate::core::article::BlockKind::Heading => "h3",
            _ => "p",
        };
        let label = if labels.get(i).copied().unwrap_or(false) { " turn-label" } else { "" };
        h.push_str(&format!("<{tag} class=\"{}{label}\">", b.kind.as_str()));
        let label_end = b.span.start + opening.get(i).copied().unwrap_or(0);
        for seg in cut_at(segments(b.span, &anns), label_end) {
            let mut inner = esc(seg.span.slice(doc.text()).unwrap_or(""));
            if seg.span.end <= label_end {
                inner = format!("<b class=\"turn\">{inner}</b>");
            }
            for &k in seg.covering.iter().rev() {
                let a = &anns[k];
                let mut class = format!("k-{}", a.kind.as_str());
                if a.status == Status::Suggested {
                    class.push_str(" sug");
                }
                if let Some(s) = a.stance {
                    class.push_str(&format!(" s-{}", s.as_str()));
                }
                let id = if anchored.insert(a.id.clone()) { format!(" id=\"{}\"", esc(&a.id)) } else { String::new() };
                let who = cx.speaker_name(a).map(|n| format!(" — {n}")).unwrap_or_default();
                inner = format!("<mark class=\"{class}\"{id} title=\"{}{}\">{inner}</mark>", a.kind.label(), esc(&who));
            }
            h.push_str(&inner);
        }
        h.push_str(&format!("</{tag}>\n"));
        i += 1;
    }
    h.push_str("</article>\n<aside>\n");

    // Speakers: legend with counts.
    h.push_str("<section><h2>Speakers</h2>");
    if doc.speakers.is_empty() {
        h.push_str("<p>None tagged.</p>");
    } else {
        h.push_str("<ul class=\"speakers\">");
        for s in &doc.speakers {
            let n = |k: Kind| anns.iter().filter(|a| a.kind == k && a.speaker.as_deref() == Some(&s.id)).count();
            h.push_str(&format!("<li><strong>{}</strong> — {} quotations, {} claims", esc(&s.name), n(Kind::Quote), n(Kind::Claim)));
            if !s.aliases.is_empty() {
                h.push_str(&format!("<br><small>also: {}</small>", esc(&s.aliases.join(" · "))));
            }
            h.push_str("</li>");
        }
        h.push_str("</ul>");
    }
    h.push_str("</section>\n<section><h2>Who said what</h2>");
    let groups = cx.who_said_what(anns.iter());
    for (who, items) in &groups {
        h.push_str(&format!("<h3>{}</h3><ul>", esc(who)));
        for a in items {
            h.push_str(&format!("<li><a href=\"#{}\">{}</a>{}: “{}”", esc(&a.id), a.kind.label(), suggested_note(a), esc(doc.quote_of(a))));
            if let Some(m) = cx.unnamed_speaker(a) {
                h.push_str(&format!(" — said by {} (unnamed)", esc(m)));
            }
            if let Some(v) = a.verdict {
                h.push_str(&format!(" — rated <strong>{}</strong>", v.label()));
            }
            if let Some(n) = &a.note {
                h.push_str(&format!(" <em>{}</em>", esc(n)));
            }
            h.push_str("</li>");
        }
        h.push_str("</ul>");
    }
    if groups.is_empty() {
        h.push_str("<p>Nothing tagged yet.</p>");
    }
    h.push_str("</section>\n");

    // Positions grid: speakers as rows, topics as columns; empty cells stay empty.
    let g = positions::grid(doc);
    h.push_str("<section><h2>Positions</h2>");
    if g.rows.is_empty() {
        h.push_str("<p>No positions tagged.</p>");
    } else {
        h.push_str("<table class=\"grid\"><thead><tr><th scope=\"col\">Speaker / topic</th>");
        for t in &g.topics {
            h.push_str(&format!("<th scope=\"col\">{}</th>", esc(positions::topic_label(t))));
        }
        h.push_str("</tr></thead><tbody>");
        for row in &g.rows {
            h.push_str(&format!("<tr><th scope=\"row\">{}</th>", esc(&positions::holder_name(doc, &row.holder))));
            for cell in &row.cells {
                h.push_str("<td>");
                for a in cell {
                    let (glyph, word) = positions::stance_mark(a.stance);
                    let class = a.stance.map(|s| format!("s-{}", s.as_str())).unwrap_or_default();
                    h.push_str(&format!("<a class=\"{class}\" href=\"#{}\" title=\"{}\">{glyph} {word}</a>{} ", esc(&a.id), esc(doc.quote_of(a)), suggested_note(a)));
                }
                h.push_str("</td>");
            }
            h.push_str("</tr>");
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</section>\n</aside>\n</main>\n<footer><p>Made with Claimlens. Drop this file into Claimlens to edit it.</p></footer>\n");
    let data = json::to_json(doc).replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026");
    h.push_str(&format!("<script type=\"application/json\" id=\"{DATA_ID}\">{data}</script>\n</body>\n</html>\n"));
    h
}

/// The Claimlens JSON embedded in a view file, if this is one.
pub fn embedded_json(html: &str) -> Option<&str> {
    let marker = format!("id=\"{DATA_ID}\">");
    let start = html.find(&marker)? + marker.len();
    let end = start + html[start..].find("</script>")?;
    Some(&html[start..end])
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
:root{--q:#1f5fbf;--qb:#e3edfb;--c:#b26b00;--cb:#fff3dc;--s:#6b3fa0;--sb:#f1e9fa;--f:#1e7a3c;--a:#b3261e;--n:#6b6b6b;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--q:#8db8f5;--qb:#1d3150;--c:#f0b454;--cb:#3a2c12;--s:#c9a6f2;--sb:#33254a;--f:#6fcf8f;--a:#f28b82;--n:#b0b0b0}body{background:#17181b;color:#e8e6e3}}
body{font:17px/1.6 Georgia,serif;margin:0 auto;max-width:72rem;padding:1.5rem}
header .brand{font:600 .8rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:var(--q)}
.byline,.legend,footer,aside{font-family:system-ui,sans-serif}.byline{color:var(--n)}
main{display:grid;grid-template-columns:minmax(0,42rem) minmax(0,1fr);gap:2.5rem}
@media (max-width:800px){main{display:block}}
mark{background:none;color:inherit;border-radius:2px}
.k-quote{background:var(--qb);box-shadow:inset 0 -2px 0 var(--q)}
.k-claim{background:var(--cb);text-decoration:underline 2px var(--c);text-underline-offset:4px}
.k-speaker{background:var(--sb);color:var(--s);font-weight:700}
.k-position{box-shadow:inset 0 -3px 0 var(--n)}.k-position.s-for{box-shadow:inset 0 -3px 0 var(--f)}.k-position.s-against{box-shadow:inset 0 -3px 0 var(--a)}
.sug{outline:1px dashed currentColor;outline-offset:1px}
.furniture{color:var(--n);font:.85rem system-ui,sans-serif;margin:0 0 1rem}
.byline.block,.dateline{color:var(--n);font:.9rem system-ui,sans-serif}
.turn-label{color:var(--n);font:600 .85rem system-ui,sans-serif;letter-spacing:.02em;margin:1.6rem 0 .3rem}
.turn{color:var(--n);font:600 .85em system-ui,sans-serif;letter-spacing:.02em}
aside{font-size:.92rem}aside h2{font-size:1.05rem}
table.grid{border-collapse:collapse}table.grid th,table.grid td{border:1px solid #8886;padding:.3rem .5rem;text-align:left}
.s-for{color:var(--f)}.s-against{color:var(--a)}
@media print{main{display:block}mark{background:none!important;text-decoration:underline}.furniture{display:none}a{color:inherit;text-decoration:none}}
";

/// What follows an entry the engine suggested and no one has reviewed yet.
fn suggested_note(a: &Annotation) -> &'static str {
    if a.status == Status::Suggested {
        " <small>(suggested)</small>"
    } else {
        ""
    }
}
