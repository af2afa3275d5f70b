// The demo page's exports, empty and pasted input, sample coverage, and the
// light, dark and print looks (screenshots under target/screenshots/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot } from './harness.mjs';
import { openDemo, pageAnalysis, downloadText, cp, articleParagraphs, paragraphsOf, HARBOR, settle } from './demo_page.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('Web Annotation export: one assessing annotation per claim, selectors in code points', async () => {
  const { page, errors } = await openDemo(browser, server, { hash: `#text=${encodeURIComponent(HARBOR)}` });
  const analysis = await pageAnalysis(page);
  assert.ok(analysis.claims.length >= 2, `${analysis.claims.length} claims`);
  const doc = JSON.parse(await downloadText(page, '#cl-export-annotations'));
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  const items = doc.first.items;
  assert.equal(doc.total, analysis.claims.length);
  assert.equal(items.length, analysis.claims.length);
  const ids = new Set();
  items.forEach((item, i) => {
    const claim = analysis.claims[i];
    ids.add(item.id);
    assert.equal(item.type, 'Annotation');
    assert.equal(item.motivation, 'assessing');
    assert.ok(item.body.some((b) => b.purpose === 'assessing' && b.value === claim.state));
    assert.equal(item.target.length, claim.content.spans.length);
    item.target.forEach((target, j) => {
      const span = claim.content.spans[j];
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = target.selector.find((s) => s.type === 'TextPositionSelector');
      assert.deepEqual([position.start, position.end], [span.start, span.end]);
      // The selected text is the claim's content, counted in code points (the
      // 🌊 before it is one position, two UTF-16 units).
      assert.equal(quote.exact, cp(HARBOR, position.start, position.end));
      assert.notEqual(quote.exact, HARBOR.slice(position.start, position.end));
      assert.ok(cp(HARBOR, 0, position.start).endsWith(quote.prefix) && quote.prefix.length > 0);
      assert.ok(cp(HARBOR, position.end).startsWith(quote.suffix));
      assert.ok(HARBOR.includes(quote.prefix + quote.exact + quote.suffix));
    });
  });
  assert.equal(ids.size, items.length, 'annotation ids are unique');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an empty text gets a clear empty state; pasted text is annotated', async () => {
  const { page, errors } = await openDemo(browser, server, { hash: '#text=' });
  assert.match(await page.textContent('#cl-empty'), /Nothing to annotate/);
  assert.equal(await page.$$eval('mark', (ms) => ms.length), 0);
  assert.equal(await page.textContent('#cl-summary-title'), '0 claims');
  await page.click('.cl-paste-box summary');
  await page.fill('#cl-paste', '   \n\n  ');
  await page.click('#cl-annotate');
  await settle(page);
  assert.ok(await page.$('#cl-empty'), 'blank text stays empty');
  await page.fill('#cl-paste', HARBOR);
  await page.click('#cl-annotate');
  await page.waitForSelector('mark[data-cl-kind="content"]');
  assert.deepEqual(await articleParagraphs(page), paragraphsOf(HARBOR));
  assert.doesNotMatch(page.url(), /#text=/, 'a pasted article stays out of the link until shared');
  await page.click('#cl-share');
  await page.waitForFunction(() => location.hash.startsWith('#text='));
  const shared = await page.evaluate(() => location.href);
  const other = await browser.newPage();
  await other.goto(shared);
  await other.waitForSelector('mark[data-cl-kind="content"]');
  assert.deepEqual(await articleParagraphs(other), paragraphsOf(HARBOR), 'the share link opens the same article');
  await other.close();
  // Text with no attribution is shown as written, with a note.
  await page.fill('#cl-paste', 'The river rose two feet overnight.');
  await page.click('#cl-annotate');
  await page.waitForSelector('#cl-no-claims');
  assert.deepEqual(await articleParagraphs(page), ['The river rose two feet overnight.']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the samples together cover claim kinds, hedge categories, every state and a ClaimReview', async () => {
  const { page, errors } = await openDemo(browser, server);
  const ids = await page.$$eval('#cl-sample option', (os) => os.map((o) => o.value));
  assert.ok(ids.length >= 4, `${ids.length} samples`);
  const kinds = new Set(), states = new Set(), hedges = new Set(), reviewed = [];
  for (const id of ids) {
    await page.selectOption('#cl-sample', id);
    const text = await (await fetch(`${server.url}/samples/${id}.txt`)).text();
    await page.waitForFunction((title) => document.querySelector('.cl-article p')?.textContent === title, paragraphsOf(text)[0]);
    assert.deepEqual(await articleParagraphs(page), paragraphsOf(text), id);
    const analysis = await pageAnalysis(page);
    assert.ok(analysis.claims.length >= 3, `${id}: ${analysis.claims.length} claims`);
    analysis.claims.forEach((c) => { kinds.add(c.kind); states.add(c.state); });
    analysis.hedges.forEach((h) => hedges.add(h.category));
    // A ClaimReview carried by the sample rates a claim; its card says so.
    for (const c of analysis.claims.filter((c) => c.review)) {
      reviewed.push(`${id} ${c.id}: ${c.review.rating}`);
      await page.focus(`mark[data-cl-focus][data-cl-claim="${c.id}"]`);
      const card = await page.textContent(`[data-cl-card-claim="${c.id}"] [data-cl-card-field="review"]`);
      assert.ok(card.includes(c.review.rating) && card.includes(c.review.author), card);
    }
    // Whatever state a claim has, the page shows it; non-reported ones with evidence marks.
    for (const c of analysis.claims.filter((c) => c.state !== 'reported')) {
      const evidence = await page.$$eval(`mark[data-cl-kind="evidence"][data-cl-claim="${c.id}"]`, (ms) => ms.length);
      assert.ok(evidence > 0 || c.evidence.length === 0, `${id} ${c.id} evidence marks`);
    }
  }
  console.log(`samples: kinds ${[...kinds]}, states ${[...states]}, hedges ${[...hedges]}, reviewed ${reviewed}`);
  assert.ok(kinds.size >= 3, `claim kinds: ${[...kinds]}`);
  assert.ok(reviewed.some((r) => r.startsWith('council-jobs') && r.endsWith('False')), `reviewed: ${reviewed}`);
  assert.deepEqual(errors, []);
  await page.close();
  assert.deepEqual([...states].sort(), ['confirmed', 'disputed', 'false', 'reported', 'unverified']);
  assert.equal(hedges.size, 7, `hedge categories: ${[...hedges]}`);
});

test('light, dark and print looks', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, errors } = await openDemo(browser, server, { colorScheme: scheme });
    await page.waitForSelector('mark[data-cl-kind="content"]');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    const light = (r + g + b) / 3 > 128;
    assert.equal(light, scheme === 'light', `${scheme} background ${bg}`);
    const ink = await page.$eval('.cl-article', (a) => getComputedStyle(a).color);
    const inkLevel = ink.match(/\d+/g).slice(0, 3).map(Number).reduce((x, y) => x + y) / 3;
    assert.equal(inkLevel < 128, light, `${scheme} text ${ink}`);
    // The card of a disputed claim, opened from the keyboard, for the picture.
    // (The first one in the body, not the headline.)
    const disputed = await page.$$eval('.cl-article p:not(:first-child) mark[data-cl-focus][data-cl-state="disputed"]',
      (ms) => ms[0]?.dataset.clClaim);
    assert.ok(disputed, 'the first sample has a disputed claim in its body');
    await page.focus(`mark[data-cl-focus][data-cl-claim="${disputed}"]`);
    await page.waitForSelector(`[data-cl-card-claim="${disputed}"]`);
    await screenshot(page, `demo-${scheme}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
  // Print: no colour needed — no backgrounds, and each content mark ends with
  // its state in words; each state has its own underline style.
  const { page } = await openDemo(browser, server, { hash: '#sample=warehouse-fire' });
  await page.emulateMedia({ media: 'print' });
  const looks = await page.$$eval('mark[data-cl-kind="content"]', (ms) => ms.map((m) => ({
    state: m.dataset.clState, bg: getComputedStyle(m).backgroundColor, line: getComputedStyle(m).textDecorationStyle,
  })));
  assert.ok(looks.every((l) => l.bg === 'rgba(0, 0, 0, 0)'), 'no backgrounds in print');
  const styleOf = Object.fromEntries(looks.map((l) => [l.state, l.line]));
  assert.equal(new Set(Object.values(styleOf)).size, Object.keys(styleOf).length, `one line style per state: ${JSON.stringify(styleOf)}`);
  assert.equal(await page.$eval('.cl-side', (s) => getComputedStyle(s).display), 'none');
  await screenshot(page, 'demo-print', { fullPage: true });
  await page.close();
});
