//! Turns canonical text into metadata and blocks.
//!
//! Web pages copy out one paragraph per line, so every non-blank line is a block. The
//! first line is the title. (Classification of bylines, dates and page furniture builds on
//! this in the parsing issue.)

use crate::core::article::{Block, BlockKind, Meta};
use crate::core::text::Span;

/// Splits `text` (already normalized) into blocks and reads its metadata.
pub fn parse(text: &str) -> (Meta, Vec<Block>) {
    let mut blocks = Vec::new();
    for line in lines(text) {
        let kind = if blocks.is_empty() { BlockKind::Title } else { BlockKind::Paragraph };
        blocks.push(Block { kind, span: line });
    }
    let title = blocks
        .first()
        .and_then(|b| b.span.slice(text))
        .map(|t| t.to_string());
    (Meta { title, ..Meta::default() }, blocks)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_non_blank_line_is_a_block_and_the_first_is_the_title() {
        let text = "  Headline \n\n\tFirst para.\nSecond para.\n \n";
        let (meta, blocks) = parse(text);
        assert_eq!(meta.title.as_deref(), Some("Headline"));
        let got: Vec<_> = blocks.iter().map(|b| (b.kind, b.span.slice(text).unwrap_or("?"))).collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Title, "Headline"),
                (BlockKind::Paragraph, "First para."),
                (BlockKind::Paragraph, "Second para."),
            ]
        );
    }

    #[test]
    fn blank_input_has_no_blocks() {
        assert!(parse("").1.is_empty());
        assert!(parse(" \n\t\n").1.is_empty());
    }
}
