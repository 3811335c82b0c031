//! Render-ready runs of text: a block cut at every annotation boundary, each run with the
//! annotations covering it, outermost first, so the view nests `<mark>`s without
//! computing anything itself. Overlapping annotations split cleanly into runs.

use crate::core::model::{Annotation, Status};
use crate::core::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    /// Indexes into the annotation slice, longest span first (ties: earlier start, then id).
    pub covering: Vec<usize>,
}

/// Cuts `block` into segments. Rejected annotations are not drawn.
pub fn segments(block: Span, annotations: &[Annotation]) -> Vec<Segment> {
    let mut inside: Vec<(usize, Span)> = annotations
        .iter()
        .enumerate()
        .filter(|(_, a)| a.status != Status::Rejected)
        .filter_map(|(i, a)| a.span.intersect(block).map(|s| (i, s)))
        .collect();
    let mut cuts: Vec<usize> = vec![block.start, block.end];
    for (_, s) in &inside {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    inside.sort_by(|(i, _), (j, _)| {
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
    fn plain_block_is_one_segment_and_rejected_are_hidden() {
        let mut a = ann("a1", 1, 3);
        a.status = Status::Rejected;
        let got = segments(Span::new(0, 5), &[a]);
        assert_eq!(got, vec![Segment { span: Span::new(0, 5), covering: vec![] }]);
    }
}
