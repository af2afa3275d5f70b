//! The structural repairs after the tagger: transcript speakers, quotations
//! signed with a horizontal bar, first-person stances (nested inside a quote).

use claimlens_engine::analyze;

mod common;
use common::at;

#[test]
fn transcript_turns_are_claims_of_the_speaker() {
    let text = "The interview aired on Sunday.\n\nWALLACE: Let's start with the debate. Will she be there?\n\nPENCE: She will not be attending the debate tomorrow night.";
    let a = analyze(text);
    for (name, words) in [("WALLACE", "Let's start"), ("PENCE", "She will not")] {
        let c = a
            .claims
            .iter()
            .find(|c| c.source.spans.first().is_some_and(|s| at(text, *s) == name))
            .unwrap_or_else(|| panic!("no claim of {name}: {:#?}", a.claims));
        assert_eq!(at(text, c.cue.spans[0]), ":");
        assert!(at(text, c.content.spans[0]).starts_with(words));
        assert!(c.parent.is_none());
    }
}

#[test]
fn bar_signature_names_the_source() {
    let text = "Readers wrote in.\n\n“He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant of our culture.”― Pamela Padilla\n";
    let a = analyze(text);
    for name in ["Sonya Herridge", "Pamela Padilla"] {
        let c = a
            .claims
            .iter()
            .find(|c| c.source.spans.first().is_some_and(|s| at(text, *s) == name))
            .unwrap_or_else(|| panic!("no claim of {name}: {:#?}", a.claims));
        assert_eq!(at(text, c.cue.spans[0]), "―");
        assert!(at(text, c.content.spans[0]).contains("He "));
    }
}

#[test]
fn first_person_stance_is_a_claim_and_nests_inside_a_quote() {
    let text = "I think the plan will fail in the end.\n\n“I think we will win the vote,” the senator said.";
    let a = analyze(text);
    let stances: Vec<_> = a
        .claims
        .iter()
        .filter(|c| c.cue.spans.first().is_some_and(|s| at(text, *s) == "think"))
        .collect();
    assert_eq!(stances.len(), 2, "{:#?}", a.claims);
    assert!(stances[0].parent.is_none());
    let outer = stances[1]
        .parent
        .as_deref()
        .expect("the quoted stance is nested");
    let parent = a
        .claims
        .iter()
        .find(|c| c.id == outer)
        .expect("parent exists");
    assert_eq!(at(text, parent.cue.spans[0]), "said");
}

#[test]
fn a_stance_before_a_colon_or_a_quotation_takes_what_follows() {
    let text = "I think a public library matters to a town, and so I thought: here is a way to help the cause.\n\n\"When the band was late, I thought, 'OK, I will sing the first song myself.' Nobody left,\" Marek said.";
    let a = analyze(text);
    let contents: Vec<String> = a
        .claims
        .iter()
        .filter(|c| {
            c.cue
                .spans
                .first()
                .is_some_and(|s| at(text, *s) == "thought")
        })
        .map(|c| at(text, c.content.spans[0]))
        .collect();
    assert_eq!(
        contents,
        [
            "here is a way to help the cause",
            "'OK, I will sing the first song myself.'"
        ],
        "{:#?}",
        a.claims
    );
}

#[test]
fn a_stance_may_follow_a_modal_and_make_sure_is_one_cue() {
    let text = "Dress matters in Varnia. You will find that a clean collar earns more respect in the markets. You should make sure that your shoulders are covered in the temples. We find evidence of old walls near the harbour.";
    let a = analyze(text);
    let found: Vec<(String, String)> = a
        .claims
        .iter()
        .map(|c| (at(text, c.cue.spans[0]), at(text, c.content.spans[0])))
        .collect();
    let has =
        |cue: &str, content: &str| found.iter().any(|(c, x)| c.ends_with(cue) && x == content);
    assert!(
        has(
            "find",
            "that a clean collar earns more respect in the markets"
        ),
        "{found:#?}"
    );
    assert!(
        has(
            "make sure",
            "that your shoulders are covered in the temples"
        ),
        "{found:#?}"
    );
    // Each clause belongs to one claim, and `find` with a plain object is none.
    for c in &a.claims {
        assert_eq!(c.content.spans.len(), 1, "{:#?}", a.claims);
    }
    assert!(
        !found.iter().any(|(_, x)| x.starts_with("evidence")),
        "{found:#?}"
    );
}

#[test]
fn a_stance_at_the_very_end_of_the_text_does_not_panic() {
    for text in [
        "We will make sure",
        "I make sure",
        "I thought:",
        "You will find",
    ] {
        let _ = analyze(text);
    }
}

#[test]
fn chains_stay_small_on_a_long_repetitive_article() {
    // Two thousand claims by one party: each chain holds at most a few
    // mentions, so the JSON grows linearly with the text.
    let text = "Officials denied it. ".repeat(2000);
    let a = analyze(&text);
    assert!(a.claims.len() >= 1000, "{} claims", a.claims.len());
    for c in &a.claims {
        assert!(
            c.source.chain.len() <= claimlens_engine::coref::CHAIN_MAX,
            "{:?}",
            c.source.chain
        );
        // The chain ends at the claim's own source mention.
        if let (Some(last), Some(own)) = (c.source.chain.last(), c.source.spans.first()) {
            assert!(last.start <= own.start);
        }
    }
    let json = serde_json::to_string(&a).unwrap_or_default();
    assert!(json.len() < 40 * text.len(), "{} bytes of JSON", json.len());
}

#[test]
fn a_headline_name_and_colon_is_a_claim() {
    let text = "Vasquez: Harbor Cranes Will Be Repaired by June\n\nThe harbor master spoke to reporters on Monday about the storm damage.";
    let a = analyze(text);
    let c = a
        .claims
        .iter()
        .find(|c| c.cue.spans.iter().any(|s| at(text, *s) == ":"))
        .unwrap_or_else(|| panic!("no headline claim: {:#?}", a.claims));
    assert_eq!(at(text, c.source.spans[0]), "Vasquez");
    assert!(at(text, c.content.spans[0]).starts_with("Harbor Cranes"));
    // `The Latest: …` names no one.
    let text = "The Latest: Harbor reopens\n\nShips returned on Monday.";
    let a = analyze(text);
    assert!(a
        .claims
        .iter()
        .all(|c| c.source.spans.iter().all(|s| at(text, *s) != "The Latest")));
}

#[test]
fn doubled_apostrophes_quote_like_a_double_quote() {
    let text = "The hearing ended. ''It's anti-reform. She's layering on even more complexity,'' said Mr. Burman, a tax expert.";
    let a = analyze(text);
    let c = a
        .claims
        .iter()
        .find(|c| c.cue.spans.iter().any(|s| at(text, *s) == "said"))
        .unwrap_or_else(|| panic!("no claim: {:#?}", a.claims));
    assert_eq!(c.kind, claimlens_engine::ClaimKind::Direct);
    // One piece over both quoted sentences.
    assert_eq!(c.content.spans.len(), 1, "{:?}", c.content.spans);
    assert!(at(text, c.content.spans[0]).contains("anti-reform. She's"));
}

#[test]
fn that_said_is_a_connective_and_negated_stances_count() {
    let text = "The site grew fast. That said, we are realistic about the goal, say, for the next five years. I don't think the council will approve the plan this year.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| c
        .cue
        .spans
        .iter()
        .all(|s| at(text, *s) != "said" && at(text, *s) != "say")));
    assert!(a
        .claims
        .iter()
        .any(|c| c.cue.spans.iter().any(|s| at(text, *s).contains("think"))));
}

#[test]
fn a_that_clause_cut_off_at_its_subject_runs_on_to_the_sentence_end() {
    use claimlens_engine::attribution::fixes::cut_clauses;
    use claimlens_engine::segment::Document;
    let text = "Often, it appeared that Smith was either unable to answer the charge or \
                unwilling to try. The court rejected that argument in a ruling on Friday. \
                Whether Jones was right is unclear, the mayor said.";
    let doc = Document::new(text);
    let mut claims = vec![
        common::claim(text, 1, "it", "appeared", "that Smith"),
        common::claim(text, 2, "The court", "rejected", "that argument"),
        common::claim(text, 3, "the mayor", "said.", "Whether Jones"),
    ];
    cut_clauses(&doc, &mut claims);
    let content = |c: &claimlens_engine::Claim| {
        let s = c.content.spans[0];
        text[s.start..s.end].to_string()
    };
    assert_eq!(
        content(&claims[0]),
        "that Smith was either unable to answer the charge or unwilling to try"
    );
    // No verb follows: `that argument` is a whole noun phrase.
    assert_eq!(content(&claims[1]), "that argument");
    // The claim's own source and cue after the content stay outside it.
    assert_eq!(content(&claims[2]), "Whether Jones was right is unclear");
}

#[test]
fn a_quotation_after_an_unlisted_verb_gets_its_own_claim() {
    let text = "The ferry docked at Port Varnel shortly after noon on Tuesday. Captain Idris Moller proudly exclaimed: \"Not one passenger was hurt in the storm.\" Tasting the harbour water, the inspector Lena Quist observed, \"The fuel leak has already been contained.\" The port authority reasoned, \"because the crew followed the drill, no fine will be imposed.\"";
    let a = analyze(text);
    let want = [
        ("Captain Idris Moller", "exclaimed", "\"Not one passenger"),
        ("the inspector Lena Quist", "observed", "\"The fuel leak"),
        ("The port authority", "reasoned", "\"because the crew"),
    ];
    for (source, cue, words) in want {
        let c = a
            .claims
            .iter()
            .find(|c| c.cue.spans.first().is_some_and(|s| at(text, *s) == cue))
            .unwrap_or_else(|| panic!("no claim cued by {cue}: {:#?}", a.claims));
        assert_eq!(at(text, c.source.spans[0]), source);
        assert_eq!(c.content.spans.len(), 1, "{cue}: {:#?}", c.content);
        assert!(at(text, c.content.spans[0]).starts_with(words));
    }
}

#[test]
fn a_sourceless_claim_on_a_word_that_attributes_nothing_is_dropped() {
    // Written for this test: the second conjunct is the writer's own
    // statement; the tagger has been seen to label `project` a cue there.
    let text = "LARKSPUR BAY, Calif. (Wire) — The company building the city's new flood barrier overstated its progress to council members, according to an internal audit obtained by The Coastal Ledger, and the project may now cost $40 million more than planned.\n";
    let a = analyze(text);
    assert!(
        a.claims
            .iter()
            .all(|c| c.cue.spans.iter().all(|s| at(text, *s) != "project")),
        "{:#?}",
        a.claims
    );
    // The `according to` claim stays.
    assert!(a
        .claims
        .iter()
        .any(|c| c.cue.spans.iter().any(|s| at(text, *s) == "according to")));
}

#[test]
fn a_closing_speaker_without_content_takes_the_clause_before_its_comma() {
    // Written for this test: the clause opens with a report of its own.
    let text = "Earlier reports that the state had frozen the project's funding turned out to be false, a spokesman for the governor said on Monday.\n";
    let a = analyze(text);
    let outer = a
        .claims
        .iter()
        .find(|c| {
            c.source
                .spans
                .iter()
                .any(|s| at(text, *s) == "a spokesman for the governor")
        })
        .unwrap_or_else(|| panic!("{:#?}", a.claims));
    assert_eq!(
        at(text, outer.content.spans[0]),
        "Earlier reports that the state had frozen the project's funding turned out to be false"
    );
    // The report inside it stays, nested, and is the false one.
    let inner = a
        .claims
        .iter()
        .find(|c| c.cue.spans.iter().any(|s| at(text, *s) == "reports"))
        .unwrap_or_else(|| panic!("{:#?}", a.claims));
    assert_eq!(inner.parent.as_deref(), Some(outer.id.as_str()));
    assert_eq!(inner.state, claimlens_engine::VerificationState::False);
    assert_ne!(outer.state, claimlens_engine::VerificationState::False);
}

#[test]
fn a_closing_speaker_takes_back_a_sentence_run_on_into_another_claim() {
    // Written for this test. The tagger runs the mayor's content on over
    // the next sentence, the police chief's attribution included.
    let text = "The mayor said the bridge would reopen. Earlier reports that the bridge had \
                collapsed were false, the police chief said.";
    let analysis = analyze(text);
    let mayor = common::with_source(text, &analysis, "The mayor");
    assert_eq!(
        common::joined(text, &mayor.content.spans),
        "the bridge would reopen"
    );
    let chief = common::with_source(text, &analysis, "the police chief");
    assert_eq!(
        common::joined(text, &chief.content.spans),
        "Earlier reports that the bridge had collapsed were false"
    );
    // And when a report noun's content runs over the speaker: the whole
    // speaker, the clause as content, the reports nested in it.
    let text = "Reports that the bridge had collapsed were false, the police chief said.";
    let analysis = analyze(text);
    let chief = common::with_source(text, &analysis, "the police chief");
    assert_eq!(
        common::joined(text, &chief.content.spans),
        "Reports that the bridge had collapsed were false"
    );
    let reports = common::with_cue(text, &analysis, "Reports");
    assert_eq!(reports.parent.as_deref(), Some(chief.id.as_str()));
}
