//! Quantising and writing the weight file (format in `claimlens_engine::tagger`).

use std::io::Write;
use std::path::Path;

use claimlens_engine::rans;
use claimlens_engine::tagger::{LABELS, MAGIC, VERSION_PACKED};

/// Quantised weights of magnitude at most this are dropped (set to 0), which
/// shrinks the gzip size of the embedded model by about a third.
pub const PRUNE: i32 = 3;

/// Emission weights keep at most this many steps on each side of zero (stored
/// as i8 multiples of `127 / LEVELS`, so the file format does not change).
///
/// Why so many: with the weights entropy-coded every level costs bytes, but
/// the verification states ride on the claims the tagger finds. Measured
/// 2026-11-26 (both files, entropy-coded; PolNeAR dev exact F1 source / cue /
/// content; GUM source / cue; verification accuracy / macro-F1):
///
/// | levels | bytes   | PolNeAR dev           | GUM           | verification  |
/// |--------|---------|-----------------------|---------------|---------------|
/// | 31     | 104,644 | 0.710 / 0.666 / 0.562 | 0.566 / 0.638 | 0.514 / 0.664 |
/// | 15     | 79,498  | 0.705 / 0.665 / 0.563 | 0.572 / 0.651 | 0.502 / 0.648 |
/// | 11     | 57,406  | 0.708 / 0.659 / 0.558 | 0.573 / 0.654 | 0.483 / 0.621 |
/// | 9      | 44,957  | 0.702 / 0.655 / 0.556 | 0.575 / 0.653 | 0.459 / 0.602 |
/// | 7      | 34,105  | 0.698 / 0.651 / 0.559 | 0.562 / 0.647 | —             |
///
/// With [`PRUNE`] raised instead (levels 31 unless said):
///
/// | prune      | bytes  | PolNeAR dev           | GUM           | verification  |
/// |------------|--------|-----------------------|---------------|---------------|
/// | 6          | 68,542 | 0.707 / 0.660 / 0.554 | 0.569 / 0.658 | 0.514 / 0.666 |
/// | 8          | 48,951 | 0.701 / 0.659 / 0.553 | 0.574 / 0.647 | 0.483 / 0.630 |
/// | 10         | 42,337 | 0.695 / 0.652 / 0.546 | 0.561 / 0.650 | 0.486 / 0.634 |
/// | 6, lv 15   | 57,970 | 0.702 / 0.654 / 0.559 | 0.567 / 0.646 | 0.506 / 0.655 |
/// | 7, lv 15   | 48,569 | 0.698 / 0.660 / 0.562 | 0.564 / 0.656 | 0.498 / 0.658 |
///
/// The embed reaches its 300 KB budget only near 50,000 bytes of weights,
/// where a PolNeAR or the verification floor gives way; "6, levels 15" comes
/// to about 309 KB with every floor kept by a hair. Kept: 31 levels, prune 3,
/// every floor with room. The way out is training for coarse weights (so the
/// model is small without losing), not rounding after training.
pub const LEVELS: f32 = 31.0;

/// Encodes weights: emission weights as i8 with one scale (clipped at the
/// 99.99th percentile of magnitudes, small ones pruned) and entropy-coded with
/// one table per label ([`rans`]), transitions as f32 in the same units.
pub fn encode(bits: u32, w: &[f32], tw: &[f32]) -> Vec<u8> {
    let mut mags: Vec<f32> = w.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
    mags.sort_by(f32::total_cmp);
    let clip = mags
        .get(((mags.len() as f64) * 0.9999) as usize)
        .or(mags.last())
        .copied()
        .unwrap_or(1.0)
        .max(1e-6);
    let scale = clip / 127.0;
    let mut out = Vec::with_capacity(16 + tw.len() * 4 + w.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION_PACKED.to_le_bytes());
    out.extend_from_slice(&bits.to_le_bytes());
    // Emissions decode as i8 × scale, in the same units as the f32 transitions.
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    debug_assert_eq!(tw.len(), (LABELS + 1) * LABELS);
    for &t in tw {
        out.extend_from_slice(&t.to_bits().to_le_bytes());
    }
    let quantised: Vec<u8> = w
        .iter()
        .map(|&x| {
            let q = (x / scale).round().clamp(-127.0, 127.0) as i32;
            let q = if q.abs() <= PRUNE { 0 } else { q };
            let step = 127.0 / LEVELS;
            let coarse = ((q as f32 / step).round() * step)
                .round()
                .clamp(-127.0, 127.0) as i32;
            coarse as i8 as u8
        })
        .collect();
    out.extend(rans::encode(&quantised, LABELS));
    out
}

/// Writes the file.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// gzip size of `bytes` at the best level.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    if enc.write_all(bytes).is_err() {
        return bytes.len();
    }
    enc.finish().map_or(bytes.len(), |v| v.len())
}

/// Prints the raw and gzip sizes of the weights and of everything the engine
/// embeds for attribution (weights plus lexicons).
pub fn report_size(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let data = path.parent().unwrap_or(Path::new("."));
    let mut all = bytes.to_vec();
    for lex in [
        "attribution_lexicon.txt",
        "speech_cues.txt",
        "abbreviations.txt",
        "sentence_openers.txt",
    ] {
        if let Ok(b) = std::fs::read(data.join(lex)) {
            all.extend(b);
        }
    }
    println!(
        "wrote {}: {} bytes raw, {} bytes gzip; with lexicons: {} bytes raw, {} bytes gzip (budget 204800)",
        path.display(),
        bytes.len(),
        gzip_len(bytes),
        all.len(),
        gzip_len(&all)
    );
    Ok(())
}
