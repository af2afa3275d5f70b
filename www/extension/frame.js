// The claimlens panel page, framed into the article page by the content
// script. It runs the wasm (allowed here by the manifest's extension_pages
// CSP, whatever the article page's CSP says), answers the content script with
// the highlight marks, and shows the panel.
import init, { analyzeForDom, markCss, ExtensionPanel } from './pkg/claimlens_widget.js';

const root = document.getElementById('panel');
// Start compiling the wasm while the content script connects.
const ready = init();
let port = null;
let panel = null;

chrome.storage.local.get('theme').then(({ theme }) => {
  document.documentElement.dataset.theme = ['light', 'dark'].includes(theme) ? theme : 'auto';
});

// The content script hands over one end of a MessageChannel, once.
window.addEventListener('message', (event) => {
  if (port || event.source !== window.parent || event.data?.type !== 'claimlens:connect' || !event.ports[0]) return;
  port = event.ports[0];
  port.onmessage = (message) => handle(message.data);
  port.postMessage({ type: 'ready' });
});

async function handle(message) {
  if (message?.type === 'analyze') {
    try {
      await ready;
      const { analysis, marks } = analyzeForDom(String(message.text ?? ''), message.options ?? null);
      // The embed's highlight styles, inserted into the article page by the
      // service worker (scripting.insertCSS is not subject to the page's CSP).
      await chrome.runtime.sendMessage({ type: 'claimlens:css', css: markCss() });
      port.postMessage({ type: 'marks', marks, claims: analysis.claims.length });
      root.textContent = '';
      panel = ExtensionPanel.mount(
        root,
        String(message.text ?? ''),
        analysis,
        (claim) => { panel?.select(claim); port.postMessage({ type: 'select', claim }); },
        () => port.postMessage({ type: 'close' }),
      );
      document.documentElement.dataset.clReady = 'true';
    } catch (error) {
      root.textContent = `claimlens could not analyse this page: ${error}`;
      port.postMessage({ type: 'failed', error: String(error) });
    }
  } else if (message?.type === 'select') {
    panel?.select(message.claim ?? undefined);
  }
}
