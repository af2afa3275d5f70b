// claimlens content script, part 5: one annotation of the page at a time.
//
// run('toggle') annotates the article, or clears it when annotated;
// run('auto') annotates unless already annotated. Annotating: find the
// article, extract its text, open the panel frame, send it the text, highlight
// the marks it returns. Clicks on highlights select the claim in the panel;
// picking a claim in the panel selects its highlights here.
(() => {
  const ns = (globalThis.claimlensExt ??= {});
  if (ns.main) return;
  const { extract } = ns.extract;
  const { findArticle, jsonLdTexts } = ns.article;
  const { highlight, MARK_TAG } = ns.highlight;
  const { openPanel } = ns.panel;

  const ALL_KINDS = ['content', 'source', 'cue', 'hedge', 'evidence'];
  /** How long the panel frame may take to answer before we give up. */
  const TIMEOUT_MS = 30000;

  let current = null; // { panel, highlights, onClick }
  let pending = null; // the annotation in progress

  /** Marks the highlights of `claim` as selected (the embed's data-cl-selected). */
  function select(claim, scroll) {
    if (!current) return;
    for (const w of current.highlights.wrappers) {
      if (claim && w.getAttribute('data-cl-claim') === claim) w.setAttribute('data-cl-selected', '');
      else w.removeAttribute('data-cl-selected');
    }
    const first = current.highlights.wrappers.find((w) => w.hasAttribute('data-cl-selected'));
    if (scroll && first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  /** Removes every highlight and the panel; the page is as before. */
  function clear() {
    if (!current) return;
    document.removeEventListener('click', current.onClick, true);
    current.highlights.clear();
    current.panel.close();
    current = null;
    // The toolbar badge says "on" while annotated; the service worker clears it.
    chrome.runtime.sendMessage({ type: 'claimlens:cleared' }).catch(() => {});
  }

  /** Annotates the page; resolves to a report for the service worker. */
  async function annotate() {
    const { kinds } = await chrome.storage.local.get('kinds');
    const shown = new Set(Array.isArray(kinds) ? kinds : ALL_KINDS);
    const { root, how } = findArticle();
    const extraction = extract(root);
    let panel;
    const answer = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the panel did not answer')), TIMEOUT_MS);
      panel = openPanel((message) => {
        if (message?.type === 'ready') {
          panel.send({ type: 'analyze', text: extraction.text, options: { jsonLd: jsonLdTexts() } });
        } else if (message?.type === 'marks') {
          clearTimeout(timer);
          resolve(message);
        } else if (message?.type === 'failed') {
          clearTimeout(timer);
          reject(new Error(message.error));
        } else if (message?.type === 'select') {
          select(message.claim, true);
        } else if (message?.type === 'close') {
          clear();
        }
      });
    });
    let reply;
    try {
      reply = await answer;
    } catch (error) {
      panel.close();
      throw error;
    }
    const marks = reply.marks.filter((m) => shown.has(m.kind));
    const highlights = highlight(extraction, marks);
    const onClick = (event) => {
      const mark = event.target instanceof Element && event.target.closest(`${MARK_TAG}[data-cl-claim]`);
      if (!mark || !highlights.wrappers.includes(mark)) return;
      const claim = mark.getAttribute('data-cl-claim');
      select(claim, false);
      panel.send({ type: 'select', claim });
    };
    document.addEventListener('click', onClick, true);
    current = { panel, highlights, onClick };
    return { state: 'annotated', how, claims: reply.claims, highlights: highlights.wrappers.length };
  }

  /** The service worker's entry point (see background.js). */
  async function run(mode) {
    if (pending) return pending;
    if (current) {
      if (mode === 'auto') return { state: 'annotated' };
      clear();
      return { state: 'cleared' };
    }
    pending = annotate()
      .catch((error) => ({ state: 'failed', error: String(error?.message ?? error) }))
      .finally(() => { pending = null; });
    return pending;
  }

  ns.main = { run, clear };
})();
