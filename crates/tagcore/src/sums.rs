//! Emission sums: adding the weight rows of a token's feature hashes.
//!
//! The engine keeps the weights one `u64` per slot: byte `y` is label `y`'s
//! i8 weight plus 128 (byte 7 is 0). Summing rows as four 16-bit lanes of
//! even and of odd bytes adds all seven labels in a few instructions (no
//! SIMD needed, so wasm gains too); subtracting 128 per row gives back the
//! exact integer sums.

use crate::LABELS;

/// A row of zero weights in the biased form.
pub const ZERO_ROW: u64 = 0x0080_8080_8080_8080;

/// Lanes of one byte in two of a row.
const LANE_MASK: u64 = 0x00FF_00FF_00FF_00FF;

/// Slot of a feature hash in a table of `1 << bits` slots (`bits` in 1..=32).
#[inline]
pub fn slot(hash: u32, bits: u32) -> usize {
    (hash.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

/// log2 of the slots of the weight tables the engine ships (both stages).
/// Tables of this size take loops that know it at compile time: the slot is
/// a constant shift and provably inside the table, with no bounds test per
/// feature. Other sizes take the general loops (same sums).
pub const SHIPPED_BITS: u32 = 15;

/// Slots of a table of [`SHIPPED_BITS`].
const SHIPPED: usize = 1 << SHIPPED_BITS;

/// [`slot`] in a table of [`SHIPPED_BITS`].
#[inline]
fn shipped_slot(hash: u32) -> usize {
    (hash.wrapping_mul(0x9E37_79B1) >> (32 - SHIPPED_BITS)) as usize
}

/// Adds the lanes of `rows` rows, minus their bias, to `acc`: `even` is
/// the sum of the rows' even bytes (as four 16-bit lanes), `total` the sum
/// of the rows themselves (wrapping). The odd bytes' sum is `total - even`:
/// a row is the sum of its even and its odd bytes, and the odd bytes' lanes
/// (bits 8..24 of each 16) cannot carry into one another, byte 7 being 0;
/// summing the rows whole spares a shift and a mask per row.
#[inline]
fn unbias(even: u64, total: u64, rows: usize, acc: &mut [i32; 8]) {
    let odd = total.wrapping_sub(even) >> 8;
    let bias = 128 * rows as i32;
    for k in 0..4 {
        acc[2 * k] += ((even >> (16 * k)) & 0xFFFF) as i32 - bias;
        acc[2 * k + 1] += ((odd >> (16 * k)) & 0xFFFF) as i32 - bias;
    }
}

/// Adds the rows of `hashes` in the table `rows` (`1 << bits` slots) to
/// `acc`. Rows are summed as 16-bit lanes: 256 rows of at most 255 each
/// still fit a lane.
pub fn add_rows(rows: &[u64], bits: u32, hashes: &[u32], acc: &mut [i32; 8]) {
    if let (Some(rows), SHIPPED_BITS) = (rows.first_chunk::<SHIPPED>(), bits) {
        add_chunks(hashes, acc, |h| rows[shipped_slot(h)]);
    } else {
        // `slot` is always below the number of rows (the engine checks `bits`).
        add_chunks(hashes, acc, |h| {
            rows.get(slot(h, bits)).copied().unwrap_or(ZERO_ROW)
        });
    }
}

/// The sums of [`add_rows`], 256 rows at a time, `row_of` reading a hash's
/// row (one copy of the loop for both table sizes; each is compiled with its
/// own `row_of` inlined).
#[inline(always)]
fn add_chunks(hashes: &[u32], acc: &mut [i32; 8], row_of: impl Fn(u32) -> u64) {
    for chunk in hashes.chunks(256) {
        let (mut even, mut total) = (0u64, 0u64);
        for &h in chunk {
            let row = row_of(h);
            even += row & LANE_MASK;
            total = total.wrapping_add(row);
        }
        unbias(even, total, chunk.len(), acc);
    }
}

/// [`add_rows`] for two tables with the same number of slots: each hash's
/// slot is computed once for both.
pub fn add_rows2(rows: [&[u64]; 2], bits: u32, hashes: &[u32], accs: &mut [[i32; 8]; 2]) {
    // Tables of the shipped size only (other sizes add each table on its
    // own): one slot per feature serves both, and no bounds test is left
    // (see `SHIPPED_BITS`).
    let (Some(first), Some(second), SHIPPED_BITS) = (
        rows[0].first_chunk::<SHIPPED>(),
        rows[1].first_chunk::<SHIPPED>(),
        bits,
    ) else {
        let [one, two] = accs;
        add_rows(rows[0], bits, hashes, one);
        add_rows(rows[1], bits, hashes, two);
        return;
    };
    for chunk in hashes.chunks(256) {
        let (mut one, mut two) = ([0u64; 2], [0u64; 2]);
        for &h in chunk {
            let s = shipped_slot(h);
            let row = first[s];
            one[0] += row & LANE_MASK;
            one[1] = one[1].wrapping_add(row);
            let row = second[s];
            two[0] += row & LANE_MASK;
            two[1] = two[1].wrapping_add(row);
        }
        let [a, b] = accs;
        unbias(one[0], one[1], chunk.len(), a);
        unbias(two[0], two[1], chunk.len(), b);
    }
}

/// Appends the `LABELS` scores of integer sums `acc` times `scale` to `out`.
pub fn push_scores(acc: &[i32; 8], scale: f32, out: &mut Vec<f32>) {
    let mut scores = [0f32; LABELS];
    for (s, &a) in scores.iter_mut().zip(acc) {
        *s = a as f32 * scale;
    }
    out.extend_from_slice(&scores);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sums byte by byte, as the lanes must give them.
    fn naive(rows: &[u64], bits: u32, hashes: &[u32]) -> [i32; 8] {
        let mut acc = [0; 8];
        for &h in hashes {
            let row = rows.get(slot(h, bits)).copied().unwrap_or(ZERO_ROW);
            for (y, a) in acc.iter_mut().enumerate().take(LABELS) {
                *a += ((row >> (8 * y)) & 0xFF) as i32 - 128;
            }
        }
        acc
    }

    #[test]
    fn lane_sums_are_the_byte_sums() {
        let bits = 6;
        // Rows with extreme bytes (0 and 255) and byte 7 zero, as the engine builds them.
        let mut x = 0x1234_5678_9ABC_DEF1u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let rows: Vec<u64> = (0..1 << bits)
            .map(|k| match k % 3 {
                0 => 0x00FF_FFFF_FFFF_FFFF,
                1 => 0,
                _ => next() & 0x00FF_FFFF_FFFF_FFFF,
            })
            .collect();
        for n in [0, 1, 255, 256, 257, 700] {
            let hashes: Vec<u32> = (0..n).map(|_| next() as u32).collect();
            let want = naive(&rows, bits, &hashes);
            let mut one = [0; 8];
            add_rows(&rows, bits, &hashes, &mut one);
            assert_eq!(one[..LABELS], want[..LABELS], "{n} rows");
            let mut two = [[0; 8]; 2];
            add_rows2([&rows, &rows], bits, &hashes, &mut two);
            assert_eq!(two[0][..LABELS], want[..LABELS]);
            assert_eq!(two[1][..LABELS], want[..LABELS]);
            // Tables of the shipped size take their own loops.
            let big: Vec<u64> = (0..SHIPPED).map(|k| rows[k % rows.len()]).collect();
            let want = naive(&big, SHIPPED_BITS, &hashes);
            let mut one = [0; 8];
            add_rows(&big, SHIPPED_BITS, &hashes, &mut one);
            assert_eq!(one[..LABELS], want[..LABELS]);
            let mut two = [[0; 8]; 2];
            add_rows2([&big, &big], SHIPPED_BITS, &hashes, &mut two);
            assert_eq!(two[0][..LABELS], want[..LABELS]);
            assert_eq!(two[1][..LABELS], want[..LABELS]);
            // A short table: the missing slots are zero weights.
            let short = &rows[..40];
            let mut acc = [0; 8];
            add_rows(short, bits, &hashes, &mut acc);
            assert_eq!(acc[..LABELS], naive(short, bits, &hashes)[..LABELS]);
        }
    }
}
