// claimlens options: which highlight kinds to show, the panel theme, and the
// hosts to annotate on load. Stored in chrome.storage.local as `kinds`
// (array), `theme` ('auto' | 'light' | 'dark') and `autoSites` (array of host
// names, lower case).
const ALL_KINDS = ['content', 'source', 'cue', 'hedge', 'evidence'];
const form = document.getElementById('options');
const status = document.getElementById('status');

/** A host name (internationalised ones in punycode), or an IPv6 address. */
const HOST = /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/;

/** A host name from what the reader typed (a host, or a pasted address). */
function toHost(line) {
  const s = line.trim().toLowerCase();
  if (!s) return null;
  try {
    const host = new URL(s.includes('://') ? s : `http://${s}`).hostname;
    // URL() accepts (and percent-encodes) things no host is called.
    return HOST.test(host) ? host : null;
  } catch {
    return null;
  }
}

async function load() {
  const { kinds, theme, autoSites } = await chrome.storage.local.get(['kinds', 'theme', 'autoSites']);
  const shown = new Set(Array.isArray(kinds) ? kinds : ALL_KINDS);
  for (const box of form.elements.kinds) box.checked = shown.has(box.value);
  form.elements.theme.value = ['light', 'dark'].includes(theme) ? theme : 'auto';
  form.elements.autoSites.value = (Array.isArray(autoSites) ? autoSites : []).join('\n');
}

async function save(event) {
  event.preventDefault();
  const lines = form.elements.autoSites.value.split('\n');
  const hosts = [];
  const rejected = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const host = toHost(line);
    if (host) { if (!hosts.includes(host)) hosts.push(host); } else rejected.push(line.trim());
  }
  const kinds = [...form.elements.kinds].filter((b) => b.checked).map((b) => b.value);
  await chrome.storage.local.set({ kinds, theme: form.elements.theme.value, autoSites: hosts });
  form.elements.autoSites.value = hosts.join('\n');
  status.textContent = rejected.length ? `Saved; not a host name: ${rejected.join(', ')}` : 'Saved.';
}

form.addEventListener('submit', save);
load();
