//! One stable sort for the whole program.
//!
//! Why not `slice::sort_by` at each call: Rust compiles its sort afresh for every element
//! type and comparison, about 3.5 KB of WebAssembly each; the app's sixteen sorts were 55 KB
//! of the download. Here the sort is compiled once, over indices, with the comparison behind
//! a `dyn`; what stays generic is a short loop that moves the elements into that order.
//! The cost is an index vector per call, which no sort here notices (the largest sorts a
//! document's annotations).

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (like `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let view: &[T] = items;
        order(view.len(), &mut |a, b| compare(&view[a], &view[b]))
    };
    permute(items, order);
}

/// Sorts `items` by a key, keeping equal items in their order (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts numbers ascending.
pub fn sort_numbers(items: &mut [usize]) {
    sort_by(items, usize::cmp);
}

/// The indices `0..len` in sorted order: the one place the standard sort is compiled.
fn order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `items` so that position `i` holds what was at `order[i]`, by following each
/// cycle of the permutation with swaps (linear time, no copies of `T`).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        // A position already visited points at itself.
        while order[at] != at {
            let next = order[at];
            order[at] = at;
            if next == start {
                break;
            }
            items.swap(at, next);
            at = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_sort_and_is_stable() {
        // Pseudo-random pairs: the key repeats, the second field records the original order.
        let mut seed = 12345u64;
        for len in [0usize, 1, 2, 3, 7, 31, 200, 1000] {
            let mut items: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 33) % 17, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut items, |p| p.0);
            assert_eq!(items, expected, "len {len}");
        }
    }

    #[test]
    fn reversed_and_sorted_inputs() {
        let mut v: Vec<usize> = (0..100).rev().collect();
        sort_numbers(&mut v);
        assert_eq!(v, (0..100).collect::<Vec<_>>());
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, (0..100).rev().collect::<Vec<_>>());
        let mut words = vec!["pear".to_string(), "fig".into(), "apple".into()];
        sort_by(&mut words, |a, b| a.cmp(b));
        assert_eq!(words, ["apple", "fig", "pear"]);
    }
}
