// claimlens content script, part 4: the panel frame.
//
// The analysis and the panel run in the extension's own page (frame.html) in
// an iframe: extension pages may compile wasm even where the article page's
// CSP forbids it. The two sides talk over a MessageChannel whose port is handed
// to the frame once, so page scripts cannot listen in on it.
(() => {
  const ns = (globalThis.claimlensExt ??= {});
  if (ns.panel) return;

  const FRAME_ID = 'claimlens-panel';
  const WIDTH = '380px';

  /**
   * Adds the panel frame to the page and connects to it. `onMessage(msg)`
   * receives the frame's messages; returns { frame, send(msg), close() }.
   */
  function openPanel(onMessage) {
    const frame = document.createElement('iframe');
    frame.id = FRAME_ID;
    frame.title = 'claimlens';
    // CSSOM properties, not a style attribute: a style-src policy without
    // 'unsafe-inline' blocks the latter.
    Object.assign(frame.style, {
      position: 'fixed', top: '0', right: '0', width: WIDTH, maxWidth: '100vw', height: '100vh',
      border: '0', borderLeft: '1px solid rgba(0,0,0,.2)', margin: '0', padding: '0',
      zIndex: '2147483647', background: 'Canvas', colorScheme: 'normal',
      boxShadow: '0 0 24px rgba(0,0,0,.18)',
    });
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => onMessage(event.data);
    const origin = new URL(chrome.runtime.getURL('frame.html')).origin;
    frame.addEventListener('load', () => {
      frame.contentWindow.postMessage({ type: 'claimlens:connect' }, origin, [channel.port2]);
    }, { once: true });
    frame.src = chrome.runtime.getURL('frame.html');
    // Outside <body>, so the page's own content is left exactly as it was.
    document.documentElement.appendChild(frame);
    return {
      frame,
      send: (message) => channel.port1.postMessage(message),
      close: () => { channel.port1.close(); frame.remove(); },
    };
  }

  ns.panel = { openPanel, FRAME_ID };
})();
