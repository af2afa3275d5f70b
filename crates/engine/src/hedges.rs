//! Hedge cues and the claims they soften. (Filled in by the hedges work, issue 4.)

use crate::model::{Claim, Hedge};
use crate::segment::Document;

/// Finds hedge cues and links each to the claim it softens (byte spans; ids are
/// set by the caller). Pushes hedge ids onto the claims they soften.
pub fn find_hedges(_doc: &Document, _claims: &mut [Claim]) -> Vec<Hedge> {
    Vec::new()
}
