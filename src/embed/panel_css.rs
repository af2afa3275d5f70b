//! The panel's stylesheet, adopted by its shadow root only.
//!
//! `:host { all: initial }` stops the page's inherited styles at the border;
//! colours are custom properties (`--claimlens-panel-bg`, …) a publisher can set
//! on `claim-lens-panel` or any ancestor, since custom properties do inherit.

/// CSS for the shadow root.
pub const PANEL_CSS: &str = r#"
:host { all: initial; display: block; contain: content;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  --bg: var(--claimlens-panel-bg, #ffffff); --fg: var(--claimlens-panel-fg, #1d1d1f);
  --muted: var(--claimlens-panel-muted, #5b5b66); --line: var(--claimlens-panel-border, #d9d6cc);
  --focus: var(--claimlens-focus, #1a56db); --hover: var(--claimlens-panel-hover, #f3f1ea); }
:host([data-theme="dark"]) { --bg: var(--claimlens-panel-bg, #1b1c21); --fg: var(--claimlens-panel-fg, #ececf1);
  --muted: var(--claimlens-panel-muted, #a3a3b3); --line: var(--claimlens-panel-border, #3a3a44);
  --hover: var(--claimlens-panel-hover, #26272e); --focus: var(--claimlens-focus, #7aa7ff); }
@media (prefers-color-scheme: dark) {
  :host([data-theme="auto"]) { --bg: var(--claimlens-panel-bg, #1b1c21); --fg: var(--claimlens-panel-fg, #ececf1);
    --muted: var(--claimlens-panel-muted, #a3a3b3); --line: var(--claimlens-panel-border, #3a3a44);
    --hover: var(--claimlens-panel-hover, #26272e); --focus: var(--claimlens-focus, #7aa7ff); } }
:host([data-position="right"]) { position: fixed; top: 0; right: 0; bottom: 0; width: min(24rem, 92vw);
  overflow: auto; z-index: 2147483000; }
:host([data-position="bottom"]) { position: fixed; left: 0; right: 0; bottom: 0; max-height: 40vh;
  overflow: auto; z-index: 2147483000; }
.panel { background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px;
  padding: 0.9rem 1rem; margin: 1rem 0; box-sizing: border-box; }
:host([data-position="right"]) .panel, :host([data-position="bottom"]) .panel { margin: 0; min-height: 100%;
  border-radius: 0; }
h2 { font-size: 1.05rem; margin: 0 0 0.25rem; }
.counts { margin: 0 0 0.4rem; color: var(--muted); }
.states { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem; padding: 0; margin: 0 0 0.6rem; }
.state, .badge { font-size: 0.78rem; border: 1px solid var(--line); border-radius: 999px; padding: 0 0.45rem; }
[data-state="confirmed"] { border-color: #1f8a4c; } [data-state="disputed"] { border-color: #c47a00; }
[data-state="false"] { border-color: #c4272b; } [data-state="unverified"] { border-style: dashed; }
.legend { display: flex; flex-wrap: wrap; gap: 0.35rem; margin-bottom: 0.7rem; }
button { font: inherit; color: inherit; background: none; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.toggle { display: inline-flex; align-items: center; gap: 0.3rem; border: 1px solid var(--line);
  border-radius: 4px; padding: 0.1rem 0.45rem; font-size: 0.85rem; }
.toggle[aria-pressed="false"] { opacity: 0.55; text-decoration: line-through; }
.swatch { width: 0.8rem; height: 0.8rem; border-radius: 2px; display: inline-block; }
.swatch[data-kind="content"] { background: var(--claimlens-content, rgba(255, 204, 0, 0.35)); }
.swatch[data-kind="source"] { background: var(--claimlens-source, rgba(43, 108, 196, 0.25)); }
.swatch[data-kind="cue"] { background: var(--claimlens-cue, rgba(128, 64, 224, 0.22)); }
.swatch[data-kind="hedge"] { background: var(--claimlens-hedge, rgba(240, 100, 40, 0.3)); }
.swatch[data-kind="evidence"] { background: var(--claimlens-evidence, rgba(31, 160, 80, 0.3)); }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.4rem; }
.card { display: block; width: 100%; text-align: left; border: 1px solid var(--line); border-radius: 6px;
  padding: 0.45rem 0.6rem; }
.card:hover { background: var(--hover); }
.card.selected { border-color: var(--focus); box-shadow: 0 0 0 1px var(--focus); }
.who { font-weight: 600; } .cue { color: var(--muted); font-style: italic; }
.what { display: block; margin-top: 0.2rem; font-family: Georgia, serif; }
.empty { color: var(--muted); }
.more { display: block; width: 100%; margin-top: 0.4rem; padding: 0.35rem; border: 1px dashed var(--line);
  border-radius: 6px; color: var(--muted); }
.more:hover { background: var(--hover); }
.more[hidden] { display: none; }
"#;
