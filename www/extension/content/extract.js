// claimlens content script, part 1: reading an article's text out of markup.
//
// A JavaScript mirror of the embed's Rust DOM layer (src/dom/extract.rs): the
// same block and skipped elements, the same default exclusions, the same
// `\n\n` between blocks and one space for each source line break, so both
// surfaces hand the engine the same text for the same markup. It is JS because
// a content script on a page whose CSP lacks 'wasm-unsafe-eval' cannot compile
// wasm. Offsets are UTF-16 units, what DOM text nodes count.
(() => {
  const ns = (globalThis.claimlensExt ??= {});
  if (ns.extract) return;

  /** The embed's default exclusions (src/dom/extract.rs DEFAULT_EXCLUDE). */
  const DEFAULT_EXCLUDE = 'nav, aside, [hidden], [aria-hidden="true"], '
    + '.ad, .ads, .advert, .advertisement, [class*="ad-slot"], [id^="ad-"], [data-ad], '
    + '.related, .related-links, .more-stories, .newsletter, .share, .social';

  /** What an arbitrary news site adds around its article: comments, captions,
   * bylines, tag lists, landmarks that are not the story. */
  const PAGE_EXCLUDE = `${DEFAULT_EXCLUDE}, footer, form, dialog, [role="navigation"], `
    + '[role="complementary"], [role="contentinfo"], [role="banner"], [role="dialog"], '
    + '[role="search"], [id*="comment" i], [class*="comment" i], [class*="caption" i], '
    + '[class*="related" i], [class*="byline" i], [class*="newsletter" i], [class*="promo" i], '
    + '[class*="share" i], [class*="breadcrumb" i], [class*="sidebar" i], [class*="recirc" i], '
    + '[class*="cookie" i], figure, #claimlens-panel';

  /** Elements whose text is never part of the article. */
  const SKIPPED = new Set([
    'script', 'style', 'noscript', 'template', 'figcaption', 'textarea', 'select', 'option',
    'button', 'input', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'head',
    'title', 'meta', 'link', 'claim-lens-panel',
  ]);

  /** Elements that start and end a paragraph. */
  const BLOCKS = new Set([
    'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
    'blockquote', 'section', 'article', 'header', 'footer', 'main', 'figure', 'table', 'tr',
    'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'pre', 'hr', 'address', 'details',
    'summary', 'form', 'fieldset', 'body', 'center',
  ]);

  const BLANK = /^\s*$/;
  const LINE_BREAKS = /[\n\r\t\f]/g;

  /**
   * Reads the article inside `root`, skipping elements matching `exclude`.
   * Returns { text, segments: [{ node, start, length }] } (UTF-16 offsets).
   */
  function extract(root, exclude = PAGE_EXCLUDE) {
    let text = '';
    const segments = [];
    let needBreak = false; // a block boundary was passed since the last text
    let inFlow = false; // text was read since the last block boundary

    const boundary = () => { needBreak = true; inFlow = false; };
    const readText = (node) => {
      const data = node.data;
      if (!data) return;
      // Whitespace between blocks is indentation, not article text.
      if (BLANK.test(data) && (needBreak || !inFlow)) return;
      if (needBreak && text) text += '\n\n';
      needBreak = false;
      inFlow = true;
      segments.push({ node, start: text.length, length: data.length });
      // One space per source line break keeps every offset of the node.
      text += data.replace(LINE_BREAKS, ' ');
    };
    const readElement = (el) => {
      const tag = el.localName;
      if (SKIPPED.has(tag) || (exclude && el.matches(exclude))) return;
      if (tag === 'br') {
        if (inFlow && !needBreak) text += '\n';
        return;
      }
      const block = BLOCKS.has(tag);
      if (block) boundary();
      readChildren(el);
      if (block) boundary();
    };
    const readChildren = (parent) => {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) readText(child);
        else if (child.nodeType === Node.ELEMENT_NODE) readElement(child);
      }
    };
    readChildren(root);
    return { text, segments };
  }

  /** Whether `el` lies inside something that is never article text. */
  function excluded(el, exclude = PAGE_EXCLUDE) {
    for (let e = el; e && e.nodeType === Node.ELEMENT_NODE; e = e.parentElement) {
      if (SKIPPED.has(e.localName) || e.matches(exclude)) return true;
    }
    return false;
  }

  ns.extract = { extract, excluded, DEFAULT_EXCLUDE, PAGE_EXCLUDE };
})();
