//! Text copied out of a PDF, an e-mail or a plain-text newsletter breaks its lines at a width,
//! not at paragraphs: "European leaders met in Paris on Monday for emergency talks on ¶
//! Ukraine, as …". Every line would be a block of its own, with sentences and quotations cut
//! in two. Such breaks become spaces, one character for one, so every offset into the text
//! still points at what the person pasted.

/// `text` with the line breaks inside its wrapped paragraphs turned into spaces, when its
/// lines are wrapped at a width; otherwise `text` as it was.
pub fn unwrap_lines(text: String) -> String {
    let breaks = width_breaks(&text);
    if breaks.is_empty() {
        return text;
    }
    let mut bytes = text.into_bytes();
    for at in breaks {
        bytes[at] = b' ';
    }
    // Only ASCII newlines became ASCII spaces: still UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

/// The byte offsets of the line breaks the width made.
fn width_breaks(text: &str) -> Vec<usize> {
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(width) = wrap_width(&lines) else { return Vec::new() };
    let mut out = Vec::new();
    let mut at = 0;
    for pair in lines.windows(2) {
        at += pair[0].len();
        if joins(pair[0].trim_end(), pair[1].trim(), width) {
            out.push(at);
        }
        at += 1;
    }
    out
}

/// The fewest lines that can show a width.
const MIN_LINES: usize = 6;

/// The width the lines were wrapped at (the longest line, in characters), when they look
/// wrapped: no line far longer than a page's width, and a quarter of the lines (three or
/// more) filling most of it and ending mid-sentence, with another line right after them. A
/// copied web page has one line per paragraph, each ending on a full stop; its lines that
/// stop mid-sentence are short (a menu, a headline, a name).
fn wrap_width(lines: &[&str]) -> Option<usize> {
    let filled = lines.iter().filter(|l| !l.trim().is_empty()).count();
    if filled < MIN_LINES {
        return None;
    }
    let width = lines.iter().map(|l| l.trim().chars().count()).max()?;
    let cut = lines.windows(2).filter(|p| {
        let l = p[0].trim();
        ends_open(l) && l.chars().count() * 10 >= width * 7 && !p[1].trim().is_empty()
    });
    let cut = cut.count();
    ((30..=130).contains(&width) && cut >= 3 && cut * 4 >= filled).then_some(width)
}

/// Whether the break between `line` and `next` is the width's, not the writer's: a line
/// of most of the width that stops mid-sentence, or one so full that the next word could
/// not have fitted on it. Never before a list's item or a transcript's speaker.
fn joins(line: &str, next: &str, width: usize) -> bool {
    if line.is_empty() || next.is_empty() || starts_item(next) {
        return false;
    }
    let len = line.chars().count();
    let next_word = next.split_whitespace().next().map_or(0, |w| w.chars().count());
    (ends_open(line) && len * 5 >= width * 3) || len + 1 + next_word > width
}

/// Ends on a letter, a digit or a comma: mid-sentence.
fn ends_open(line: &str) -> bool {
    line.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// "• …", "- …", "1. …", "PENCE: …": a line that starts something of its own.
fn starts_item(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    let numbered = first.len() <= 3 && first.ends_with(['.', ')']) && first[..first.len() - 1].bytes().all(|b| b.is_ascii_digit());
    let label = first.len() > 2 && first.ends_with(':') && first[..first.len() - 1].chars().all(|c| c.is_uppercase());
    matches!(first, "•" | "-" | "*" | "–" | "—" | "·") || numbered || label
}

#[cfg(test)]
mod tests {
    use super::unwrap_lines;

    #[test]
    fn joins_a_wrapped_paragraph_and_keeps_every_offset() {
        let wrapped = "Europe scrambles to respond\n\n\
            European leaders met in Paris on Monday for emergency talks on\n\
            Ukraine, as the continent scrambled to respond to the Trump\n\
            administration's decision to open negotiations with Russia.\n\
            “Europe is facing a moment of truth,” French President Emmanuel\n\
            Macron said at the start of the meeting. “We cannot be spectators\n\
            of our own security.”\n\n\
            German Chancellor Olaf Scholz was more cautious. “It is highly\n\
            inappropriate to talk about this now,” he told reporters.\n";
        let out = unwrap_lines(wrapped.to_string());
        assert_eq!(out.len(), wrapped.len());
        let paragraphs: Vec<&str> = out.split('\n').filter(|l| !l.is_empty()).collect();
        assert_eq!(paragraphs.len(), 3, "{paragraphs:#?}");
        assert!(paragraphs[1].starts_with("European leaders") && paragraphs[1].ends_with("of our own security.”"));
        assert_eq!(paragraphs[2], "German Chancellor Olaf Scholz was more cautious. “It is highly inappropriate to talk about this now,” he told reporters.");
    }

    #[test]
    fn leaves_a_page_of_one_line_paragraphs_and_lists_alone() {
        let page = "Headline of the story\nBy Jane Doe\n13 February 2025\nThe first paragraph is long enough to be a paragraph of a web page and ends here.\n\
            “A quotation,” she said.\nAnother paragraph, also ending on its full stop.\nShare\nMore for You\n";
        assert_eq!(unwrap_lines(page.to_string()), page);
        let list = "Things to know\n\n- the first point of the list runs on\n- the second point runs on as well\n- the third\n- and the fourth\n- then the fifth\n- the sixth, too\n";
        assert_eq!(unwrap_lines(list.to_string()), list);
    }
}
