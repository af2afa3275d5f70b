// claimlens service worker (a background script in Firefox): annotates or
// clears a tab on the toolbar action and the keyboard shortcut, and annotates
// pages on the reader's auto list when their boot script asks. It injects the
// content scripts on demand, so pages the reader never annotates run none of it.

/** Content-script files, in load order (they share the isolated world). */
const CONTENT_FILES = [
  'content/extract.js',
  'content/article.js',
  'content/highlight.js',
  'content/panel.js',
  'content/main.js',
];

/**
 * Runs claimlens in `tabId` in `mode` ('toggle': annotate, or clear when
 * annotated; 'auto': annotate unless already annotated). Resolves to the
 * content script's report ({ state: 'annotated' | 'cleared' | 'failed', … }).
 */
async function runInTab(tabId, mode) {
  const target = { tabId };
  const [probe] = await chrome.scripting.executeScript({
    target,
    func: () => Boolean(globalThis.claimlensExt?.main),
  });
  if (!probe?.result) {
    await chrome.scripting.executeScript({ target, files: CONTENT_FILES });
  }
  const [run] = await chrome.scripting.executeScript({
    target,
    func: (m) => globalThis.claimlensExt.main.run(m),
    args: [mode],
  });
  const report = run?.result ?? { state: 'failed', error: 'no result' };
  await chrome.action.setBadgeText({ tabId, text: report.state === 'annotated' ? 'on' : '' });
  return report;
}

/** Toggles the annotations of `tab` (what the action and the shortcut do). */
function toggleTab(tab) {
  if (tab?.id === undefined) return Promise.resolve({ state: 'failed', error: 'no tab' });
  return runInTab(tab.id, 'toggle').catch((error) => ({ state: 'failed', error: String(error) }));
}

/** The keyboard shortcut's handler (manifest `commands`). */
function onCommand(command, tab) {
  return command === 'toggle-annotations' ? toggleTab(tab) : Promise.resolve(null);
}

/** Messages from our own scripts in a tab: the boot script's auto request,
 * the panel frame's highlight stylesheet, the report that the panel closed. */
function onMessage(message, sender, respond) {
  if (sender.id !== chrome.runtime.id || !sender.tab) return undefined;
  if (message?.type === 'claimlens:css' && sender.url?.startsWith(chrome.runtime.getURL('frame.html'))) {
    const target = { tabId: sender.tab.id };
    chrome.scripting.insertCSS({ target, css: String(message.css) }).then(() => respond(true), () => respond(false));
    return true; // answers asynchronously
  }
  if (message?.type === 'claimlens:auto') {
    runInTab(sender.tab.id, 'auto').catch((error) => console.warn('claimlens:', error));
  } else if (message?.type === 'claimlens:cleared') {
    chrome.action.setBadgeText({ tabId: sender.tab.id, text: '' });
  }
  return undefined;
}

chrome.action.onClicked.addListener(toggleTab);
chrome.commands.onCommand.addListener(onCommand);
chrome.runtime.onMessage.addListener(onMessage);

// Tests and the console reach the same entry points the browser calls.
globalThis.claimlens = { toggleTab, onCommand, runInTab };
