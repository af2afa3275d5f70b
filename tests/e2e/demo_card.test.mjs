// The demo page's claim card (on hover and on keyboard focus) and summary
// panel, checked against the analysis the page exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';
import { openDemo, pageAnalysis, cp, spansText, focusedClaim, eventually } from './demo_page.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const TYPE_LABELS = {
  person: 'person', organization: 'organisation', government: 'government', anonymous: 'anonymous',
  document: 'document', media: 'media', unknown: 'unknown type',
};

/** Checks the open card against `claim` of `analysis` over `text`. */
async function assertCard(page, claim, analysis, text) {
  const card = `[data-cl-card-claim="${claim.id}"]`;
  const field = (name) => page.textContent(`${card} [data-cl-card-field="${name}"]`);
  const source = await field('source');
  const who = claim.source.entity ?? spansText(text, claim.source.spans);
  assert.ok(source.includes(who || 'No source named'), `${claim.id} source: ${source} (want ${who})`);
  assert.equal(await field('source-type'), TYPE_LABELS[claim.source.type]);
  const cue = spansText(text, claim.cue.spans);
  assert.equal(await field('cue'), cue ? `“${cue}”` : 'none');
  assert.equal(await page.getAttribute(`${card} [data-cl-card-field="state"]`, 'data-cl-state'), claim.state);
  assert.match(await field('state'), new RegExp(claim.state, 'i'), 'the state is written out, not only coloured');
  const evidence = await field('evidence');
  for (const span of claim.evidence) assert.ok(evidence.includes(cp(text, span.start, span.end)), `${claim.id} evidence: ${evidence}`);
  const hedges = await field('hedges');
  const mine = analysis.hedges.filter((h) => claim.hedges.includes(h.id));
  if (mine.length === 0) assert.equal(hedges, 'none');
  for (const h of mine) assert.ok(hedges.includes(spansText(text, h.spans)), `${claim.id} hedges: ${hedges}`);
}

for (const sample of ['warehouse-fire', 'council-jobs']) {
  test(`cards on keyboard focus show source, type, cue, state with evidence, hedges (${sample})`, async () => {
    const { page, errors } = await openDemo(browser, server, { hash: `#sample=${sample}` });
    const text = await (await fetch(`${server.url}/samples/${sample}.txt`)).text();
    const analysis = await pageAnalysis(page);
    assert.ok(analysis.claims.length > 0);
    // `n` visits every claim once, in the order they begin in the text.
    const order = await page.$$eval('mark[data-cl-focus]', (ms) => ms.map((m) => m.dataset.clClaim));
    assert.equal(order.length, analysis.claims.length);
    for (const id of order) {
      await page.keyboard.press('n');
      await eventually(() => focusedClaim(page), id);
      await assertCard(page, analysis.claims.find((c) => c.id === id), analysis, text);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('hovering a claim opens its card and lights up its source mentions and evidence', async () => {
  const { page, errors } = await openDemo(browser, server, { hash: '#sample=warehouse-fire' });
  const text = await (await fetch(`${server.url}/samples/warehouse-fire.txt`)).text();
  const analysis = await pageAnalysis(page);
  // Hover a piece of content with no other claim's mark inside (an inner mark
  // would rightly take the hover).
  const clean = await page.$$eval('mark[data-cl-kind="content"]', (ms) => ms
    .filter((m) => !m.querySelector(`[data-cl-claim]:not([data-cl-claim="${m.dataset.clClaim}"])`)
      && !m.parentElement.closest('[data-cl-claim]'))
    .map((m, i) => [m.dataset.clClaim, [...document.querySelectorAll('mark[data-cl-kind="content"]')].indexOf(m)]));
  const pick = (test) => clean.find(([id]) => test(analysis.claims.find((c) => c.id === id)));
  const [id, index] = pick((c) => c.source.spans.length > 0 && c.evidence.length > 0) ?? pick((c) => c.source.spans.length > 0);
  const claim = analysis.claims.find((c) => c.id === id);
  await page.locator('mark[data-cl-kind="content"]').nth(index).hover();
  await page.waitForSelector(`[data-cl-card-claim="${claim.id}"]`);
  await assertCard(page, claim, analysis, text);
  const lit = (kind) => page.$$eval(`mark[data-cl-kind="${kind}"][data-cl-claim="${claim.id}"]`, (ms) => ms.map((m) => m.classList.contains('cl-lit')));
  for (const kind of ['content', 'source', 'cue', 'evidence']) {
    assert.ok((await lit(kind)).every(Boolean), `${kind} marks of ${claim.id} are lit`);
  }
  assert.ok((await lit('source')).length > 0);
  const others = await page.$$eval(`mark.cl-lit:not([data-cl-claim="${claim.id}"])`, (ms) => ms.length);
  assert.equal(others, 0, 'nothing else is lit');
  // Mentions of the same source elsewhere (its chain) light up too.
  const chain = claim.source.chain.filter((s) => !claim.source.spans.some((o) => o.start <= s.start && s.end <= o.end));
  const mentions = await page.$$eval('.cl-mention.cl-lit', (ms) => ms.map((m) => m.textContent).join('|'));
  for (const s of chain) assert.ok(mentions.includes(cp(text, s.start, s.end)), `mention ${cp(text, s.start, s.end)} in ${mentions}`);
  // Leaving the article closes a hover card.
  await page.hover('.cl-header h1');
  await page.waitForSelector('[data-cl-card-claim]', { state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('summary entries count claims per state and per source and jump to them', async () => {
  const { page, errors } = await openDemo(browser, server, { hash: '#sample=warehouse-fire' });
  const analysis = await pageAnalysis(page);
  assert.equal(await page.textContent('#cl-summary-title'), `${analysis.claims.length} claims`);
  for (const [state, n] of Object.entries(analysis.summary.states)) {
    const count = await page.textContent(`[data-cl-summary-state="${state}"] .cl-count`);
    assert.equal(Number(count), n, state);
  }
  const hedged = analysis.claims.filter((c) => c.hedges.length > 0).length;
  assert.match(await page.textContent('[data-cl-summary="hedged"]'), new RegExp(`^${hedged} of ${analysis.claims.length} hedged`));
  assert.ok(analysis.sources.length > 0);
  for (const source of analysis.sources) {
    const entry = `[data-cl-summary-source="${source.name}"]`;
    assert.equal(Number(await page.textContent(`${entry} .cl-count`)), source.claims.length, source.name);
    await page.click(entry);
    await eventually(() => focusedClaim(page), source.claims[0], `jump to ${source.name}`);
    await eventually(() => page.getAttribute('[data-cl-card-claim]', 'data-cl-card-claim'), source.claims[0]);
  }
  const state = Object.keys(analysis.summary.states).find((s) => analysis.summary.states[s] > 0);
  await page.click(`[data-cl-summary-state="${state}"]`);
  await eventually(() => focusedClaim(page), analysis.claims.find((c) => c.state === state).id);
  assert.deepEqual(errors, []);
  await page.close();
});
