// claimlens content script, part 2: finding the article on an arbitrary page.
//
// In order of trust: an element marked as the schema.org articleBody
// (microdata); the element holding the paragraphs of a JSON-LD NewsArticle's
// articleBody; the <article> with the most paragraph text; else the densest
// cluster of paragraphs. Paragraphs inside navigation, comments, related links,
// captions and the like never count (see extract.js PAGE_EXCLUDE).
(() => {
  const ns = (globalThis.claimlensExt ??= {});
  if (ns.article) return;
  const { excluded } = ns.extract;

  /** Paragraphs shorter than this (characters) are bylines, datelines, teasers. */
  const MIN_PARAGRAPH = 40;
  /** An <article> with less paragraph text than this is a teaser card. */
  const MIN_ARTICLE = 300;
  const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|Report|BlogPosting)$/;

  const squash = (s) => s.replace(/\s+/g, ' ').trim();

  /** Article-text paragraphs under `scope`: long enough, mostly not links. */
  function paragraphs(scope) {
    return [...scope.querySelectorAll('p')].filter((p) => {
      const len = squash(p.textContent).length;
      if (len < MIN_PARAGRAPH) return false;
      const links = [...p.querySelectorAll('a')].reduce((n, a) => n + squash(a.textContent).length, 0);
      return links / len < 0.5 && !excluded(p);
    });
  }

  /** Total length of the article paragraphs under `el`. */
  const paragraphText = (el) => paragraphs(el).reduce((n, p) => n + squash(p.textContent).length, 0);

  /** Every JSON-LD object on the page (graphs and arrays flattened). */
  function jsonLd(doc = document) {
    const out = [];
    const walk = (v) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        out.push(v);
        if (v['@graph']) walk(v['@graph']);
      }
    };
    for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
      try { walk(JSON.parse(s.textContent)); } catch { /* a broken block is the page's */ }
    }
    return out;
  }

  const types = (o) => [].concat(o['@type'] ?? []).map(String);

  /** The element holding a JSON-LD article's articleBody, if one matches. */
  function fromJsonLd() {
    const body = jsonLd().find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)) && typeof o.articleBody === 'string');
    if (!body) return null;
    const text = squash(body.articleBody);
    // Paragraphs whose opening words appear in the articleBody vote for their parents.
    const votes = new Map();
    for (const p of paragraphs(document.body)) {
      const head = squash(p.textContent).slice(0, 60);
      if (text.includes(head)) votes.set(p.parentElement, (votes.get(p.parentElement) ?? 0) + head.length);
    }
    return best(votes);
  }

  /** The key with the highest score, or null. */
  function best(scores) {
    let top = null;
    let topScore = 0;
    for (const [el, score] of scores) if (score > topScore) { top = el; topScore = score; }
    return top;
  }

  /** The <article> with the most paragraph text, if any has enough. */
  function fromArticleElement() {
    const scores = new Map([...document.querySelectorAll('article, [role="article"]')]
      .filter((a) => !excluded(a))
      .map((a) => [a, paragraphText(a)]));
    const top = best(scores);
    return top && scores.get(top) >= MIN_ARTICLE ? top : null;
  }

  /** The densest cluster of paragraphs: each paragraph scores for its parent
   * and half for its grandparent (as Readability does); the top scorer wins. */
  function fromDensity() {
    const scores = new Map();
    for (const p of paragraphs(document.body)) {
      const len = squash(p.textContent).length;
      const parent = p.parentElement;
      scores.set(parent, (scores.get(parent) ?? 0) + len);
      const grand = parent?.parentElement;
      if (grand && grand !== document.documentElement) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
    }
    return best(scores);
  }

  /**
   * The page's main article element and how it was found:
   * { root, how: 'articleBody' | 'json-ld' | 'article' | 'density' | 'body' }.
   */
  function findArticle() {
    const micro = [...document.querySelectorAll('[itemprop~="articleBody"]')].find((el) => !excluded(el));
    if (micro) return { root: micro, how: 'articleBody' };
    const ld = fromJsonLd();
    if (ld) return { root: ld, how: 'json-ld' };
    const article = fromArticleElement();
    if (article) return { root: article, how: 'article' };
    const dense = fromDensity();
    if (dense) return { root: dense, how: 'density' };
    return { root: document.body, how: 'body' };
  }

  /** The texts of the page's JSON-LD blocks: the wasm reads their
   * ClaimReviews with the engine's own parser. */
  const jsonLdTexts = () => [...document.querySelectorAll('script[type="application/ld+json"]')]
    .map((s) => s.textContent);

  ns.article = { findArticle, jsonLdTexts };
})();
