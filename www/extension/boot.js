// claimlens: the only script on every page, and inert. It reads the reader's
// "always annotate" list and, on a listed host, asks the service worker to
// annotate; anywhere else it does nothing. The analysis (wasm) and the panel
// load only when the reader acts or the host is listed.
chrome.storage.local.get('autoSites').then(({ autoSites }) => {
  const host = location.hostname.toLowerCase();
  if (Array.isArray(autoSites) && autoSites.some((h) => String(h).toLowerCase() === host)) {
    chrome.runtime.sendMessage({ type: 'claimlens:auto' });
  }
}, () => {});
