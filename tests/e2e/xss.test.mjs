// XSS: markup and script payloads in the article text, in its attributes and in
// ClaimReview JSON-LD are never executed and never inserted as HTML. A trap
// records every dialog and every payload that runs (each calls __pwn(name));
// the article and the panel are searched for elements and attributes a payload
// would have created; the panel must show the payloads as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot } from './harness.mjs';
import { openPage, tags } from './pages/hostile/serve-pages.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DANGEROUS = 'script, img, iframe, svg, object, embed, style, link, meta, base, form, a[href^="javascript:" i]';

test('payloads in text, attributes and JSON-LD never run and never become markup', async () => {
  const { page, errors, dialogs } = await openPage(browser, server, 'xss.html');
  const before = await tags(page, '#story');
  const text = await page.$eval('#story', (el) => el.textContent);
  await page.evaluate(() => window.claimlens.annotate(document.getElementById('story'), { panel: 'after' }));
  await page.waitForSelector('#story cl-mark');

  // Use everything a reader can: hover every highlight, choose every card.
  for (const mark of await page.$$('#story cl-mark')) await mark.hover().catch(() => {});
  const cards = page.locator('claim-lens-panel .card');
  for (let i = 0; i < await cards.count(); i++) await cards.nth(i).click();
  await page.waitForTimeout(300);

  assert.deepEqual(await page.evaluate(() => window.__pwned), [], 'no payload ran');
  assert.deepEqual(dialogs, [], 'no dialog opened');

  // The article gained only <cl-mark> wrappers; its text is unchanged.
  const after_ = await tags(page, '#story');
  assert.deepEqual(after_.filter((t) => t !== 'cl-mark'), before);
  assert.equal(await page.$eval('#story', (el) => el.textContent), text);

  // Nothing dangerous anywhere: light DOM, panel shadow root, no on* attributes.
  const found = await page.evaluate((dangerous) => {
    const roots = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
    const bad = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        if (root === document && (el.closest('head') || el.localName === 'script')) continue;
        if (el.matches(dangerous)) bad.push(el.outerHTML.slice(0, 120));
        for (const a of el.attributes) if (/^on/i.test(a.name)) bad.push(`${el.localName}[${a.name}]`);
      }
    }
    return bad;
  }, DANGEROUS);
  assert.deepEqual(found, [], 'no element or handler created by a payload');

  // The cards render the payloads as text.
  const panelText = await page.$eval('claim-lens-panel', (el) => el.shadowRoot.textContent);
  // (How much of the payload a card quotes depends on where the engine ends the
  // quote: its straight double quotes are quotation marks too.)
  assert.ok(panelText.includes('<img src=x onerror='), `quote payload shown as text: ${panelText.slice(0, 400)}`);
  assert.ok(await page.$eval('#story', (el) => el.querySelectorAll('cl-mark[data-cl-kind="content"]').length) >= 2);
  await screenshot(page, 'xss');
  assert.deepEqual(errors, []);
  await page.close();
});

test('analyze() returns payloads as plain strings', async () => {
  const { page, dialogs } = await openPage(browser, server, 'xss.html');
  const result = await page.evaluate(async () => {
    const text = '“<img src=x onerror="__pwn(1)"> is fine,” said <script>__pwn(2)</script> Ana Ruiz.';
    const analysis = await window.claimlens.analyze(text, {
      claimReviews: [{ claimReviewed: '<img src=x onerror="__pwn(3)">', author: '<script>__pwn(4)</script>' }],
    });
    return { json: JSON.stringify(analysis), pwned: window.__pwned };
  });
  assert.deepEqual(result.pwned, []);
  assert.deepEqual(dialogs, []);
  assert.ok(result.json.startsWith('{'));
  await page.close();
});
