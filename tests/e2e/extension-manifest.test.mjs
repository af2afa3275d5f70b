// The two extension builds as shipped: manifests, permissions, no remote code,
// and Mozilla's addons-linter (the engine of `web-ext lint`) on the Firefox build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EXTENSION, FIREFOX_EXTENSION } from './extension-harness.mjs';

const readJson = async (file) => JSON.parse(await fs.readFile(file, 'utf8'));
const HOSTS = ['http://*/*', 'https://*/*'];

/** Every file under `dir`, relative paths. */
async function files(dir, prefix = '') {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...await files(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

test('both manifests ask for storage, scripting, activeTab and http(s) hosts only', async () => {
  for (const dir of [EXTENSION, FIREFOX_EXTENSION]) {
    const m = await readJson(path.join(dir, 'manifest.json'));
    assert.equal(m.manifest_version, 3);
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'scripting', 'storage']);
    assert.deepEqual(m.host_permissions, HOSTS);
    assert.equal(m.optional_permissions, undefined);
    assert.ok(m.commands['toggle-annotations'].suggested_key.default, 'a keyboard shortcut');
    assert.equal(m.options_ui.page, 'options.html');
    // Only the inert boot script runs on every page.
    assert.deepEqual(m.content_scripts.map((c) => c.js), [['boot.js']]);
    assert.deepEqual(m.web_accessible_resources.map((w) => w.resources), [['frame.html']]);
    // Extension pages may compile wasm; nothing is loaded from elsewhere.
    assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    const boot = await fs.readFile(path.join(dir, 'boot.js'), 'utf8');
    assert.ok(boot.split('\n').filter((l) => l.trim() && !l.trim().startsWith('//')).length <= 10, 'boot.js stays a few lines');
  }
});

test('the Chromium build has a service worker, the Firefox build background scripts and a gecko id', async () => {
  const chromium = await readJson(path.join(EXTENSION, 'manifest.json'));
  const firefox = await readJson(path.join(FIREFOX_EXTENSION, 'manifest.json'));
  assert.equal(chromium.background.service_worker, 'background.js');
  assert.equal(chromium.browser_specific_settings, undefined);
  assert.deepEqual(firefox.background, { scripts: ['background.js'] });
  assert.match(firefox.browser_specific_settings.gecko.id, /^[\w.-]+@[\w.-]+$/);
  assert.equal(chromium.version, firefox.version);
  assert.deepEqual(await files(EXTENSION), await files(FIREFOX_EXTENSION));
});

test('no remote code: scripts and pages load only the extension\'s own files', async () => {
  for (const rel of await files(EXTENSION)) {
    if (!/\.(js|html)$/.test(rel) || rel.startsWith('pkg')) continue;
    const text = await fs.readFile(path.join(EXTENSION, rel), 'utf8');
    assert.doesNotMatch(text, /https?:\/\/[a-z0-9]/i, `${rel} names a remote address`);
    assert.doesNotMatch(text, /\beval\(|new Function\(/, `${rel} evaluates strings`);
  }
});

test('the Firefox build passes addons-linter with no errors', async () => {
  const linter = path.resolve('tests', 'node_modules', '.bin', 'addons-linter');
  let stdout;
  try {
    ({ stdout } = await promisify(execFile)(linter, ['--output', 'json', '--boring', FIREFOX_EXTENSION],
      { maxBuffer: 16 << 20 }));
  } catch (error) {
    // The linter exits non-zero when it finds errors; its report is still on stdout.
    if (!error.stdout) throw error;
    stdout = error.stdout;
  }
  const report = JSON.parse(stdout);
  const show = (list) => list.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`).join('\n');
  if (report.warnings.length) console.log(`addons-linter warnings:\n${show(report.warnings)}`);
  assert.deepEqual(show(report.errors), '', 'addons-linter errors');
  assert.ok(report.summary, 'a linter report');
});
