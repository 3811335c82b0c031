//! Moving through an article from the keyboard: sentence by sentence (to select and tag
//! without a mouse) and annotation by annotation (to review and edit).

use crate::core::article::Article;
use crate::core::model::{Document, Status};
use crate::core::text::Span;
use crate::core::sort;

/// The selection after one step from `from` (the current selection, if any): the next or
/// previous sentence of the readable text, or, with `extend`, `from` grown by that
/// sentence. Page furniture is skipped, as it is folded away on screen. `None` at either
/// end of the article.
pub fn sentence_step(article: &Article, from: Option<Span>, forward: bool, extend: bool) -> Option<Span> {
    let readable = |s: &&Span| article.block_at(s.start).is_none_or(|b| !article.blocks[b].kind.is_furniture());
    let mut sentences = article.sentences().iter().filter(readable);
    let Some(cur) = from else {
        return if forward { sentences.next().copied() } else { sentences.last().copied() };
    };
    let step = if forward {
        sentences.find(|s| s.start >= cur.end).copied()
    } else {
        sentences.filter(|s| s.end <= cur.start).last().copied()
    }?;
    Some(match (extend, forward) {
        (false, _) => step,
        (true, true) => Span::new(cur.start, step.end),
        (true, false) => Span::new(step.start, cur.end),
    })
}

/// The id of the annotation after (or before) `from` in reading order, rejected
/// suggestions left out; from nothing, the first (or last). Wraps around.
pub fn annotation_step(doc: &Document, from: Option<&str>, forward: bool) -> Option<String> {
    let mut order: Vec<_> = doc.annotations.iter().filter(|a| a.status != Status::Rejected).collect();
    sort::sort_by_key(&mut order, |a| (a.span.start, a.span.end));
    let at = from.and_then(|id| order.iter().position(|a| a.id == id));
    let n = order.len();
    let i = match (at, forward) {
        (_, _) if n == 0 => return None,
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    };
    Some(order[i].id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Kind;

    const TEXT: &str = "Title here\n\nFirst one. Second one.\n\nPhoto: Agency\n\nThird one.";

    fn words(doc: &Document, s: Option<Span>) -> &str {
        s.and_then(|s| s.slice(doc.text())).unwrap_or("")
    }

    #[test]
    fn sentences_step_and_extend_and_skip_furniture() {
        let doc = Document::analyze(TEXT);
        let a = &doc.article;
        let first = sentence_step(a, None, true, false);
        assert_eq!(words(&doc, first), "Title here");
        let s1 = sentence_step(a, first, true, false);
        assert_eq!(words(&doc, s1), "First one.");
        let grown = sentence_step(a, s1, true, true);
        assert_eq!(words(&doc, grown), "First one. Second one.");
        let s2 = sentence_step(a, Some(Span::new(s1.unwrap().start, s1.unwrap().end)), true, false);
        // The credit line is furniture: the step goes over it.
        let s3 = sentence_step(a, s2, true, false);
        assert_eq!(words(&doc, s3), "Third one.");
        assert_eq!(sentence_step(a, s3, true, false), None);
        assert_eq!(words(&doc, sentence_step(a, s3, false, false)), "Second one.");
        assert_eq!(words(&doc, sentence_step(a, s3, false, true)), "Second one.\n\nPhoto: Agency\n\nThird one.");
        assert_eq!(words(&doc, sentence_step(a, None, false, false)), "Third one.");
    }

    #[test]
    fn annotations_step_in_reading_order_and_wrap() {
        let mut doc = Document::analyze(TEXT);
        let at = |w: &str| TEXT.find(w).unwrap();
        let late = doc.tag(Kind::Claim, Span::new(at("Third"), at("Third") + 5)).unwrap();
        let early = doc.tag(Kind::Claim, Span::new(at("First"), at("First") + 5)).unwrap();
        assert_eq!(annotation_step(&doc, None, true), Some(early.clone()));
        assert_eq!(annotation_step(&doc, Some(&early), true), Some(late.clone()));
        assert_eq!(annotation_step(&doc, Some(&late), true), Some(early.clone()));
        assert_eq!(annotation_step(&doc, Some(&early), false), Some(late.clone()));
        assert_eq!(annotation_step(&Document::analyze(TEXT), None, true), None);
    }
}
