//! `claimlens analyze --html`: an analysis as one self-contained HTML page —
//! the article with its sources, cues, contents, hedges and evidence marked
//! inline, then the claims in a table and the article's summary. No script
//! and no outside resource, so the file can be mailed or archived as it is.
//!
//! Marks may overlap (a hedge inside a content, a nested claim), so the text
//! is cut at every span boundary and each piece gets one `<span>` with every
//! role that covers it: no nesting to break.

use std::fmt::Write;

use claimlens_engine::{Analysis, Claim, SourceType, Span};

/// A role a piece of text plays, as its CSS class.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Source,
    Cue,
    Content,
    Hedge,
    Evidence,
}

impl Role {
    fn class(self) -> &'static str {
        match self {
            Role::Source => "src",
            Role::Cue => "cue",
            Role::Content => "con",
            Role::Hedge => "hdg",
            Role::Evidence => "evi",
        }
    }
}

/// One marked span in code points, with the claim or hedge it belongs to.
struct Mark<'a> {
    span: Span,
    role: Role,
    owner: &'a str,
}

const STYLE: &str = "body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font:600 1.3rem system-ui,sans-serif}h2{font:600 1.1rem system-ui,sans-serif;margin-top:2.5rem}
p{margin:0 0 1em}.src{background:#dbe7f7}.cue{background:#eadcf5}.con{background:#fff1bf}
.hdg{text-decoration:underline dotted #c2410c 2px}.evi{box-shadow:inset 0 -2px #15803d}
table{border-collapse:collapse;font:14px/1.4 system-ui,sans-serif;width:100%}
th,td{border-top:1px solid #ddd;padding:.35rem .4rem;text-align:left;vertical-align:top}
.state{font-weight:600}.legend span{padding:0 .3rem;margin-right:.4rem}
.meta{font:14px system-ui,sans-serif;color:#555}";

/// The HTML page for `analysis` of `text`, titled `title`.
pub fn page(text: &str, analysis: &Analysis, title: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>claimlens: {}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        escape(title),
        escape(title)
    );
    out.push_str(
        "<p class=\"legend meta\"><span class=\"src\">source</span><span class=\"cue\">cue</span>\
         <span class=\"con\">content</span><span class=\"hdg\">hedge</span>\
         <span class=\"evi\">evidence</span></p>\n<article>\n",
    );
    let marks = marks(analysis);
    for paragraph in &analysis.paragraphs {
        out.push_str("<p>");
        write_marked(&mut out, &chars, *paragraph, &marks);
        out.push_str("</p>\n");
    }
    out.push_str("</article>\n");
    write_summary(&mut out, analysis);
    write_claims(&mut out, &chars, analysis);
    out.push_str("</body></html>\n");
    out
}

/// Every span of every claim and hedge, with its role.
fn marks(analysis: &Analysis) -> Vec<Mark<'_>> {
    let mut marks = Vec::new();
    for claim in &analysis.claims {
        let owner = claim.id.as_str();
        let roles: [(&[Span], Role); 4] = [
            (&claim.source.spans, Role::Source),
            (&claim.cue.spans, Role::Cue),
            (&claim.content.spans, Role::Content),
            (&claim.evidence, Role::Evidence),
        ];
        for (spans, role) in roles {
            marks.extend(spans.iter().map(|&span| Mark { span, role, owner }));
        }
    }
    for hedge in &analysis.hedges {
        let owner = hedge.id.as_str();
        marks.extend(hedge.spans.iter().map(|&span| Mark {
            span,
            role: Role::Hedge,
            owner,
        }));
    }
    marks
}

/// Writes the code points of `range`, cut at every mark boundary inside it;
/// each piece under a mark gets one `<span>` naming its roles and owners.
fn write_marked(out: &mut String, chars: &[char], range: Span, marks: &[Mark]) {
    let end = range.end.min(chars.len());
    let mut cuts: Vec<usize> = vec![range.start.min(end), end];
    for m in marks {
        for at in [m.span.start, m.span.end] {
            if at > range.start && at < end {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        let piece = Span::new(pair[0], pair[1]);
        let text: String = chars[piece.start..piece.end].iter().collect();
        let mut covering: Vec<&Mark> = marks
            .iter()
            .filter(|m| m.span.start <= piece.start && piece.end <= m.span.end)
            .collect();
        if covering.is_empty() {
            out.push_str(&escape(&text));
            continue;
        }
        covering.sort_by_key(|m| (m.role, m.owner));
        let mut classes: Vec<&str> = covering.iter().map(|m| m.role.class()).collect();
        classes.dedup();
        let owners: Vec<String> = covering
            .iter()
            .map(|m| format!("{} of {}", m.role.class(), m.owner))
            .collect();
        let _ = write!(
            out,
            "<span class=\"{}\" title=\"{}\">{}</span>",
            classes.join(" "),
            escape(&owners.join(", ")),
            escape(&text)
        );
    }
}

/// Claims per state and the share hedged.
fn write_summary(out: &mut String, analysis: &Analysis) {
    let s = &analysis.summary;
    let states: Vec<String> = s
        .states
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(state, n)| format!("{n} {state}"))
        .collect();
    let _ = write!(
        out,
        "<h2>Summary</h2>\n<p class=\"meta\">{} claims ({}), {} hedges; {:.0} % of the claims hedged; {} sources.</p>\n",
        s.claims,
        if states.is_empty() { "none".to_string() } else { states.join(", ") },
        s.hedges,
        s.hedged_share * 100.0,
        analysis.sources.len()
    );
}

/// One table row per claim.
fn write_claims(out: &mut String, chars: &[char], analysis: &Analysis) {
    out.push_str(
        "<h2>Claims</h2>\n<table><thead><tr><th>claim</th><th>state</th><th>source</th>\
         <th>cue</th><th>content</th><th>hedges</th><th>evidence</th></tr></thead><tbody>\n",
    );
    for claim in &analysis.claims {
        let hedges: Vec<String> = analysis
            .hedges
            .iter()
            .filter(|h| claim.hedges.contains(&h.id))
            .map(|h| format!("{} ({})", cut(chars, &h.spans), words(h.category.as_str())))
            .collect();
        let _ = writeln!(
            out,
            "<tr id=\"{id}\"><td>{id}<br><span class=\"meta\">{kind}</span></td>\
             <td class=\"state\">{state}</td><td>{source}</td><td>{cue}</td><td>{content}</td>\
             <td>{hedges}</td><td>{evidence}</td></tr>",
            id = escape(&claim.id),
            kind = words(claim.kind.as_str()),
            state = claim.state.as_str(),
            source = escape(&source(chars, claim)),
            cue = escape(&cut(chars, &claim.cue.spans)),
            content = escape(&cut(chars, &claim.content.spans)),
            hedges = escape(&hedges.join("; ")),
            evidence = escape(&cut(chars, &claim.evidence)),
        );
    }
    out.push_str("</tbody></table>\n");
}

/// The source as the reader should know it: the resolved entity (and the
/// words that name it here when they differ), with its type.
fn source(chars: &[char], claim: &Claim) -> String {
    let here = cut(chars, &claim.source.spans);
    let kind = match claim.source.source_type {
        SourceType::Person => "person",
        SourceType::Organization => "organization",
        SourceType::Government => "government or official",
        SourceType::Anonymous => "anonymous",
        SourceType::Document => "document or record",
        SourceType::Media => "media",
        SourceType::Unknown => "type unknown",
    };
    match &claim.source.entity {
        Some(entity) if *entity != here && !here.is_empty() => {
            format!("{entity} (“{here}”; {kind})")
        }
        Some(entity) => format!("{entity} ({kind})"),
        None if here.is_empty() => "(no source named)".to_string(),
        None => format!("{here} ({kind})"),
    }
}

/// The text of code point `spans`, joined with ` … `.
fn cut(chars: &[char], spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| {
            let end = s.end.min(chars.len());
            chars[s.start.min(end)..end].iter().collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" … ")
}

/// A JSON name (`according_to`) as words.
fn words(name: &str) -> String {
    name.replace('_', " ")
}

/// `text` escaped for HTML text and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's text with every tag removed and entities decoded.
    fn visible(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn the_article_is_shown_whole_with_every_claim() {
        let text = "MAPLE FORD (AP) — The bridge may reopen in May, officials said.\n\n\
                    “We are <not> done,” said Ana Ruiz & Co. She added that repairs could cost about $2 million.\n";
        let analysis = claimlens_engine::analyze(text);
        assert!(analysis.claims.len() >= 2, "{:?}", analysis.claims);
        let html = page(text, &analysis, "Bridge <story>");
        assert!(html.starts_with("<!doctype html>"));
        assert!(html.contains("<title>claimlens: Bridge &lt;story&gt;</title>"));
        assert!(!html.contains("<not>") && !html.contains("<script"));
        let article = &html[html.find("<article>").unwrap()..html.find("</article>").unwrap()];
        let shown = visible(article);
        for paragraph in text.split("\n\n") {
            assert!(
                shown.contains(paragraph.trim()),
                "{paragraph:?} not in {shown:?}"
            );
        }
        for claim in &analysis.claims {
            assert!(html.contains(&format!("<tr id=\"{}\">", claim.id)));
            assert!(html.contains(&format!("con of {}", claim.id)));
        }
        assert!(
            html.contains("class=\"hdg\"") || html.contains(" hdg\""),
            "a hedge is marked"
        );
    }

    #[test]
    fn overlapping_marks_give_flat_pieces() {
        let text = "one two three four";
        let mut claim = Claim::new(vec![], vec![Span::new(0, 3)], vec![Span::new(4, 18)]);
        claim.id = "c1".into();
        let mut inner = Claim::new(vec![], vec![Span::new(8, 13)], vec![Span::new(14, 18)]);
        inner.id = "c2".into();
        let analysis = Analysis {
            text_length: 18,
            paragraphs: vec![Span::new(0, 18)],
            claims: vec![claim, inner],
            ..Analysis::default()
        };
        let html = page(text, &analysis, "t");
        assert!(html.contains("<span class=\"con\" title=\"con of c1\">two </span>"));
        assert!(
            html.contains("<span class=\"cue con\" title=\"cue of c2, con of c1\">three</span>")
        );
        assert!(html.contains("<span class=\"con\" title=\"con of c1, con of c2\">four</span>"));
    }

    #[test]
    fn an_empty_text_is_an_empty_article() {
        let analysis = claimlens_engine::analyze("");
        let html = page("", &analysis, "empty");
        assert!(html.contains("<article>\n</article>"));
        assert!(html.contains("0 claims (none)"));
    }
}
