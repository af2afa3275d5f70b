// Isolation: on a host page with hostile CSS (`* { all: unset !important }`,
// `button { display: none !important }`) the panel still works; and the
// widget's styles change nothing on the page outside its highlights: a region
// it does not annotate looks pixel-identical and keeps every computed style.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot } from './harness.mjs';
import { openPage } from './pages/hostile/serve-pages.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Every computed style of every element in `selector` (the region left alone). */
function computedStyles(page, selector) {
  return page.$$eval(`${selector}, ${selector} *`, (els) => els.map((e) => {
    const cs = getComputedStyle(e);
    return [...cs].map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  }));
}

async function annotateStory(page) {
  await page.evaluate(() => window.claimlens.annotate(document.getElementById('story'), { panel: 'after' }));
  await page.waitForSelector('#story cl-mark');
  await page.waitForSelector('claim-lens-panel');
}

for (const hostile of [false, true]) {
  const name = hostile ? 'a hostile stylesheet' : 'an ordinary stylesheet';
  test(`on ${name}, the rest of the page looks and computes exactly as before`, async () => {
    const { page, errors } = await openPage(browser, server, `isolation.html${hostile ? '?hostile' : ''}`);
    const region = page.locator('#elsewhere');
    const shotBefore = await region.screenshot();
    const stylesBefore = await computedStyles(page, '#elsewhere');
    const bodyBefore = await computedStyles(page, 'body > :not(#story):not(#elsewhere):not(claim-lens-panel)');
    await annotateStory(page);
    const shotAfter = await region.screenshot();
    assert.ok(shotBefore.equals(shotAfter), 'the unannotated region is pixel-identical');
    assert.deepEqual(await computedStyles(page, '#elsewhere'), stylesBefore);
    assert.deepEqual(await computedStyles(page, 'body > :not(#story):not(#elsewhere):not(claim-lens-panel)'), bodyBefore);
    await screenshot(page, `isolation-${hostile ? 'hostile' : 'plain'}`, { fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`on ${name}, the panel is visible and its cards select claims`, async () => {
    const { page, errors } = await openPage(browser, server, `isolation.html${hostile ? '?hostile' : ''}`);
    await annotateStory(page);
    const cards = page.locator('claim-lens-panel .card');
    const count = await cards.count();
    assert.ok(count >= 2, `cards: ${count}`);
    for (let i = 0; i < count; i++) {
      const box = await cards.nth(i).boundingBox();
      assert.ok(box && box.width > 20 && box.height > 10, `card ${i} is laid out: ${JSON.stringify(box)}`);
      assert.ok(await cards.nth(i).isVisible(), `card ${i} is visible`);
    }
    await cards.nth(1).click();
    const selected = await page.$$eval('#story cl-mark[data-cl-selected]', (els) => [...new Set(els.map((e) => e.dataset.clClaim))]);
    assert.equal(selected.length, 1, `selected claims: ${selected}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
