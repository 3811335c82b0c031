//! Suggested positions: who takes which side on what, read from the article's own words.

use claimlens::core::model::{Document, Kind, Stance, Status};

/// Each suggested position: (holder's name, stance, topic).
fn positions(text: &str) -> Vec<(String, Stance, String)> {
    let doc = Document::analyze(text);
    doc.annotations
        .iter()
        .filter(|a| a.kind == Kind::Position)
        .map(|a| {
            assert_eq!(a.status, Status::Suggested, "a position the engine finds is a suggestion");
            let holder = a.speaker.as_deref().and_then(|s| doc.speaker(s)).map_or(String::new(), |s| s.name.clone());
            (holder, a.stance.expect("a suggested position has a stance"), a.topic.clone().unwrap_or_default())
        })
        .collect()
}

#[test]
fn the_sample_articles_sides_are_suggested() {
    let doc = Document::analyze(include_str!("../data/guardian-hegseth-2025-02-13.txt"));
    let got: Vec<(String, Option<Stance>, Option<String>, &str)> = doc
        .annotations
        .iter()
        .filter(|a| a.kind == Kind::Position)
        .map(|a| (a.speaker.as_deref().and_then(|s| doc.speaker(s)).map_or(String::new(), |s| s.name.clone()), a.stance, a.topic.clone(), doc.quote_of(a)))
        .collect();
    // The issue's own example, and "He" read as the US president of the sentence before.
    assert_eq!(got[0], ("Pete Hegseth".into(), Some(Stance::Against), Some("Nato membership for Ukraine".into()), "Hegseth ruled out Nato membership for Ukraine"));
    assert_eq!(got[1].0, "Donald Trump");
    assert_eq!(got[1].1, Some(Stance::For));
    assert_eq!(got[1].2.as_deref(), Some("Russia’s return to the G7 group of industrialised nations"));
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn negation_turns_or_drops_a_side_and_passives_take_none() {
    let got = positions(
        "Votes\n\nSenator Maria Lopez did not support the tax bill. Governor Tom Reyes did not oppose the plan. \
         The measure was rejected by John Smith. Critics of Lopez have slammed the budget.",
    );
    assert_eq!(got, [("Maria Lopez".to_string(), Stance::Against, "the tax bill".to_string())]);
    // Either apostrophe.
    let got = positions("Votes\n\nSenator Maria Lopez didn’t support the tax bill. Senator Tom Reyes hasn’t opposed the wall.");
    assert_eq!(got, [("Maria Lopez".to_string(), Stance::Against, "the tax bill".to_string())]);
}

#[test]
fn a_topic_stops_where_the_clause_turns() {
    let got = positions(
        "Campaign\n\nJane Doe criticized Manafort for accusing the campaign of lying. Bob Roe supported the deal because it was cheap. \
         Ann Poe defended herself on Saturday. Tim Low pushed for years to pass it. Muslim advocates hailed the nomination. \
         Kay Dunn called for the ban in December. Lee Hart opposed a bill early.",
    );
    assert_eq!(
        got,
        [
            ("Jane Doe".to_string(), Stance::Against, "Manafort".to_string()),
            ("Bob Roe".to_string(), Stance::For, "the deal".to_string()),
            ("Kay Dunn".to_string(), Stance::For, "the ban".to_string()),
            ("Lee Hart".to_string(), Stance::Against, "a bill".to_string())
        ]
    );
}

#[test]
fn a_person_as_the_topic_goes_by_their_full_name() {
    let got = positions(
        "Endorsements\n\nDonald Trump spoke in Ohio. Senator Marco Rubio endorsed Mr. Trump on Monday. Carly Fiorina criticized Trump.",
    );
    assert_eq!(
        got,
        [
            ("Marco Rubio".to_string(), Stance::For, "Donald Trump".to_string()),
            ("Carly Fiorina".to_string(), Stance::Against, "Donald Trump".to_string())
        ]
    );
}

#[test]
fn reading_positions_adds_no_one_to_the_speakers() {
    // "Whigs" and "the Indiana governor" are read while looking for holders; neither may
    // become a speaker or another name for one just because a position was looked for.
    let doc = Document::analyze(
        "Parties\n\nJohn Kasich spoke in Ohio. The Whigs opposed the tariff. The Indiana governor endorsed Cruz.",
    );
    let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("Whigs")), "{names:?}");
    let kasich = doc.speakers.iter().find(|s| s.name == "John Kasich").map(|s| s.aliases.clone()).unwrap_or_default();
    assert!(!kasich.iter().any(|a| a.to_lowercase().contains("indiana")), "{kasich:?}");
}

#[test]
fn a_side_taken_with_be() {
    let got = positions(
        "Interrogation\n\nDonald Trump spoke. He said he is in favor of bringing back waterboarding. \
         Senator Ann Lee is opposed to the wall. Governor Bo Tran was against the bill.",
    );
    assert_eq!(
        got,
        [
            ("Donald Trump".to_string(), Stance::For, "bringing back waterboarding".to_string()),
            ("Ann Lee".to_string(), Stance::Against, "the wall".to_string()),
            ("Bo Tran".to_string(), Stance::Against, "the bill".to_string())
        ]
    );
}

#[test]
fn exports_say_a_suggested_position_is_one() {
    use claimlens::core::export::{self, Format};
    let doc = Document::analyze(include_str!("../data/guardian-hegseth-2025-02-13.txt"));
    let md = String::from_utf8(export::export(&doc, Format::Markdown)).expect("utf8");
    assert!(md.contains("| Pete Hegseth | Nato membership for Ukraine | against (suggested) | Hegseth ruled out Nato membership for Ukraine |"), "{md}");
    let html = String::from_utf8(export::export(&doc, Format::Html)).expect("utf8");
    assert!(html.contains("▼ against</a> <small>(suggested)</small>"), "the single-file view's grid says so too");
}

#[test]
fn a_side_taken_in_the_first_person_is_the_quotations_speakers() {
    let got = positions(
        "Statehood\n\nMayor Ana Diaz spoke on Monday.\n\n“I support D.C. statehood,” Diaz said. “I went back to civilian life. \
         We will do everything we can to support our first responders.”\n\n“They oppose the plan,” said Tom Kerr.",
    );
    // Not "went back to" (no side), not "all we can to support" (a purpose), not "they"
    // (someone else's side, in the speaker's words).
    assert_eq!(got, [("Ana Diaz".to_string(), Stance::For, "D.C. statehood".to_string())]);
    // Its evidence is the quotation it was said in.
    let doc = Document::analyze("Statehood\n\nMayor Ana Diaz spoke on Monday.\n\n“I support D.C. statehood,” Diaz said.");
    let position = doc.annotations.iter().find(|a| a.kind == Kind::Position).expect("a position");
    let quote = doc.annotations.iter().find(|a| a.kind == Kind::Quote).expect("a quotation");
    assert_eq!(position.links, [quote.id.clone()]);
    // "I am", "I’m", "we’re" with the side: the speaker's too, in a transcript's turn as well.
    let got = positions(
        "Stadium\n\nMayor Ana Diaz spoke on Monday.\n\n“I am against the stadium,” Diaz said. “I’m opposed to the new tax,” she added. \
         “I'm going to support the mayor,” said Tom Kerr.\n\nAna Diaz: (00:41)\n\nWe’re against the toll.\n\nTom Kerr: (01:02)\n\nI am in favor of the toll.",
    );
    assert_eq!(
        got,
        [
            ("Ana Diaz".to_string(), Stance::Against, "the stadium".to_string()),
            ("Ana Diaz".to_string(), Stance::Against, "the new tax".to_string()),
            ("Tom Kerr".to_string(), Stance::For, "the mayor".to_string()),
            ("Ana Diaz".to_string(), Stance::Against, "the toll".to_string()),
            ("Tom Kerr".to_string(), Stance::For, "the toll".to_string()),
        ]
    );
}

#[test]
fn where_a_side_was_taken_is_not_its_topic() {
    let got = positions(
        "Budget\n\nGovernor Ana Lopez defended the school budget in a radio interview on Monday. \
         Senator Tom Reyes endorsed Maria Diaz at a rally in Iowa. Mayor Kim Ode backed a ban on rallies in parks.",
    );
    let topics: Vec<&str> = got.iter().map(|p| p.2.as_str()).collect();
    assert_eq!(topics, vec!["the school budget", "Maria Diaz", "a ban on rallies in parks"], "{got:?}");
}

#[test]
fn either_or_neither_is_no_topic() {
    let got = positions("Vote\n\nSenator Ann Lee will support either candidate in the race. Governor Tom Reyes backs neither of them.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_day_or_what_followed_is_not_part_of_the_topic() {
    let got = positions(
        "Mayor\n\nMayor Sadiq Khan rejected the offer Tuesday. Senator Kelli Ward called for the impeachment of the judge following news reports. \
         Prime Minister David Cameron criticised the plan in parliament over the summer.",
    );
    let topics: Vec<&str> = got.iter().map(|p| p.2.as_str()).collect();
    assert_eq!(topics, vec!["the offer", "the impeachment of the judge", "the plan"], "{got:?}");
}

#[test]
fn for_after_a_name_gives_a_reason_not_more_topic() {
    let got = positions(
        "Snacks\n\nSenator Ann Lee criticized Nabisco for the move. Governor Tom Reyes endorsed Maria Diaz for president. \
         Mayor Kim Ode backed Medicare for all plans. Judge Al Roe supports funding for schools.",
    );
    let topics: Vec<&str> = got.iter().map(|p| p.2.as_str()).collect();
    assert_eq!(topics, vec!["Nabisco", "Maria Diaz", "Medicare for all plans", "funding for schools"], "{got:?}");
}

#[test]
fn a_description_names_someone_named_before_it() {
    let got = positions(
        "Bathrooms\n\nLast week, South Dakota's Republican governor vetoed a bill that would have restricted bathrooms.\n\n\
         The bill's sponsors and Democratic Gov. Jay Nixon tweeted their approval of the film. The governor backed the film.",
    );
    let holders: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(holders, vec!["Jay Nixon"], "{got:?}");
}
