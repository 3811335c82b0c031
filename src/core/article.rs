//! A parsed article: canonical text, metadata and classified blocks.

use crate::core::parse;
use crate::core::parse::quotes::{self, Quotation};
use crate::core::parse::sentences;
use crate::core::text::{normalize, Span};

/// What a block of the pasted page is. Nothing is ever deleted: page furniture is kept as
/// `Boilerplate` (or `Caption`, `Credit`) so that offsets stay true to the paste and the
/// person can reclassify it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Title,
    Byline,
    Dateline,
    Standfirst,
    Paragraph,
    Heading,
    Caption,
    Credit,
    Boilerplate,
}

impl BlockKind {
    pub const ALL: [BlockKind; 9] = [
        BlockKind::Title,
        BlockKind::Byline,
        BlockKind::Dateline,
        BlockKind::Standfirst,
        BlockKind::Paragraph,
        BlockKind::Heading,
        BlockKind::Caption,
        BlockKind::Credit,
        BlockKind::Boilerplate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Byline => "byline",
            BlockKind::Dateline => "dateline",
            BlockKind::Standfirst => "standfirst",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading => "heading",
            BlockKind::Caption => "caption",
            BlockKind::Credit => "credit",
            BlockKind::Boilerplate => "boilerplate",
        }
    }

    pub fn parse(s: &str) -> Option<BlockKind> {
        BlockKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Reading text, split into sentences.
    pub fn has_sentences(self) -> bool {
        matches!(self, BlockKind::Title | BlockKind::Standfirst | BlockKind::Paragraph | BlockKind::Heading)
    }

    /// Page furniture: shown dimmed and folded, never the target of suggestions.
    pub fn is_furniture(self) -> bool {
        matches!(self, BlockKind::Caption | BlockKind::Credit | BlockKind::Boilerplate)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// What the article says about itself. Dates are ISO 8601 strings, never guessed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub dateline: Option<String>,
    pub source_url: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Article {
    /// The paste, verbatim except that line endings are `\n`.
    pub text: String,
    pub meta: Meta,
    /// In text order, never overlapping; what lies between blocks is white space.
    pub blocks: Vec<Block>,
    /// Derived from the text and blocks when first asked for, never stored: opening a saved
    /// document need not split its sentences before the article is on screen.
    derived: std::cell::OnceCell<Derived>,
}

#[derive(Clone, Debug, Default)]
struct Derived {
    sentences: Vec<Span>,
    quotes: Vec<Quotation>,
}

/// Two articles are the same when their text, metadata and blocks are: the rest is derived.
impl PartialEq for Article {
    fn eq(&self, o: &Self) -> bool {
        (&self.text, &self.meta, &self.blocks) == (&o.text, &o.meta, &o.blocks)
    }
}

impl Eq for Article {}

impl Article {
    /// Parses any input; never fails. Empty or blank input gives an article with no blocks.
    pub fn parse(input: &str) -> Article {
        let text = parse::wrap::unwrap_lines(normalize(input));
        let (meta, blocks) = parse::parse(&text);
        Article::new(text, meta, blocks)
    }

    /// An article from checked parts (an import, or blocks a person reclassified); sentences
    /// and quotations are derived again.
    pub fn new(text: String, meta: Meta, blocks: Vec<Block>) -> Article {
        Article { text, meta, blocks, derived: std::cell::OnceCell::new() }
    }

    /// Derives sentences and quotations again after the blocks changed.
    pub fn rederive(&mut self) {
        self.derived = std::cell::OnceCell::new();
    }

    /// Sentences of the readable blocks, in text order, each inside its block.
    pub fn sentences(&self) -> &[Span] {
        &self.derived().sentences
    }

    /// Quotations in the readable blocks (not furniture, not bylines).
    pub fn quotes(&self) -> &[Quotation] {
        &self.derived().quotes
    }

    fn derived(&self) -> &Derived {
        self.derived.get_or_init(|| Derived {
            sentences: self.blocks.iter().filter(|b| b.kind.has_sentences()).flat_map(|b| sentences::split(&self.text, b.span)).collect(),
            quotes: quotes::find(&self.text, &self.blocks),
        })
    }

    /// The smallest run of whole sentences covering `span`, or `span` itself where it
    /// touches no sentence.
    pub fn sentences_covering(&self, span: Span) -> Span {
        let sentences = self.sentences();
        let first = sentences.partition_point(|s| s.end <= span.start);
        let last = sentences.partition_point(|s| s.start < span.end);
        if first >= last {
            return span;
        }
        Span::new(sentences[first].start.min(span.start), sentences[last - 1].end.max(span.end))
    }

    /// The sentence containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<Span> {
        let sentences = self.sentences();
        let i = sentences.partition_point(|s| s.end <= at);
        sentences.get(i).copied().filter(|s| s.start <= at)
    }

    /// The index of the block containing byte offset `at`, if any.
    pub fn block_at(&self, at: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.span.end <= at);
        (i < self.blocks.len() && self.blocks[i].span.start <= at).then_some(i)
    }

    /// Whether byte offset `at` is in the title or a heading, where every word may be
    /// capitalised.
    pub fn in_headline(&self, at: usize) -> bool {
        self.block_at(at).is_some_and(|i| matches!(self.blocks[i].kind, BlockKind::Title | BlockKind::Heading))
    }

    /// Where byte offset `at` is, as a reader would say it: the kind of its block and that
    /// block's number among the blocks of its kind (the third paragraph is `(Paragraph, 3)`),
    /// so the same words quoted twice can be told apart in a list.
    pub fn place_of(&self, at: usize, ordinals: &[usize]) -> Option<(BlockKind, usize)> {
        let i = self.block_at(at)?;
        Some((self.blocks[i].kind, *ordinals.get(i)?))
    }

    /// Which blocks are a timed transcript's label lines ("Lester Holt: (00:05)"), drawn as
    /// labels rather than paragraphs: the lines the quotation rules read the turns by.
    pub fn turn_labels(&self) -> Vec<bool> {
        quotes::timed_labels(&self.text, &self.blocks)
    }

    /// The length in bytes of the speaker's label opening each block, in a transcript or an
    /// interview printed without label lines ("TAPPER: ", "Q: "), else 0.
    pub fn inline_labels(&self) -> Vec<usize> {
        quotes::inline_labels(&self.text, &self.blocks)
    }

    /// Each block's number among the blocks of its kind, counted once for many `place_of`
    /// calls (a list of thousands of annotations). A transcript's label lines are counted
    /// apart, so "¶ 2" is the second paragraph of what was said.
    pub fn block_ordinals(&self) -> Vec<usize> {
        let mut seen: Vec<((BlockKind, bool), usize)> = Vec::new();
        let labels = self.turn_labels();
        self.blocks
            .iter()
            .zip(labels)
            .map(|(b, label)| match seen.iter_mut().find(|(k, _)| *k == (b.kind, label)) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    seen.push(((b.kind, label), 1));
                    1
                }
            })
            .collect()
    }
}
