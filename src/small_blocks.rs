//! A free-list cache of small blocks in front of the wasm allocator.
//!
//! Why: an analysis makes and drops a few small allocations per word
//! (strings, short vectors), and in the size-optimised wasm build every one
//! goes through dlmalloc's general paths (bins, coalescing): about 5 % of
//! `analyze` time in Chromium. Blocks of up to [`MAX_SMALL`] bytes are kept
//! on one free list per 8-byte size class instead, so taking and giving back
//! such a block is a pointer swap. Small blocks are never returned to the
//! underlying allocator; the cache holds at most the page's peak number of
//! live small blocks. Larger or over-aligned requests go straight through.
//!
//! The wasm build (single-threaded: `wasm32-unknown-unknown` without the
//! atomics feature) installs it as the global allocator; native tests drive
//! an instance directly.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr;

/// The largest size served from the free lists.
pub const MAX_SMALL: usize = 64;
/// Size classes: 8, 16, …, [`MAX_SMALL`] bytes.
const CLASSES: usize = MAX_SMALL / 8;
/// Alignment of every small block (enough for a free-list link and for any
/// request the cache serves).
const ALIGN: usize = 8;

/// An allocator that serves small blocks from free lists and everything else
/// from `A`.
pub struct SmallBlocks<A> {
    inner: A,
    /// Head of each class's free list; a free block's first word links to the
    /// next one.
    free: UnsafeCell<[*mut u8; CLASSES]>,
}

// SAFETY: the free lists are only touched through `&self` without locking,
// which is sound only where there is a single thread: wasm32 without atomics.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<A: Sync> Sync for SmallBlocks<A> {}

impl<A> SmallBlocks<A> {
    /// A cache in front of `inner`, with empty free lists.
    pub const fn new(inner: A) -> Self {
        SmallBlocks {
            inner,
            free: UnsafeCell::new([ptr::null_mut(); CLASSES]),
        }
    }
}

/// The size class of a request, or `None` when it goes to the inner allocator.
fn class(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    (size != 0 && size <= MAX_SMALL && layout.align() <= ALIGN).then(|| (size - 1) / 8)
}

/// The layout the inner allocator sees for a block of class `c`.
fn class_layout(c: usize) -> Layout {
    // `(c + 1) * 8` is at most MAX_SMALL and a multiple of ALIGN.
    Layout::from_size_align((c + 1) * 8, ALIGN).unwrap_or(Layout::new::<u64>())
}

unsafe impl<A: GlobalAlloc> GlobalAlloc for SmallBlocks<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class(&layout) else {
            return self.inner.alloc(layout);
        };
        let heads = &mut *self.free.get();
        let head = heads[c];
        if head.is_null() {
            return self.inner.alloc(class_layout(c));
        }
        heads[c] = head.cast::<*mut u8>().read();
        head
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(c) = class(&layout) else {
            return self.inner.dealloc(block, layout);
        };
        let heads = &mut *self.free.get();
        block.cast::<*mut u8>().write(heads[c]);
        heads[c] = block;
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class(&layout).is_none() {
            // Large zeroed vectors keep the inner allocator's fast path
            // (fresh memory is already zero).
            return self.inner.alloc_zeroed(layout);
        }
        let block = self.alloc(layout);
        if !block.is_null() {
            block.write_bytes(0, layout.size());
        }
        block
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (class(&layout), class(&new_layout)) {
            // The block already has room.
            (Some(a), Some(b)) if a == b => block,
            (None, None) => self.inner.realloc(block, layout, new_size),
            _ => {
                let moved = self.alloc(new_layout);
                if !moved.is_null() {
                    ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;

    /// Allocates, fills, reallocates and frees blocks of many sizes in a
    /// scrambled order, checking every block's bytes survive and that freed
    /// small blocks are reused.
    #[test]
    fn blocks_keep_their_bytes_and_are_reused() {
        let cache = SmallBlocks::new(System);
        let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
        let mut seed = 11u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for step in 0..20_000 {
            let r = next();
            unsafe {
                if live.len() < 200 && r % 3 != 0 {
                    let size = 1 + next() % 150;
                    let align = [1, 2, 4, 8, 16][next() % 5];
                    let layout = Layout::from_size_align(size, align).unwrap();
                    let block = if r % 7 == 0 {
                        cache.alloc_zeroed(layout)
                    } else {
                        cache.alloc(layout)
                    };
                    assert!(!block.is_null());
                    assert_eq!(block as usize % align, 0, "alignment {align}");
                    if r % 7 == 0 {
                        assert!((0..size).all(|i| *block.add(i) == 0), "zeroed");
                    }
                    let fill = (step % 251) as u8;
                    block.write_bytes(fill, size);
                    live.push((block, layout, fill));
                } else if !live.is_empty() {
                    let (block, layout, fill) = live.swap_remove(next() % live.len());
                    assert!((0..layout.size()).all(|i| *block.add(i) == fill));
                    if r % 2 == 0 {
                        let new_size = 1 + next() % 150;
                        let moved = cache.realloc(block, layout, new_size);
                        let kept = layout.size().min(new_size);
                        assert!((0..kept).all(|i| *moved.add(i) == fill), "realloc kept");
                        let layout = Layout::from_size_align(new_size, layout.align()).unwrap();
                        moved.write_bytes(fill, new_size);
                        live.push((moved, layout, fill));
                    } else {
                        cache.dealloc(block, layout);
                    }
                }
            }
        }
        for (block, layout, fill) in live {
            unsafe {
                assert!((0..layout.size()).all(|i| *block.add(i) == fill));
                cache.dealloc(block, layout);
            }
        }
        // A freed small block is handed out again for its class.
        unsafe {
            let layout = Layout::from_size_align(24, 8).unwrap();
            let a = cache.alloc(layout);
            cache.dealloc(a, layout);
            let b = cache.alloc(Layout::from_size_align(17, 4).unwrap());
            assert_eq!(a, b, "same class (17–24 bytes) reuses the block");
            cache.dealloc(b, Layout::from_size_align(17, 4).unwrap());
        }
    }

    #[test]
    fn classes_cover_small_aligned_requests_only() {
        let l = |s, a| Layout::from_size_align(s, a).unwrap();
        assert_eq!(class(&l(1, 1)), Some(0));
        assert_eq!(class(&l(8, 8)), Some(0));
        assert_eq!(class(&l(9, 1)), Some(1));
        assert_eq!(class(&l(64, 8)), Some(CLASSES - 1));
        assert_eq!(class(&l(65, 1)), None);
        assert_eq!(class(&l(8, 16)), None);
        assert_eq!(class(&l(0, 1)), None);
    }
}
