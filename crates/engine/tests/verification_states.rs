//! Verification states on an article written for these tests
//! (`fixtures/verification/mosul_strike.txt`): every state, evidence paragraphs
//! away, a report said to be false informing a current claim, and a ClaimReview
//! that overrides the text's own state.

use claimlens_engine::claimreview::claim_reviews_from_json_ld;
use claimlens_engine::segment::Document;
use claimlens_engine::verification::assign_states;
use claimlens_engine::*;

const ARTICLE: &str = include_str!("fixtures/verification/mosul_strike.txt");

mod common;
use common::claim;

fn hand_built(text: &str) -> Vec<Claim> {
    vec![
        claim(
            text,
            1,
            "Col. Hassan Ali",
            "said Col.",
            "Our forces killed the militia leader Abu Karim in an air strike on Sunday",
        ),
        claim(
            text,
            2,
            "Leila Noor",
            "said Leila",
            "The missile hit a school, not a weapons depot",
        ),
        claim(text, 3, "The army", "denied", "her account"),
        claim(
            text,
            4,
            "Residents",
            "said the old",
            "the old bridge had been destroyed",
        ),
        claim(
            text,
            5,
            "Omar Saleh",
            "said Omar",
            "The governor resigned this morning and left the city",
        ),
        claim(
            text,
            6,
            "Hospital records",
            "show",
            "twelve civilians were treated for burns",
        ),
        claim(
            text,
            7,
            "Dr. Sara Aziz",
            "said Dr.",
            "Twelve civilians came in with burns after the strike",
        ),
        claim(
            text,
            8,
            "Mayor Nadia Fadel",
            "said Mayor",
            "We will rebuild the market before the winter",
        ),
    ]
}

fn evidence_text<'t>(text: &'t str, c: &Claim) -> Vec<&'t str> {
    c.evidence.iter().map(|s| &text[s.start..s.end]).collect()
}

#[test]
fn every_state_on_given_claims() {
    use VerificationState::*;
    let doc = Document::new(ARTICLE);
    let mut claims = hand_built(ARTICLE);
    assign_states(&doc, &mut claims, &[]);
    let states: Vec<VerificationState> = claims.iter().map(|c| c.state).collect();
    assert_eq!(
        states,
        [Unverified, Disputed, Disputed, Unverified, False, Confirmed, Confirmed, Reported],
        "{claims:#?}"
    );
    // Evidence three paragraphs after the claim, linked by topic.
    assert_eq!(evidence_text(ARTICLE, &claims[0]), ["still being verified"]);
    let claim_para = doc.paragraph_of_sentence(0);
    let evidence_at = claims[0].evidence[0].start;
    let t = doc
        .tokens
        .iter()
        .position(|t| t.span.start == evidence_at)
        .unwrap();
    let evidence_para = doc.paragraph_of_sentence(doc.sentence_of(t));
    assert!(
        evidence_para >= claim_para + 2,
        "evidence in paragraph {evidence_para}"
    );
    assert!(!claims[0].notes.is_empty());
    // A denial and the claim it denies are both disputed.
    assert_eq!(evidence_text(ARTICLE, &claims[1]), ["denied"]);
    assert_eq!(evidence_text(ARTICLE, &claims[2]), ["denied"]);
    assert_eq!(
        evidence_text(ARTICLE, &claims[3]),
        ["not be independently verified"]
    );
    // Earlier reports said to be false inform the current claim, with a note.
    assert_eq!(
        evidence_text(ARTICLE, &claims[4]),
        ["turned out to be false"]
    );
    assert!(claims[4].notes.iter().any(|n| n.contains("false")));
    assert_eq!(evidence_text(ARTICLE, &claims[5]), ["show"]);
    assert!(claims[7].evidence.is_empty() && claims[7].notes.is_empty());
}

#[test]
fn claim_review_overrides_the_text() {
    let json = r#"{"@context":"https://schema.org","@type":"ClaimReview",
        "url":"https://factcheck.example/abu-karim",
        "claimReviewed":"Iraqi army says its forces killed militia leader Abu Karim in an air strike",
        "author":{"@type":"Organization","name":"Example Fact Check"},
        "reviewRating":{"@type":"Rating","ratingValue":1,"alternateName":"False"}}"#;
    let reviews = claim_reviews_from_json_ld(json);
    assert_eq!(reviews.len(), 1);
    let doc = Document::new(ARTICLE);
    let mut claims = hand_built(ARTICLE);
    assign_states(&doc, &mut claims, &reviews);
    // The text alone says unverified; the page's review says False.
    assert_eq!(claims[0].state, VerificationState::False);
    assert!(claims[0].evidence.is_empty());
    assert!(claims[0]
        .notes
        .iter()
        .any(|n| n.contains("Example Fact Check") && n.contains("False")));
    // The review itself travels with the claim.
    let review = claims[0].review.as_ref().expect("the matching review");
    assert_eq!(review.rating.as_deref(), Some("False"));
    assert_eq!(
        review.url.as_deref(),
        Some("https://factcheck.example/abu-karim")
    );
    // Other claims keep the text's state and carry no review.
    assert_eq!(claims[1].state, VerificationState::Disputed);
    assert!(claims[1].review.is_none());
}

#[test]
fn end_to_end_on_direct_quotes() {
    let options = AnalyzeOptions {
        claim_reviews: claim_reviews_from_json_ld(
            r#"[{"@type":"ClaimReview","claimReviewed":"Twelve civilians came in with burns after the strike","reviewRating":{"alternateName":"Mostly true"}}]"#,
        ),
    };
    let a = analyze_with(ARTICLE, &options);
    let chars: Vec<char> = ARTICLE.chars().collect();
    let content = |c: &Claim| -> String {
        c.content
            .spans
            .iter()
            .map(|s| chars[s.start..s.end].iter().collect::<String>())
            .collect()
    };
    let find = |needle: &str| {
        a.claims
            .iter()
            .find(|c| content(c).contains(needle))
            .unwrap_or_else(|| panic!("no claim with `{needle}`: {:#?}", a.claims))
    };
    assert_eq!(
        find("Our forces killed").state,
        VerificationState::Unverified
    );
    assert_eq!(
        find("The missile hit a school").state,
        VerificationState::Disputed
    );
    assert_eq!(
        find("The governor resigned").state,
        VerificationState::False
    );
    assert_eq!(
        find("Twelve civilians came in").state,
        VerificationState::Confirmed
    );
    assert_eq!(find("We will rebuild").state, VerificationState::Reported);
    let total: usize = a.summary.states.values().sum();
    assert_eq!(total, a.claims.len());
}

#[test]
fn never_panics_on_odd_input() {
    let reviews = claim_reviews_from_json_ld(
        r#"{"@type":"ClaimReview","claimReviewed":"é ü","reviewRating":{"alternateName":"False"}}"#,
    );
    let options = AnalyzeOptions {
        claim_reviews: reviews,
    };
    for text in [
        "",
        "\u{0}\u{1}\u{fffd}",
        "denied denied denied",
        "“It was false,” he said. The claim could not be verified, “",
        "é\u{301} denied “ü” — records show ‘x’",
        &"Officials denied it. ".repeat(300),
    ] {
        let _ = analyze_with(text, &options);
    }
    assert!(claim_reviews_from_json_ld(
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
    )
    .is_empty());
}

#[test]
fn accusation_and_the_accused_reply_are_both_disputed() {
    // The reply never says `deny`: it answers the accusation about its speaker.
    let text = "Trump accused Clinton of sleeping through the calls during the attack. \
                Clinton said she was awake all night after the attack.\n\n\
                The mayor said the bridge will reopen in May.";
    let doc = Document::new(text);
    let mut claims = vec![
        claim(
            text,
            1,
            "Trump",
            "accused",
            "sleeping through the calls during the attack",
        ),
        claim(
            text,
            2,
            "Clinton",
            "said she",
            "she was awake all night after the attack",
        ),
        claim(
            text,
            3,
            "The mayor",
            "said the bridge",
            "the bridge will reopen in May",
        ),
    ];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Disputed);
    assert_eq!(claims[1].state, VerificationState::Disputed);
    // An unrelated claim a paragraph later stays reported.
    assert_eq!(claims[2].state, VerificationState::Reported);
}

#[test]
fn plural_reference_reaches_the_charges_of_earlier_paragraphs() {
    let text = "Former drivers said the owner skipped safety checks on the buses.\n\n\
                Mechanics said he ordered them to sign blank inspection forms.\n\n\
                The ferry will sail at noon, the harbour master said.\n\n\
                The company called the charges fabricated by angry former staff.";
    let doc = Document::new(text);
    let mut claims = vec![
        claim(
            text,
            1,
            "Former drivers",
            "said the owner",
            "the owner skipped safety checks on the buses",
        ),
        claim(
            text,
            2,
            "Mechanics",
            "said he",
            "he ordered them to sign blank inspection forms",
        ),
        claim(
            text,
            3,
            "the harbour master",
            "said.",
            "The ferry will sail at noon",
        ),
        claim(
            text,
            4,
            "The company",
            "called",
            "the charges fabricated by angry former staff",
        ),
    ];
    assign_states(&doc, &mut claims, &[]);
    let states: Vec<_> = claims.iter().map(|c| c.state).collect();
    assert_eq!(states[0], VerificationState::Disputed, "{states:?}");
    assert_eq!(states[1], VerificationState::Disputed, "{states:?}");
    assert_eq!(states[3], VerificationState::Disputed, "{states:?}");
}

#[test]
fn contrary_to_before_the_attribution_is_the_author_saying_false() {
    let text = "Contrary to what the minister said, the dam was never inspected.";
    let doc = Document::new(text);
    let mut claims = vec![claim(text, 1, "the minister", "said", "what")];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::False);
}

#[test]
fn a_statement_of_uncertainty_is_not_a_rebuttal() {
    // The chief's words deny nothing: they say the video cannot settle it.
    let text = "Police said the driver had a knife in his hand. \
                The chief said the video does not show whether the driver had a knife.";
    let doc = Document::new(text);
    let mut claims = vec![
        claim(
            text,
            1,
            "Police",
            "said the driver had",
            "the driver had a knife in his hand",
        ),
        claim(
            text,
            2,
            "The chief",
            "said the video",
            "the video does not show whether the driver had a knife",
        ),
    ];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[1].state, VerificationState::Unverified);
    assert_ne!(claims[0].state, VerificationState::Disputed);
}

#[test]
fn claim_verbs_and_imperatives_set_no_state() {
    let text = "The council claimed the road was repaired last year. Check out the photos below.";
    let doc = Document::new(text);
    let mut claims = vec![claim(
        text,
        1,
        "The council",
        "claimed",
        "the road was repaired last year",
    )];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Reported);
    let text = "Analysts checked the figures, and the numbers check out.";
    let cues = claimlens_engine::verification::cues::find(&Document::new(text));
    assert_eq!(cues.len(), 1, "{cues:?}");
}

#[test]
fn a_court_that_overturns_a_ruling_disputes_it() {
    let text = "A county judge found the new map unlawful in March. \
                In June, an appeals court overturned his ruling.";
    let doc = Document::new(text);
    let mut claims = vec![
        claim(
            text,
            1,
            "A county judge",
            "found",
            "the new map unlawful in March",
        ),
        claim(text, 2, "an appeals court", "overturned", "his ruling"),
    ];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[1].state, VerificationState::Disputed);
    assert_eq!(claims[0].state, VerificationState::Disputed);
}

#[test]
fn a_possessive_reference_links_the_rebuttal() {
    let text = "The governor said the new toll would push trucks onto village roads.\n\n\
                Residents say the governor's claims about the toll are unfounded.";
    let doc = Document::new(text);
    let mut claims = vec![
        claim(
            text,
            1,
            "The governor",
            "said the new",
            "the new toll would push trucks onto village roads",
        ),
        claim(
            text,
            2,
            "Residents",
            "say",
            "the governor's claims about the toll are unfounded",
        ),
    ];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Disputed);
    assert_eq!(claims[1].state, VerificationState::Disputed);
}

#[test]
fn stems_join_inflections() {
    use claimlens_engine::verification::topic::stem;
    assert_eq!(stem("helped"), stem("help"));
    assert_eq!(stem("states"), stem("state"));
    assert_eq!(stem("rules"), stem("rule"));
    assert_eq!(stem("citizenship"), stem("citizen"));
    assert_eq!(stem("the"), None);
    // Never panics on non-ASCII words.
    let _ = stem("naïveté");
    let _ = stem("cafés");
}

#[test]
fn a_possessive_reference_reaches_that_party_s_claims() {
    let text = "The ministry said the dam holds a year of water.\n\n\
                Farmers said the canals were dry by May.\n\n\
                Engineers later rejected the ministry's claims about the reservoir.";
    let doc = Document::new(text);
    let mut claims = vec![
        claim(
            text,
            1,
            "The ministry",
            "said the dam",
            "the dam holds a year of water",
        ),
        claim(
            text,
            2,
            "Farmers",
            "said the canals",
            "the canals were dry by May",
        ),
        claim(
            text,
            3,
            "Engineers",
            "rejected",
            "the ministry's claims about the reservoir",
        ),
    ];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Disputed);
    assert_eq!(claims[1].state, VerificationState::Reported);
}

#[test]
fn evidence_far_away_needs_a_strong_topic_match() {
    let mut text = String::from("The union said the plant dumped toxic sludge into the river.\n\n");
    for i in 0..6 {
        text.push_str(&format!(
            "Paragraph {i} is about the weather and the harvest.\n\n"
        ));
    }
    text.push_str("Inspectors confirmed that the plant dumped toxic sludge into the river.");
    let doc = Document::new(&text);
    let mut claims = vec![
        claim(
            &text,
            1,
            "The union",
            "said the plant",
            "the plant dumped toxic sludge into the river",
        ),
        claim(
            &text,
            2,
            "Inspectors",
            "confirmed",
            "that the plant dumped toxic sludge into the river",
        ),
    ];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Confirmed);
}

#[test]
fn belief_verbs_report_and_past_hedges_leave_unverified() {
    for (text, source, cue, content, state) in [
        (
            "The coach suggested the referee was paid off.",
            "The coach",
            "suggested",
            "the referee was paid off",
            VerificationState::Reported,
        ),
        (
            "Fans believe the referee was paid off.",
            "Fans",
            "believe",
            "the referee was paid off",
            VerificationState::Reported,
        ),
        (
            "The coach appeared to suggest the referee was paid off.",
            "The coach",
            "appeared to suggest",
            "the referee was paid off",
            VerificationState::Unverified,
        ),
    ] {
        let doc = Document::new(text);
        let mut claims = vec![claim(text, 1, source, cue, content)];
        assign_states(&doc, &mut claims, &[]);
        assert_eq!(claims[0].state, state, "{text}");
    }
    // `it is clear` is no uncertainty; `it is not clear` is.
    let cues = claimlens_engine::verification::cues::find(&Document::new(
        "It is clear that the vote was close.",
    ));
    assert!(cues.is_empty(), "{cues:?}");
}

#[test]
fn a_pronoun_standing_for_records_that_show_confirms() {
    let text = "His bank records were released in May. They showed transfers to a shell company.";
    let doc = Document::new(text);
    let mut claims = vec![claim(
        text,
        1,
        "They",
        "showed",
        "transfers to a shell company",
    )];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Confirmed);
    let text = "The files reached the reporters. They showed little interest in the vote.";
    let doc = Document::new(text);
    let mut claims = vec![claim(
        text,
        1,
        "They",
        "showed",
        "little interest in the vote",
    )];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Reported);
}

#[test]
fn the_author_s_own_falsity_words_make_a_claim_false() {
    // The attribution verb itself says the claim is a lie.
    let text = "Every week she lied that the clinic had passed inspection.";
    let doc = Document::new(text);
    let mut claims = vec![claim(
        text,
        1,
        "she",
        "lied",
        "that the clinic had passed inspection",
    )];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::False);
    // A falsity word in a noun phrase the author wrote is the author's.
    let text = "The senator, citing a fabricated memo, demanded a vote.";
    let doc = Document::new(text);
    let mut claims = vec![claim(text, 1, "The senator", "citing", "a fabricated memo")];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::False);
}

#[test]
fn uncertainty_about_the_future_leaves_claims_reported() {
    let text = "The union said the plant will close in May. \
                It is unclear whether the board will approve the closure.";
    let doc = Document::new(text);
    let mut claims = vec![claim(
        text,
        1,
        "The union",
        "said the plant",
        "the plant will close in May",
    )];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Reported);
}

#[test]
fn party_aliases_link_an_accusation_and_its_reply() {
    let text = "Democrats accused the GOP of timing the hearing for the campaign. \
                Republicans said the date was set in June.";
    let doc = Document::new(text);
    let mut claims = vec![
        claim(
            text,
            1,
            "Democrats",
            "accused",
            "the GOP of timing the hearing for the campaign",
        ),
        claim(
            text,
            2,
            "Republicans",
            "said the date",
            "the date was set in June",
        ),
    ];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Disputed);
    assert_eq!(claims[1].state, VerificationState::Disputed);
}

#[test]
fn a_claim_s_own_uncertainty_beats_a_dispute_reached_by_topic() {
    let text = "The guide presumably led the hikers over the north ridge.\n\n\
                Rangers said the hikers crossed the north ridge at dawn.\n\n\
                The guide's brother disputes that the hikers crossed the north ridge.";
    let doc = Document::new(text);
    let mut claims = vec![
        claim(
            text,
            1,
            "The guide",
            "presumably",
            "led the hikers over the north ridge",
        ),
        claim(
            text,
            2,
            "Rangers",
            "said the hikers",
            "the hikers crossed the north ridge at dawn",
        ),
    ];
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::Unverified);
    assert_eq!(claims[1].state, VerificationState::Disputed);
}
