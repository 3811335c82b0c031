//! Quotations: curly and straight double quotes, single quotes in headlines and nested
//! quotes, « » and „ “, and quotations that run over several paragraphs (each paragraph opens
//! with a mark, only the last closes; one that opened after other words in its paragraph is
//! split into a quotation per paragraph, the earlier ones with an empty `close`).
//! Apostrophes (Ukraine’s, ’90s) are not quotes. An unbalanced mark is dropped at the end of
//! its paragraph, so it never swallows the rest of the article.

use crate::core::article::{Block, BlockKind};
use crate::core::text::Span;
use crate::core::sort;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The words between the marks.
    pub span: Span,
    /// The opening and closing marks.
    pub open: Span,
    pub close: Span,
    /// Inside another quotation.
    pub nested: bool,
    /// A transcript's or an interview's turn: the speaker's words, unmarked, which a
    /// fact-checker reads for claims as for anything the article says.
    pub turn: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// “…” or "…" (straight: `straight` is true).
    Double { straight: bool },
    /// „…“ (German).
    Low,
    /// ‘…’ or '…'.
    Single { straight: bool },
    /// «…».
    Guillemet,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    mark: Mark,
    at: usize,
    len: usize,
}

/// Finds quotations in the article's blocks, in text order. Furniture and bylines are skipped.
pub fn find(text: &str, blocks: &[Block]) -> Vec<Quotation> {
    let mut out = Found::default();
    let mut stack: Vec<Open> = Vec::new();
    let readable: Vec<&Block> = blocks.iter().filter(|b| reads(b)).collect();
    // Some British pages quote with straight single marks only ('We will not be bullied,' he
    // said). Where the article has no double marks at all, a straight single pair in the
    // body is a quotation too; anywhere else such a pair is an apostrophe's business.
    let singles_quote = {
        let body = || readable.iter().filter_map(|b| b.span.slice(text));
        // ('' is a double mark too, in some archives.)
        !body().any(|s| s.contains(['"', '“', '”', '„', '«']) || s.contains("''")) && body().any(|s| s.contains(" '") || s.starts_with('\''))
    };
    let (transcript, interview) = turns(text, &readable);
    // A transcript whose labels stand on lines of their own with the time ("Lester Holt:
    // (00:05)", as transcription services print them): each paragraph up to the next label is
    // that speaker's words.
    let label_starts: Vec<usize> = blocks.iter().zip(timed_labels(text, blocks)).filter(|(_, l)| *l).map(|(b, _)| b.span.start).collect();
    let timed_transcript = !label_starts.is_empty();
    let timed = |b: &Block| label_starts.binary_search(&b.span.start).is_ok();
    let mut timed_turn = false;
    // Where the label line just passed starts: a turn's first paragraph takes that line as its
    // opening mark, so the label names the speaker; the turn's later paragraphs go on from it.
    let mut label_line: Option<usize> = None;
    for (bi, block) in readable.iter().enumerate() {
        let Some(s) = block.span.slice(text) else { continue };
        if timed_transcript && timed(block) {
            timed_turn = true;
            label_line = Some(block.span.start);
            stack.clear();
            continue;
        }
        let label_line = label_line.take().unwrap_or(block.span.start);
        // (A turn opens with its label, not a mark, so no quotation runs on into it.)
        let turn = if transcript { turn_of(text, block) } else if interview { interview_label(text, block, b'A') } else { 0 };
        let turn = match turn {
            0 if timed_turn && block.kind == BlockKind::Paragraph => Some(Open { mark: Mark::Double { straight: false }, at: label_line, len: block.span.start - label_line }),
            0 => None,
            n => Some(Open { mark: Mark::Double { straight: false }, at: block.span.start, len: n }),
        };
        let headline = matches!(block.kind, BlockKind::Title | BlockKind::Heading | BlockKind::Standfirst);
        // A quotation carried over from the previous paragraph: skip this paragraph's
        // opening mark, which repeats it.
        // Only the same kind of mark repeats it: a straight quotation running on is not
        // continued by a paragraph opening with a curly one, which is a quotation of its own.
        let carried: Vec<char> = stack.iter().filter_map(|o| o.mark.opener()).collect();
        let mut skip_first_open = !carried.is_empty();
        let quotes_before = out.quotes.len();
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut leading = true;
        for (ci, &(off, c)) in chars.iter().enumerate() {
            let at = block.span.start + off;
            let prev = if ci == 0 { None } else { Some(chars[ci - 1].1) };
            let next = chars.get(ci + 1).map(|x| x.1);
            let len = c.len_utf8();
            let first = leading;
            leading = leading && c.is_whitespace();
            if skip_first_open && first && carried.contains(&c) {
                skip_first_open = false;
                continue;
            }
            if !c.is_whitespace() {
                skip_first_open = false;
            }
            let depth = stack.len();
            match c {
                '“' => {
                    let curly_open = stack.last().is_some_and(|o| o.mark == Mark::Double { straight: false });
                    if stack.last().is_some_and(|o| o.mark == Mark::Low) {
                        out.close(&mut stack, |m| m == Mark::Low, at, len);
                    } else if curly_open && closes(prev, next) && !opens(prev, next) {
                        // A closing mark typed the wrong way round: “It's unusual,“ said …
                        out.close(&mut stack, |m| m == Mark::Double { straight: false }, at, len);
                    } else {
                        stack.push(Open { mark: Mark::Double { straight: false }, at, len });
                    }
                }
                '”' if first && stack.is_empty() && (next.is_some_and(|n| !n.is_whitespace()) || opens_on_ellipsis(&s[off + len..])) => {
                    // A paragraph opened with the wrong mark (”Mr. Trump …, ” … what I learned).
                    // The spaces after it belong to the mark, as a guillemet's do.
                    let rest = &s[off + len..];
                    let space = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
                    stack.push(Open { mark: Mark::Double { straight: false }, at, len: len + space });
                }
                '”' => out.close(&mut stack, |m| matches!(m, Mark::Double { .. }), at, len),
                '„' => stack.push(Open { mark: Mark::Low, at, len }),
                // French typography spaces guillemets from their words (« Nous … »); the
                // spaces belong to the marks, not the quotation.
                '«' => {
                    let space = next.filter(|n| n.is_whitespace()).map_or(0, char::len_utf8);
                    stack.push(Open { mark: Mark::Guillemet, at, len: len + space });
                }
                '»' => {
                    let space = prev.filter(|p| p.is_whitespace()).map_or(0, char::len_utf8);
                    out.close(&mut stack, |m| m == Mark::Guillemet, at - space, len + space);
                }
                '"' => {
                    let open_straight = stack.iter().any(|o| o.mark == Mark::Double { straight: true });
                    let curly_open = stack.last().is_some_and(|o| o.mark == Mark::Double { straight: false });
                    // "They told me, 'Well done,' " said …: a space between the nested and
                    // the outer closing marks.
                    let spaced_close = prev == Some(' ') && ci >= 2 && matches!(chars[ci - 2].1, '\'' | '’') && next.is_none_or(char::is_whitespace);
                    if open_straight && (closes(prev, next) || spaced_close) {
                        out.close(&mut stack, |m| m == Mark::Double { straight: true }, at, len);
                    } else if !open_straight && curly_open && closes(prev, next) && !opens(prev, next) {
                        // Mixed marks, common in wire copy: “crumbling," she said.
                        out.close(&mut stack, |m| m == Mark::Double { straight: false }, at, len);
                    } else if opens(prev, next) {
                        stack.push(Open { mark: Mark::Double { straight: true }, at, len });
                    }
                }
                '‘' | '‚' if opens(prev, next) => stack.push(Open { mark: Mark::Single { straight: false }, at, len }),
                '’' | '‘' => {
                    let in_word = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
                    let open_single = stack.iter().any(|o| o.mark == Mark::Single { straight: false });
                    if !in_word && open_single && closes(prev, next) {
                        out.close(&mut stack, |m| m == Mark::Single { straight: false }, at, len);
                    }
                }
                '\'' => {
                    let in_word = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
                    let allowed = headline || !stack.is_empty() || singles_quote;
                    let open_single = stack.iter().any(|o| o.mark == Mark::Single { straight: true });
                    // In running text a single straight pair around one word is more often
                    // an elision ("rock 'n' roll") than a quotation.
                    let one_word = || {
                        stack.iter().rposition(|o| o.mark == Mark::Single { straight: true }).is_some_and(|i| {
                            text.get(stack[i].at + stack[i].len..at).is_some_and(|inner| !inner.contains(char::is_whitespace))
                        })
                    };
                    if in_word || !allowed {
                    } else if open_single && closes(prev, next) && !headline && stack.len() == 1 && one_word() {
                        stack.clear();
                    } else if open_single && closes(prev, next) {
                        out.close(&mut stack, |m| m == Mark::Single { straight: true }, at, len);
                    } else if opens(prev, next) && next.is_some_and(char::is_alphanumeric) {
                        stack.push(Open { mark: Mark::Single { straight: true }, at, len });
                    }
                }
                _ => {}
            }
            // A transcript's turn, "PENCE: Well, look, …": the label goes with the opening
            // mark, so the quotation is the words and the label names the speaker.
            if let (true, Some(o)) = (first && stack.len() > depth, stack.last_mut()) {
                o.len += label_len(&s[off + len..]);
            }
        }
        if let Some(label) = turn {
            // Quotations inside the turn are quoted within it.
            for around in &mut out.enclosing[quotes_before..] {
                around.push(label.at);
            }
            out.run_on(label, block.span.start + s.trim_end().len(), true);
        }
        // End of paragraph: single quotes never run on; a double quote runs on only when
        // the next paragraph opens with a mark — and not when a speaker's label follows that
        // mark ("PENCE: …"): in a transcript that is the next speaker's turn, and this one
        // ends with its paragraph.
        stack.retain(|o| matches!(o.mark, Mark::Double { .. } | Mark::Guillemet));
        let openers: Vec<char> = stack.iter().filter_map(|o| o.mark.opener()).collect();
        let next = readable.get(bi + 1).and_then(|b| b.span.slice(text)).map(str::trim_start).and_then(|n| n.chars().next().filter(|c| openers.contains(c)).map(|c| &n[c.len_utf8()..]));
        let next_turn = next.is_some_and(|rest| label_len(rest) > 0);
        let continues = next.is_some() && !next_turn;
        // The transcript's last turn ends with its paragraph too, when no paragraph goes on
        // with a mark (its closing mark was left after a sign-off the page's furniture took).
        let labelled = |o: &Open| opens_on_label(text, Span::new(o.at, o.at + o.len));
        if let ([only], true) = (&stack[..], next_turn || !continues && stack.first().is_some_and(labelled)) {
            out.run_on(*only, block.span.start + s.trim_end().len(), false);
        }
        if !continues {
            stack.clear();
        } else if let [only] = stack[..] {
            // A quotation opened after a cue ("he said. “They … inside. ¶ “This …,” he said.")
            // running on into the next paragraph is one quotation per paragraph, as the
            // attributions run. One opening its paragraph may be an excerpt (a transcript, a
            // quoted report) and stays whole, as does one with a quotation closed inside it,
            // whose own marks are the quotations.
            let lead = s.len() - s.trim_start().len();
            let opened_here = only.at > block.span.start + lead;
            let inner_closed = out.quotes[quotes_before..].iter().any(|q| q.open.start > only.at);
            if opened_here && !inner_closed {
                let end = block.span.start + s.trim_end().len();
                out.run_on(only, end, false);
                stack.clear();
            }
        }
    }
    let mut found = out.finish();
    // A turn whose label opened with a mark (“PENCE: …”) is a turn too.
    for q in &mut found {
        q.turn |= opens_on_label(text, q.open);
    }
    found
}

/// Whether an opening (a mark and what was read with it) holds a speaker's label: “PENCE: …
fn opens_on_label(text: &str, open: Span) -> bool {
    open.slice(text).is_some_and(|m| m.contains(':'))
}

/// Quotations as they close, with the openers around each.
#[derive(Default)]
struct Found {
    quotes: Vec<Quotation>,
    /// For each quotation, the positions of the marks open around it when it closed.
    enclosing: Vec<Vec<usize>>,
    /// Positions of opening marks that were closed.
    closed: Vec<usize>,
}

impl Found {
    /// Closes the innermost open mark that `fits`, dropping unclosed marks opened inside it.
    fn close(&mut self, stack: &mut Vec<Open>, fits: impl Fn(Mark) -> bool, at: usize, len: usize) {
        let Some(i) = stack.iter().rposition(|o| fits(o.mark)) else { return };
        let open = stack[i];
        stack.truncate(i);
        // Nothing between the marks (“”, or « » whose spaces the marks took): no quotation.
        if open.at + open.len < at {
            let span = Span::new(open.at + open.len, at);
            self.quotes.push(Quotation { span, open: Span::new(open.at, open.at + open.len), close: Span::new(at, at + len), nested: false, turn: false });
            self.enclosing.push(stack.iter().map(|o| o.at).collect());
            self.closed.push(open.at);
        }
    }

    /// A quotation whose paragraph ends before its closing mark: it closes, unmarked, at
    /// `end`. `turn`: it is a transcript's turn.
    fn run_on(&mut self, open: Open, end: usize, turn: bool) {
        let span = Span::new(open.at + open.len, end);
        if !span.is_empty() {
            self.quotes.push(Quotation { span, open: Span::new(open.at, open.at + open.len), close: Span::new(end, end), nested: false, turn });
            self.enclosing.push(Vec::new());
            self.closed.push(open.at);
        }
    }

    /// A quotation is nested only when a mark around it closed too: an excerpt whose
    /// paragraphs open with a mark and never close does not hide the quotations inside it.
    fn finish(self) -> Vec<Quotation> {
        let closed: std::collections::HashSet<usize> = self.closed.into_iter().collect();
        let mut out: Vec<Quotation> = self
            .quotes
            .into_iter()
            .zip(self.enclosing)
            .map(|(mut q, around)| {
                q.nested = around.iter().any(|a| closed.contains(a));
                q
            })
            .collect();
        sort::sort_by_key(&mut out, |q| (q.open.start, q.close.end));
        out
    }
}

impl Mark {
    /// The mark that opens a paragraph continuing a quotation of this kind.
    fn opener(self) -> Option<char> {
        match self {
            Mark::Double { straight: true } => Some('"'),
            Mark::Double { straight: false } => Some('“'),
            Mark::Guillemet => Some('«'),
            Mark::Low | Mark::Single { .. } => None,
        }
    }
}

/// An opening mark sits at the start of a word: after space, start, or opening punctuation.
fn opens(prev: Option<char>, next: Option<char>) -> bool {
    let before_ok = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '“' | '‘' | '"' | ':' | '/'));
    before_ok && next.is_some_and(|n| !n.is_whitespace())
}

/// Whether the article's `readable` paragraphs are turns: a transcript's without marks
/// ("TAPPER: Do you think …", "FALLIN: I think …"), each its speaker's words, where three
/// turns under two labels or more make a transcript (a kicker, "UPDATE: …", comes once, and a
/// lone label may be a heading's); or an interview's printed as questions and answers ("Q: …"
/// ¶ "A: …"), each answer the interviewee's words, the questions the publication's.
fn turns(text: &str, readable: &[&Block]) -> (bool, bool) {
    let mut labels = readable.iter().filter_map(|b| text.get(b.span.start..b.span.start + turn_of(text, b)).filter(|l| !l.is_empty()));
    let first = labels.next();
    let (mut turns, mut others) = (1, false);
    for l in labels {
        turns += 1;
        others |= l.trim_end() != first.unwrap_or("").trim_end();
    }
    let answers = readable.iter().filter(|b| interview_label(text, b, b'A') > 0).count();
    let interview = answers >= 2 && answers + readable.iter().filter(|b| interview_label(text, b, b'Q') > 0).count() >= 3;
    (turns >= 3 && others, interview)
}

/// The length of the speaker's label opening a paragraph of `blocks` that is a turn of a
/// transcript or an interview printed without time lines ("TAPPER: ", "Q: "), else 0: the
/// reading view and the HTML view set these labels off from what is said.
pub fn inline_labels(text: &str, blocks: &[Block]) -> Vec<usize> {
    let readable: Vec<&Block> = blocks.iter().filter(|b| reads(b)).collect();
    let (transcript, interview) = turns(text, &readable);
    blocks
        .iter()
        .map(|b| match reads(b) {
            false => 0,
            _ if transcript => turn_of(text, b),
            _ if interview => interview_label(text, b, b'A').max(interview_label(text, b, b'Q')),
            _ => 0,
        })
        .collect()
}

/// Whether quotations are looked for in `b`: furniture and bylines are skipped.
fn reads(b: &Block) -> bool {
    !b.kind.is_furniture() && !matches!(b.kind, BlockKind::Byline)
}

/// The length of a transcript's speaker label opening paragraph `b`, or 0.
fn turn_of(text: &str, b: &Block) -> usize {
    if b.kind == BlockKind::Paragraph { b.span.slice(text).map_or(0, label_len) } else { 0 }
}

/// A closing mark sits at the end of a word: after a non-space, before space, punctuation or end.
fn closes(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
}

/// The length of a transcript's speaker label at the start of `rest` — one to three words in
/// capitals, a colon and spaces ("PENCE: ", "JAKE TAPPER: ") — or 0. Between the name and the
/// colon, cable news transcripts put a note in brackets and a description in capitals ("SEN.
/// AMY KLOBUCHAR (D-MN): ", "DONALD TRUMP (R), FORMER PRESIDENT OF THE UNITED STATES: ").
pub fn label_len(rest: &str) -> usize {
    let caps = |c: &u8| c.is_ascii_uppercase() || matches!(c, b' ' | b'.' | b'-' | b'\'');
    let b = rest.as_bytes();
    let run = b.iter().take_while(|c| caps(c)).count();
    let name = run - b[..run].iter().rev().take_while(|&&c| c == b' ').count();
    let words = b[..name].iter().filter(|&&c| c == b' ').count() + 1;
    let fits = name >= 2 && b[1].is_ascii_uppercase() && words <= 3;
    let mut at = name;
    if let Some(note) = rest[at..].strip_prefix(" (").and_then(|r| r.find(')').filter(|&n| n <= 30 && !r[..n].contains([':', '('])) ) {
        at += note + 3;
    }
    if rest[at..].starts_with(", ") {
        let description = b[at + 2..].iter().take_while(|c| caps(c) || **c == b',').count();
        if (1..=80).contains(&description) {
            at += 2 + description;
        }
    }
    match rest.get(at..).map_or(0, label_len_after_name) {
        n if fits && n > 0 => at + n,
        _ => 0,
    }
}

/// The length of a turn's label at the start of `rest`, a speaker's ("TAPPER: ") or an
/// interview's ("Q: "), or 0: words that are no part of what the turn says.
pub fn turn_label_len(rest: &str) -> usize {
    label_len(rest) + interview_label_len(rest)
}

/// Which of `blocks` are a timed transcript's label lines ("Lester Holt: (00:05)"): paragraphs
/// that are such a line, where there are two or more (a lone time is a dateline's or a
/// video's). The quotation rules read the turns by them; the reading view draws them as labels.
pub fn timed_labels(text: &str, blocks: &[Block]) -> Vec<bool> {
    let labels: Vec<bool> = blocks.iter().map(|b| b.kind == BlockKind::Paragraph && b.span.slice(text).is_some_and(is_timed_label)).collect();
    if labels.iter().filter(|&&l| l).nth(1).is_some() {
        labels
    } else {
        vec![false; labels.len()]
    }
}

/// Whether `line` is a transcript's label alone with the time the turn starts: a name of one
/// to five words, each capitalised or a number ("Speaker 2"), then a colon and the time in
/// brackets, as Rev prints it ("Lester Holt: (00:05)", "President Donald J. Trump: [1:02:17]"),
/// or two spaces and the bare time, as Otter does ("Lester Holt  0:05"). (A time after a colon
/// or one space is a page's: "Updated: 12:45", "Updated 12:45".)
pub fn is_timed_label(line: &str) -> bool {
    let line = line.trim_end();
    let b = line.as_bytes();
    let bracket = match b.last() {
        Some(b')') => Some('('),
        Some(b']') => Some('['),
        _ => None,
    };
    let end = b.len() - usize::from(bracket.is_some());
    let start = b[..end].iter().rposition(|c| !(c.is_ascii_digit() || *c == b':')).map_or(0, |i| i + 1);
    // "0:05", "00:05", "1:02:17": one or two digits, then one or two of ":" and two digits.
    let time = &b[start..end];
    let head = time.iter().take_while(|c| c.is_ascii_digit()).count();
    let tail = &time[head..];
    let clock = (1..=2).contains(&head) && matches!(tail.len(), 3 | 6) && tail.chunks(3).all(|c| c[0] == b':' && c[1].is_ascii_digit() && c[2].is_ascii_digit());
    let before = &line[..start];
    let name = match bracket {
        Some(open) => before.strip_suffix(open).and_then(|n| n.trim_end_matches([' ', '\u{a0}']).strip_suffix(':')),
        None => before.strip_suffix("  ").map(str::trim_end),
    };
    let named = name.is_some_and(|n| n.split(' ').count() <= 5 && n.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())));
    clock && named
}

/// The length of an interview's label ("Q: ", "A: ") at the start of `rest`, or 0. The White
/// House's transcripts set a reporter's question off with spaces alone ("Q    Thank you.").
fn interview_label_len(rest: &str) -> usize {
    let spaced = rest.strip_prefix('Q').map_or(0, |r| {
        let words = r.trim_start_matches([' ', '\t', '\u{a0}']);
        let gap = &r[..r.len() - words.len()];
        if !words.is_empty() && (gap.chars().nth(1).is_some() || gap.starts_with('\t')) { gap.len() } else { 0 }
    });
    match rest.strip_prefix(['Q', 'A']).map_or(0, label_len_after_name).max(spaced) {
        0 => 0,
        n => n + 1,
    }
}

/// The length of the label for `letter` ("A: ") opening paragraph `b`, or 0.
fn interview_label(text: &str, b: &Block, letter: u8) -> usize {
    match b.span.slice(text) {
        Some(s) if b.kind == BlockKind::Paragraph && s.as_bytes().first() == Some(&letter) => interview_label_len(s),
        _ => 0,
    }
}

/// The length of a label's colon and spaces at the start of `rest`, when words follow them
/// (": Well"), or 0.
fn label_len_after_name(rest: &str) -> usize {
    let spaces = rest.strip_prefix(':').map_or(0, |r| r.len() - r.trim_start_matches([' ', '\u{a0}']).len());
    if spaces > 0 && rest[1 + spaces..].starts_with(|c: char| !c.is_whitespace()) {
        1 + spaces
    } else {
        0
    }
}

/// Whether `rest` (what follows a mark) is spaces then an ellipsis: ” … what I learned is
/// that …” opens on words left out, so the mark before it opens too.
fn opens_on_ellipsis(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    rest.starts_with('…') || rest.starts_with("...")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lines;

    fn quotes(text: &str) -> Vec<&str> {
        let blocks: Vec<Block> = lines(text).map(|span| Block { kind: BlockKind::Paragraph, span }).collect();
        find(text, &blocks).into_iter().filter(|q| !q.nested).map(|q| &text[q.span.start..q.span.end]).collect()
    }

    #[test]
    fn curly_straight_and_foreign_marks() {
        assert_eq!(quotes("He said “everything is on the table” today."), vec!["everything is on the table"]);
        assert_eq!(quotes("He said \"it is over,\" and left."), vec!["it is over,"]);
        assert_eq!(quotes("Il a dit « c’est fini » hier."), vec!["c’est fini"]);
        assert_eq!(quotes("Er sagte „es ist vorbei“ gestern."), vec!["es ist vorbei"]);
    }

    #[test]
    fn mixed_curly_and_straight_marks_pair_up() {
        assert_eq!(
            quotes("“Our roads are crumbling,\" she said. \"Families endure blackouts.”"),
            vec!["Our roads are crumbling,", "Families endure blackouts."]
        );
        // A closing mark typed the wrong way round still closes.
        assert_eq!(quotes("“It's unusual,“ said Larry Noble. “It is hard.”"), vec!["It's unusual,", "It is hard."]);
        // Straight quotes nested in curly ones stay nested, not closing.
        assert_eq!(quotes("“He told me \"no\" twice,” she said."), vec!["He told me \"no\" twice,"]);
        // A space between a nested and the outer closing mark.
        assert_eq!(quotes("\"They told me, 'Well done,' \" said Rep. Diane Russell."), vec!["They told me, 'Well done,' "]);
    }

    #[test]
    fn straight_single_marks_quote_where_an_article_has_no_double_ones() {
        assert_eq!(
            quotes("'We will not be bullied,' said Mr Starmer.\nThe Smiths' dog and rock 'n' roll. He added: 'It's over.'"),
            vec!["We will not be bullied,", "It's over."]
        );
        // With double marks about, straight singles stay apostrophes.
        assert_eq!(quotes("He said \"yes\" to the 'plan' today."), vec!["yes"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quotes("Ukraine’s army and the ’90s and Jones’ car."), Vec::<&str>::new());
        assert_eq!(quotes("“Ukraine’s borders,” he said, “are not negotiable.”"), vec!["Ukraine’s borders,", "are not negotiable."]);
    }

    #[test]
    fn a_transcript_is_one_quotation_per_speaker_turn() {
        let text = "Partial transcript as follows:\n\"WALLACE: Will she be there?\n\"PENCE: Well, look, no.\n\"(CROSSTALK.)\n\"JAKE TAPPER: Thank you.\"\nVIDEO: not quoted.";
        assert_eq!(quotes(text), vec!["Will she be there?", "Well, look, no.\n\"(CROSSTALK.)", "Thank you."]);
        // The last turn ends with its paragraph when the next is no turn and opens no mark
        // (a sign-off the page's furniture took, with the closing mark).
        let blocks: Vec<Block> = lines("Transcript:\n\"WALLACE: Will she be there?\n\"PENCE: No.\n\"Follow Pam Key on Twitter.\"").enumerate().map(|(i, span)| Block { kind: if i == 3 { BlockKind::Boilerplate } else { BlockKind::Paragraph }, span }).collect();
        let text = "Transcript:\n\"WALLACE: Will she be there?\n\"PENCE: No.\n\"Follow Pam Key on Twitter.\"";
        let found: Vec<&str> = find(text, &blocks).iter().map(|q| &text[q.span.start..q.span.end]).collect();
        assert_eq!(found, vec!["Will she be there?", "No."]);
        assert_eq!(label_len("PENCE: Well"), 7);
        assert_eq!(label_len("JAKE TAPPER:\u{a0}Thank"), 14);
        assert_eq!(label_len("Pence: Well"), 0);
        assert_eq!(label_len("A: yes"), 0);
        assert_eq!(label_len("NOTE:"), 0);
        assert_eq!(label_len("NOTE: \t"), 0);
        assert_eq!(label_len("SEN. AMY KLOBUCHAR (D-MN): Thanks"), 27);
        assert_eq!(label_len("TRUMP (via telephone): Well"), 23);
        assert_eq!(label_len("DONALD TRUMP (R), FORMER PRESIDENT OF THE UNITED STATES: We"), 57);
        assert_eq!(label_len("NATO (which is (old)): No"), 0);
        assert_eq!(label_len("PENCE (: no"), 0);
    }

    #[test]
    fn a_transcript_without_marks_is_one_quotation_per_turn() {
        let text = "TAPPER: Do you think so?\nFALLIN: I think he said “heal” twice.\n(CROSSTALK)\nTAPPER: Thank you.";
        assert_eq!(quotes(text), vec!["Do you think so?", "I think he said “heal” twice.", "Thank you."]);
        let blocks: Vec<Block> = lines(text).map(|span| Block { kind: BlockKind::Paragraph, span }).collect();
        let found = find(text, &blocks);
        assert_eq!(&text[found[1].open.start..found[1].open.end], "FALLIN: ");
        assert!(found[1].close.is_empty());
        // The words quoted inside a turn are quoted within it.
        assert!(found.iter().any(|q| q.nested && &text[q.span.start..q.span.end] == "heal"));
        // Fewer than three turns, or one label three times, is no transcript: kickers and
        // notes ("UPDATE: …") are the article's own words.
        assert_eq!(quotes("UPDATE: The vote is today.\nTAPPER: Do you think so?\nHe said no."), Vec::<&str>::new());
        assert_eq!(quotes("UPDATE: One.\nUPDATE: Two.\nUPDATE: Three."), Vec::<&str>::new());
    }

    #[test]
    fn the_labels_opening_turns_are_found_where_the_turns_are() {
        let para = |text: &str| -> Vec<Block> { lines(text).map(|span| Block { kind: BlockKind::Paragraph, span }).collect() };
        let text = "TAPPER: Do you think so?\nFALLIN: I think so.\n(CROSSTALK)\nTAPPER: Thank you.";
        assert_eq!(inline_labels(text, &para(text)), vec![8, 8, 0, 8]);
        // An interview's questions are labelled as its answers are.
        let text = "Q: Why Afghanistan?\nA: Because they needed help.\nQ: And now?\nA: We stay engaged.";
        assert_eq!(inline_labels(text, &para(text)), vec![3, 3, 3, 3]);
        // A kicker is no transcript's label, and furniture is never one.
        let text = "UPDATE: The vote is today.\nTAPPER: Do you think so?\nHe said no.";
        assert_eq!(inline_labels(text, &para(text)), vec![0, 0, 0]);
        let text = "TAPPER: One?\nFALLIN: Two.\nPHOTO: A caption.\nTAPPER: Three.";
        let mut blocks = para(text);
        blocks[2].kind = BlockKind::Caption;
        assert_eq!(inline_labels(text, &blocks), vec![8, 8, 0, 8]);
    }

    #[test]
    fn a_transcript_with_timed_labels_is_one_quotation_per_paragraph() {
        let text = "A debate.\nDana Reyes: (00:05)\nGood evening.\nMaria Ortiz: [1:00:41]\nRents rose, she said “twice”.\nWe will build.\nDana Reyes: (02:30)\nWhy?";
        assert_eq!(quotes(text), vec!["Good evening.", "Rents rose, she said “twice”.", "We will build.", "Why?"]);
        let blocks: Vec<Block> = lines(text).map(|span| Block { kind: BlockKind::Paragraph, span }).collect();
        let found = find(text, &blocks);
        // The label line is the first paragraph's opening; the next paragraph opens on nothing.
        assert_eq!(&text[found[1].open.start..found[1].open.end], "Maria Ortiz: [1:00:41]\n");
        assert!(found[3].open.is_empty() && found.iter().filter(|q| !q.nested).all(|q| q.turn));
        assert!(found.iter().any(|q| q.nested && &text[q.span.start..q.span.end] == "twice"));
        // One label is no transcript, and a label's time is in brackets or after two spaces.
        assert_eq!(quotes("A debate.\nDana Reyes: (00:05)\nGood evening."), Vec::<&str>::new());
        assert_eq!(quotes("Updated: 12:45\nIt rained.\nPublished: 10:30\nIt rained more."), Vec::<&str>::new());
        assert!(is_timed_label("President Donald J. Trump: [1:02:17]") && is_timed_label("Speaker 2: (03:12) "));
        assert!(is_timed_label("Lester Holt  0:05") && is_timed_label("Speaker 1  1:02:17  "));
        for no in [
            "Lester Holt: (0:5)", "Lester Holt (00:05)", "lester holt: (00:05)", "Lester Holt: (00:05) Good evening", "A B C D E F: (00:05)",
            "Holt: (1:2:3:4)", "Updated: 12:45", "Updated 12:45", "Lester Holt  (00:05)", "(00:05)", "  0:05", "Holt: 00:05)",
        ] {
            assert!(!is_timed_label(no), "{no}");
        }
    }

    #[test]
    fn an_interviews_answers_are_quotations_and_its_questions_are_not() {
        let text = "Q: Why Afghanistan?\nA: Because they needed help.\nQ: And now?\nA:\u{a0}We stay engaged.";
        assert_eq!(quotes(text), vec!["Because they needed help.", "We stay engaged."]);
        // Answers alone, three of them, are an interview whose questions were lost in the paste.
        assert_eq!(quotes("A: One.\nA: Two.\nA: Three."), vec!["One.", "Two.", "Three."]);
        // One answer is no interview; nor is a letter and a colon without words after it.
        assert_eq!(quotes("Q: Why?\nA: Because.\nQ: Really?"), Vec::<&str>::new());
        assert_eq!(quotes("Q: Why?\nA:\nA:Yes.\nQ: Really?"), Vec::<&str>::new());
        // The White House's question, set off by spaces: a label; "Q Street" is no label.
        assert_eq!(turn_label_len("Q    Thank you."), 5);
        assert_eq!(turn_label_len("Q\u{a0}\u{a0}Thank you."), 5);
        assert_eq!(turn_label_len("Q\tThank you."), 2);
        assert_eq!(turn_label_len("Q Street was closed."), 0);
        assert_eq!(turn_label_len("Q    "), 0);
    }

    #[test]
    fn guillemets_leave_their_spaces_out_of_the_quotation() {
        assert_eq!(quotes("Macron said: « We are at war ». Then « » and «\u{a0}enough\u{a0}»."), vec!["We are at war", "enough"]);
    }

    #[test]
    fn single_quotes_in_headlines_and_nested_quotes() {
        let text = "Hegseth says ‘everything is on the table’ to end war\n\nShe said “he told me ‘never’ twice”.";
        let blocks = vec![
            Block { kind: BlockKind::Title, span: Span::new(0, text.find('\n').unwrap_or(0)) },
            Block { kind: BlockKind::Paragraph, span: Span::new(text.find("She").unwrap_or(0), text.len()) },
        ];
        let found = find(text, &blocks);
        let got: Vec<(&str, bool)> = found.iter().map(|q| (&text[q.span.start..q.span.end], q.nested)).collect();
        assert_eq!(got, vec![("everything is on the table", false), ("he told me ‘never’ twice", false), ("never", true)]);
    }

    #[test]
    fn a_quotation_over_several_paragraphs() {
        // Opening its paragraph, it may be an excerpt: one quotation, as printed.
        let text = "“The first part of it.\n\n“The second part,” she said.\n\nAfter.";
        assert_eq!(quotes(text), vec!["The first part of it.\n\n“The second part,"]);
        // Opened after a cue in its paragraph, it is speech: one quotation per paragraph,
        // the first closing, unmarked, where its paragraph ends.
        let text = "“Fine,” he said. “They keep us inside.\n\n“This is my family,” he said.";
        assert_eq!(quotes(text), vec!["Fine,", "They keep us inside.", "This is my family,"]);
        let blocks: Vec<Block> = lines(text).map(|span| Block { kind: BlockKind::Paragraph, span }).collect();
        let run_on = find(text, &blocks)[1];
        assert!(run_on.close.is_empty());
        assert_eq!(run_on.close.start, text.find("\n\n").unwrap_or(0));
        // An excerpt in straight marks is not continued by a paragraph opening with a curly
        // mark: that is a quotation of its own.
        let text = "\"Trump walked onto the stage, chanting “U-S-A!”\n\n“That’s right,” Melanie said.";
        assert_eq!(quotes(text), vec!["U-S-A!", "That’s right,"]);
    }

    #[test]
    fn an_unclosed_excerpt_does_not_hide_the_quotations_inside_it() {
        let text = "\"The first time she saw him, “it was electric,” she said.\n\n\"Then “he waved.”";
        assert_eq!(quotes(text), vec!["it was electric,", "he waved."]);
        assert_eq!(quotes("”Mr. Trump is wrong,” she said."), vec!["Mr. Trump is wrong,"]);
        assert_eq!(quotes("” … what I learned is that,” he said."), vec!["… what I learned is that,"]);
    }

    #[test]
    fn unbalanced_marks_recover_at_the_paragraph_end() {
        let text = "He said “this never closes.\n\nNext paragraph has “a quote” in it.";
        assert_eq!(quotes(text), vec!["a quote"]);
        assert_eq!(quotes("A stray ” closer and “a real one”."), vec!["a real one"]);
    }
}
