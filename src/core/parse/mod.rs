//! Turns the canonical text of a pasted article into metadata and classified blocks.
//!
//! Web pages copy out one paragraph per line, so every non-blank line is a block. Each is
//! classified — title, byline, dateline, standfirst, paragraph, heading, caption, credit,
//! boilerplate — and nothing is deleted: furniture stays in the text, flagged.

pub mod byline;
pub mod dates;
pub mod furniture;
pub mod quotes;
pub mod sentences;
pub mod wrap;

use crate::core::case::Lowercase;
use crate::core::article::{Block, BlockKind, Meta};
use crate::core::suggest::lexicon::Lexicon;
use crate::core::text::Span;

/// How far into the article (in blocks) the byline and date may appear.
const HEADER_ZONE: usize = 12;
/// The most lines a site's menu above the headline is looked for in.
const MENU_MAX: usize = 40;
/// A standfirst is a summary, not a long paragraph.
const STANDFIRST_MAX: usize = 320;

/// Splits `text` (already normalized) into classified blocks and reads its metadata.
pub fn parse(text: &str) -> (Meta, Vec<Block>) {
    let mut meta = Meta::default();
    let mut blocks: Vec<Block> = Vec::new();
    let mut title: Option<&str> = None;
    // The header zone (bylines, dates) ends at the first long paragraph or the second
    // paragraph; a standfirst before the byline does not end it.
    let mut seen_body = false;
    let mut paragraphs = 0;
    let mut furniture_seen = false;
    let all: Vec<Span> = lines(text).collect();
    // Each line's furniture kind, once: the menu search above the headline reads it too.
    let furniture_kinds: Vec<Option<BlockKind>> = all.iter().map(|s| furniture::classify(&text[s.start..s.end])).collect();
    let navigation = site_navigation(text, &all, &furniture_kinds);
    let mut role_line_next = false;
    let mut author_next = false;
    for (i, &span) in all.iter().enumerate() {
        let line = &text[span.start..span.end];
        let after_and = std::mem::take(&mut author_next);
        // The header zone starts at the headline, below any site menu.
        let in_header = i.saturating_sub(navigation) < HEADER_ZONE && !seen_body;
        // The page's address, copied with it: where the article came from.
        if meta.source_url.is_none() && in_header && crate::core::text::is_web_address(line) {
            meta.source_url = Some(line.to_string());
        }
        let kind = if std::mem::take(&mut role_line_next) {
            BlockKind::Byline
        } else if let Some(k) = furniture_kinds[i] {
            furniture_seen = true;
            k
        } else if i < navigation || (i == 0 && all.len() > 2 && furniture::is_section_name(line)) {
            // The site's name and menu, copied with the headline below them; or the section
            // alone over the date and headline ("Politics ¶ Published February 17, 2025 …", Fox News).
            furniture_seen = true;
            BlockKind::Boilerplate
        } else if title.is_none() && !(is_date_line(line) && all.get(i + 1).is_some_and(|n| reads_as_headline(&text[n.start..n.end]))) {
            title = Some(line);
            meta.title = Some(line.to_string());
            BlockKind::Title
        } else if title.is_some_and(|t| t == line || (line.split_whitespace().count() >= 4 && t.ends_with(line))) {
            // A copied page repeats its headline (over the image, beside the share buttons),
            // or gives it after the page's title, which has more ("Ukraine war live: <headline>").
            furniture_seen = true;
            BlockKind::Boilerplate
        } else if is_date_line(line) {
            if meta.published.is_none() {
                meta.published = dates::parse_date(line);
            }
            // "by Jane Doe - 02/17/25 6:42 PM ET" (The Hill) names the writer too.
            if let Some(b) = in_header.then(|| byline::parse_byline(line)).flatten() {
                meta.authors.extend(b.authors);
            }
            BlockKind::Byline
        } else if in_header && line.eq_ignore_ascii_case("and") && blocks.last().is_some_and(|b| b.kind == BlockKind::Byline) && !meta.authors.is_empty() {
            // "By Jane Doe ¶ and ¶ John Roe": a byline broken over lines.
            author_next = true;
            BlockKind::Byline
        } else if let Some(name) = after_and.then(|| byline::bare_name(line)).flatten() {
            meta.authors.push(name);
            BlockKind::Byline
        } else if let Some(b) = in_header.then(|| byline::parse_byline(line)).flatten() {
            meta.authors.extend(b.authors);
            if meta.dateline.is_none() {
                meta.dateline = b.dateline;
            }
            BlockKind::Byline
        } else if let Some(name) = in_header.then(|| byline::bare_name(line)).flatten().filter(|_| {
            // Over a role line ("Political reporter", BBC); beside the date (NPR, DW) or under
            // the headline (Axios).
            // Only a known given name there: a column's name is not a writer's ("Economic
            // Scene", "The Upshot.", "TOP STORIES.").
            let before = i.checked_sub(1).and_then(|k| all.get(k));
            let beside = |k: Option<&Span>| k.is_some_and(|n| is_date_line(&text[n.start..n.end]));
            let given = line.split_whitespace().next().is_some_and(|w| Lexicon::get().given_names.contains(w.lowercase().as_str()));
            let column = line.ends_with('.') || !given;
            let under_title = before.is_some_and(|p| title == Some(&text[p.start..p.end]));
            all.get(i + 1).is_some_and(|n| byline::is_role_line(&text[n.start..n.end]))
                || (meta.authors.is_empty() && !column && (beside(before) || beside(all.get(i + 1)) || under_title))
        }) {
            meta.authors.push(name);
            role_line_next = all.get(i + 1).is_some_and(|n| byline::is_role_line(&text[n.start..n.end]));
            BlockKind::Byline
        } else {
            paragraphs += 1;
            seen_body = seen_body || paragraphs > 1 || span.len() > STANDFIRST_MAX;
            BlockKind::Paragraph
        };
        blocks.push(Block { kind, span });
    }
    mark_author_notes(text, &mut blocks, &meta.authors);
    mark_furniture_runs(text, &mut blocks);
    mark_standfirst(text, &mut blocks, navigation);
    mark_headings(text, &mut blocks);
    if furniture_seen {
        mark_trailing_furniture(text, &mut blocks);
    }
    split_wire_dateline(text, &mut blocks, &mut meta);
    (meta, blocks)
}

/// Whether `s` ends with one of `chars` (one function for every set: each `ends_with([…])`
/// array size is its own code in the module).
pub(crate) fn ends_in(s: &str, chars: &str) -> bool {
    s.chars().next_back().is_some_and(|c| chars.contains(c))
}

/// The non-blank lines of `text`, each without its leading and trailing white space.
pub fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut offset = 0;
    text.split('\n').filter_map(move |line| {
        let start = offset;
        offset += line.len() + 1;
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        (!trimmed.is_empty()).then(|| Span::new(start + lead, start + lead + trimmed.len()))
    })
}

/// How many lines at the top are the site's name and menu: a select-all copy of a page
/// starts "BBC ¶ Home ¶ News ¶ Sport ¶ <headline> ¶ 2 hours ago". They are the short lines
/// (four words at most, no sentence punctuation) that open the page, when there are three
/// or more of them (or a section's name among furniture), and a headline of four words or more
/// follows them, somewhere above the first date or byline in the header zone. Otherwise 0:
/// the first line is the title.
fn site_navigation(text: &str, all: &[Span], furniture_kinds: &[Option<BlockKind>]) -> usize {
    let line = |i: usize| all.get(i).and_then(|s| s.slice(text)).unwrap_or("");
    let is_header_line = |i: usize| {
        let l = line(i);
        is_date_line(l)
            || byline::parse_byline(l).is_some()
            || (byline::bare_name(l).is_some() && byline::is_role_line(line(i + 1)))
    };
    // A newspaper's menu can run to twenty lines and more (every section and edition).
    let limit = all.len().min(MENU_MAX + HEADER_ZONE);
    let Some(first_header) = (1..limit).find(|&i| furniture_kinds[i].is_none() && is_header_line(i)) else { return 0 };
    // No sentence punctuation at the end, though an abbreviation may be a menu item ("U.S.").
    let menu_like = |l: &str| {
        let sentence = l.ends_with(['!', '?', ':', ',']) || (l.ends_with('.') && l.contains(' '));
        l.split_whitespace().count() <= 4 && l.chars().count() <= 40 && !sentence && !l.contains(['“', '”', '"'])
    };
    let (mut menu, mut sections, mut furniture_lines) = (0, 0, 0);
    let mut i = 0;
    while i < first_header {
        let l = line(i);
        if furniture_kinds[i].is_none() {
            if !menu_like(l) {
                break;
            }
            menu += 1;
            sections += usize::from(furniture::is_section_name(l));
        } else {
            furniture_lines += 1;
        }
        i += 1;
    }
    let headline = line(i);
    // Three menu lines; or fewer with a section's name among them, on a page whose top is
    // otherwise furniture ("Skip to content ¶ Politics ¶ Today's Paper ¶ <address>").
    // Or one or two kickers of a word or two, each capitalised ("POLITICO", "News ¶ Senate"),
    // right over a headline that a byline or date follows closely.
    let kicker = |k: usize| {
        let l = line(k);
        furniture_kinds[k].is_some() || (l.split_whitespace().count() <= 2 && l.split_whitespace().all(|w| w.starts_with(char::is_uppercase)))
    };
    let kickers = (1..=2).contains(&menu) && (0..i).all(kicker) && first_header <= i + 4 && headline.split_whitespace().count() >= 5;
    let enough = menu >= 3 || (sections > 0 && menu + furniture_lines >= 2) || kickers;
    if i < first_header && enough && headline.split_whitespace().count() >= 4 && !headline.ends_with('.') {
        i
    } else {
        0
    }
}

/// A line that could be a headline under a date ("Published February 17, 2025 ¶ Hegseth says
/// …", Fox News): a few words, not a sentence.
fn reads_as_headline(line: &str) -> bool {
    line.split_whitespace().count() >= 4 && line.len() < 200 && !ends_in(line, ".:") && !is_date_line(line)
}

/// "Published: Feb, 13 2025 19:13", "Updated 3 hours ago", "13 February 2025".
fn is_date_line(line: &str) -> bool {
    if line.len() > 100 {
        return false;
    }
    let lower = line.lowercase();
    let lead = ["published", "updated", "posted", "last updated", "last modified", "first published", "modified", "publié", "mis à jour", "veröffentlicht", "aktualisiert"];
    if lead.iter().any(|p| lower.starts_with(p)) || is_relative_time(&lower) {
        return true;
    }
    // A line that is only a date (and perhaps a weekday and time).
    dates::parse_date(line).is_some() && line.split_whitespace().count() <= 8 && !line.ends_with('.')
}

/// "3 hours ago", "2 days ago", "1 hr ago": a time with no date, which stays unknown.
fn is_relative_time(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let units = ["second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks"];
    matches!(words.as_slice(), [n, unit, "ago"] if n.parse::<u32>().is_ok() && units.contains(unit))
}

/// "Jane Doe is a congressional reporter for The Washington Post.": a note on an author
/// of this article, after the story, is furniture.
fn mark_author_notes(text: &str, blocks: &mut [Block], authors: &[String]) {
    let body_start = blocks.iter().position(|b| b.kind == BlockKind::Paragraph).unwrap_or(blocks.len());
    for b in blocks.iter_mut().skip(body_start + 1) {
        let Some(l) = b.span.slice(text) else { continue };
        let about_author = authors.iter().any(|a| {
            l.strip_prefix(a.as_str()).is_some_and(|rest| [" is ", " covers ", " writes ", " reports "].iter().any(|v| rest.starts_with(v)))
        });
        if b.kind == BlockKind::Paragraph && about_author && l.len() < 300 {
            b.kind = BlockKind::Boilerplate;
        }
    }
}

/// Lines that page furniture around them shows to be furniture too, though each alone reads
/// as prose or a heading:
/// - a newsletter's sign-up box, from "Sign up to …" down to "after newsletter promotion"
///   (the Guardian's: the newsletter's name, its blurb, the privacy notice);
/// - the topics under "Follow:" or "Related topics" (a word or a name each);
/// - a video's title over its length ("02:41 - Source: CNN");
/// - a picture's caption under its credit ("Getty Images ¶ The minister spoke …", BBC),
///   which has no full stop, or over it between other furniture (NPR).
fn mark_furniture_runs(text: &str, blocks: &mut [Block]) {
    let line = |b: &Block| b.span.slice(text).unwrap_or("").lowercase();
    let prose = |k: BlockKind| matches!(k, BlockKind::Paragraph | BlockKind::Heading | BlockKind::Standfirst);
    let furniture = |k: BlockKind| matches!(k, BlockKind::Boilerplate | BlockKind::Caption | BlockKind::Credit);
    for i in 0..blocks.len() {
        // Only furniture lines open a run; a paragraph is not lower-cased for nothing.
        let here = if furniture(blocks[i].kind) { line(&blocks[i]) } else { String::new() };
        if blocks[i].kind == BlockKind::Boilerplate && here.starts_with("after newsletter promotion") {
            let from = i.saturating_sub(NEWSLETTER_BOX_MAX);
            let opens = |b: &Block| {
                let l = line(b);
                b.kind == BlockKind::Boilerplate && (l.starts_with("sign up to") || l.starts_with("skip past newsletter"))
            };
            if let Some(start) = (from..i).rev().find(|&j| opens(&blocks[j])) {
                for b in &mut blocks[start + 1..i] {
                    if prose(b.kind) && b.span.len() < 400 {
                        b.kind = BlockKind::Boilerplate;
                    }
                }
            }
        }
        if blocks[i].kind == BlockKind::Boilerplate && heads_topics(here.trim_end_matches(':')) {
            for b in blocks[i + 1..].iter_mut() {
                let l = b.span.slice(text).unwrap_or("");
                let topic = l.split_whitespace().count() <= 4 && !ends_in(l, ".!?:,”\"") && !l.contains(['“', '”', '"']);
                if !(prose(b.kind) && topic) {
                    break;
                }
                b.kind = BlockKind::Boilerplate;
            }
        }
        if i > 0 && blocks[i].kind == BlockKind::Caption && furniture::is_video_length(&here) {
            let b = &mut blocks[i - 1];
            if prose(b.kind) && b.span.len() < 200 && !line(b).ends_with('.') {
                b.kind = BlockKind::Caption;
            }
        }
        // A caption over its credit among other furniture ("Enlarge this image ¶ <caption> ¶
        // Ludovic Marin/AP", NPR): not a paragraph of the story, which other paragraphs border.
        if i > 0 && blocks[i].kind == BlockKind::Credit && prose(blocks[i - 1].kind) && (i < 2 || furniture(blocks[i - 2].kind)) && blocks[i - 1].span.len() < 300 {
            blocks[i - 1].kind = BlockKind::Caption;
        }
        if i > 0 && blocks[i - 1].kind == BlockKind::Credit && prose(blocks[i].kind) {
            let l = line(&blocks[i]);
            if blocks[i].span.len() < 250 && !ends_in(&l, ".!?:”\"") && !l.contains(['“', '”', '"']) {
                blocks[i].kind = BlockKind::Caption;
            }
        }
    }
}

/// The most lines between "Sign up to …" and "after newsletter promotion".
const NEWSLETTER_BOX_MAX: usize = 8;

/// A furniture line over a list of topics, each a line of its own.
fn heads_topics(lower: &str) -> bool {
    matches!(lower, "follow" | "topics" | "related topics" | "explore more on these topics" | "suggested topics" | "see all topics")
}

/// A short paragraph between the title and the byline (or first in the body, before the
/// byline) is the standfirst.
fn mark_standfirst(text: &str, blocks: &mut [Block], navigation: usize) {
    // The byline under the title: a date may stand above it (Fox News).
    let title_at = blocks.iter().position(|b| b.kind == BlockKind::Title).unwrap_or(0);
    let Some(byline_at) = blocks.iter().take(navigation + HEADER_ZONE).skip(title_at).position(|b| b.kind == BlockKind::Byline).map(|p| p + title_at) else { return };
    for b in blocks[title_at..byline_at].iter_mut() {
        if b.kind == BlockKind::Paragraph && b.span.len() <= STANDFIRST_MAX && !ends_open(text, b.span) {
            b.kind = BlockKind::Standfirst;
        }
    }
}

fn ends_open(text: &str, span: Span) -> bool {
    span.slice(text).is_some_and(|s| s.ends_with(':'))
}

/// A short line without closing punctuation between body paragraphs is a heading.
fn mark_headings(text: &str, blocks: &mut [Block]) {
    for i in 1..blocks.len().saturating_sub(1) {
        let (prev, cur, next) = (blocks[i - 1], blocks[i], blocks[i + 1]);
        if cur.kind != BlockKind::Paragraph || prev.kind != BlockKind::Paragraph || next.kind != BlockKind::Paragraph {
            continue;
        }
        let Some(line) = cur.span.slice(text) else { continue };
        let words = line.split_whitespace().count();
        let last = line.chars().next_back().unwrap_or('.');
        let starts_upper = line.chars().next().is_some_and(char::is_uppercase);
        // "KATE BOULDUAN: Why not debate?", "Q: Will you run again?": a turn of a transcript
        // or an interview; "Lester Holt: [00:05]" labels one.
        let quoted = line.contains(['“', '”', '"']) || quotes::turn_label_len(line) > 0 || quotes::is_timed_label(line);
        if words <= 10
            && line.len() < 90
            && starts_upper
            && !quoted
            && !matches!(last, '.' | '!' | ':' | ';' | ',' | '”' | '"' | '’' | ')' | '…')
            && next.span.len() > 2 * cur.span.len()
        {
            blocks[i].kind = BlockKind::Heading;
        }
    }
}

/// On a page that has furniture, short unpunctuated lines after the last real paragraph are
/// more of it ("Most Read", topic tags); so is a list of links under "Related" or "More on
/// this story" there, with the links' dates ("US tariffs: What they mean for you ¶ 3 days
/// ago").
fn mark_trailing_furniture(text: &str, blocks: &mut [Block]) {
    let ends_sentence = |l: &str| l.ends_with(['.', '!', '?', '”', '"', '’', ')']);
    let last_real = blocks.iter().rposition(|b| {
        b.kind == BlockKind::Paragraph && b.span.slice(text).is_some_and(|l| ends_sentence(l) && l.split_whitespace().count() > 12)
    });
    if let Some(last) = last_real {
        let opens_links = |b: &Block| b.kind == BlockKind::Boilerplate && b.span.slice(text).is_some_and(furniture::heads_links);
        if let Some(start) = blocks[last + 1..].iter().position(opens_links).map(|p| last + 1 + p) {
            for b in &mut blocks[start + 1..] {
                let Some(l) = b.span.slice(text) else { continue };
                // A link's headline may be a question ("What could UK troops do in Ukraine?").
                let link = matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading) && !ends_in(l, ".”\")") && l.split_whitespace().count() <= 15;
                if link || (b.kind == BlockKind::Byline && is_date_line(l)) {
                    b.kind = BlockKind::Boilerplate;
                }
            }
        }
    }
    for b in blocks.iter_mut().rev() {
        let Some(line) = b.span.slice(text) else { continue };
        match b.kind {
            BlockKind::Boilerplate | BlockKind::Caption | BlockKind::Credit => continue,
            BlockKind::Paragraph | BlockKind::Heading => {
                let last = line.chars().next_back().unwrap_or('.');
                if line.split_whitespace().count() <= 5 && !matches!(last, '.' | '!' | '?' | '”' | '"' | '’' | ')') {
                    b.kind = BlockKind::Boilerplate;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
}

/// "BRUSSELS (AP) — …" at the start of one of the first paragraphs becomes a dateline block
/// of its own; a line that is only a dateline ("Paris CNN —") is one. A gallery's captions or
/// a list of key points may come before it.
fn split_wire_dateline(text: &str, blocks: &mut Vec<Block>, meta: &mut Meta) {
    let candidates = blocks.iter().enumerate().filter(|(_, b)| matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading)).take(DATELINE_SEARCH);
    let Some((i, (place, len))) = candidates.map(|(i, b)| (i, b.span.slice(text).and_then(byline::wire_dateline))).find_map(|(i, d)| d.map(|d| (i, d))) else {
        return;
    };
    let b = blocks[i];
    let Some(para) = b.span.slice(text) else { return };
    if meta.dateline.is_none() {
        meta.dateline = Some(place);
    }
    let rest = &para[len..];
    let lead = rest.len() - rest.trim_start().len();
    if rest.trim().is_empty() {
        blocks[i].kind = BlockKind::Dateline;
        return;
    }
    blocks[i] = Block { kind: BlockKind::Dateline, span: Span::new(b.span.start, b.span.start + len) };
    blocks.insert(i + 1, Block { kind: BlockKind::Paragraph, span: Span::new(b.span.start + len + lead, b.span.end) });
}

/// How many of the first paragraphs may open with the wire dateline.
const DATELINE_SEARCH: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
        parse(text).1.into_iter().map(|b| (b.kind, &text[b.span.start..b.span.end])).collect()
    }

    #[test]
    fn plain_text_is_a_title_and_paragraphs() {
        let text = "  Headline \n\n\tFirst para.\nSecond para.\n \n";
        let (meta, _) = parse(text);
        assert_eq!(meta.title.as_deref(), Some("Headline"));
        assert_eq!(
            kinds(text),
            vec![(BlockKind::Title, "Headline"), (BlockKind::Paragraph, "First para."), (BlockKind::Paragraph, "Second para.")]
        );
    }

    #[test]
    fn blank_input_has_no_blocks() {
        assert!(parse("").1.is_empty());
        assert!(parse(" \n\t\n").1.is_empty());
    }

    #[test]
    fn wire_dateline_becomes_its_own_block() {
        let text = "Title here\n\nBy JANE DOE, Associated Press\n\nBRUSSELS (AP) — Nato ministers met on Thursday.";
        let (meta, _) = parse(text);
        assert_eq!(meta.dateline.as_deref(), Some("Brussels"));
        assert_eq!(meta.authors, vec!["Jane Doe".to_string()]);
        let k = kinds(text);
        assert_eq!(k[2], (BlockKind::Dateline, "BRUSSELS (AP) —"));
        assert_eq!(k[3], (BlockKind::Paragraph, "Nato ministers met on Thursday."));
    }
}
