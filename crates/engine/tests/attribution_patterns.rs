//! Attribution on articles written for these tests (wire style): every pattern
//! of issue 3, the kinds, source resolution and robustness.

use claimlens_engine::{analyze, Analysis, Claim, ClaimKind, SourceType};

mod common;
use common::{at, joined, listing};

const HARBOR: &str = include_str!("fixtures/attribution/harbor.txt");
const SENATOR: &str = include_str!("fixtures/attribution/senator.txt");
const MINISTRY: &str = include_str!("fixtures/attribution/ministry.txt");
const WATER: &str = include_str!("fixtures/attribution/water.txt");
const FERRY: &str = include_str!("fixtures/attribution/ferry.txt");

/// The claim whose cue text is `cue` and whose content contains `content`.
fn claim<'a>(text: &str, a: &'a Analysis, cue: &str, content: &str) -> &'a Claim {
    a.claims
        .iter()
        .find(|c| {
            joined(text, &c.cue.spans) == cue && joined(text, &c.content.spans).contains(content)
        })
        .unwrap_or_else(|| {
            let all = listing(text, a);
            panic!("no claim with cue `{cue}` and content `{content}` in {all:#?}")
        })
}

fn source(text: &str, c: &Claim) -> String {
    joined(text, &c.source.spans)
}

#[test]
fn indirect_speech_with_that_and_apposition() {
    let a = analyze(HARBOR);
    let c = claim(
        HARBOR,
        &a,
        "said",
        "that cargo traffic would be cut by half",
    );
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(source(HARBOR, c), "The harbor master, Elena Vasquez,");
    assert_eq!(c.source.entity.as_deref(), Some("Elena Vasquez"));
    assert_eq!(c.source.source_type, SourceType::Person);
}

#[test]
fn direct_quote_told_reporters() {
    let a = analyze(HARBOR);
    let c = claim(HARBOR, &a, "told", "We have never seen damage");
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(c.source.entity.as_deref(), Some("Elena Vasquez"));
}

#[test]
fn pronoun_across_paragraphs_resolves_to_the_named_speaker() {
    let a = analyze(HARBOR);
    let c = claim(HARBOR, &a, "added", "no workers had been injured");
    assert_eq!(source(HARBOR, c), "She");
    assert_eq!(c.source.entity.as_deref(), Some("Elena Vasquez"));
    // The chain links the full name, the surname and the pronoun.
    let chain: Vec<String> = c.source.chain.iter().map(|s| at(HARBOR, *s)).collect();
    assert!(chain.contains(&"She".to_string()), "{chain:?}");
    assert!(
        chain.iter().any(|m| m.contains("Elena Vasquez")),
        "{chain:?}"
    );
}

#[test]
fn according_to_takes_its_source_out_of_the_content() {
    let a = analyze(HARBOR);
    let c = claim(HARBOR, &a, "According to", "repairs will cost");
    assert_eq!(c.kind, ClaimKind::AccordingTo);
    assert_eq!(source(HARBOR, c), "the port authority");
    assert_eq!(
        joined(HARBOR, &c.content.spans),
        "repairs will cost about $40 million"
    );
    // A short sentence the tagger reads whole as the source.
    let text = "According to police, the suspect fled.\n";
    let a = analyze(text);
    let c = claim(text, &a, "According to", "the suspect fled");
    assert_eq!(source(text, c), "police");
    assert_eq!(joined(text, &c.content.spans), "the suspect fled");
}

#[test]
fn anonymous_and_collective_sources() {
    let a = analyze(HARBOR);
    let c = claim(HARBOR, &a, "said", "caused by a faulty weld");
    assert_eq!(source(HARBOR, c), "Officials");
    assert_eq!(c.source.source_type, SourceType::Anonymous);
    let c = claim(HARBOR, &a, "said", "flagged in a report last year");
    assert_eq!(source(HARBOR, c), "A source familiar with the inspection");
    assert_eq!(c.source.source_type, SourceType::Anonymous);
    let c = claim(HARBOR, &a, "say", "should have been closed earlier");
    assert_eq!(source(HARBOR, c), "US officials and local activists");
}

#[test]
fn claimed_and_warned() {
    let a = analyze(HARBOR);
    let c = claim(HARBOR, &a, "claimed", "safety checks had been skipped");
    assert_eq!(source(HARBOR, c), "The union");
    assert_eq!(c.source.source_type, SourceType::Organization);
    let c = claim(HARBOR, &a, "warned", "members could strike");
    assert_eq!(c.source.entity.as_deref(), Some("Tomas Berg"));
}

#[test]
fn agentless_report_has_an_empty_source() {
    let a = analyze(HARBOR);
    let c = claim(
        HARBOR,
        &a,
        "was reported",
        "two ships had already turned back",
    );
    assert!(c.source.spans.is_empty());
    assert_eq!(c.source.entity, None);
}

#[test]
fn said_interrupting_a_quote_is_one_claim() {
    let a = analyze(HARBOR);
    let c = claim(HARBOR, &a, "said", "The repairs");
    assert_eq!(c.content.spans.len(), 2);
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(c.source.entity.as_deref(), Some("Elena Vasquez"));
}

#[test]
fn mixed_quote_and_in_a_statement() {
    let a = analyze(HARBOR);
    let c = claim(HARBOR, &a, "calling", "a private operation");
    assert_eq!(c.kind, ClaimKind::Mixed);
    let c = claim(
        HARBOR,
        &a,
        "said in a statement",
        "review the port's license",
    );
    assert_eq!(source(HARBOR, c), "The ministry");
    assert_eq!(c.source.source_type, SourceType::Government);
}

#[test]
fn quote_over_three_paragraphs_is_one_claim() {
    let a = analyze(SENATOR);
    let c = claim(SENATOR, &a, "said", "I have heard every argument");
    let content = joined(SENATOR, &c.content.spans);
    assert!(content.contains("We will make the cuts"), "{content}");
    assert!(
        content.contains("nobody who has read the numbers"),
        "{content}"
    );
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(c.source.entity.as_deref(), Some("Maria Olsen"));
    // No other claim keeps a piece of the quotation.
    let pieces = a
        .claims
        .iter()
        .filter(|o| joined(SENATOR, &o.content.spans).contains("every letter"))
        .count();
    assert_eq!(pieces, 1);
}

#[test]
fn pronouns_follow_the_most_recent_person() {
    let a = analyze(SENATOR);
    let c = claim(SENATOR, &a, "said", "protect pensions");
    assert_eq!(c.source.entity.as_deref(), Some("Maria Olsen"));
    let c = claim(SENATOR, &a, "told", "vote against the plan");
    assert_eq!(source(SENATOR, c), "He");
    assert_eq!(c.source.entity.as_deref(), Some("Daniel Reyes"));
    let c = claim(SENATOR, &a, "argued", "fall hardest on rural schools");
    assert_eq!(c.source.entity.as_deref(), Some("Daniel Reyes"));
}

#[test]
fn nominal_mentions_link_to_the_named_party() {
    let a = analyze(MINISTRY);
    let c = claim(MINISTRY, &a, "added", "ready to cooperate");
    assert_eq!(source(MINISTRY, c), "The minister");
    assert_eq!(c.source.entity.as_deref(), Some("Sergey Lavrov"));
    let first = claim(MINISTRY, &a, "said", "had not flown over the area");
    assert_eq!(
        first.source.entity.as_deref(),
        Some("the Russian Ministry of Defense")
    );
    assert_eq!(first.source.source_type, SourceType::Government);
}

#[test]
fn every_kind_occurs() {
    let a = analyze(HARBOR);
    for kind in [
        ClaimKind::Direct,
        ClaimKind::Indirect,
        ClaimKind::Mixed,
        ClaimKind::AccordingTo,
    ] {
        assert!(a.claims.iter().any(|c| c.kind == kind), "{kind:?}");
    }
    let a = analyze("The claim by the senator that the vote was rigged has been widely rejected.\n\nReports that the plant would close were denied by the company.");
    assert!(!a.claims.is_empty());
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "",
        "   ",
        "\u{0}\u{1}\u{ffff}",
        "“",
        "\"\"\"",
        "said said said",
        "«»„“”‘’",
    ] {
        let a = analyze(text);
        for c in &a.claims {
            for s in c
                .content
                .spans
                .iter()
                .chain(&c.cue.spans)
                .chain(&c.source.spans)
            {
                assert!(s.end <= a.text_length);
            }
        }
    }
    let big = HARBOR.repeat(40);
    let a = analyze(&big);
    assert!(a.claims.len() >= 40 * 10);
}

#[test]
fn inverted_parenthetical_attribution_splits_its_content() {
    // `SUBJECT, said SOURCE[, APPOSITION], PREDICATE.`: the source after the
    // cue, the content in two pieces around it, no claim made of the subject.
    let text = "Vaccination rates, said Dr. Ana Ruiz, the county's health officer, \
                have fallen for three years.\n\n\
                The toll plan, said the mayor, would cut commute times by a third.\n\n\
                Institutional buyers, said Tom Brenner, are still wary of the new bonds.";
    let a = analyze(text);
    assert_eq!(a.claims.len(), 3, "{:#?}", listing(text, &a));
    let expected = [
        (
            "Dr. Ana Ruiz, the county's health officer",
            "Ana Ruiz",
            "Vaccination rates | have fallen for three years",
        ),
        (
            "the mayor",
            "the mayor",
            "The toll plan | would cut commute times by a third",
        ),
        (
            "Tom Brenner",
            "Tom Brenner",
            "Institutional buyers | are still wary of the new bonds",
        ),
    ];
    for (c, (src, entity, content)) in a.claims.iter().zip(expected) {
        assert_eq!(joined(text, &c.cue.spans), "said");
        assert_eq!(source(text, c), src);
        assert_eq!(c.source.entity.as_deref(), Some(entity));
        assert_eq!(joined(text, &c.content.spans), content);
    }
}

#[test]
fn a_dateline_is_neither_source_nor_content() {
    let text = "PORT ALDEN, Maine (Wire) — The mayor said on Tuesday that the pier would reopen in June.\n\n\
                GRANT CITY, Iowa (Wire) — The levee will hold through the weekend, the county engineer said on Friday.";
    let a = analyze(text);
    let mayor = claim(text, &a, "said", "that the pier would reopen in June");
    assert_eq!(source(text, mayor), "The mayor");
    let levee = claim(text, &a, "said", "The levee");
    assert_eq!(
        joined(text, &levee.content.spans),
        "The levee will hold through the weekend"
    );
    assert_eq!(source(text, levee), "the county engineer");
}

#[test]
fn an_opening_according_to_attributes_the_rest_of_its_sentence() {
    let text = "According to the county sheriff, four people were injured.\n\n\
                HARTWELL, Ore. (Wire) — According to state labor figures, the mill employed 900 people last year.";
    let a = analyze(text);
    let sheriff = claim(text, &a, "According to", "four people were injured");
    assert_eq!(sheriff.kind, ClaimKind::AccordingTo);
    assert_eq!(source(text, sheriff), "the county sheriff");
    let figures = claim(text, &a, "According to", "the mill employed 900 people");
    assert_eq!(source(text, figures), "state labor figures");
}

#[test]
fn claims_the_tagger_splits_are_joined() {
    // The wording of the council sample, where the tagger split both claims.
    let text = include_str!("../../../www/samples/council-jobs.txt");
    let a = analyze(text);
    let told = claim(text, &a, "told", "that the administration had");
    assert_eq!(source(text, told), "Pell");
    assert!(!a
        .claims
        .iter()
        .any(|c| joined(text, &c.cue.spans) == "supporters"));
    let figures = claim(
        text,
        &a,
        "According to",
        "the city had roughly 9,100 factory jobs",
    );
    assert_eq!(source(text, figures), "state labor figures");
    assert_eq!(figures.kind, ClaimKind::AccordingTo);
    // `provided no evidence for the claim that …`: no source before `the claim`.
    let noun = claim(text, &a, "the claim", "that the tax breaks had gone");
    assert!(noun.source.spans.is_empty(), "{}", source(text, noun));
}

/// The records' two claims in `text` (`… show that the bridge passed its
/// inspection …, confirming Brandt's account`) both have the whole subject.
fn assert_records_speak(text: &str, a: &Analysis) {
    let show = claim(text, a, "show", "that the bridge passed its inspection");
    let confirming = claim(text, a, "confirming", "Brandt's account");
    for c in [show, confirming] {
        assert!(source(text, c).starts_with("Inspection records released by the county"));
        assert_eq!(c.source.source_type, SourceType::Document);
    }
}

#[test]
fn a_participle_tail_shares_the_main_verb_s_subject() {
    let text = "Brandt said the bridge had passed its last inspection.\n\n\
                Inspection records released by the county on Wednesday show that the bridge passed \
                its inspection in May, confirming Brandt's account.";
    assert_records_speak(text, &analyze(text));
}

#[test]
fn the_bridge_sample_s_records_are_whole_sources() {
    // The wording of the bridge sample, where the tagger read `do` as the
    // source and gave `show` no source.
    let text = include_str!("../../../www/samples/bridge-collapse.txt");
    let a = analyze(text);
    assert_records_speak(text, &a);
    let mention = claim(text, &a, "do not mention", "a crack");
    assert_eq!(source(text, mention), "The records");
}

#[test]
fn a_passive_confirmation_has_its_subject_as_content() {
    let text = include_str!("../../../www/samples/storm-outage.txt");
    let a = analyze(text);
    let c = claim(text, &a, "was confirmed", "That figure");
    assert_eq!(joined(text, &c.content.spans), "That figure");
    assert!(source(text, c).contains("Public Utilities Commission"));
}

#[test]
fn a_speech_verb_freed_by_a_cut_content_is_its_own_claim() {
    // `According to state records, …, though officials said …`: the records'
    // content stops at `though`, and the officials' words are their claim.
    let a = analyze(WATER);
    let records = claim(WATER, &a, "According to", "Ellsworth's water rates");
    assert!(!joined(WATER, &records.content.spans).contains("officials"));
    let officials = claim(WATER, &a, "said", "the comparison did not account");
    assert_eq!(source(WATER, officials), "officials");
}

#[test]
fn no_claim_is_a_bare_cue() {
    // The tagger left `was posted` (in `… found the study was posted on March
    // 14`) as a cue of its own.
    let a = analyze(WATER);
    assert!(
        a.claims
            .iter()
            .all(|c| !c.source.spans.is_empty() || !c.content.spans.is_empty()),
        "{:#?}",
        listing(WATER, &a)
    );
}

#[test]
fn a_content_does_not_end_on_a_dangling_word() {
    // The tagger stopped this content at `its`.
    let a = analyze(WATER);
    let c = claim(WATER, &a, "saying", "the study had been posted");
    assert_eq!(
        joined(WATER, &c.content.spans),
        "the study had been posted on its website in March"
    );
}

#[test]
fn a_finding_s_subject_and_verb_stay_together() {
    // The tagger took `the study` as the content and `was posted` as a cue.
    let a = analyze(WATER);
    let c = claim(WATER, &a, "found", "the study");
    assert_eq!(
        joined(WATER, &c.content.spans),
        "the study was posted on March 14"
    );
    assert_eq!(c.source.source_type, SourceType::Media);
}

const CLINIC: &str = include_str!("fixtures/attribution/clinic.txt");

#[test]
fn the_clinic_article_s_attributions() {
    let a = analyze(CLINIC);
    // `…, hospital officials announced Monday, a decision that …`: the
    // fronted clause is the content; the aside after the time is not.
    let announced = claim(CLINIC, &a, "announced", "The only maternity ward");
    assert_eq!(
        joined(CLINIC, &announced.content.spans),
        "The only maternity ward in Halder County will close next month"
    );
    // Whoever asked not to be named is anonymous, whatever their job.
    let nurse = claim(
        CLINIC,
        &a,
        "told",
        "the ward had been turning away patients",
    );
    assert_eq!(nurse.source.source_type, SourceType::Anonymous);
    // `though Osei called that rumor "completely false"`: the rumor is the
    // residents' belief in the same sentence, not the lawmaker's words before.
    let pierce = claim(CLINIC, &a, "said", "he had asked the health department");
    assert_eq!(pierce.state, claimlens_engine::VerificationState::Reported);
}

/// Written for this test: a quote interrupted by its attribution runs on into
/// the next paragraph, and another party's claim follows it.
const BLANK_CHECK: &str = "WASHINGTON (Wire) — \"We are not going to write a blank check,\" Sen. Maria Castellanos told reporters after the vote. \"Not this year, and not for this administration.\n\n\"If they want the money, they can come and explain how it will be spent.\"\n\nThe bill's sponsor, Sen. Roy Whitaker of Arizona, dismissed the criticism.\n";

#[test]
fn a_quote_running_into_the_next_paragraph_stays_with_its_speaker() {
    let a = analyze(BLANK_CHECK);
    let c = claim(BLANK_CHECK, &a, "told", "blank check");
    let content = joined(BLANK_CHECK, &c.content.spans);
    assert!(content.contains("If they want the money"), "{content}");
    let d = claim(BLANK_CHECK, &a, "dismissed", "criticism");
    assert_eq!(joined(BLANK_CHECK, &d.content.spans), "the criticism");
}

#[test]
fn records_that_show_a_clause_whose_verb_the_tagger_left_out() {
    let a = analyze(FERRY);
    let c = claim(FERRY, &a, "show", "the ferry");
    assert_eq!(
        joined(FERRY, &c.content.spans),
        "the ferry failed two of its last three inspections"
    );
    assert_eq!(source(FERRY, c), "Inspection records reviewed by Wire");
    // A capitalised word that modifies a common noun is no name.
    assert_ne!(c.source.entity.as_deref(), Some("Inspection"));
}

#[test]
fn a_cue_after_but_shares_the_sentence_subject() {
    let a = analyze(FERRY);
    let c = claim(FERRY, &a, "cautioned", "under investigation");
    assert_eq!(source(FERRY, c), "She");
    assert_eq!(c.source.entity.as_deref(), Some("Lidia Moreno"));
}

#[test]
fn a_label_the_writer_puts_on_a_claim_is_not_its_content() {
    let a = analyze(FERRY);
    let c = claim(FERRY, &a, "claimed", "storm warning");
    assert_eq!(
        joined(FERRY, &c.content.spans),
        "the captain had ignored a storm warning"
    );
}

#[test]
fn ferry_lines_are_companies_and_the_coast_guard_is_government() {
    let a = analyze(FERRY);
    let c = claim(FERRY, &a, "said in a statement", "safety inspection");
    assert_eq!(c.source.source_type, SourceType::Organization);
    let c = claim(FERRY, &a, "said", "At least 14 people");
    assert_eq!(c.source.source_type, SourceType::Government);
}

/// Pronouns skip what only looks like a name: a contraction opening a quote
/// (`We’ve`), a word opening a sentence (`Though`), a lone plural (`her fellow
/// Republicans`); a name after an opening phrase still opens its sentence
/// (`In a statement issued Tuesday, state auditor Grace Lindqvist`). A speech
/// verb in a headline ends a name (`Mayor Ortiz | Calls Audit …`).
#[test]
fn pronouns_skip_words_that_only_look_like_names() {
    const AUDIT: &str = include_str!("fixtures/attribution/audit.txt");
    let a = analyze(AUDIT);
    let c = claim(AUDIT, &a, "said", "vote on the contract");
    assert_eq!(c.source.entity.as_deref(), Some("Paul Haines"));
    let c = claim(AUDIT, &a, "called", "troubling");
    assert_eq!(c.source.entity.as_deref(), Some("Grace Lindqvist"));
    let c = claim(AUDIT, &a, "said", "no safety risk");
    assert_eq!(c.source.entity.as_deref(), Some("Grace Lindqvist"));
    let headline = claim(AUDIT, &a, "Calls", "Distraction");
    let entity = headline.source.entity.as_deref().unwrap_or("");
    assert!(entity.ends_with("Ortiz"), "{entity}");
}

/// `according to fire officials, who said …`: the relative pronoun stands for
/// the source right before it, named or not.
#[test]
fn a_relative_pronoun_takes_the_source_before_its_comma() {
    let text = "COLRAIN, Mass. (Wire) — A fallen tree may have caused the fire that destroyed a \
                barn on Tuesday, according to fire officials, who said the cause had not been \
                confirmed.";
    let a = analyze(text);
    let c = claim(text, &a, "said", "had not been confirmed");
    assert_eq!(source(text, c), "who");
    assert_eq!(c.source.entity.as_deref(), Some("fire officials"));
}

/// Titles come off a name even after a place or office before them
/// (`Colrain Fire Chief`, `White House Press Secretary`).
#[test]
fn titles_after_modifiers_come_off_the_name() {
    let text = "“Both animals got out,” Colrain Fire Chief Ellen Tobin said on Wednesday. White \
                House Press Secretary Dana Perrin said the president would visit the town.";
    let a = analyze(text);
    let c = claim(text, &a, "said", "Both animals");
    assert_eq!(c.source.entity.as_deref(), Some("Ellen Tobin"));
    let c = claim(text, &a, "said", "visit the town");
    assert_eq!(c.source.entity.as_deref(), Some("Dana Perrin"));
}

#[test]
fn told_reporters_without_that_reports_the_clause_after_the_addressee() {
    // Written for this test: `told` + addressee + a clause with no `that`.
    let text = "HARLAN, Ky. (Wire) — The mayor told reporters the bridge would reopen on Friday. Lena Voss told the committee the county would post weekly updates on its website. The driver told police he had fallen asleep. The county had warned that the road could flood.\n";
    let a = analyze(text);
    let c = claim(text, &a, "told", "the bridge would reopen on Friday");
    assert_eq!(source(text, c), "The mayor");
    let c = claim(
        text,
        &a,
        "told",
        "the county would post weekly updates on its website",
    );
    assert_eq!(source(text, c), "Lena Voss");
    let c = claim(text, &a, "told", "he had fallen asleep");
    assert_eq!(joined(text, &c.content.spans), "he had fallen asleep");
    // A `that` is no addressee.
    let c = claim(text, &a, "had warned", "the road could flood");
    assert_eq!(joined(text, &c.content.spans), "that the road could flood");
    // The clause's own verb is no claim of its own.
    assert!(
        a.claims.iter().all(|c| c.source.spans.len() == 1),
        "{:#?}",
        listing(text, &a)
    );
}

#[test]
fn quoted_as_saying_names_its_subject_and_no_comment_is_no_claim() {
    // Written for this test.
    let text = "DUNMORE, Pa. (Wire) — The mayor was quoted as saying the city could not afford the stadium.\n\nNeither the team nor its owners responded to requests for comment.\n";
    let a = analyze(text);
    let c = claim(
        text,
        &a,
        "was quoted as saying",
        "the city could not afford",
    );
    assert_eq!(source(text, c), "The mayor");
    assert_eq!(a.claims.len(), 1, "{:#?}", listing(text, &a));
    // After an auxiliary and a negation, or with the time after `comment`,
    // or as messages seeking comment: still no claim.
    for text in [
        "The company did not respond to a request for comment.\n",
        "The company did not immediately respond to requests for comment on Friday.\n",
        "A lawyer for Mr. Park did not return messages seeking comment.\n",
    ] {
        let a = analyze(text);
        assert!(a.claims.is_empty(), "{:#?}", listing(text, &a));
    }
}

#[test]
fn a_framed_addressee_and_a_singular_source_noun_stay_out_of_the_cue() {
    // Written for this test: the addressee with the occasion before `that`,
    // and a singular head noun the tagger put in the cue.
    let text = "The company's chief executive, Tom Reyes, told investors on a conference call that sales had doubled.\n\nThe police chief said officers had acted appropriately.\n";
    let a = analyze(text);
    let c = claim(text, &a, "told", "sales had doubled");
    assert_eq!(joined(text, &c.content.spans), "that sales had doubled");
    let c = claim(text, &a, "said", "officers had acted");
    assert_eq!(source(text, c), "The police chief");
    // After other paragraphs the tagger reads the same sentence otherwise
    // (the addressee between cue and content): the same content.
    let text = "The agency, which regulates the airline industry, said the rules would take effect in March.\n\nLopez said she had lived in the house for 30 years.\n\nThe company's chief executive, Tom Reyes, told investors on a conference call that sales had doubled.\n";
    let a = analyze(text);
    let c = claim(text, &a, "told", "sales had doubled");
    assert_eq!(joined(text, &c.content.spans), "that sales had doubled");
}

#[test]
fn as_someone_put_it_names_the_quotes_speaker() {
    // Written for this test: the tagger hands the quotation to the next
    // paragraph's speaker, whose own content it then loses.
    let text = "As one fisherman put it, \"The sea took everything.\"\n\nThe mayor wrote in a blog post that the cleanup would take months.\n\n\"We will rebuild,\" as the harbor master put it.\n";
    let a = analyze(text);
    let c = claim(text, &a, "put it", "The sea took everything");
    assert_eq!(source(text, c), "one fisherman");
    let c = claim(text, &a, "wrote", "the cleanup would take months");
    assert_eq!(source(text, c), "The mayor");
    let c = claim(text, &a, "put it", "We will rebuild");
    assert_eq!(source(text, c), "the harbor master");
    assert_eq!(a.claims.len(), 3, "{:#?}", listing(text, &a));
}

#[test]
fn she_stands_for_an_official_named_only_by_role() {
    // Written for this test: no person's name anywhere.
    let text = "In a tweet, the governor said the pier would be rebuilt.\n\nAsked whether the state would pay, she said: \"Every dollar that is needed.\"\n";
    let a = analyze(text);
    let she = common::with_source(text, &a, "she");
    assert_eq!(she.source.entity.as_deref(), Some("the governor"));
}

#[test]
fn a_role_left_at_the_end_of_the_content_opens_the_closing_source() {
    let text = include_str!("../../../www/samples/storm-outage.txt");
    let a = analyze(text);
    let c = claim(text, &a, "told", "weakened a seawall");
    assert_eq!(
        joined(text, &c.content.spans),
        "The storm appears to have weakened a seawall in the harbor district"
    );
    assert_eq!(source(text, c), "the city engineer, Miriam Sollis");
}

#[test]
fn a_determiner_left_at_the_end_of_the_content_is_the_sources() {
    // Written for this test; in this passage the tagger ends the last
    // content on `her` and starts the source at `mother`.
    let text = "The suspect was allegedly carrying a knife.\n\nIt is unclear whether the mayor knew about the payments.\n\nIf the figures are confirmed, it would be the worst quarter since 2009.\n\nNearly half of the votes have been counted.\n\nShe could swim before she could walk, her mother said.\n";
    let a = analyze(text);
    let c = claim(text, &a, "said", "could swim");
    assert_eq!(source(text, c), "her mother");
    assert_eq!(
        joined(text, &c.content.spans),
        "She could swim before she could walk"
    );
}

#[test]
fn an_aside_before_the_that_clause_is_not_a_cue() {
    // Written for this test: the tagger read `as expected` as a sourceless
    // cue holding the content, and left `said` without one.
    let text = "Mayor Joan Whitby said on Monday, as expected, that the Canal Street bridge would reopen in May.\n";
    let a = analyze(text);
    let c = claim(text, &a, "said", "the Canal Street bridge");
    assert_eq!(source(text, c), "Mayor Joan Whitby");
    assert_eq!(a.claims.len(), 1, "{:#?}", listing(text, &a));
}

#[test]
fn a_closing_attribution_by_a_common_noun_takes_the_whole_clause() {
    // Written for this test: the tagger began the content at `to charges`.
    let text = "PHOENIX (Wire) — A former county election official pleaded not guilty Tuesday to charges that she tampered with voting equipment, her lawyer said.\n";
    let a = analyze(text);
    let c = claim(text, &a, "said", "to charges that she tampered");
    assert_eq!(source(text, c), "her lawyer");
    assert_eq!(
        joined(text, &c.content.spans),
        "A former county election official pleaded not guilty Tuesday to charges that she tampered with voting equipment"
    );
}

#[test]
fn anonymity_and_the_topic_of_a_quotation_are_no_content() {
    // Written for this test.
    let text = "Officials at the Pentagon, who spoke on condition of anonymity because they were not authorized to discuss the matter, said the strike killed two commanders.\n\n\"I think it was a mistake,\" Smith said of the decision.\n";
    let a = analyze(text);
    assert!(
        !a.claims
            .iter()
            .any(|c| joined(text, &c.content.spans).contains("anonymity")),
        "{:#?}",
        listing(text, &a)
    );
    let c = claim(text, &a, "said", "the strike killed");
    assert_eq!(source(text, c), "Officials at the Pentagon");
    let smith = claim(text, &a, "said", "I think it was a mistake");
    assert_eq!(
        joined(text, &smith.content.spans),
        "\"I think it was a mistake,\""
    );
}

#[test]
fn a_shared_subject_stops_at_the_first_verb_and_a_speakers_relative_clause_is_no_content() {
    // Written for this test.
    let text = "The company blamed weak demand from data centers and said it expected sales of about $3.1 billion.\n\n\"We've heard this before,\" said Mark Ellison, an analyst at Northgate Securities, who cut his rating on the stock to \"sell.\"\n";
    let a = analyze(text);
    let c = claim(text, &a, "said", "it expected sales");
    assert_eq!(source(text, c), "The company");
    let ellison = claim(text, &a, "said", "We've heard this before");
    assert_eq!(
        joined(text, &ellison.content.spans),
        "\"We've heard this before,\""
    );
}

#[test]
fn a_closing_attribution_followed_by_a_time_clause_reports_the_clause_before_it() {
    // Written for this test: the tagger took the time clause after `said
    // Saturday` as what was said.
    let text = "FLINT RIVER, Mich. (Wire) — Residents can drink tap water again, Mayor Tom Addison said Saturday, two days after a boil-water notice was issued when tests found E. coli in a city well.\n";
    let a = analyze(text);
    let c = claim(text, &a, "said", "Residents can drink");
    assert_eq!(source(text, c), "Mayor Tom Addison");
    assert_eq!(
        joined(text, &c.content.spans),
        "Residents can drink tap water again"
    );
}

#[test]
fn a_relative_clause_on_the_source_keeps_its_noun() {
    // Written for this test: the tagger gave two source pieces, and only the
    // nearer one, the relative clause, had been kept.
    let text =
        "\"It's a disaster,\" one resident, who declined to give her name, said of the flooding.\n";
    let a = analyze(text);
    let c = claim(text, &a, "said", "It's a disaster");
    assert_eq!(
        source(text, c),
        "one resident, who declined to give her name,"
    );
}
