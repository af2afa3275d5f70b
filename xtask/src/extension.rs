//! `cargo xtask extension`: the browser extension, assembled from the release
//! build (`dist/pkg`) and the files in `www/extension/` into
//! `dist/extension-chromium/` and `dist/extension-firefox/`, each ready to zip
//! or load unpacked.
//!
//! `www/extension/manifest.json` is the Chromium manifest; the Firefox one is
//! the same with the top-level keys of `manifest.firefox.json` put over it
//! (background scripts instead of a service worker, `browser_specific_settings`).
//! Both get the workspace version.

use std::path::Path;

use serde_json::{Map, Value};

use crate::build::{copy_file, copy_tree};

/// The wasm-bindgen output the panel page imports.
const PKG_FILES: &[&str] = &["claimlens_widget.js", "claimlens_widget_bg.wasm"];

/// Builds both extension folders from an existing `dist/` (run after
/// [`crate::build::build`]).
pub fn assemble(root: &Path) -> Result<(), String> {
    let src = root.join("www/extension");
    let dist = root.join("dist");
    let base = read_json(&src.join("manifest.json"))?;
    let firefox = read_json(&src.join("manifest.firefox.json"))?;
    for (browser, overlay) in [("chromium", None), ("firefox", Some(&firefox))] {
        let out = dist.join(format!("extension-{browser}"));
        if out.exists() {
            std::fs::remove_dir_all(&out)
                .map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
        }
        copy_tree(&src, &out)?;
        for template in ["manifest.json", "manifest.firefox.json"] {
            std::fs::remove_file(out.join(template)).map_err(|e| e.to_string())?;
        }
        std::fs::create_dir_all(out.join("pkg")).map_err(|e| e.to_string())?;
        for file in PKG_FILES {
            copy_file(&dist.join("pkg").join(file), &out.join("pkg").join(file))?;
        }
        let manifest = manifest_for(&base, overlay);
        check_files(&manifest, &out)?;
        let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
        std::fs::write(out.join("manifest.json"), text + "\n").map_err(|e| e.to_string())?;
        eprintln!("xtask: built {}", out.display());
    }
    Ok(())
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The base manifest with the workspace version and `overlay`'s top-level keys.
fn manifest_for(base: &Value, overlay: Option<&Value>) -> Value {
    let mut manifest: Map<String, Value> = base.as_object().cloned().unwrap_or_default();
    if let Some(Value::Object(extra)) = overlay {
        manifest.extend(extra.clone());
    }
    manifest.insert("version".into(), env!("CARGO_PKG_VERSION").into());
    Value::Object(manifest)
}

/// Fails when a script or page the manifest names is missing from `dir`, so a
/// renamed file breaks the build rather than the installed extension.
fn check_files(manifest: &Value, dir: &Path) -> Result<(), String> {
    let mut named: Vec<&str> = Vec::new();
    named.extend(
        manifest
            .pointer("/background/service_worker")
            .and_then(Value::as_str),
    );
    named.extend(strings(manifest.pointer("/background/scripts")));
    named.extend(manifest.pointer("/options_ui/page").and_then(Value::as_str));
    for entry in entries(manifest, "/content_scripts") {
        named.extend(strings(entry.get("js")));
    }
    for entry in entries(manifest, "/web_accessible_resources") {
        named.extend(strings(entry.get("resources")));
    }
    match named.iter().find(|f| !dir.join(f).is_file()) {
        Some(missing) => Err(format!("manifest names a missing file: {missing}")),
        None => Ok(()),
    }
}

/// The strings of an array value (none when it is not an array).
fn strings(v: Option<&Value>) -> Vec<&str> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The objects of the array at `pointer`.
fn entries<'a>(manifest: &'a Value, pointer: &str) -> Vec<&'a Value> {
    manifest
        .pointer(pointer)
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn firefox_overlay_replaces_top_level_keys_and_sets_version() {
        let base = serde_json::json!({"background": {"service_worker": "bg.js"}, "name": "x"});
        let overlay = serde_json::json!({"background": {"scripts": ["bg.js"]}});
        let m = manifest_for(&base, Some(&overlay));
        assert_eq!(m["background"], serde_json::json!({"scripts": ["bg.js"]}));
        assert_eq!(m["name"], "x");
        assert_eq!(m["version"], env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn missing_content_script_is_an_error() {
        let dir = std::env::temp_dir().join("claimlens-xtask-check-files");
        std::fs::create_dir_all(&dir).unwrap();
        let m = serde_json::json!({"content_scripts": [{"js": ["nope.js"]}]});
        assert!(check_files(&m, &dir).unwrap_err().contains("nope.js"));
    }
}
