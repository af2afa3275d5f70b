//! `claimlens analyze FILE|-`: the analysis of one article as JSON, or with
//! `--html` as a self-contained annotated page ([`crate::html`]).

use std::io::Read;

/// Reads the article from a file or stdin (`-`) and prints its analysis.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut path = None;
    let mut compact = false;
    let mut html = false;
    let mut options = claimlens_engine::AnalyzeOptions::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--compact" => compact = true,
            "--html" => html = true,
            // schema.org ClaimReview JSON-LD (an object, an array or an @graph).
            "--reviews" => {
                let file = iter.next().ok_or("--reviews needs a JSON-LD FILE")?;
                let json = read_text(file)?;
                let reviews = claimlens_engine::claimreview::claim_reviews_from_json_ld(&json);
                if reviews.is_empty() && !json.trim().is_empty() {
                    eprintln!("claimlens: no ClaimReview objects in {file}");
                }
                options.claim_reviews.extend(reviews);
            }
            other if path.is_none() => path = Some(other.to_string()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    let path = path.ok_or("analyze needs a FILE (or - for standard input)")?;
    let text = read_text(&path)?;
    let analysis = claimlens_engine::analyze_with(&text, &options);
    let json = if html {
        let name = std::path::Path::new(&path).file_name();
        let title = match name.map(|n| n.to_string_lossy()) {
            Some(n) if path != "-" => n.into_owned(),
            _ => "standard input".to_string(),
        };
        Ok(crate::html::page(&text, &analysis, &title))
    } else if compact {
        serde_json::to_string(&analysis)
    } else {
        serde_json::to_string_pretty(&analysis)
    }
    .map_err(|e| e.to_string())?;
    // A closed pipe (`| head`) is not an error worth a panic.
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{json}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            return Err(format!("cannot write the analysis: {e}"))
        }
        _ => {}
    }
    Ok(())
}

/// Reads UTF-8 text from `path`, or from standard input for `-`. Invalid UTF-8
/// is an error that names the byte offset, not a panic.
pub fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}
