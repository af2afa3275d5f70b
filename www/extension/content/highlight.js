// claimlens content script, part 3: highlighting in place, and undoing it.
//
// A JavaScript mirror of the embed's Rust highlighter (src/dom/highlight.rs):
// every piece of a mark is split off its text node with splitText and wrapped
// in <cl-mark> elements, one per mark covering it, outermost first, carrying
// the data-cl-* contract (kind, claim, state for content, hedge for hedges).
// Whitespace-only pieces stay unwrapped. clear() unwraps every wrapper and
// merges the split text back into the original nodes, so the DOM is exactly as
// before. Marks come from the wasm (analyzeForDom) in UTF-16 offsets.
(() => {
  const ns = (globalThis.claimlensExt ??= {});
  if (ns.highlight) return;

  /** The embed's wrapper element (src/dom/highlight.rs MARK_TAG). */
  const MARK_TAG = 'cl-mark';
  const BLANK = /^\s*$/;

  /** Puts the data-cl-* contract on a wrapper. */
  function setAttributes(el, mark) {
    el.setAttribute('data-cl-kind', mark.kind);
    if (mark.claim) el.setAttribute('data-cl-claim', mark.claim);
    if (mark.state) el.setAttribute('data-cl-state', mark.state);
    if (mark.hedge) el.setAttribute('data-cl-hedge', mark.hedge);
  }

  /** Replaces `el` by its children. */
  function unwrap(el) {
    const parent = el.parentNode;
    if (!parent) return;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    el.remove();
  }

  /**
   * Wraps every piece of `marks` ([{ start, end, kind, claim, state, hedge }],
   * UTF-16 offsets of the extracted text) in the text nodes of `extraction`.
   * Returns { wrappers, clear() }.
   */
  function highlight(extraction, marks) {
    const wrappers = [];
    const splits = [];
    // [start, end, markIndex] pieces per segment, in the node's own offsets.
    const pieces = extraction.segments.map(() => []);
    const segs = extraction.segments;
    marks.forEach((mark, m) => {
      for (let i = 0; i < segs.length; i++) {
        const { start, length } = segs[i];
        if (start >= mark.end) break;
        const from = Math.max(mark.start, start) - start;
        const to = Math.min(mark.end, start + length) - start;
        if (from < to) pieces[i].push([from, to, m]);
      }
    });

    const wrap = (part, covering) => {
      const parent = part.parentNode;
      if (!parent) return;
      const chain = covering.map((m) => {
        const el = part.ownerDocument.createElement(MARK_TAG);
        setAttributes(el, marks[m]);
        return el;
      });
      chain.forEach((el, k) => { if (k > 0) chain[k - 1].appendChild(el); });
      parent.insertBefore(chain[0], part);
      chain[chain.length - 1].appendChild(part);
      wrappers.push(...chain);
    };

    segs.forEach(({ node }, i) => {
      const own = pieces[i];
      if (!own.length || !node.parentNode) return;
      const len = node.length;
      const cuts = [...new Set(own.flatMap(([a, b]) => [a, b]).filter((c) => c > 0 && c < len))]
        .sort((a, b) => a - b);
      // Splitting from the end keeps earlier offsets valid; the original node
      // keeps the first part, so references the page holds stay useful.
      const splitOff = cuts.slice().reverse().map((cut) => node.splitText(cut)).reverse();
      const bounds = [0, ...cuts, len];
      [node, ...splitOff].forEach((part, k) => {
        const [a, b] = [bounds[k], bounds[k + 1]];
        const covering = [...new Set(own.filter(([s, e]) => s <= a && b <= e).map(([, , m]) => m))]
          .sort((x, y) => x - y);
        if (covering.length && !BLANK.test(part.data)) wrap(part, covering);
      });
      if (splitOff.length) splits.push([node, splitOff]);
    });

    const clear = () => {
      for (const w of wrappers.slice().reverse()) unwrap(w);
      for (const [node, parts] of splits) {
        for (const part of parts) {
          // Merge back only what is still where we put it.
          if (part.previousSibling === node) {
            node.appendData(part.data);
            part.remove();
          }
        }
      }
      wrappers.length = 0;
      splits.length = 0;
    };
    return { wrappers, clear };
  }

  ns.highlight = { highlight, MARK_TAG };
})();
