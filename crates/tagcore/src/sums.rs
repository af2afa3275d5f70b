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
/// `acc`, [`LANE_ROWS`] rows at a time.
pub fn add_rows(rows: &[u64], bits: u32, hashes: &[u32], acc: &mut [i32; 8]) {
    match shipped(rows, bits) {
        Some(table) => add_all(&table, hashes, acc),
        None => add_all(&AnyRows { rows, bits }, hashes, acc),
    }
}

/// The sums of [`add_rows`] in `table` (one copy of the loop for both table
/// kinds; each is compiled with its own row reading inlined).
#[inline(always)]
fn add_all(table: &impl Rows, hashes: &[u32], acc: &mut [i32; 8]) {
    for chunk in hashes.chunks(LANE_ROWS) {
        let mut lanes = Lanes::default();
        for &h in chunk {
            lanes.add(table.row(h));
        }
        lanes.add_to(chunk.len(), acc);
    }
}

/// A weight table read one feature hash at a time: the templates' sums add
/// each row as its hash is made ([`crate::emit`]), with no hash list between.
pub trait Rows {
    /// The row of feature `hash`.
    fn row(&self, hash: u32) -> u64;
}

/// A table of [`SHIPPED_BITS`]: a constant shift, no bounds test.
#[derive(Clone, Copy)]
pub struct ShippedRows<'a>(pub &'a [u64; SHIPPED]);

impl Rows for ShippedRows<'_> {
    #[inline(always)]
    fn row(&self, hash: u32) -> u64 {
        self.0[shipped_slot(hash)]
    }
}

/// A table of any size (`1 << bits` slots; missing slots are zero weights).
#[derive(Clone, Copy)]
pub struct AnyRows<'a> {
    /// One row per slot.
    pub rows: &'a [u64],
    /// log2 of the number of slots.
    pub bits: u32,
}

impl Rows for AnyRows<'_> {
    #[inline(always)]
    fn row(&self, hash: u32) -> u64 {
        self.rows
            .get(slot(hash, self.bits))
            .copied()
            .unwrap_or(ZERO_ROW)
    }
}

/// Both stages' tables of [`SHIPPED_BITS`] in one: slot `s` holds stage
/// one's row `s` and stage two's. Stage one looks each feature up in both,
/// which then costs one address and one cache line instead of two (half
/// the data cache misses of the stage-one sums, and fewer registers).
#[derive(Clone, Copy)]
pub struct ShippedPairs<'a>(pub &'a [[u64; 2]; SHIPPED]);

impl<'a> ShippedPairs<'a> {
    /// `pairs` (of `1 << bits` slots) when it has the shipped size.
    pub fn new(pairs: &'a [[u64; 2]], bits: u32) -> Option<Self> {
        shipped_size(pairs, bits).map(ShippedPairs)
    }
}

/// The rows of both stages for one feature hash.
pub trait RowPairs {
    /// Stage one's row of feature `hash`, and stage two's.
    fn rows(&self, hash: u32) -> [u64; 2];
}

impl RowPairs for ShippedPairs<'_> {
    #[inline(always)]
    fn rows(&self, hash: u32) -> [u64; 2] {
        self.0[shipped_slot(hash)]
    }
}

impl<R: Rows> RowPairs for [R; 2] {
    #[inline(always)]
    fn rows(&self, hash: u32) -> [u64; 2] {
        [self[0].row(hash), self[1].row(hash)]
    }
}

/// Stage two's rows of [`ShippedPairs`].
#[derive(Clone, Copy)]
pub struct SecondOf<'a>(pub ShippedPairs<'a>);

impl Rows for SecondOf<'_> {
    #[inline(always)]
    fn row(&self, hash: u32) -> u64 {
        self.0 .0[shipped_slot(hash)][1]
    }
}

/// The table `rows` of `1 << bits` slots as [`ShippedRows`] when it has the
/// shipped size, else `None`.
pub fn shipped(rows: &[u64], bits: u32) -> Option<ShippedRows<'_>> {
    shipped_size(rows, bits).map(ShippedRows)
}

/// A table of `1 << bits` slots as an array of [`SHIPPED`] slots when it has
/// the shipped size.
fn shipped_size<T>(table: &[T], bits: u32) -> Option<&[T; SHIPPED]> {
    table
        .first_chunk::<SHIPPED>()
        .filter(|_| bits == SHIPPED_BITS)
}

/// Most rows [`Lanes`] may hold: 256 rows of at most 255 each still fit a
/// 16-bit lane. A token has at most 64 features (stage one's templates fire
/// at most 49, stage two's 16), so one token's rows always fit.
pub const LANE_ROWS: usize = 256;

/// A running sum of rows in the lane form of [`add_rows`].
#[derive(Clone, Copy, Default)]
pub struct Lanes {
    /// Sum of the rows' even bytes, as four 16-bit lanes.
    even: u64,
    /// Sum of the rows themselves (wrapping).
    total: u64,
}

impl Lanes {
    /// Adds one row (at most [`LANE_ROWS`] in all).
    #[inline(always)]
    pub fn add(&mut self, row: u64) {
        self.even += row & LANE_MASK;
        self.total = self.total.wrapping_add(row);
    }

    /// Adds the integer sums of the `rows` rows held to `acc`.
    #[inline(always)]
    pub fn add_to(&self, rows: usize, acc: &mut [i32; 8]) {
        unbias(self.even, self.total, rows, acc);
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
            // Tables of the shipped size take their own loops.
            let big: Vec<u64> = (0..SHIPPED).map(|k| rows[k % rows.len()]).collect();
            let want = naive(&big, SHIPPED_BITS, &hashes);
            let mut one = [0; 8];
            add_rows(&big, SHIPPED_BITS, &hashes, &mut one);
            assert_eq!(one[..LABELS], want[..LABELS]);
            assert!(shipped(&big, SHIPPED_BITS).is_some() && shipped(&rows, bits).is_none());
            // A short table: the missing slots are zero weights.
            let short = &rows[..40];
            let mut acc = [0; 8];
            add_rows(short, bits, &hashes, &mut acc);
            assert_eq!(acc[..LABELS], naive(short, bits, &hashes)[..LABELS]);
        }
    }
}
