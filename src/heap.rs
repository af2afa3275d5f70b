//! The wasm build's allocator: blocks in size classes, each class with its
//! own free list, carved from the pages the module's memory grows by.
//!
//! Why not the standard library's dlmalloc: an analysis makes and drops a
//! few small allocations per word (strings, short vectors), and in the
//! size-optimised build every one went through dlmalloc's general paths
//! (bins, coalescing); free lists made them a pointer swap (about 5 % less
//! `analyze` time in Chromium). With every size on free lists, dlmalloc
//! itself (about 5.8 KB of wasm) is no longer needed.
//!
//! Sizes up to [`SMALL`] bytes have one class per 8 bytes, sizes up to
//! [`MEDIUM`] four classes per doubling (80, 96, 112, 128, 160, …, so a
//! block is at most a quarter larger than its request); a freed block goes
//! back on its class's list, for that class only (never merged). Larger
//! requests are runs of whole [`UNIT`]s: the first free run large enough,
//! and a freed run merges with the free runs on either side, or with the
//! fresh end of memory when it reaches it, as dlmalloc's chunks do; without
//! that, the heap held half as much again on PolNeAR dev (4.75 against 2.81
//! MiB natively) and 5 MB articles. New blocks come from the end of the
//! memory last grown; wasm memory cannot shrink, so nothing is returned.
//!
//! The wasm build (single-threaded: `wasm32-unknown-unknown` without the
//! atomics feature) installs it as the global allocator over [`Memory`];
//! native tests drive an instance over the system allocator's pages.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr;

/// The largest size with a class per 8 bytes.
pub const SMALL: usize = 64;
/// The largest size with a class of its own; larger requests are runs.
pub const MEDIUM: usize = 4096;
/// Classes: 8 of up to [`SMALL`] bytes, then four per doubling up to
/// [`MEDIUM`].
const CLASSES: usize = SMALL / 8 + 4 * 6;
/// Runs are whole multiples of this many bytes.
const UNIT: usize = 256;
/// The largest request served (1 GiB; wasm32's memory ends at 4 GiB).
const LARGEST: usize = 1 << 30;
/// Alignment of every block (all sizes handed out are multiples of it).
const ALIGN: usize = 8;
/// The unit memory grows by (a wasm page).
pub const PAGE: usize = 65536;

/// Where new memory comes from.
pub trait Pages {
    /// `count` more pages ([`PAGE`] bytes each), or null when there is no
    /// more memory.
    fn grow(&self, count: usize) -> *mut u8;
}

/// The wasm module's own linear memory, grown with `memory.grow`.
#[cfg(target_arch = "wasm32")]
pub struct Memory;

#[cfg(target_arch = "wasm32")]
impl Pages for Memory {
    fn grow(&self, count: usize) -> *mut u8 {
        match core::arch::wasm32::memory_grow(0, count) {
            usize::MAX => ptr::null_mut(),
            old => (old * PAGE) as *mut u8,
        }
    }
}

/// The allocator: free lists per class and free runs in front of fresh
/// pages from `P`.
pub struct Heap<P> {
    pages: P,
    state: UnsafeCell<State>,
}

/// A free run of memory: its first words.
struct Run {
    /// The next free run, at a higher address (or null).
    next: *mut Run,
    /// This run's size in bytes.
    size: usize,
}

/// A heap's free lists, free runs and the unused end of the memory last
/// grown.
struct State {
    /// Head of each class's free list; a free block's first word links to
    /// the next one.
    free: [*mut u8; CLASSES],
    /// The free runs, by address.
    runs: *mut Run,
    /// The next fresh block's address, and where fresh memory ends.
    next: usize,
    end: usize,
}

// SAFETY: the state is only touched through `&self` without locking, which
// is sound only where there is a single thread: wasm32 without atomics.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<P: Sync> Sync for Heap<P> {}

impl<P> Heap<P> {
    /// An empty heap over `pages`.
    pub const fn new(pages: P) -> Self {
        Heap {
            pages,
            state: UnsafeCell::new(State {
                free: [ptr::null_mut(); CLASSES],
                runs: ptr::null_mut(),
                next: 0,
                end: 0,
            }),
        }
    }
}

/// The class of a request of 1 to [`MEDIUM`] bytes and the size of its
/// blocks.
fn class(size: usize) -> (usize, usize) {
    if size <= SMALL {
        let c = size.saturating_sub(1) / 8;
        return (c, (c + 1) * 8);
    }
    // 2^e < size <= 2^(e + 1), e >= 6; blocks of 5, 6, 7 or 8 quarters of 2^e.
    let e = (usize::BITS - 1 - (size - 1).leading_zeros()) as usize;
    let quarter = e - 2;
    let quarters = (size + (1 << quarter) - 1) >> quarter;
    (SMALL / 8 + (e - 6) * 4 + quarters - 5, quarters << quarter)
}

/// The bytes a request of `size` takes: its class's block size, or a run of
/// whole [`UNIT`]s.
fn block_size(size: usize) -> usize {
    if size <= MEDIUM {
        class(size).1
    } else {
        size.next_multiple_of(UNIT)
    }
}

impl<P: Pages> Heap<P> {
    /// A block for `size` bytes (at most [`LARGEST`]), 8-byte aligned; null
    /// when memory is exhausted.
    unsafe fn take(&self, size: usize) -> *mut u8 {
        if size > LARGEST {
            return ptr::null_mut();
        }
        let s = &mut *self.state.get();
        let bytes = block_size(size);
        if size <= MEDIUM {
            let c = class(size).0;
            let head = s.free[c];
            if !head.is_null() {
                s.free[c] = head.cast::<*mut u8>().read();
                return head;
            }
        } else {
            // The first free run that is large enough; its end is taken, so
            // the rest stays where it is in the list.
            let mut link: *mut *mut Run = &mut s.runs;
            while !(*link).is_null() {
                let run = *link;
                if (*run).size >= bytes {
                    if (*run).size == bytes {
                        *link = (*run).next;
                        return run.cast();
                    }
                    (*run).size -= bytes;
                    return run.cast::<u8>().add((*run).size);
                }
                link = &mut (*run).next;
            }
        }
        if s.end - s.next < bytes {
            // Pages for the whole block: memory grown right after the fresh
            // end extends it (the old end is used first), memory anywhere
            // else (only the first time in wasm) starts anew.
            let count = bytes.div_ceil(PAGE);
            let start = self.pages.grow(count) as usize;
            if start == 0 {
                return ptr::null_mut();
            }
            if start != s.end {
                s.next = start;
            }
            s.end = start + count * PAGE;
        }
        let block = s.next;
        s.next += bytes;
        block as *mut u8
    }

    /// Puts back a block [`Heap::take`] gave for `size` bytes: on its
    /// class's list, or among the free runs, merged with the runs on either
    /// side and with the fresh end when it reaches it.
    unsafe fn give(&self, block: *mut u8, size: usize) {
        let s = &mut *self.state.get();
        if size <= MEDIUM {
            let c = class(size).0;
            block.cast::<*mut u8>().write(s.free[c]);
            s.free[c] = block;
            return;
        }
        // The links to the runs before and after the block.
        let (mut link, mut link_before): (*mut *mut Run, *mut *mut Run) =
            (&mut s.runs, ptr::null_mut());
        while !(*link).is_null() && (*link as usize) < block as usize {
            link_before = link;
            link = &mut (**link).next;
        }
        let (mut start, mut end) = (block as usize, block as usize + block_size(size));
        let mut next = *link;
        if next as usize == end {
            end += (*next).size;
            next = (*next).next;
        }
        if !link_before.is_null() && *link_before as usize + (**link_before).size == start {
            start = *link_before as usize;
            link = link_before;
        }
        if end == s.next {
            s.next = start;
            *link = next;
            return;
        }
        let run = start as *mut Run;
        (*run).next = next;
        (*run).size = end - start;
        *link = run;
    }
}

unsafe impl<P: Pages> GlobalAlloc for Heap<P> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= ALIGN {
            return self.take(layout.size());
        }
        // Over-aligned (rare): a block with room to align in, whose address
        // is kept in the word before the aligned one (at least 8 bytes in,
        // as blocks are 8-aligned and the alignment is 16 or more).
        let block = self.take(layout.size() + layout.align());
        if block.is_null() {
            return block;
        }
        let aligned = (block as usize + layout.align()) & !(layout.align() - 1);
        let aligned = aligned as *mut u8;
        aligned.cast::<*mut u8>().sub(1).write(block);
        aligned
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        if layout.align() <= ALIGN {
            self.give(block, layout.size());
        } else {
            let start = block.cast::<*mut u8>().sub(1).read();
            self.give(start, layout.size() + layout.align());
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // The block already has room (and is not much too large).
        if layout.align() <= ALIGN
            && new_size <= LARGEST
            && block_size(layout.size()) == block_size(new_size)
        {
            return block;
        }
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let moved = self.alloc(new_layout);
        if !moved.is_null() {
            ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
            self.dealloc(block, layout);
        }
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;

    /// Pages from one zeroed arena, mostly right after the last ones (as
    /// `memory.grow` gives them) but every third time a page further on, so
    /// that the heap's other path is tested too.
    struct ArenaPages {
        arena: *mut u8,
        used: std::cell::Cell<usize>,
        grown: std::cell::Cell<usize>,
    }

    /// The arena's size.
    const ARENA: usize = 1 << 28;

    impl ArenaPages {
        fn new() -> Self {
            let layout = Layout::from_size_align(ARENA, PAGE).unwrap();
            ArenaPages {
                arena: unsafe { System.alloc_zeroed(layout) },
                used: 0.into(),
                grown: 0.into(),
            }
        }
    }

    impl Pages for ArenaPages {
        fn grow(&self, count: usize) -> *mut u8 {
            self.grown.set(self.grown.get() + 1);
            let skip = if self.grown.get() % 3 == 0 { PAGE } else { 0 };
            let start = self.used.get() + skip;
            if start + count * PAGE > ARENA {
                return ptr::null_mut();
            }
            self.used.set(start + count * PAGE);
            unsafe { self.arena.add(start) }
        }
    }

    impl Drop for ArenaPages {
        fn drop(&mut self) {
            let layout = Layout::from_size_align(ARENA, PAGE).unwrap();
            unsafe { System.dealloc(self.arena, layout) };
        }
    }

    /// Allocates, fills, reallocates and frees blocks of many sizes and
    /// alignments in a scrambled order, checking every block's bytes survive,
    /// zeroed blocks are zero, and freed blocks are reused.
    #[test]
    fn blocks_keep_their_bytes_and_are_reused() {
        let heap = Heap::new(ArenaPages::new());
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
            // Mostly small, some up to 300 KB (several pages).
            let size = |n: usize| 1 + if n % 50 == 0 { n % 300_000 } else { n % 600 };
            unsafe {
                if live.len() < 200 && r % 3 != 0 {
                    let size = size(next());
                    let align = [1, 2, 4, 8, 16, 64][next() % 6];
                    let layout = Layout::from_size_align(size, align).unwrap();
                    let block = if r % 7 == 0 {
                        heap.alloc_zeroed(layout)
                    } else {
                        heap.alloc(layout)
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
                        let new_size = size(next());
                        let moved = heap.realloc(block, layout, new_size);
                        let kept = layout.size().min(new_size);
                        assert!((0..kept).all(|i| *moved.add(i) == fill), "realloc kept");
                        let layout = Layout::from_size_align(new_size, layout.align()).unwrap();
                        moved.write_bytes(fill, new_size);
                        live.push((moved, layout, fill));
                    } else {
                        heap.dealloc(block, layout);
                    }
                }
            }
        }
        for (block, layout, fill) in live {
            unsafe {
                assert!((0..layout.size()).all(|i| *block.add(i) == fill));
                heap.dealloc(block, layout);
            }
        }
        // A freed block is handed out again for its class, zeroed if asked.
        unsafe {
            let layout = Layout::from_size_align(24, 8).unwrap();
            let a = heap.alloc(layout);
            a.write_bytes(7, 24);
            heap.dealloc(a, layout);
            let b = heap.alloc_zeroed(Layout::from_size_align(17, 4).unwrap());
            assert_eq!(a, b, "same class (17–24 bytes) reuses the block");
            assert!((0..17).all(|i| *b.add(i) == 0));
            heap.dealloc(b, Layout::from_size_align(17, 4).unwrap());
        }
    }

    /// Freed runs merge with their neighbours and the fresh end, and are
    /// handed out again from their end.
    #[test]
    fn runs_merge_and_return_to_the_fresh_end() {
        let heap = Heap::new(ArenaPages::new());
        let layout = Layout::from_size_align(10_000, 8).unwrap();
        let run = block_size(10_000);
        unsafe {
            let [a, b, c, d] = [(); 4].map(|_| heap.alloc(layout));
            assert_eq!(
                (b as usize - a as usize, d as usize - c as usize),
                (run, run)
            );
            let fresh = || (*heap.state.get()).next;
            let end = fresh();
            heap.dealloc(a, layout);
            heap.dealloc(c, layout);
            heap.dealloc(b, layout); // a, b and c are one run now
            let runs = (*heap.state.get()).runs;
            assert_eq!((runs.cast::<u8>(), (*runs).size), (a, 3 * run));
            assert!((*runs).next.is_null());
            // A smaller request takes the run's end.
            let small = Layout::from_size_align(5000, 8).unwrap();
            let e = heap.alloc(small);
            assert_eq!(e as usize, a as usize + 3 * run - block_size(5000));
            heap.dealloc(e, small);
            // The last block freed, the whole run goes back to the fresh end.
            heap.dealloc(d, layout);
            assert!((*heap.state.get()).runs.is_null());
            assert_eq!(fresh(), a as usize);
            assert_eq!(heap.alloc(layout), a);
            assert!(end > a as usize);
        }
    }

    #[test]
    fn classes_are_8_bytes_apart_then_four_per_doubling() {
        assert_eq!(class(1), (0, 8));
        assert_eq!(class(8), (0, 8));
        assert_eq!(class(9), (1, 16));
        assert_eq!(class(64), (7, 64));
        assert_eq!(class(65), (8, 80));
        assert_eq!(class(80), (8, 80));
        assert_eq!(class(81), (9, 96));
        assert_eq!(class(128), (11, 128));
        assert_eq!(class(129), (12, 160));
        assert_eq!(class(MEDIUM), (CLASSES - 1, MEDIUM));
        // Every size fits its block, at most a quarter over, and classes
        // only grow with the size.
        let mut last = 0;
        for size in 1..=MEDIUM {
            let (c, block) = class(size);
            assert!(size <= block && (size <= SMALL || block <= size + size / 4));
            assert!(c >= last && c < CLASSES);
            last = c;
        }
        assert_eq!(block_size(MEDIUM + 1), MEDIUM + UNIT);
    }
}
