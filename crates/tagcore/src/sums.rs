//! Emission sums: adding the weight rows of a token's feature hashes.
//!
//! The engine keeps the weights as two `u64` per slot ([`spread`]): label
//! `y`'s i8 weight plus 128 is the 16-bit lane `y / 2` of word `y % 2`
//! (label 7 is 0). Summing rows lane-wise adds all seven labels in two
//! additions (no SIMD needed, so wasm gains too); subtracting 128 per row
//! gives back the exact integer sums. The lanes are split once, when the
//! weights are read, rather than masked apart for every feature.

use crate::LABELS;

/// A row of zero weights in the biased form.
const ZERO_ROW: u64 = 0x0080_8080_8080_8080;

/// Lanes of one byte in two of a row.
const LANE_MASK: u64 = 0x00FF_00FF_00FF_00FF;

/// A slot's weights in the form the sums read: `row` holds label `y`'s i8
/// weight in byte `y` (byte 7 unused); the result holds them plus 128, the
/// even labels' in the 16-bit lanes of the first word, the odd labels' in
/// the second's.
pub fn spread(row: u64) -> [u64; 2] {
    let biased = row ^ ZERO_ROW;
    [biased & LANE_MASK, (biased >> 8) & LANE_MASK]
}

/// Slot of a feature hash in a table of `1 << bits` slots (`bits` in 1..=32).
#[inline]
pub fn slot(hash: u32, bits: u32) -> usize {
    (hash.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

/// Adds summed lanes of `rows` rows, minus their bias, to `acc`.
#[inline]
fn unbias([even, odd]: [u64; 2], rows: usize, acc: &mut [i32; 8]) {
    let bias = 128 * rows as i32;
    for k in 0..4 {
        acc[2 * k] += ((even >> (16 * k)) & 0xFFFF) as i32 - bias;
        acc[2 * k + 1] += ((odd >> (16 * k)) & 0xFFFF) as i32 - bias;
    }
}

/// Adds the rows of `hashes` in the table `rows` (`1 << bits` slots, in
/// the form of [`spread`]) to `acc`. Rows are summed as 16-bit lanes: 256
/// rows of at most 255 each still fit a lane.
///
/// Not inlined: in its callers' large loops it lost its registers to them.
#[inline(never)]
pub fn add_rows(rows: &[[u64; 2]], bits: u32, hashes: &[u32], acc: &mut [i32; 8]) {
    // A table of exactly `mask + 1` rows indexed by `slot & mask` (which is
    // `slot`) needs no bounds check per feature. The engine always has all
    // the rows; a shorter table would add nothing, as zero weights do.
    let mask = (1usize << bits) - 1;
    let Some(rows) = rows.get(..=mask) else {
        return;
    };
    for chunk in hashes.chunks(256) {
        let mut lanes = [0u64; 2];
        for &h in chunk {
            let [even, odd] = rows[slot(h, bits) & mask];
            lanes[0] += even;
            lanes[1] += odd;
        }
        unbias(lanes, chunk.len(), acc);
    }
}

/// [`add_rows`] for two tables of `1 << bits` slots: each hash's slot is
/// computed once for both.
#[inline(never)]
pub fn add_rows2(rows: [&[[u64; 2]]; 2], bits: u32, hashes: &[u32], accs: &mut [[i32; 8]; 2]) {
    let mask = (1usize << bits) - 1;
    let (Some(one), Some(two)) = (rows[0].get(..=mask), rows[1].get(..=mask)) else {
        return;
    };
    for chunk in hashes.chunks(256) {
        let mut lanes = [[0u64; 2]; 2];
        for &h in chunk {
            let s = slot(h, bits) & mask;
            for (lane, row) in lanes.iter_mut().zip([one[s], two[s]]) {
                lane[0] += row[0];
                lane[1] += row[1];
            }
        }
        for (lane, acc) in lanes.into_iter().zip(accs.iter_mut()) {
            unbias(lane, chunk.len(), acc);
        }
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
