//! How far a source reaches (PolNeAR's conventions): appositions and relative
//! clauses after an inverted cue, noun-phrase openers and one prepositional
//! link before the cue, and inverted speakers the tagger took for content.

use claimlens_engine::{analyze, Claim};

mod common;
use common::at;

use common::with_cue as claim_with_cue;

fn sources(text: &str, c: &Claim) -> Vec<String> {
    c.source.spans.iter().map(|s| at(text, *s)).collect()
}

const HARBOR: &str = "The port authority approved the new terminal on Tuesday. \"It will take years to pay off,\" said Maria Lindqvist, a transport economist at the University of Gothenburg, who has studied three similar projects.\n\nEnvironmental groups say the dredging will harm the estuary. Voting rights advocates have expressed concern about the new polling places, and advisers to Mr. Keller say the mayor has grown frustrated with the delays.\n";

#[test]
fn an_inverted_source_keeps_its_apposition_and_relative_clause() {
    let a = analyze(HARBOR);
    let c = claim_with_cue(HARBOR, &a, "said");
    assert_eq!(
        sources(HARBOR, c),
        ["Maria Lindqvist, a transport economist at the University of Gothenburg, who has studied three similar projects"]
    );
}

#[test]
fn a_source_before_its_cue_keeps_its_modifiers_and_link() {
    let a = analyze(HARBOR);
    let src: Vec<Vec<String>> = a.claims.iter().map(|c| sources(HARBOR, c)).collect();
    assert!(
        src.iter().any(|s| s == &["Voting rights advocates"]),
        "{src:?}"
    );
    assert!(
        src.iter().any(|s| s == &["advisers to Mr. Keller"]),
        "{src:?}"
    );
}

const BUDGET: &str = "City officials defended the budget on Monday. Independent analyses agree the new tax would fall mostly on renters, and a 2019 study by the Urban Institute found that similar levies had raised rents.\n\n\"The numbers do not add up,\" said Councilwoman Dana Ruiz, who chairs the finance committee.\n";

#[test]
fn a_study_by_an_institute_is_the_whole_source() {
    let a = analyze(BUDGET);
    let c = claim_with_cue(BUDGET, &a, "found");
    assert_eq!(sources(BUDGET, c), ["a 2019 study by the Urban Institute"]);
    let c = claim_with_cue(BUDGET, &a, "agree");
    assert_eq!(sources(BUDGET, c), ["Independent analyses"]);
}

#[test]
fn widened_sources_never_cross_a_cue_or_content() {
    for text in [HARBOR, BUDGET] {
        let a = analyze(text);
        for c in &a.claims {
            for s in &c.source.spans {
                for d in &a.claims {
                    for q in d.cue.spans.iter().chain(&d.content.spans) {
                        assert!(!s.overlaps(q), "{} / {}", at(text, *s), at(text, *q));
                    }
                }
            }
        }
    }
}

#[test]
fn a_citation_is_not_part_of_the_source() {
    let text = "Medieval verse was rarely read in silence. Spang (1983) argued that the poems were written for performance, and Coase (1937) said that costs shape every institution.\n";
    let a = analyze(text);
    let c = claim_with_cue(text, &a, "argued");
    assert_eq!(sources(text, c), ["Spang"]);
    let c = claim_with_cue(text, &a, "said");
    assert_eq!(sources(text, c), ["Coase"]);
}

#[test]
fn a_role_before_a_named_apposition_is_part_of_the_source() {
    let text = "The county will not reopen the shelter this winter. The mayor's chief of staff, Alan Brooks, said the building failed two inspections. The museum, Ms. Reyes said, will stay open.\n";
    let a = analyze(text);
    let src: Vec<String> = a
        .claims
        .iter()
        .flat_map(|c| sources(text, c))
        .map(|s| s.trim_end_matches(',').to_string())
        .collect();
    assert!(
        src.iter()
            .any(|s| s == "The mayor's chief of staff, Alan Brooks"),
        "{src:?}"
    );
    // A fronted topic is not the speaker's description.
    assert!(src.iter().any(|s| s == "Ms. Reyes"), "{src:?}");
}

#[test]
fn a_source_does_not_run_on_into_a_weekday_or_a_speech_verb() {
    let text = "The ferry schedule will change in March. The Times on Saturday wrote that two routes would close.\n";
    let a = analyze(text);
    let c = claim_with_cue(text, &a, "wrote");
    assert_eq!(sources(text, c), ["The Times"]);
}

#[test]
fn a_full_name_before_a_role_apposition_opens_the_source() {
    let text = "The ferry talks stalled on Friday. Jeff Rathke, the port's spokesman, said, \"We urge both sides to return to the table.\"\n";
    let a = analyze(text);
    let c = claim_with_cue(text, &a, "said");
    assert_eq!(sources(text, c), ["Jeff Rathke, the port's spokesman,"]);
}

#[test]
fn an_apposition_between_source_and_cue_is_no_content() {
    let text = "The water board meets on Friday. According to the Courier, Professor Mara Ilves, the head of the city's water board of nine, said the old pipes have never been fully replaced.\n";
    let a = analyze(text);
    let c = claim_with_cue(text, &a, "said");
    assert_eq!(
        sources(text, c),
        ["Professor Mara Ilves, the head of the city's water board of nine,"]
    );
    let content: Vec<String> = c.content.spans.iter().map(|s| at(text, *s)).collect();
    assert_eq!(content, ["the old pipes have never been fully replaced"]);
}

const LEVY: &str = "The county board voted 5-2 on Thursday to raise the water levy by 8 percent. Local farming groups are concerned that the new levy will hurt small growers.\n";

const PUMPS: &str = "The first pumps will be replaced in June, the county engineer, Miriam Sollis, told reporters.\n";

#[test]
fn an_ing_modifier_stays_inside_the_source() {
    let a = analyze(LEVY);
    let c = claim_with_cue(LEVY, &a, "are concerned");
    assert_eq!(sources(LEVY, c), ["Local farming groups"]);
}

#[test]
fn a_name_after_a_comma_keeps_the_role_phrase_before_it() {
    let a = analyze(PUMPS);
    let c = claim_with_cue(PUMPS, &a, "told");
    // The comma after an apposition stays with the source, as PolNeAR has it.
    assert_eq!(sources(PUMPS, c), ["the county engineer, Miriam Sollis,"]);
}

const INQUIRY: &str = "The bridge will reopen to traffic next month, the transport ministry said on Friday. The engineers that inspected the span in March have concluded that its cables are sound. Tests of the steel samples from both towers suggest that the corrosion stopped years ago, and the lawyers who represent the contractor have stated that the firm will pay for the repairs.\n\nOther sites such as Harbourwatch.org have stated that they will keep publishing the inspection photos.\n";

#[test]
fn a_subject_with_a_relative_clause_or_linked_phrases_is_the_whole_source() {
    let a = analyze(INQUIRY);
    for (cue, source) in [
        (
            "have concluded",
            "The engineers that inspected the span in March",
        ),
        ("suggest", "Tests of the steel samples from both towers"),
    ] {
        let c = claim_with_cue(INQUIRY, &a, cue);
        assert_eq!(sources(INQUIRY, c), [source], "{cue}");
    }
    let stated: Vec<Vec<String>> = a
        .claims
        .iter()
        .filter(|c| c.cue.spans.iter().any(|s| at(INQUIRY, *s) == "have stated"))
        .map(|c| sources(INQUIRY, c))
        .collect();
    assert!(
        stated.contains(&vec!["the lawyers who represent the contractor".to_string()]),
        "{stated:?}"
    );
}

#[test]
fn a_web_address_is_one_source() {
    let a = analyze(INQUIRY);
    let src: Vec<Vec<String>> = a.claims.iter().map(|c| sources(INQUIRY, c)).collect();
    assert!(
        src.iter()
            .any(|s| s.len() == 1 && s[0].ends_with("Harbourwatch.org")),
        "{src:?}"
    );
}
