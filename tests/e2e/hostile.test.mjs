// Hostile input in the browser, through the real embed: each article is built in
// a page, annotated with the JS API and cleared again. Every input must give a
// clear result (or a clear error), keep the article's text exactly, and leave
// the markup exactly as it was after clear(); where the input hides an ordinary
// quote, the quote must be highlighted whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';
import { openPage, roundTrip } from './pages/hostile/serve-pages.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const QUOTE = '“The pumps were running all night,”';
const PLAIN = `${QUOTE} said Irene Dalby, the harbour master.`;
const squeeze = (s) => s.replace(/[\s\u200b]+/g, '');

/** Deterministic junk: UTF-16 code units of every kind, lone surrogates included. */
function junk(n) {
  let x = 0x9e3779b9;
  return String.fromCharCode(...Array.from({ length: n }, () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x & 0xffff; }));
}

/**
 * Hostile articles: name, the article's markup (`html`) or the text of its one
 * paragraph set through the DOM (`text`, which may hold lone surrogates), and
 * what must hold beyond the common checks ('quote': PLAIN's quote and speaker
 * are highlighted).
 */
const CASES = [
  { name: 'empty article', html: '', check: (r) => assert.equal(r.claims, 0) },
  { name: 'whitespace only', html: '<p>   </p>\n\t<p>\u00a0\u200b</p>', check: (r) => assert.equal(r.claims, 0) },
  { name: 'binary junk with lone surrogates', text: junk(20000) },
  { name: 'lone UTF-16 surrogates before a quote', text: `\ud800 \udfff\udc00 ${PLAIN}`, check: 'quote' },
  { name: 'right-to-left and mixed scripts', check: 'quote',
    html: `<p dir="rtl">قال الوزير إن الجسر آمن. “שלום לכולם,” אמר דן.</p><p>${PLAIN}</p>` },
  { name: 'emoji and combining marks', check: 'quote',
    html: `<p>“Zoe\u0308 was sure 👩\u200d👩\u200d👧 🇫🇷,” said Irene Dalby.</p><p>${PLAIN}</p>` },
  { name: 'CRLF, NBSP and zero-width characters', check: (r) => assert.ok(r.claims >= 1),
    html: '<p>“The\u00a0pumps were\u200b running all\r\nnight,”\u00a0said Irene\u00a0Dalby.</p>' },
  { name: 'unbalanced and nested quotes', check: 'quote',
    html: `<p>“He said “nested ‘quotes’ here,” she said. ” ” “</p><p>“Mia told me, ‘Leo said “it is done,”’ and so do I,” said Ana Ruiz.</p><p>${PLAIN}</p>` },
  { name: 'inline markup nested 200 deep', check: 'quote',
    html: `<p>${'<span><b>'.repeat(100)}${PLAIN}${'</b></span>'.repeat(100)}</p>` },
  { name: 'one sentence over 1,000 elements',
    html: `<p>${['“', ...Array.from({ length: 997 }, (_, i) => `w${i} `), 'end,” said ', 'Irene Dalby.'].map((w) => `<span>${w}</span>`).join('')}</p>`,
    check: (r) => {
      const first = r.marks.find((m) => m.kind === 'content')?.claim;
      const content = r.marks.filter((m) => m.kind === 'content' && m.claim === first);
      assert.ok(content.length >= 998, `content pieces: ${content.length}`);
      const words = Array.from({ length: 997 }, (_, i) => `w${i}`).join('');
      assert.equal(squeeze(content.map((m) => m.text).join('')), `“${words}end,”`);
    } },
  { name: 'a 10,000-sentence paragraph', check: (r) => assert.equal(r.claims, 1000),
    html: `<p>${Array.from({ length: 10000 }, (_, i) => (i % 10 === 9
      ? `“Crate ${i} is dry,” said Irene Dalby. ` : `Crate ${i} was moved to the north shed. `)).join('')}</p>` },
];

let inputs = 0;
let roundTripped = 0;

for (const { name, html, text, check } of CASES) {
  test(`hostile input: ${name}`, async () => {
    const { page, errors, dialogs } = await openPage(browser, server, 'blank.html');
    await page.evaluate(({ html, text }) => {
      const el = document.getElementById('story');
      if (text === undefined) el.innerHTML = html;
      else el.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
    }, { html, text });
    const r = await roundTrip(page, '#story');
    inputs += 1;
    assert.ok(r.textKept, 'the article text is unchanged while annotated');
    assert.ok(r.restored, 'clear() restores the markup exactly');
    assert.equal(r.leftover, 0, 'no wrapper or panel is left after clear()');
    roundTripped += 1;
    if (check === 'quote') {
      const content = r.marks.filter((m) => m.kind === 'content').map((m) => m.text).join('');
      assert.ok(content.includes('The pumps were running all night'), `content marks: ${content.slice(0, 200)}`);
      assert.ok(r.marks.some((m) => m.kind === 'source' && m.text.includes('Irene Dalby')), 'the speaker is marked');
    } else if (check) {
      check(r);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(dialogs, []);
    await page.close();
  });
}

test('hostile input: the figures', () => {
  console.log(`hostile inputs tried in the browser: ${inputs}, pages round-tripped exactly: ${roundTripped}`);
  assert.equal(roundTripped, CASES.length);
});
