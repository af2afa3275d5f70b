//! Verification states set by evidence that names no verification verb of its
//! own: a record set against another claim, a falsity word in an opening
//! phrase, a hedge on the rebutting side of a contradiction. Short passages
//! written for these tests in wire style.

use claimlens_engine::segment::Document;
use claimlens_engine::verification::assign_states;
use claimlens_engine::*;

mod common;
use common::{claim, span, with_content};

fn states(text: &str, claims: &mut [Claim]) -> Vec<VerificationState> {
    let doc = Document::new(text);
    assign_states(&doc, claims, &[]);
    claims.iter().map(|c| c.state).collect()
}

#[test]
fn a_record_set_against_an_accusation_shows_it_false() {
    use VerificationState::*;
    let text = "The governor accused the inspector of skipping the bridge checks, \
                though a review of records shows he signed off on every inspection.";
    let mut claims = vec![
        claim(
            text,
            1,
            "The governor",
            "accused",
            "the inspector of skipping the bridge checks",
        ),
        claim(
            text,
            2,
            "a review of records",
            "shows",
            "he signed off on every inspection",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![False, Confirmed]);
    let text = "Video shows that the driver had stopped at the light, contradicting \
                the police department's earlier claim that he drove through it.";
    let mut claims = vec![
        claim(
            text,
            1,
            "Video",
            "shows",
            "that the driver had stopped at the light",
        ),
        claim(
            text,
            2,
            "the police department's",
            "earlier claim",
            "that he drove through it",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Confirmed, False]);
    // A claim after `but` answers the record; the record does not show it
    // false.
    let text = "Video of the stop shows the driver with his hands on the wheel, but \
                the deputy said the driver refused to follow his commands.";
    let mut claims = vec![
        claim(
            text,
            1,
            "Video of the stop",
            "shows",
            "the driver with his hands on the wheel",
        ),
        claim(
            text,
            2,
            "the deputy",
            "said the driver",
            "the driver refused to follow his commands",
        ),
    ];
    assert_eq!(states(text, &mut claims)[1], Reported);
    // A record that agrees with the claim beside it confirms it.
    let text = "The mayor said the shelter opened in May, and county records show \
                the shelter opened on May 3.";
    let mut claims = vec![
        claim(text, 1, "The mayor", "said", "the shelter opened in May"),
        claim(
            text,
            2,
            "county records",
            "show",
            "the shelter opened on May 3",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Confirmed, Confirmed]);
}

#[test]
fn a_falsity_word_in_an_opening_phrase_is_the_author_s() {
    let text = "Citing an unfounded rumor about the vote count, the senator accused \
                the county clerk of destroying ballots.";
    let mut claims = vec![claim(
        text,
        1,
        "the senator",
        "accused",
        "the county clerk of destroying ballots",
    )];
    assert_eq!(states(text, &mut claims), vec![VerificationState::False]);
    // A party's own flat word after the attribution disputes, it does not
    // make the claim false.
    let text = "The clerk said the senator's charge was unfounded.";
    let mut claims = vec![claim(
        text,
        1,
        "The clerk",
        "said",
        "the senator's charge was unfounded",
    )];
    assert_eq!(states(text, &mut claims), vec![VerificationState::Disputed]);
}

#[test]
fn a_hedge_on_the_rebutting_claim_outweighs_the_pairing() {
    use VerificationState::*;
    // The governor's belief is hedged (`apparently believed`, a past belief):
    // the pairing with the senator's claim disputes hers, not his.
    let text = "The senator said she won the debate in the online polls. \
                The governor apparently believed the online polls that showed him \
                winning against the senator.";
    let mut claims = vec![
        claim(
            text,
            1,
            "The senator",
            "said she",
            "she won the debate in the online polls",
        ),
        claim(
            text,
            2,
            "The governor",
            "apparently believed",
            "the online polls that showed him winning against the senator",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Disputed, Unverified]);
}

#[test]
fn a_record_subject_or_a_pronoun_for_it_confirms() {
    use VerificationState::*;
    // The source mention is only the newspaper inside the dashes; the record
    // is the subject before it.
    let text = "The minutes of the meeting – published by the Ledger – show that the \
                board voted twice on the contract.";
    let mut claims = vec![claim(
        text,
        1,
        "the Ledger",
        "show",
        "that the board voted twice on the contract",
    )];
    assert_eq!(states(text, &mut claims), vec![Confirmed]);
    // `It` stands for the video named a sentence earlier, past the family who
    // released it.
    let text = "A local station first aired the dashboard video on Monday, and the driver's \
                family gave it to other news outlets. It shows a deputy firing \
                into the car.";
    let mut claims = vec![claim(
        text,
        1,
        "It",
        "shows",
        "a deputy firing into the car",
    )];
    assert_eq!(states(text, &mut claims), vec![Confirmed]);
    // A person, not a record, is the subject: reported.
    let text = "The coach of the team – quoted by the Ledger – showed little patience.";
    let mut claims = vec![claim(text, 1, "the Ledger", "showed", "little patience")];
    assert_eq!(states(text, &mut claims), vec![Reported]);
}

/// The claims of `analyze` as (state, cue, content pieces).
fn analyzed(text: &str) -> Vec<(VerificationState, String, Vec<String>)> {
    let analysis = analyze(text);
    let chars: Vec<char> = text.chars().collect();
    let piece = |s: &Span| chars[s.start..s.end].iter().collect::<String>();
    analysis
        .claims
        .iter()
        .map(|c| {
            (
                c.state,
                c.cue.spans.iter().map(piece).collect::<Vec<_>>().join(" "),
                c.content.spans.iter().map(piece).collect(),
            )
        })
        .collect()
}

/// The first of [`analyzed`]'s claims whose cue reads `cue`.
fn by_cue<'a>(
    claims: &'a [(VerificationState, String, Vec<String>)],
    cue: &str,
) -> &'a (VerificationState, String, Vec<String>) {
    claims
        .iter()
        .find(|(_, c, _)| c == cue)
        .unwrap_or_else(|| panic!("no claim with cue `{cue}` in {claims:?}"))
}

#[test]
fn sourceless_hedged_statements_become_unverified_claims() {
    use VerificationState::*;
    let text = "The driver was arrested after he allegedly rammed a police cruiser \
                outside the station.\n\nOften, it appeared that the mayor was unwilling \
                to answer questions about the budget.\n\nThe senator seems to have \
                vanished from the campaign trail.";
    let claims = analyzed(text);
    let find = |cue: &str| {
        claims
            .iter()
            .find(|(_, c, _)| c == cue)
            .unwrap_or_else(|| panic!("no claim with cue `{cue}` in {claims:?}"))
    };
    let alleged = find("allegedly");
    assert_eq!(alleged.0, Unverified);
    assert_eq!(
        alleged.2,
        vec!["he", "rammed a police cruiser outside the station"]
    );
    // Its content may come from the attribution pass, which can find
    // `appeared` itself; either way the statement is unverified.
    let appeared = find("appeared");
    assert_eq!(appeared.0, Unverified);
    assert!(
        appeared.2.concat().contains("the mayor was"),
        "{appeared:?}"
    );
    let seems = find("seems");
    assert_eq!(seems.0, Unverified);
    assert_eq!(
        seems.2,
        vec!["The senator", "to have vanished from the campaign trail"]
    );
}

#[test]
fn present_impressions_and_similes_make_no_claim() {
    // A present evaluation (`seems fair`) and a simile (`looked like a
    // whale`) are no statements about a checked or unchecked past fact.
    let text = "The plan seems fair to most voters.\n\nThe black slag heap looked like \
                a giant whale about to swallow the valley.";
    let claims = analyzed(text);
    assert!(
        claims
            .iter()
            .all(|(_, cue, _)| !cue.contains("seems") && !cue.contains("looked")),
        "{claims:?}"
    );
}

#[test]
fn the_source_s_own_search_for_what_happened_leaves_it_unverified() {
    use VerificationState::*;
    let text = "The fire chief said, \"We are still trying to determine what happened \
                inside the warehouse.\"\n\nThe owner said, \"We have to let this \
                investigation unfold before anyone draws conclusions.\"";
    let mut claims = vec![
        claim(
            text,
            1,
            "The fire chief",
            "said, \"We",
            "We are still trying to determine what happened inside the warehouse.",
        ),
        claim(
            text,
            2,
            "The owner",
            "said, \"We have",
            "We have to let this investigation unfold before anyone draws conclusions.",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Unverified, Unverified]);
    // Trying to decide about the future is no uncertainty about a past fact.
    let text = "The council said it was trying to determine whether it would raise fees.";
    let mut claims = vec![claim(
        text,
        1,
        "The council",
        "said it",
        "it was trying to determine whether it would raise fees",
    )];
    assert_eq!(states(text, &mut claims), vec![Reported]);
}

#[test]
fn taking_offense_at_a_suggestion_disputes_it() {
    let text = "The developer took offense at suggestions that he had inherited his fortune.";
    let mut claims = vec![claim(
        text,
        1,
        "The developer",
        "suggestions",
        "that he had inherited his fortune",
    )];
    assert_eq!(states(text, &mut claims), vec![VerificationState::Disputed]);
}

#[test]
fn but_that_was_not_the_case_is_the_author_saying_false() {
    // The content span runs on into the author's aside.
    let text = "Many bidders assumed that the buyer had the backing of a state fund, \
                but that wasn't the case.";
    let doc = Document::new(text);
    let mut claims = vec![claim(
        text,
        1,
        "Many bidders",
        "assumed",
        "that the buyer had the backing of a state fund",
    )];
    claims[0]
        .content
        .spans
        .push(span(text, "that wasn't the case"));
    assign_states(&doc, &mut claims, &[]);
    assert_eq!(claims[0].state, VerificationState::False);
}

#[test]
fn uncertainty_about_a_ruling_still_to_come_leaves_claims_reported() {
    // The future sits nine words after the cue.
    let text = "The state cited a threat to public safety. It was unclear whether the \
                judges in the three pending bankruptcy cases would accept that argument.";
    let mut claims = vec![claim(
        text,
        1,
        "The state",
        "cited",
        "a threat to public safety",
    )];
    assert_eq!(states(text, &mut claims), vec![VerificationState::Reported]);
}

#[test]
fn the_president_s_claims_are_the_white_house_s() {
    use VerificationState::*;
    let text = "The White House has said the law could expose American diplomats to \
                lawsuits abroad.\n\nSenator Cole said the vote would come next week.\n\n\
                Victims' families say the president's claims are unfounded.";
    let mut claims = vec![
        claim(
            text,
            1,
            "The White House",
            "has said",
            "the law could expose American diplomats to lawsuits abroad",
        ),
        claim(
            text,
            2,
            "Senator Cole",
            "said the vote",
            "the vote would come next week",
        ),
        claim(
            text,
            3,
            "Victims' families",
            "say",
            "the president's claims are unfounded",
        ),
    ];
    assert_eq!(
        states(text, &mut claims),
        vec![Disputed, Reported, Disputed]
    );
}

#[test]
fn an_official_audit_that_found_something_confirms_it() {
    use VerificationState::*;
    let text = "A Government Accountability Office report released in March found that \
                the agency could not trace the grant money.";
    let mut claims = vec![claim(
        text,
        1,
        "A Government Accountability Office report",
        "found",
        "that the agency could not trace the grant money",
    )];
    assert_eq!(states(text, &mut claims), vec![Confirmed]);
    // A think tank's study that found something stays reported.
    let text = "A study by the Tax Policy Center found that the plan favors the rich.";
    let mut claims = vec![claim(
        text,
        1,
        "A study by the Tax Policy Center",
        "found",
        "that the plan favors the rich",
    )];
    assert_eq!(states(text, &mut claims), vec![Reported]);
}

#[test]
fn a_live_blog_links_the_same_story_many_claims_apart() {
    use VerificationState::*;
    // Thirty short items between the debunking and the repeat of the story.
    let mut text =
        String::from("Reports of a stolen concert tape of the singer turned out to be false.\n\n");
    for n in 0..30 {
        text.push_str(&format!("Aide {n} said lunch came at noon.\n\n"));
    }
    text.push_str("The rapper told fans the singer's stolen concert tape was online.");
    let text = text.as_str();
    let mut claims = Vec::new();
    let mut from = 0;
    for n in 0..30 {
        let source = format!("Aide {n}");
        let at = from + text[from..].find(&source).expect("the aide is in the text");
        let content = at + text[at..].find("lunch came at noon").expect("content");
        let mut c = claim(text, n + 1, "Aide", "said", "lunch came at noon");
        c.source.spans = vec![Span::new(at, at + source.len())];
        c.source.entity = Some(source.clone());
        c.cue.spans = vec![Span::new(at + source.len() + 1, at + source.len() + 5)];
        c.content.spans = vec![Span::new(content, content + "lunch came at noon".len())];
        claims.push(c);
        from = content;
    }
    claims.push(claim(
        text,
        31,
        "The rapper",
        "told",
        "the singer's stolen concert tape was online",
    ));
    let got = states(text, &mut claims);
    assert_eq!(got[30], False, "{got:?}");
    assert!(got[..30].iter().all(|s| *s == Reported), "{got:?}");
}

#[test]
fn a_neither_nor_reply_disputes_the_claim_beside_it() {
    use VerificationState::*;
    let text = "The mayor claimed the governor had helped the developer win the harbor \
                contract. A spokesman for the governor said neither the governor nor his \
                staff helped the developer win the contract.";
    let mut claims = vec![
        claim(
            text,
            1,
            "The mayor",
            "claimed",
            "the governor had helped the developer win the harbor contract",
        ),
        claim(
            text,
            2,
            "A spokesman for the governor",
            "said neither",
            "neither the governor nor his staff helped the developer win the contract",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Disputed, Disputed]);
}

#[test]
fn a_hedged_verb_coordinated_with_the_attribution_leaves_it_unverified() {
    use VerificationState::*;
    // The content span runs over `and seemed to think`, the source's second
    // (hedged) attribution verb.
    let text = "The treasurer largely agreed with the auditor and seemed to think the \
                new budget was padded.";
    let mut claims = vec![claim(
        text,
        1,
        "The treasurer",
        "largely agreed",
        "with the auditor and seemed to think the new budget was padded",
    )];
    assert_eq!(states(text, &mut claims), vec![Unverified]);
    // A hedge of the content's own subject stays inside the content.
    let text = "The minister said the economy grew and seemed to recover by spring.";
    let mut claims = vec![claim(
        text,
        1,
        "The minister",
        "said",
        "the economy grew and seemed to recover by spring",
    )];
    assert_eq!(states(text, &mut claims), vec![Reported]);
}

#[test]
fn knowing_something_from_records_confirms_it() {
    use VerificationState::*;
    let text = "We know from his annual disclosure statements that most of his holdings \
                are in real estate partnerships.";
    let mut claims = vec![claim(
        text,
        1,
        "We",
        "know",
        "from his annual disclosure statements that most of his holdings are in real estate partnerships",
    )];
    assert_eq!(states(text, &mut claims), vec![Confirmed]);
    // Knowing it from a friend is no record.
    let text = "We know from his oldest friends that he rarely sleeps.";
    let mut claims = vec![claim(
        text,
        1,
        "We",
        "know",
        "from his oldest friends that he rarely sleeps",
    )];
    assert_eq!(states(text, &mut claims), vec![Reported]);
}

#[test]
fn a_strong_topic_match_reaches_far_back_in_a_live_blog() {
    use VerificationState::*;
    let mut text = String::from(
        "The senator complained about broken ballot scanners in Monroe County on Tuesday.\n\n",
    );
    for n in 0..14 {
        text.push_str(&format!("Update {n}: crowds gathered downtown.\n\n"));
    }
    text.push_str(
        "The county board says there was indeed a problem with the ballot scanners in \
         Monroe County on Tuesday.",
    );
    let text = text.as_str();
    let mut claims = vec![
        claim(
            text,
            1,
            "The senator",
            "complained about",
            "broken ballot scanners in Monroe County on Tuesday",
        ),
        claim(
            text,
            2,
            "The county board",
            "says",
            "there was indeed a problem with the ballot scanners in Monroe County on Tuesday",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Confirmed, Confirmed]);
}

#[test]
fn a_denial_of_what_the_other_asserts_disputes_both() {
    use VerificationState::*;
    let text = "The senator said on Monday that the governor had seemed supportive of the \
                pipeline project. The governor said on Tuesday that he did not support the \
                pipeline project.";
    let mut claims = vec![
        claim(
            text,
            1,
            "The senator",
            "said on Monday",
            "the governor had seemed supportive of the pipeline project",
        ),
        claim(
            text,
            2,
            "The governor",
            "said on Tuesday",
            "he did not support the pipeline project",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Disputed, Disputed]);
}

#[test]
fn a_negation_about_something_else_disputes_nothing() {
    use VerificationState::*;
    // Same topic, opposite polarity, but the negation governs words the
    // other claim does not assert (`include the old ramp`).
    let text = "Engineers said the bridge repairs were finished in May. The mayor said the \
                bridge repairs did not include the old ramp.";
    let mut claims = vec![
        claim(
            text,
            1,
            "Engineers",
            "said the bridge",
            "the bridge repairs were finished in May",
        ),
        claim(
            text,
            2,
            "The mayor",
            "said the bridge",
            "the bridge repairs did not include the old ramp",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Reported, Reported]);
}

#[test]
fn a_repeated_claim_takes_the_state_of_its_twin() {
    use VerificationState::*;
    // The first statement is too far from the governor's reply to be paired
    // with it; its repetition next to the reply is, and the two are one claim.
    let text = "Trump said the governor took money from the casino developer.\n\n\
                The rally drew a large crowd.\n\nTraffic was slow on the highway.\n\n\
                The weather stayed mild all week.\n\n\
                Trump said again on Friday that the governor took money from the casino \
                developer.\n\nThe governor said he never took money from the casino developer.";
    let second = text.find("Trump said again").unwrap();
    let mut repeat = claim(
        &text[second..],
        2,
        "Trump",
        "said again",
        "the governor took money from the casino developer",
    );
    for s in repeat
        .source
        .spans
        .iter_mut()
        .chain(&mut repeat.cue.spans)
        .chain(&mut repeat.content.spans)
    {
        *s = Span::new(s.start + second, s.end + second);
    }
    let mut claims = vec![
        claim(
            text,
            1,
            "Trump",
            "said the",
            "the governor took money from the casino developer",
        ),
        repeat,
        claim(
            text,
            3,
            "The governor",
            "said he",
            "he never took money from the casino developer",
        ),
    ];
    assert_eq!(
        states(text, &mut claims),
        vec![Disputed, Disputed, Disputed]
    );
    assert_eq!(
        claims[0].notes,
        vec!["The same claim is made elsewhere in the article.".to_string()]
    );
}

#[test]
fn the_accused_party_answers_an_accusation_claims_later() {
    use VerificationState::*;
    // Three other claims stand between the accusation and the reply of the
    // party it names: the reply still disputes it.
    let text = "Democrats accused the Republicans of stalling the budget vote for political \
                gain. Senator Ann Lowe said the delay cost the state money. Senator Paul Reyes \
                said schools were waiting for funds. Senator Mia Cole said the session should \
                end soon.\n\nThe Republicans said the schedule was set months ago.";
    let mut claims = vec![
        claim(
            text,
            1,
            "Democrats",
            "accused",
            "the Republicans of stalling the budget vote for political gain",
        ),
        claim(
            text,
            2,
            "Senator Ann Lowe",
            "said the delay",
            "the delay cost the state money",
        ),
        claim(
            text,
            3,
            "Senator Paul Reyes",
            "said schools",
            "schools were waiting for funds",
        ),
        claim(
            text,
            4,
            "Senator Mia Cole",
            "said the session",
            "the session should end soon",
        ),
        claim(
            text,
            5,
            "The Republicans",
            "said the schedule",
            "the schedule was set months ago",
        ),
    ];
    assert_eq!(
        states(text, &mut claims),
        vec![Disputed, Reported, Reported, Reported, Disputed]
    );
}

#[test]
fn nobody_knowing_what_happened_leaves_the_claim_unverified() {
    use VerificationState::*;
    // `what’s going on` is the present, not `going to`: the source's own
    // word that nobody knows yet what happened. What nobody knows about the
    // future leaves a claim reported.
    let text = "The senator said a fire broke out at the depot and nobody knows exactly \
                what’s going on. The mayor said nobody knows what the council will decide.";
    let mut claims = vec![
        claim(
            text,
            1,
            "The senator",
            "said a fire",
            "a fire broke out at the depot and nobody knows exactly what’s going on",
        ),
        claim(
            text,
            2,
            "The mayor",
            "said nobody",
            "nobody knows what the council will decide",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Unverified, Reported]);
}

#[test]
fn uncertainty_running_from_the_cue_into_the_content_rebuts_nothing() {
    use VerificationState::*;
    // The uncertainty cue starts on the attribution (`does`) and runs into
    // the content: the claim states what is not known, so its negation does
    // not contradict the police account beside it.
    let text = "The video does not answer whether Scott had a gun. Police said Scott had \
                a gun in his lap.";
    let mut claims = vec![
        claim(
            text,
            1,
            "The video",
            "does",
            "not answer whether Scott had a gun",
        ),
        claim(
            text,
            2,
            "Police",
            "said Scott",
            "Scott had a gun in his lap",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Unverified, Reported]);
}

#[test]
fn the_source_s_own_doubt_right_after_leaves_its_claim_unverified() {
    use VerificationState::*;
    // Her doubt shares too little with the claim to make it a repetition
    // (which would take the same state anyway).
    let run = |quote: &str| {
        let text = format!(
            "Governor Ann Hale said a gas main had exploded under Pier Street shortly after \
             the evening rush hour, injuring four workers. {quote} he said at the scene."
        );
        let mut claims = vec![
            claim(
                &text,
                1,
                "Governor Ann Hale",
                "said",
                "a gas main had exploded under Pier Street shortly after the evening rush hour, \
                 injuring four workers",
            ),
            claim(&text, 2, "he said at", "said at", quote),
        ];
        // The source is the pronoun, resolved to the governor.
        let he = span(&text, "he said at");
        claims[1].source.spans = vec![Span::new(he.start, he.start + 2)];
        claims[1].source.entity = Some("Governor Ann Hale".to_string());
        states(&text, &mut claims)
    };
    assert_eq!(
        run("\"A gas main blew up under Pier Street and nobody knows exactly what happened,\""),
        vec![Unverified, Unverified]
    );
    // Her doubt about something else leaves the first claim as reported.
    assert_eq!(
        run("\"Nobody knows exactly what caused the blackout in the harbour district,\""),
        vec![Reported, Unverified]
    );
}

#[test]
fn the_quote_that_follows_a_dismissal_is_the_dismissal() {
    use VerificationState::*;
    let run = |next: &str| {
        let text = format!(
            "Mayor Ruth Okafor dismissed the allegation as a campaign stunt. {next} she said \
             on Tuesday."
        );
        let mut claims = vec![
            claim(
                &text,
                1,
                "Mayor Ruth Okafor",
                "dismissed",
                "the allegation as a campaign stunt",
            ),
            claim(&text, 2, "she said on", "said on", next),
        ];
        let she = span(&text, "she said on");
        claims[1].source.spans = vec![Span::new(she.start, she.start + 3)];
        claims[1].source.entity = Some("Mayor Ruth Okafor".to_string());
        states(&text, &mut claims)
    };
    assert_eq!(
        run("\"I have never set foot in that developer's office,\""),
        vec![Disputed, Disputed]
    );
    // Her next words that are no quotation are a claim of their own.
    assert_eq!(
        run("The city would publish every building permit next week,"),
        vec![Disputed, Reported]
    );
}

#[test]
fn what_the_other_side_makes_it_out_to_be_is_disputed() {
    use VerificationState::*;
    let text = "\"The harbour levy is not the budget-breaking monster that its opponents make \
                it out to be,\" said Lara Voss, an economist at Tidewater University.";
    let mut claims = vec![claim(
        text,
        1,
        "Lara Voss",
        "said",
        "\"The harbour levy is not the budget-breaking monster that its opponents make it out \
         to be,\"",
    )];
    assert_eq!(states(text, &mut claims), vec![Disputed]);
}

#[test]
fn no_confirmation_that_a_clause_is_about_that_clause_not_the_claim_before() {
    use VerificationState::*;
    // `that` opening a clause after the cue is no pronoun for the last claim.
    let text = "The city engineer said the wall would be inspected on Tuesday.\n\n\
                \"I don't have a 100 percent confirmation that anyone went into the water,\" \
                said Lt. Dana Pryor.";
    let mut claims = vec![
        claim(
            text,
            1,
            "The city engineer",
            "said",
            "the wall would be inspected on Tuesday",
        ),
        claim(
            text,
            2,
            "Lt. Dana Pryor",
            "said",
            "\"I don't have a 100 percent confirmation that anyone went into the water,\"",
        ),
    ];
    assert_eq!(states(text, &mut claims), vec![Reported, Unverified]);
}

#[test]
fn may_the_month_does_not_soften_a_confirmation() {
    use VerificationState::*;
    // `in May, confirming …`: the month, not the modal, stands before the cue.
    let text = "Ellen Brandt said the bridge had passed its last inspection.\n\n\
                Records show that the bridge passed its inspection in May, confirming Brandt's account.";
    let mut claims = vec![
        claim(
            text,
            1,
            "Ellen Brandt",
            "said",
            "the bridge had passed its last inspection",
        ),
        claim(text, 2, "Records", "confirming", "Brandt's account"),
    ];
    let found = states(text, &mut claims);
    assert_eq!(found[0], Confirmed, "{:?}", claims[0]);
    assert!(claims[0].evidence.contains(&span(text, "confirming")));
}

/// Written for these tests: a rumour, its denial, a partial confirmation and
/// a speaker named again before a pronoun.
const RUMOR: &str = include_str!("fixtures/verification/school_rumor.txt");

#[test]
fn a_confirmation_confirms_its_own_content_not_the_sentence_s_other_words() {
    let a = analyze(RUMOR);
    assert_eq!(
        with_content(RUMOR, &a, "two measles cases").state,
        VerificationState::Confirmed
    );
    // The post's outbreak story shares `measles` and `outbreak` with the
    // confirming sentence, which says there was no outbreak.
    assert_ne!(
        with_content(RUMOR, &a, "because of a measles outbreak").state,
        VerificationState::Confirmed
    );
}

#[test]
fn a_relative_clause_does_not_type_the_source_and_a_renamed_speaker_takes_the_pronoun() {
    let a = analyze(RUMOR);
    let kowal = with_content(RUMOR, &a, "told about the closures");
    assert_eq!(kowal.source.entity.as_deref(), Some("Dana Kowal"));
    assert_eq!(kowal.source.source_type, SourceType::Person);
    // `Kowal later deleted the post. She said …`
    let she = with_content(RUMOR, &a, "regretted any confusion");
    assert_eq!(she.source.entity.as_deref(), Some("Dana Kowal"));
    let district = with_content(RUMOR, &a, "no record of any employee");
    assert_eq!(district.source.source_type, SourceType::Government);
}

/// `Some residents questioned that figure`: a doubt about a figure disputes
/// the claim with the number (`roughly 12,000 customers`), not the speaker's
/// other claims in that paragraph.
#[test]
fn questioning_a_figure_disputes_the_claim_with_the_number() {
    const STORM: &str = include_str!("fixtures/verification/storm.txt");
    let a = analyze(STORM);
    let figure = common::with_content(STORM, &a, "12,000 customers");
    assert_eq!(figure.state, VerificationState::Disputed);
    assert!(
        figure
            .evidence
            .iter()
            .any(|s| common::at(STORM, *s) == "questioned that figure"),
        "{:?}",
        figure.evidence
    );
    let crews = common::with_content(STORM, &a, "crews coming in");
    assert_eq!(
        crews.state,
        VerificationState::Reported,
        "{:?}",
        crews.notes
    );
}

#[test]
fn the_writers_open_question_names_its_own_topic() {
    use VerificationState::*;
    // `It is unclear how many …` asks about the shelters; the possessive in
    // it (`the region's`) refers to no earlier claim.
    let text = "Some residents say the utility was slow to trim trees near its lines.\n\n\
                It is unclear how many of the region's shelters are open. The county \
                emergency office said at least five were taking in families.";
    let claims = analyzed(text);
    assert_eq!(by_cue(&claims, "say").0, Reported, "{claims:?}");
}

#[test]
fn a_condition_on_confirmation_leaves_the_claim_unverified() {
    use VerificationState::*;
    // `If … is confirmed` confirms nothing; its `would` is the condition's
    // consequence, not the future (the guidelines: unverified).
    let text = "A fisherman was reportedly swept off the breakwater on Sunday.\n\n\
                If the report is confirmed, it would be the storm's first death, \
                harbor officials said.";
    let claims = analyzed(text);
    assert_eq!(by_cue(&claims, "said").0, Unverified, "{claims:?}");
}

#[test]
fn one_claim_of_a_party_is_unverified_not_the_claim_beside_the_cue() {
    use VerificationState::*;
    // `Park's claim` is one claim of Park's, the latest; the spokeswoman's
    // words after `, and` are hers, not the writer's doubt.
    let text = "\"Frankly, we were blindsided,\" said council member Joe Park. Park said he would ask for an audit.\n\n\
                According to Park, the county paid $1.2 million in advance.\n\n\
                Park's claim could not be verified, and a county spokeswoman said the payments were \"routine.\"\n";
    let claims = analyzed(text);
    let find = |cue: &str| {
        claims
            .iter()
            .filter(|(_, c, _)| c == cue)
            .collect::<Vec<_>>()
    };
    let according = find("According to");
    assert_eq!(according[0].0, Unverified, "{claims:?}");
    let said = find("said");
    let spokeswoman = said
        .iter()
        .find(|(_, _, content)| content.concat().contains("routine"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(spokeswoman.0, Reported, "{claims:?}");
    assert!(
        !spokeswoman.2.concat().contains("could not be verified"),
        "{claims:?}"
    );
    let audit = said
        .iter()
        .find(|(_, _, content)| content.concat().contains("audit"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(audit.0, Reported, "{claims:?}");
}
