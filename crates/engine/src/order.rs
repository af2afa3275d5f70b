//! Stable sorting by a small integer key, with one sort routine in the binary.
//!
//! Each `sort`/`sort_by_key` call on a distinct element type or closure
//! compiles its own copy of the standard library's sort (2–4 KB of wasm
//! each, a dozen of them in the embed). Here the caller only computes a
//! [`Key`] per element; one non-generic function sorts `(key, index)` pairs
//! and returns the swaps that put the elements in that order. Indices make
//! every pair distinct, so ties keep their original order: the result is the
//! same as the standard stable sort by the same key.

/// A sort key, compared lexicographically (use `usize::MAX - x` to sort by
/// `x` descending).
pub type Key = (usize, usize, usize);

/// Sorts `items` by `key`, stably (like `items.sort_by_key(key)`).
pub fn by_key<T>(items: &mut [T], key: impl FnMut(&T) -> Key) {
    // Most lists sorted here hold one element or none: no allocation then.
    if items.len() < 2 {
        return;
    }
    for (a, b) in swaps(items.iter().map(key).collect()) {
        items.swap(a, b);
    }
}

/// Sorts spans by start, then end (like `spans.sort()`).
pub fn spans(spans: &mut [crate::Span]) {
    by_key(spans, |s| (s.start, s.end, 0));
}

/// Sorts and dedups numbers (like `sort_unstable` then `dedup`).
pub fn sorted_unique(numbers: &mut Vec<usize>) {
    by_key(numbers, |&n| (n, 0, 0));
    numbers.dedup();
}

/// The swaps, applied in turn, that put elements with `keys` in key order
/// (ties in index order).
#[inline(never)]
fn swaps(keys: Vec<Key>) -> Vec<(usize, usize)> {
    let mut keyed: Vec<(Key, usize)> = keys.into_iter().zip(0..).collect();
    merge_sort(&mut keyed);
    // `from[j]`: the original index of the element that goes to `j`. Each
    // cycle of that permutation is walked once; a finished position is marked
    // by pointing at itself.
    let mut from: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
    let mut out = Vec::new();
    for start in 0..from.len() {
        let mut at = start;
        while from[at] != start {
            let next = from[at];
            out.push((at, next));
            from[at] = at;
            at = next;
        }
        from[at] = at;
    }
    out
}

/// Sorts `pairs` ascending: a bottom-up merge sort, O(n log n) like the
/// standard library's `sort_unstable` but a fraction of the wasm that one
/// compiles to (its quicksort, heapsort and small sorts: about 4 KB). The
/// pairs are distinct (indices), so any correct sort gives the same order.
fn merge_sort(pairs: &mut Vec<(Key, usize)>) {
    let n = pairs.len();
    let mut other = pairs.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut a, mut b, mut k) = (start, mid, start);
            while a < mid && b < end {
                if pairs[b] < pairs[a] {
                    other[k] = pairs[b];
                    b += 1;
                } else {
                    other[k] = pairs[a];
                    a += 1;
                }
                k += 1;
            }
            other[k..k + (mid - a)].copy_from_slice(&pairs[a..mid]);
            k += mid - a;
            other[k..end].copy_from_slice(&pairs[b..end]);
            start = end;
        }
        std::mem::swap(pairs, &mut other);
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        // Pseudo-random lists with many ties; the payload tells ties apart.
        let mut seed = 7u64;
        // Up to 60, then lengths past several merge widths (not powers of two).
        for len in (0..60).chain([100, 1_000, 4_097]) {
            let items: Vec<(usize, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) as usize % 5, i)
                })
                .collect();
            let mut want = items.clone();
            want.sort_by_key(|&(k, _)| k);
            let mut got = items.clone();
            by_key(&mut got, |&(k, _)| (k, 0, 0));
            assert_eq!(got, want);
            let mut want = items.clone();
            want.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
            let mut got = items;
            by_key(&mut got, |&(k, _)| (usize::MAX - k, 0, 0));
            assert_eq!(got, want);
        }
    }

    #[test]
    fn sorts_and_dedups_numbers() {
        let mut n = vec![5, 1, 5, 3, 1, 0];
        sorted_unique(&mut n);
        assert_eq!(n, [0, 1, 3, 5]);
    }
}
