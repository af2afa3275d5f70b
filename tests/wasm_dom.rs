//! The DOM layer and the embed session in a real browser (headless Chromium via
//! wasm-bindgen-test-runner): extraction from real markup, highlighting across
//! element boundaries, and exact restoration. Native runs compile this to nothing.
#![cfg(target_arch = "wasm32")]

use claimlens_engine::Span;
use claimlens_widget::dom::{self, DEFAULT_EXCLUDE, MARK_TAG};
use claimlens_widget::marks::{marks, Mark, MarkKind};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, Node};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<article>` in the body holding `html`.
fn article(html: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document.create_element("article").unwrap();
    el.set_inner_html(html);
    document.body().unwrap().append_child(&el).unwrap();
    el
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.get(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

fn mark(start: usize, end: usize, kind: MarkKind, claim: &str) -> Mark {
    Mark {
        span: Span::new(start, end),
        kind,
        claim: Some(claim.into()),
        state: (kind == MarkKind::Content).then_some("reported"),
        hedge: None,
    }
}

const NEWS: &str = r#"
  <h1>Spillway repairs <em>delayed</em> again</h1>
  <p>“The spillway is <em>safe</em>, and <a href="/gates">the gates work</a>,” said
     <a href="/people/voss"><strong>Lena Voss</strong></a>, the district engineer.</p>
  <script>window.notArticle = "said nobody";</script>
  <div class="ad-slot">Buy a boat today</div>
  <figure><img alt=""><figcaption>The dam at dawn, said the caption</figcaption></figure>
  <p>Residents <q>may</q> see closures<br>on Route 9, officials said.</p>
"#;

#[wasm_bindgen_test]
fn extract_reads_paragraphs_inline_markup_and_skips_noise() {
    let el = article(NEWS);
    let extraction = dom::extract(&el, DEFAULT_EXCLUDE).unwrap();
    assert_eq!(
        extraction.text(),
        "Spillway repairs delayed again\n\n\
         “The spillway is safe, and the gates work,” said      Lena Voss, the district engineer.\n\n\
         Residents may see closures\non Route 9, officials said."
    );
    // Every segment is a live text node whose data matches its place in the text.
    assert!(extraction.nodes.iter().all(|n| n.parent_node().is_some()));
    el.remove();
}

#[wasm_bindgen_test]
fn invalid_exclude_selector_is_an_error_and_nothing_changes() {
    let el = article("<p>Text</p>");
    let before = el.inner_html();
    let error = dom::extract(&el, "[[[").unwrap_err();
    assert!(
        error.to_string().contains("invalid exclude selector"),
        "{error}"
    );
    assert_eq!(el.inner_html(), before);
    el.remove();
}

#[wasm_bindgen_test]
fn engine_marks_are_highlighted_in_place_and_clear_restores_inner_html() {
    let el = article(NEWS);
    let before_html = el.inner_html();
    let before_text = el.text_content().unwrap();
    let first_text = el
        .query_selector("p")
        .unwrap()
        .unwrap()
        .first_child()
        .unwrap();

    let extraction = dom::extract(&el, DEFAULT_EXCLUDE).unwrap();
    let analysis = claimlens_engine::analyze(extraction.text());
    let found = marks(&analysis);
    assert!(
        !found.is_empty(),
        "the engine found nothing in {:?}",
        extraction.text()
    );
    let highlights = dom::highlight(&extraction, &found, &[]);
    assert!(!highlights.is_empty());

    // The text is never changed by highlighting.
    assert_eq!(el.text_content().unwrap(), before_text);
    let content: String = all(&el, "cl-mark[data-cl-kind=\"content\"]")
        .iter()
        .filter(|m| m.parent_element().unwrap().local_name() != MARK_TAG)
        .map(|m| m.text_content().unwrap())
        .collect();
    assert!(
        content.contains("The spillway is safe"),
        "content: {content}"
    );
    let sources: Vec<String> = all(&el, "cl-mark[data-cl-kind=\"source\"]")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert!(
        sources.concat().starts_with("Lena Voss"),
        "sources: {sources:?}"
    );
    for m in all(&el, "cl-mark[data-cl-kind=\"content\"]") {
        assert!(m.get_attribute("data-cl-claim").is_some());
        assert!(m.get_attribute("data-cl-state").is_some());
    }

    highlights.clear();
    assert_eq!(el.inner_html(), before_html);
    assert_eq!(el.query_selector_all(MARK_TAG).unwrap().length(), 0);
    // The page's own text node survives (not replaced by a copy).
    let first_now = el
        .query_selector("p")
        .unwrap()
        .unwrap()
        .first_child()
        .unwrap();
    assert!(first_now.is_same_node(Some(&first_text)));
    el.remove();
}

#[wasm_bindgen_test]
fn a_mark_across_elements_is_wrapped_once_per_text_node_and_nested_marks_nest() {
    let el = article("<p>“We <em>will</em> <a href=\"#\">rebuild</a> it,” she said.</p>");
    let before = el.inner_html();
    let extraction = dom::extract(&el, "").unwrap();
    let text = extraction.text();
    let quote_end = text.find('”').unwrap() + '”'.len_utf8();
    let quote_chars = text[..quote_end].chars().count();
    let will = text[..text.find("will").unwrap()].chars().count();
    let found = vec![
        mark(0, quote_chars, MarkKind::Content, "c1"),
        mark(will, will + 4, MarkKind::Hedge, "c1"),
    ];
    let highlights = dom::highlight(&extraction, &found, &[("data-test", "yes")]);

    // Pieces: "“We ", "will", "rebuild", " it,”" — the lone space is left alone.
    let outer: Vec<String> = all(&el, "cl-mark[data-cl-kind=\"content\"]")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(outer, vec!["“We ", "will", "rebuild", " it,”"]);
    let hedge = el
        .query_selector("cl-mark[data-cl-kind=\"content\"] > cl-mark[data-cl-kind=\"hedge\"]")
        .unwrap()
        .expect("hedge nested inside content");
    assert_eq!(hedge.text_content().unwrap(), "will");
    assert_eq!(
        hedge
            .parent_element()
            .unwrap()
            .parent_element()
            .unwrap()
            .local_name(),
        "em"
    );
    assert!(all(&el, MARK_TAG)
        .iter()
        .all(|m| m.get_attribute("data-test").as_deref() == Some("yes")));

    highlights.clear();
    assert_eq!(el.inner_html(), before);
    el.remove();
}

#[wasm_bindgen_test]
fn astral_characters_before_a_quote_keep_offsets_right() {
    let el = article("<p>😀 <b>😀</b> “We are ready,” said Ana Ruiz.</p>");
    let extraction = dom::extract(&el, "").unwrap();
    let analysis = claimlens_engine::analyze(extraction.text());
    let highlights = dom::highlight(&extraction, &marks(&analysis), &[]);
    let source = el
        .query_selector("cl-mark[data-cl-kind=\"source\"]")
        .unwrap()
        .expect("a source highlight");
    assert_eq!(source.text_content().unwrap(), "Ana Ruiz");
    highlights.clear();
    assert_eq!(
        el.inner_html(),
        "<p>😀 <b>😀</b> “We are ready,” said Ana Ruiz.</p>"
    );
    el.remove();
}

#[wasm_bindgen_test]
fn marks_past_the_end_or_on_removed_nodes_do_not_panic() {
    let el = article("<p>Short <em>text</em> here.</p>");
    let before = el.inner_html();
    let extraction = dom::extract(&el, "").unwrap();
    // The page drops a node between extraction and highlighting.
    el.query_selector("em").unwrap().unwrap().remove();
    let found = vec![mark(0, 10_000, MarkKind::Content, "c1")];
    let highlights = dom::highlight(&extraction, &found, &[]);
    highlights.clear();
    assert_eq!(el.inner_html(), before.replace("<em>text</em>", ""));
    el.remove();
}

#[wasm_bindgen_test]
fn stray_wrappers_copied_by_the_page_are_unwrapped() {
    let el = article(
        "<p>A <cl-mark data-cl-kind=\"content\">copied <cl-mark data-cl-kind=\"hedge\">may</cl-mark></cl-mark> text</p>",
    );
    assert_eq!(dom::unwrap_stray_marks(&el), 2);
    assert_eq!(el.inner_html(), "<p>A copied may text</p>");
    let p = el.query_selector("p").unwrap().unwrap();
    assert_eq!(p.child_nodes().length(), 1, "text merged into one node");
    el.remove();
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
async fn embed_session_annotates_shows_a_shadow_panel_and_clears_exactly() {
    let el = article(NEWS);
    let before = el.inner_html();
    let selected = std::rc::Rc::new(std::cell::RefCell::new(None::<String>));
    let seen = selected.clone();
    let _listener = gloo::events::EventListener::new(&el, "claimlens:select", move |e| {
        let detail = e.unchecked_ref::<web_sys::CustomEvent>().detail();
        *seen.borrow_mut() = get(&detail, "claimId").as_string();
    });
    let options = js_sys::JSON::parse(r#"{"watch": false, "theme": "dark"}"#).unwrap();
    let handle = claimlens_widget::embed::annotate::annotate_element(el.clone(), options, None)
        .unwrap_or_else(|_| panic!("annotate failed"));
    let claims = js_sys::Array::from(&get(&handle.analysis(), "claims"));
    assert!(claims.length() >= 2, "claims: {}", claims.length());

    // The panel comes after the highlights are painted, by the time the run is ready.
    wasm_bindgen_futures::JsFuture::from(handle.when_ready())
        .await
        .unwrap();
    // It is a sibling host with an open shadow root, rendered by Yew.
    gloo::timers::future::TimeoutFuture::new(30).await;
    let host = el.next_element_sibling().expect("panel host");
    assert_eq!(host.local_name(), "claim-lens-panel");
    let shadow = host.shadow_root().expect("shadow root");
    let cards = shadow.query_selector_all("button.card").unwrap();
    assert_eq!(cards.length(), claims.length());
    assert_eq!(
        host.text_content().unwrap_or_default(),
        "",
        "panel text stays out of the page text"
    );

    // Choosing a card selects the claim and its highlights.
    let first: web_sys::HtmlElement = cards.get(0).unwrap().dyn_into().unwrap();
    first.click();
    let id = selected.borrow().clone().expect("a claimlens:select event");
    let marked = all(
        &el,
        &format!("cl-mark[data-cl-claim=\"{id}\"][data-cl-selected]"),
    );
    assert!(!marked.is_empty());

    handle.clear();
    assert_eq!(el.inner_html(), before);
    assert!(el
        .next_element_sibling()
        .is_none_or(|n| n.local_name() != "claim-lens-panel"));
    el.remove();
}

#[wasm_bindgen_test]
fn bad_embed_options_are_errors_and_leave_the_page_untouched() {
    let el = article(NEWS);
    let before = el.inner_html();
    for bad in [
        r#"{"theme":"purple"}"#,
        r#"{"kinds":["quotes"]}"#,
        r#"{"exclude":"[[["}"#,
    ] {
        let options = js_sys::JSON::parse(bad).unwrap();
        assert!(
            claimlens_widget::embed::annotate::annotate_element(el.clone(), options, None).is_err(),
            "{bad} was accepted"
        );
        assert_eq!(el.inner_html(), before, "{bad} changed the page");
        assert!(el
            .next_sibling()
            .is_none_or(|n| n.node_type() != Node::ELEMENT_NODE));
    }
    el.remove();
}
