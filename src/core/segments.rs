//! Render-ready runs of text: a block cut at every annotation boundary, each run with the
//! annotations covering it, outermost first, so the view nests `<mark>`s without
//! computing anything itself. Overlapping annotations split cleanly into runs.

use crate::core::model::{Annotation, Status};
use crate::core::text::Span;
use crate::core::sort;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    /// Indexes into the annotation slice, longest span first (ties: earlier start, then id).
    pub covering: Vec<usize>,
}

/// Cuts `block` into segments. Rejected annotations are not drawn.
pub fn segments(block: Span, annotations: &[Annotation]) -> Vec<Segment> {
    segments_among(block, annotations, 0..annotations.len())
}

/// For each block (in order, not overlapping), the indexes of the annotations that touch it.
/// One binary search per annotation, so drawing a long article is not blocks × annotations.
pub fn by_block(blocks: &[Span], annotations: &[Annotation]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); blocks.len()];
    for (i, a) in annotations.iter().enumerate() {
        let first = blocks.partition_point(|b| b.end <= a.span.start);
        for (j, b) in blocks.iter().enumerate().skip(first) {
            if b.start >= a.span.end {
                break;
            }
            out[j].push(i);
        }
    }
    out
}

/// Like `segments`, considering only the annotations at `candidates`.
pub fn segments_among(block: Span, annotations: &[Annotation], candidates: impl IntoIterator<Item = usize>) -> Vec<Segment> {
    let mut inside: Vec<(usize, Span)> = candidates
        .into_iter()
        .filter_map(|i| annotations.get(i).map(|a| (i, a)))
        .filter(|(_, a)| a.status != Status::Rejected)
        .filter_map(|(i, a)| a.span.intersect(block).map(|s| (i, s)))
        .collect();
    let mut cuts: Vec<usize> = vec![block.start, block.end];
    for (_, s) in &inside {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    sort::sort_numbers(&mut cuts);
    cuts.dedup();
    sort::sort_by(&mut inside, |(i, _), (j, _)| {
        let (a, b) = (&annotations[*i], &annotations[*j]);
        b.span.len().cmp(&a.span.len()).then(a.span.start.cmp(&b.span.start)).then(a.id.cmp(&b.id))
    });
    cuts.windows(2)
        .map(|w| {
            let span = Span::new(w[0], w[1]);
            let covering = inside.iter().filter(|(_, s)| s.contains(span)).map(|(i, _)| *i).collect();
            Segment { span, covering }
        })
        .collect()
}

/// `segments` with the one that holds `at` strictly inside cut in two there, both covered by
/// the same annotations: where a transcript's speaker label ends, so the view can set the
/// label off however the marks run.
pub fn cut_at(mut segments: Vec<Segment>, at: usize) -> Vec<Segment> {
    if let Some(i) = segments.iter().position(|s| s.span.start < at && at < s.span.end) {
        let tail = Segment { span: Span::new(at, segments[i].span.end), covering: segments[i].covering.clone() };
        segments[i].span = Span::new(segments[i].span.start, at);
        segments.insert(i + 1, tail);
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Annotation, Kind};

    fn ann(id: &str, s: usize, e: usize) -> Annotation {
        Annotation::user(id.into(), Kind::Claim, Span::new(s, e))
    }

    #[test]
    fn overlaps_split_into_runs_with_outer_first() {
        let anns = vec![ann("a1", 2, 6), ann("a2", 4, 10), ann("a3", 0, 20)];
        let got: Vec<_> = segments(Span::new(0, 12), &anns)
            .into_iter()
            .map(|s| (s.span.start, s.span.end, s.covering))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 2, vec![2]),
                (2, 4, vec![2, 0]),
                (4, 6, vec![2, 1, 0]),
                (6, 10, vec![2, 1]),
                (10, 12, vec![2]),
            ]
        );
    }

    #[test]
    fn the_block_index_agrees_with_scanning_everything() {
        let anns = vec![ann("a1", 2, 6), ann("a2", 4, 25), ann("a3", 0, 20), ann("a4", 30, 31)];
        let blocks = [Span::new(0, 10), Span::new(12, 22), Span::new(24, 32)];
        let index = by_block(&blocks, &anns);
        assert_eq!(index, vec![vec![0, 1, 2], vec![1, 2], vec![1, 3]]);
        for (b, idx) in blocks.iter().zip(&index) {
            assert_eq!(segments_among(*b, &anns, idx.iter().copied()), segments(*b, &anns));
        }
    }

    #[test]
    fn a_cut_inside_a_segment_splits_it_and_one_on_a_boundary_changes_nothing() {
        let anns = vec![ann("a1", 4, 10)];
        let whole = segments(Span::new(0, 12), &anns);
        let got: Vec<_> = cut_at(whole.clone(), 6).into_iter().map(|s| (s.span.start, s.span.end, s.covering)).collect();
        assert_eq!(got, vec![(0, 4, vec![]), (4, 6, vec![0]), (6, 10, vec![0]), (10, 12, vec![])]);
        assert_eq!(cut_at(whole.clone(), 4), whole);
        assert_eq!(cut_at(whole.clone(), 0), whole);
        assert_eq!(cut_at(whole.clone(), 12), whole);
    }

    #[test]
    fn plain_block_is_one_segment_and_rejected_are_hidden() {
        let mut a = ann("a1", 1, 3);
        a.status = Status::Rejected;
        let got = segments(Span::new(0, 5), &[a]);
        assert_eq!(got, vec![Segment { span: Span::new(0, 5), covering: vec![] }]);
    }
}
