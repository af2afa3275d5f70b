//! Entropy coding (static rANS) of byte sequences made of rows, with one
//! frequency table per context: how the tagger's weights are stored.
//!
//! Why: the weights are most of the embed's download, and gzip leaves them
//! about 30 % above their entropy (it models repeats, not skewed symbol
//! frequencies). Coding each label's weights with its own table gets close to
//! the entropy; the embedded bytes are then incompressible and gzip passes them
//! through unchanged. Decoding runs once per page, when the model is first used.
//!
//! The data is read as rows of `width` symbols (a weight row: one weight per
//! label), and each row is coded as its mask (bit `c` set when column `c` is
//! non-zero) followed by its non-zero symbols only, each in its column's
//! context. Pruned weights leave most symbols zero (62 % of stage one's, 85 %
//! of stage two's), so the decoder, which runs before the browser has
//! optimised any code, takes 2.4 times fewer steps than when every symbol was
//! coded (the file is about the same size: the mask carries what the zeros
//! did).
//!
//! Encoded layout: per context (the mask first, then columns 0, 1 …), a
//! symbol count `n` (u16 LE) and `n` pairs of (symbol u8, frequency as
//! LEB128 varint) summing to [`TOTAL`]; then the payload length (u32 LE) and
//! the payload. Byte-wise rANS with a 32-bit state, after F. Giesen's
//! `ryg_rans`.
//!
//! ```
//! use claimlens_engine::rans::{decode, encode};
//! let data: Vec<u8> = (0..1000u32).map(|i| if i % 7 == 0 { 4 } else { 0 }).collect();
//! let packed = encode(&data, 7);
//! assert!(packed.len() < data.len() / 4);
//! assert_eq!(decode(&packed, 7, data.len()).as_deref(), Some(&data[..]));
//! ```

/// log2 of [`TOTAL`].
const PROB_BITS: u32 = 12;
/// Sum of every table's frequencies.
pub const TOTAL: u32 = 1 << PROB_BITS;
/// Lower bound of the normalised state.
const LOW: u32 = 1 << 23;

/// One context's symbols with their frequencies and cumulative starts.
#[derive(Debug, Clone, Default)]
struct Table {
    /// `freq[s]`, `start[s]` for every byte value (0 when absent).
    freq: Vec<u32>,
    start: Vec<u32>,
}

impl Table {
    /// Frequencies proportional to `counts`, each present symbol at least 1,
    /// summing to [`TOTAL`].
    fn from_counts(counts: &[u64; 256]) -> Table {
        let total: u64 = counts.iter().sum();
        let mut freq = vec![0u32; 256];
        if total == 0 {
            return Table::with(freq);
        }
        for (f, &c) in freq.iter_mut().zip(counts) {
            if c > 0 {
                *f = ((c * u64::from(TOTAL)) / total).max(1) as u32;
            }
        }
        // Give the rounding error to (or take it from) the commonest symbols.
        let mut sum: i64 = freq.iter().map(|&f| i64::from(f)).sum();
        let mut order: Vec<usize> = (0..256).filter(|&s| freq[s] > 0).collect();
        order.sort_by_key(|&s| std::cmp::Reverse(counts[s]));
        let mut k = 0;
        while sum != i64::from(TOTAL) && !order.is_empty() {
            let s = order[k % order.len()];
            if sum < i64::from(TOTAL) {
                freq[s] += 1;
                sum += 1;
            } else if freq[s] > 1 {
                freq[s] -= 1;
                sum -= 1;
            }
            k += 1;
        }
        Table::with(freq)
    }

    fn with(freq: Vec<u32>) -> Table {
        let mut start = vec![0u32; 256];
        let mut acc = 0;
        for (s, &f) in start.iter_mut().zip(&freq) {
            *s = acc;
            acc += f;
        }
        Table { freq, start }
    }
}

/// The coded sequence of `data` in rows of `width` (see the module docs):
/// `(context, symbol)` pairs, context 0 the row masks, `1 + c` column `c`.
fn symbols_of(data: &[u8], width: usize) -> Vec<(usize, u8)> {
    let mut out = Vec::new();
    for row in data.chunks(width) {
        let mask = row
            .iter()
            .enumerate()
            .fold(0u8, |m, (c, &b)| if b != 0 { m | 1 << c } else { m });
        out.push((0, mask));
        out.extend(
            row.iter()
                .enumerate()
                .filter(|(_, &b)| b != 0)
                .map(|(c, &b)| (1 + c, b)),
        );
    }
    out
}

/// Appends `x` as a LEB128 varint.
fn push_varint(out: &mut Vec<u8>, mut x: u32) {
    while x >= 0x80 {
        out.push(x as u8 | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

/// Encodes `data`, read as rows of `width` symbols (`width` 1 to 8).
pub fn encode(data: &[u8], width: usize) -> Vec<u8> {
    let width = width.clamp(1, 8);
    let coded = symbols_of(data, width);
    let mut counts = vec![[0u64; 256]; 1 + width];
    for &(c, b) in &coded {
        counts[c][b as usize] += 1;
    }
    let tables: Vec<Table> = counts.iter().map(Table::from_counts).collect();
    let mut out = Vec::new();
    for table in &tables {
        let present: Vec<usize> = (0..256).filter(|&s| table.freq[s] > 0).collect();
        out.extend_from_slice(&(present.len() as u16).to_le_bytes());
        for s in present {
            out.push(s as u8);
            push_varint(&mut out, table.freq[s]);
        }
    }
    // Symbols are coded last to first, so the decoder reads them in order.
    let mut x = LOW;
    let mut emitted = Vec::new();
    for &(c, b) in coded.iter().rev() {
        let table = &tables[c];
        let (f, c) = (table.freq[b as usize], table.start[b as usize]);
        let x_max = ((LOW >> PROB_BITS) << 8) * f;
        while x >= x_max {
            emitted.push(x as u8);
            x >>= 8;
        }
        x = ((x / f) << PROB_BITS) + (x % f) + c;
    }
    let mut payload = x.to_le_bytes().to_vec();
    payload.extend(emitted.iter().rev());
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend(payload);
    out
}

/// Decodes `len` symbols encoded by [`encode`] with the same `width` (1 to
/// 8); `None` when the bytes are truncated or inconsistent.
pub fn decode(bytes: &[u8], width: usize, len: usize) -> Option<Vec<u8>> {
    let rows = decode_packed(bytes, width, len)?;
    let symbols = rows
        .iter()
        .flat_map(|r| r.to_le_bytes().into_iter().take(width));
    Some(symbols.take(len).collect())
}

/// One context's decoding tables. Fixed-size arrays indexed by a masked slot
/// or a byte need no bounds checks in the loop.
#[derive(Clone)]
struct Context {
    /// The symbol of each of the [`TOTAL`] slots.
    slots: [u8; TOTAL as usize],
    /// Each symbol's frequency and cumulative start (0 when absent).
    freq: [u32; 256],
    start: [u32; 256],
    /// Whether the context has any symbol (an empty one must never be reached).
    occurs: bool,
}

/// [`decode`] with each row of `width` (1 to 8) symbols packed into a `u64`,
/// column `y` in byte `y` (a last, partial row padded with zeros): the form
/// the tagger keeps its weights in. This runs on a page's first analysis,
/// before the browser has optimised any code: a zero row is one step.
pub fn decode_packed(bytes: &[u8], width: usize, len: usize) -> Option<Vec<u64>> {
    let mut rows = Vec::with_capacity(len.div_ceil(width.max(1)));
    decode_packed_into(bytes, width, len, |row| rows.push(row))?;
    Some(rows)
}

/// [`decode_packed`] giving each row to `put`, in order, instead of
/// collecting them (the tagger puts both stages' rows into one table).
pub fn decode_packed_into(
    bytes: &[u8],
    width: usize,
    len: usize,
    mut put: impl FnMut(u64),
) -> Option<()> {
    if !(1..=8).contains(&width) {
        return None;
    }
    let total = TOTAL as usize;
    let mut pos = 0;
    let mut byte = || -> Option<u8> {
        let b = *bytes.get(pos)?;
        pos += 1;
        Some(b)
    };
    const EMPTY: Context = Context {
        slots: [0; TOTAL as usize],
        freq: [0; 256],
        start: [0; 256],
        occurs: false,
    };
    let mut contexts = vec![EMPTY; 1 + width];
    for ctx in contexts.iter_mut() {
        let n = u16::from_le_bytes([byte()?, byte()?]) as usize;
        let mut filled = 0usize;
        for _ in 0..n {
            let symbol = byte()?;
            let mut f = 0u32;
            for shift in [0, 7, 14] {
                let b = byte()?;
                f |= u32::from(b & 0x7F) << shift;
                if b < 0x80 {
                    break;
                }
            }
            let s = usize::from(symbol);
            // A symbol listed twice or frequencies past TOTAL: not ours.
            if f == 0 || ctx.freq[s] != 0 || filled + f as usize > total {
                return None;
            }
            ctx.freq[s] = f;
            ctx.start[s] = filled as u32;
            ctx.slots[filled..filled + f as usize].fill(symbol);
            filled += f as usize;
        }
        // A context that never occurs has no symbols; reaching it fails below.
        if filled != 0 && filled != total {
            return None;
        }
        ctx.occurs = filled != 0;
    }
    let size = u32::from_le_bytes([byte()?, byte()?, byte()?, byte()?]) as usize;
    let payload = bytes.get(pos..pos.checked_add(size)?)?;
    let mut x = u32::from_le_bytes(payload.get(0..4)?.try_into().ok()?);
    let mut next = 4;
    // One step of the decoder in context `ctx`.
    let mut step = |ctx: &Context| -> Option<u8> {
        if !ctx.occurs {
            return None;
        }
        let slot = x & (TOTAL - 1);
        let symbol = ctx.slots[slot as usize];
        let s = usize::from(symbol);
        // Wrapping: corrupt input must give garbage (caught by the length
        // checks), never an overflow panic.
        x = ctx.freq[s]
            .wrapping_mul(x >> PROB_BITS)
            .wrapping_add(slot)
            .wrapping_sub(ctx.start[s]);
        while x < LOW {
            x = (x << 8) | u32::from(*payload.get(next)?);
            next += 1;
        }
        Some(symbol)
    };
    let (masks, columns) = contexts.split_first()?;
    let mut left = len;
    for _ in 0..len.div_ceil(width) {
        let mut mask = u32::from(step(masks)?);
        // A mask bit past the row's columns: not ours.
        if mask >> width.min(left) != 0 {
            return None;
        }
        let mut packed = 0u64;
        while mask != 0 {
            let column = mask.trailing_zeros() as usize;
            packed |= u64::from(step(columns.get(column)?)?) << (8 * column);
            mask &= mask - 1;
        }
        left -= width.min(left);
        put(packed);
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn empty_and_single_symbol_inputs_round_trip() {
        assert_eq!(decode(&encode(&[], 3), 3, 0), Some(vec![]));
        let same = vec![9u8; 5000];
        let packed = encode(&same, 1);
        assert!(packed.len() < 40, "{} bytes", packed.len());
        assert_eq!(decode(&packed, 1, 5000), Some(same));
    }

    #[test]
    fn truncated_bytes_are_rejected_not_panicking() {
        let data: Vec<u8> = (0..3000u32).map(|i| (i * i % 11) as u8).collect();
        let packed = encode(&data, 7);
        for cut in [0, 1, 5, packed.len() / 2, packed.len() - 1] {
            assert_ne!(decode(&packed[..cut], 7, data.len()), Some(data.clone()));
        }
    }

    proptest! {
        #[test]
        fn any_bytes_round_trip(data in proptest::collection::vec(any::<u8>(), 0..4000), contexts in 1usize..9) {
            let packed = encode(&data, contexts);
            prop_assert_eq!(decode(&packed, contexts, data.len()), Some(data));
        }
    }
}
