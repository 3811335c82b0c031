//! Speaker attribution patterns, one small article each (written for these tests).

use claimlens::core::model::{Document, Kind};

/// Each quotation's words and the words naming its speaker.
fn attributed(text: &str) -> Vec<(String, Option<String>)> {
    let doc = Document::analyze(text);
    doc.annotations
        .iter()
        .filter(|a| a.kind == Kind::Quote)
        .map(|a| (doc.quote_of(a).to_string(), a.speaker_mention.and_then(|m| m.slice(doc.text())).map(str::to_string)))
        .collect()
}

/// Each quotation's speaker, by name.
fn quote_speakers(doc: &Document) -> Vec<Option<&str>> {
    doc.annotations
        .iter()
        .filter(|a| a.kind == Kind::Quote)
        .map(|a| a.speaker.as_deref().and_then(|s| doc.speaker(s)).map(|s| s.name.as_str()))
        .collect()
}

/// The aliases of the speaker called `name` (none if there is no such speaker).
fn aliases(doc: &Document, name: &str) -> Vec<String> {
    doc.speakers.iter().find(|s| s.name == name).map(|s| s.aliases.clone()).unwrap_or_default()
}

#[test]
fn a_lower_case_description_before_the_name() {
    let got = attributed(
        "Budget row deepens\n\n“Almost everybody was opposed to the thing,” said former Sen. Evan Bayh, a moderate Democrat.\n\n\
         “Elections are a choice,” political scientist Christopher Wlezien told reporters on Monday.",
    );
    assert_eq!(got.len(), 2);
    assert!(got[0].1.as_deref().is_some_and(|m| m.contains("Evan Bayh")), "{got:?}");
    assert!(got[1].1.as_deref().is_some_and(|m| m.contains("Christopher Wlezien")), "{got:?}");
}

#[test]
fn mixed_marks_and_a_second_quotation_after_the_cue() {
    let got = attributed(
        "Clinton in Iowa\n\nHillary Clinton spoke to mayors on Friday.\n\n\
         “Our roads and bridges are crumbling,\" she said. \"Families endure blackouts because the grid fails.”",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("she"));
    // The second part has no cue of its own: it is the same speaker's.
    assert_eq!(got[1].1.as_deref(), Some("she"));
}

#[test]
fn a_participle_after_the_quotation_reports_the_sentence_subject() {
    let got = attributed(
        "Rally night\n\nSpeaking in Florida, Trump insisted that he has “expanded the Republican party,” claiming that he is responsible for the turnout.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.as_deref(), Some("Trump"), "{got:?}");
}

#[test]
fn names_of_shows_and_groups_are_not_quotations() {
    let got = attributed(
        "Sunday shows\n\n“I expect to be vetted, like everyone else,” Carson said on “Meet the Press.” He joined the “Gang of Eight” debate later.",
    );
    assert_eq!(got.iter().map(|(q, _)| q.as_str()).collect::<Vec<_>>(), ["I expect to be vetted, like everyone else,"]);
}

#[test]
fn she_finds_the_last_woman_named_and_he_skips_women() {
    let doc = Document::analyze(
        "Debate night\n\nHillary Clinton shook hands with Donald Trump before the debate.\n\n\
         “We will win this,” she said.\n\nSarah Huckabee answered questions later. “It went well,” he said.",
    );
    let speakers = quote_speakers(&doc);
    assert_eq!(speakers, [Some("Hillary Clinton"), Some("Donald Trump")]);
}

#[test]
fn with_no_cue_the_sentence_subject_is_the_guess() {
    let got = attributed(
        "Safety net\n\nAfter the Great Recession, Paul Ryan worried that the safety net was becoming “a hammock that lulls able-bodied people to lives of dependency.”",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.as_deref(), Some("Paul Ryan"), "{got:?}");
}

#[test]
fn a_statement_does_not_speak_its_issuer_does() {
    let got = attributed(
        "Endorsement\n\nAmerican Bridge President Jessica Mackler issued a statement saying his comment \"has absolutely no place in American democracy.\"",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|m| m.contains("Jessica Mackler")), "{got:?}");
}

#[test]
fn who_names_the_speaker_of_a_relative_clause() {
    let doc = Document::analyze(
        "Radio\n\nThe host spoke of Glenn Beck, who said there were “too many disturbing things for me to dismiss.”",
    );
    let quote = doc.annotations.iter().find(|a| a.kind == Kind::Quote).expect("one quotation");
    assert_eq!(quote.speaker_mention.and_then(|m| m.slice(doc.text())), Some("who"));
    let speaker = quote.speaker.as_deref().and_then(|s| doc.speaker(s)).map(|s| s.name.as_str());
    assert_eq!(speaker, Some("Glenn Beck"));
}

#[test]
fn a_quotation_running_on_is_attributed_paragraph_by_paragraph() {
    let got = attributed(
        "Detention\n\nDavid Seacord marched with the others. \"The centers are a disgrace,\" he said. \"They keep people inside.\n\n\
         \"This is still my family,\" Seacord said. \"We have the same history.\"",
    );
    let words: Vec<&str> = got.iter().map(|(q, _)| q.as_str()).collect();
    assert_eq!(words, ["The centers are a disgrace,", "They keep people inside.", "This is still my family,", "We have the same history."]);
    let mentions: Vec<Option<&str>> = got.iter().map(|(_, m)| m.as_deref()).collect();
    assert_eq!(mentions, [Some("he"), Some("he"), Some("Seacord"), Some("Seacord")]);
}

#[test]
fn long_appositions_and_parentheses_before_the_cue() {
    let got = attributed(
        "Borders\n\nRep. Zoe Lofgren (D-Calif.), who introduced a bill this month aimed at improving conditions in Central America, \
         said in a statement that the plans were “important preliminary steps for those escaping violence.”\n\n\
         Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said it was “committed to an open and transparent process.”",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|m| m.contains("Lofgren")), "{got:?}");
    assert!(got[1].1.as_deref().is_some_and(|m| m.contains("Cummings")), "{got:?}");
}

#[test]
fn a_nickname_inside_a_name_is_not_a_quotation() {
    let got = attributed("Rally\n\n“Vote for him and for all of us,” said his niece, Marcia “Cia” Price.");
    let words: Vec<&str> = got.iter().map(|(q, _)| q.as_str()).collect();
    assert_eq!(words, ["Vote for him and for all of us,"]);
}

#[test]
fn a_long_opening_phrase_is_not_the_speaker() {
    let got = attributed(
        "Town hall\n\nDonald Trump toured the state.\n\n\
         Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”\n\n\
         In a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the end of his career.”",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Trump"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Trump"), "{got:?}");
}

#[test]
fn a_stretch_of_clause_is_not_a_speaker() {
    let got = attributed(
        "Ads\n\nOne Club for Growth ad, which is currently airing, argues that “only one candidate can win this race in the end.”\n\n\
         Clinton has increasingly decried what she calls “systemic racism in our justice system.”",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    // Not "is currently airing".
    assert!(got[0].1.as_deref().is_none_or(|m| !m.contains("airing")), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("she"), "{got:?}");
}

#[test]
fn a_speech_noun_is_not_a_cue_unless_it_reports() {
    let got = attributed(
        "Twitter\n\nClinton campaign spokesman Brian Fallon responded on Twitter, calling Trump’s charge “pathetic and dangerous for the country.”\n\n\
         Fact-checkers looked at Trump’s claim that there have been “thousands of shootings” this year.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|m| m.contains("Fallon")), "{got:?}");
    assert!(got[1].1.as_deref().is_some_and(|m| m.contains("Trump")), "{got:?}");
}

#[test]
fn cues_later_in_the_sentence_or_paragraph() {
    let got = attributed(
        "Europe\n\nThe rejection of the treaty signals “the beginning of the end for the union,” said Geert Wilders, founder of the party.\n\n\
         Bernie Sanders spoke for an hour. And then he promised that he is staying in the race until the convention. “Let me be as clear as I can be.”",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Geert Wilders"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("he"), "{got:?}");
}

#[test]
fn speaker_names_are_clean() {
    let doc = Document::analyze(
        "Senate\n\n“We will vote on it,” said Sen. Chuck Schumer of New York.\n\n“It is done,” said Secretary of State John Kerry.\n\n\
         “Nobody asked us,” Ted Cruz’s Super PAC said in a statement.",
    );
    let names = speaker_names(&doc);
    assert!(names.contains(&"Chuck Schumer"), "{names:?}");
    assert!(names.contains(&"John Kerry"), "{names:?}");
    assert!(names.iter().all(|n| !n.contains("State ") && !n.contains("’s") && !n.contains("New York")), "{names:?}");
    let schumer = aliases(&doc, "Chuck Schumer");
    assert!(schumer.contains(&"Sen. Schumer".to_string()), "{schumer:?}");
    // "I’m", "I'd", "I’ve" are "I": no one's name, nor part of one.
    let doc = Document::analyze(
        "Rubio\n\n''I'm going to say it again,'' Mr. Rubio said in front of a crowd of about 1,000 in Nashua.\n\n\
         I'd add a reason for the split. Senator Jim Eastland I’ve known for years, Biden said.",
    );
    let names = speaker_names(&doc);
    assert!(names.iter().all(|n| !n.contains("I'm") && !n.contains("I'd") && !n.contains("I’ve")), "{names:?}");
}

#[test]
fn places_and_common_words_are_not_speakers() {
    let doc = Document::analyze(
        "Schools\n\nMichael Mulgrew, president of the United Federation of Teachers, which represents New York City educators, \
         said he hopes the day of action sends a message that “communities are standing up for their schools.”\n\n\
         Reid caucused in Nevada on Saturday and says he voted “uncommitted.”\n\nAides said the teachers were “very tired of waiting.”",
    );
    let names = speaker_names(&doc);
    assert!(names.contains(&"Michael Mulgrew"), "{names:?}");
    assert!(names.iter().all(|n| !matches!(*n, "Nevada" | "Aides" | "Teachers")), "{names:?}");
    let mulgrew = aliases(&doc, "Michael Mulgrew");
    assert!(mulgrew.iter().all(|a| !a.contains("represents")), "{mulgrew:?}");
}

#[test]
fn time_phrases_between_subject_and_cue() {
    let got = attributed(
        "Caucus\n\nHarry Reid returns to Washington.\n\nReid caucused in Nevada on Saturday and says he voted “uncommitted.”\n\n\
         Donald Trump, who has been feuding with Republican leaders this week, on Friday described his intent to lead a “big tent” party.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Reid"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Donald Trump"), "{got:?}");
}

#[test]
fn the_reporting_clause_names_the_speaker() {
    let got = attributed(
        "Debate\n\nHillary Clinton took questions.\n\nShe said she asked the question “to build on Dr. West’s comments about the banks.”\n\n\
         “I just tried you on the phone but you were all in with S,” it reads.\n\n\
         At the time, as prosecutor Marc Trévidic put it, “apart from the wrong crowd there was nothing.”",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("She"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("it"), "{got:?}");
    assert!(got[2].1.as_deref().is_some_and(|m| m.contains("Marc Trévidic")), "{got:?}");
}

#[test]
fn a_name_then_its_predicate() {
    let got = attributed(
        "Debate\n\nJeb Bush attacked Donald Trump.\n\n“Jeb wants to be a tough guy tonight,” Trump shot back.\n\n\
         “My reaction, that was outrageous,” Obama's former campaign strategist said.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Trump"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Obama's former campaign strategist"), "{got:?}");
}

#[test]
fn phrasal_cues_and_two_writers() {
    let got = attributed(
        "Debate\n\nWhen Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose I could have chosen to bake cookies and have teas.”\n\n\
         “His guiding principle is under attack,” Edward-Isaac Dovere and Gabriel Debenedetti wrote.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Hillary"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Edward-Isaac Dovere and Gabriel Debenedetti"), "{got:?}");
}

#[test]
fn relative_clauses_and_inverted_colon_cues() {
    let got = attributed(
        "Manila\n\nThe lawmaker, who represents a district in Albay province, said Trump's remarks \"have had widespread dissemination, thus aggravating the shame.\"\n\n\
         In other words, explained CBS moderator Nancy Cordes: \"What does that have to do with taking big donations?\"",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("The lawmaker"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("CBS moderator Nancy Cordes"), "{got:?}");
}

#[test]
fn a_document_speaks_for_its_makers() {
    let got = attributed("Ads\n\nThe ad targets a “corrupt political system that keeps in place a rigged economy.”");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("The ad"), "{got:?}");
}

#[test]
fn a_span_of_time_and_a_dashed_apposition_before_the_cue() {
    let got = attributed(
        "State\n\nThe State Department less than two weeks ago said for the first time that “top secret” intelligence had passed through the server.\n\n\
         A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said the president \"offered no changes to his policy.\"",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("The State Department"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("A former Republican presidential candidate"), "{got:?}");
}

#[test]
fn a_long_subordinate_clause_opens_the_sentence() {
    let got = attributed(
        "Perez\n\nJeb Bush spoke to voters.\n\nWhen asked whether he would be running for an even bigger job in a potential White House, \
         Bush thought for a moment and said that in the current climate, “being an everyday guy would have appeal.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Bush"), "{got:?}");
}

#[test]
fn a_party_and_state_tag_does_not_end_the_sentence() {
    let got = attributed(
        "Senate\n\nSenate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: \"It's time to quit attacking various people.\"",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|m| m.contains("Mitch McConnell")), "{got:?}");
}

#[test]
fn a_share_of_people_speaks() {
    let got = attributed(
        "Poll\n\nThe poll asked Democrats how likely Clinton was to win, to which 21 percent said “not too likely at all this year.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("21 percent"), "{got:?}");
}

#[test]
fn a_speech_noun_owned_by_a_pronoun() {
    let got = attributed(
        "Israel\n\nDonald Trump spoke to the lobby.\n\nThe crowd weighed his promise to be “neutral in any talks between the two sides.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("his"), "{got:?}");
}

#[test]
fn a_time_between_a_document_and_saying() {
    let got = attributed(
        "Tweets\n\nTrump unleashed a series of tweets early Friday saying that his rival had used a former pageant winner “as a paragon of virtue.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Trump"), "{got:?}");
}

#[test]
fn two_appositions_before_the_cue() {
    let got = attributed(
        "Power plan\n\n“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at an event.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Scott Pruitt"), "{got:?}");
}

#[test]
fn adjectives_in_a_row_describe_the_speaker() {
    let got = attributed(
        "Climate\n\nBan Ki-moon took office in 2007.\n\n\"From Day One, I made climate change the top priority,\" the bespectacled, 71-year-old diplomat said in an interview.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("the bespectacled, 71-year-old diplomat"), "{got:?}");
}

#[test]
fn an_apposition_ends_with_its_sentence() {
    // The comma after "half" is in the next sentence: "pioneered" has no apposition to skip.
    let got = attributed(
        "Millennials\n\nThey are skeptical of the \"sharing economy\" that their generation pioneered, including the explosion of apps such as Uber. Just shy of half, 49%, say it helps.",
    );
    assert!(got.iter().all(|(_, m)| m.as_deref() != Some("that their generation pioneered")), "{got:?}");
}

#[test]
fn a_delegate_of_the_islands_is_the_delegate() {
    let doc = Document::analyze(
        "Hearing\n\n\"This is a waste of time. It’s destroying this committee,\" said Del. Stacey Plaskett of the Virgin Islands.",
    );
    let names = speaker_names(&doc);
    assert_eq!(names, ["Stacey Plaskett"]);
}

#[test]
fn who_with_a_time_before_the_cue_names_the_antecedent() {
    let doc = Document::analyze(
        "Burma\n\nObama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, who in 2010 said the GOP's most important goal was to make Obama a \"one-term president.\"",
    );
    let q = doc.annotations.iter().find(|a| a.kind == Kind::Quote).expect("a quotation");
    assert_eq!(q.speaker_mention.and_then(|m| m.slice(doc.text())), Some("who"));
    let name = q.speaker.as_deref().and_then(|s| doc.speaker(s)).map(|s| s.name.as_str());
    assert_eq!(name, Some("Mitch McConnell"));
}

#[test]
fn a_description_with_a_number_before_the_name() {
    let got = attributed("JASTA\n\n“They are 100 percent wrong,” said 9/11 widow Terry Strada.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("9/11 widow Terry Strada"), "{got:?}");
}

#[test]
fn the_cue_that_introduces_the_quotation_wins() {
    let got = attributed(
        "Leave\n\nIvanka Trump spoke about the plan. She said fathers would not be eligible, and when pressed on why the plan leaves out dads, the 34-year-old mother of three replied, \"It's meant to benefit the mother.\"",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("the 34-year-old mother of three"), "{got:?}");
}

#[test]
fn two_people_of_one_surname() {
    let doc = Document::analyze(
        "Leave plan\n\nDonald Trump unveiled his plan on Tuesday. \"We will deliver,\" Trump said.\n\n\
         Ivanka Trump, the nominee's eldest daughter, noted the rule last week. She said \"fathers who adopt\" would not be eligible.\n\n\
         \"It is a great plan,\" Trump said later.",
    );
    let quotes = quote_speakers(&doc);
    // The surname alone is the man named more often; "she" is the daughter.
    assert_eq!(quotes, [Some("Donald Trump"), Some("Ivanka Trump"), Some("Donald Trump")]);
    let ivanka = aliases(&doc, "Ivanka Trump");
    assert!(ivanka.iter().any(|a| a.contains("eldest daughter")), "{ivanka:?}");
}

#[test]
fn a_quotation_after_a_sentence_about_a_named_person() {
    let got = attributed(
        "Charlotte\n\nOn \"Face the Nation,\" Sen. Bernie Sanders (Vt.) identified exhaustion with bigotry as a reason. \"The younger people are sick and tired of discrimination and racism.\"",
    );
    // The show's name is no quotation; the sentence after the one about Sanders is his.
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|m| m.contains("Bernie Sanders")), "{got:?}");
}

#[test]
fn a_sentence_adverb_is_no_speaker() {
    let got = attributed(
        "Trade\n\nThe deal stalled in May. Nevertheless, officials pressed on. \"We will get there in the end.\"",
    );
    assert!(got.iter().all(|(_, m)| m.as_deref() != Some("Nevertheless")), "{got:?}");
}

#[test]
fn a_party_before_a_title_and_a_rating() {
    let doc = Document::analyze(
        "Oz hearing\n\nDemocratic Sen. Claire McCaskill (D-Mo.) scolded him: “The scientific community is against you on the products you called ‘miracles,’” she said.\n\n\
         PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.",
    );
    let speakers = quote_speakers(&doc);
    assert_eq!(speakers, [Some("Claire McCaskill"), Some("PolitiFact"), Some("PolitiFact")]);
}

#[test]
fn a_cue_between_commas_after_the_quotation() {
    let got = attributed(
        "Hearing\n\n“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price, she said, referencing the bank’s sales drive.\n\n\
         \"We're trying to show some mercy.\" South Carolina, he said, was \"where we have a chance.\"",
    );
    assert_eq!(got[1].1.as_deref(), Some("she"), "{got:?}");
    // A quotation that ends its sentence does not take a cue from the next one.
    assert_ne!(got[2].1.as_deref(), Some("he"), "{got:?}");
}

#[test]
fn an_opener_with_a_comma_inside_and_a_verb_after_the_name() {
    let got = attributed(
        "Sanctions\n\nFollowing a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the test \"a clear violation and in flagrant disregard\" of past resolutions.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("the Security Council"), "{got:?}");
}

#[test]
fn a_name_starts_at_its_titles() {
    let doc = Document::analyze(
        "Reaction\n\n\"This has absolutely no place in American democracy,\" said American Bridge President Jessica Mackler.",
    );
    let names = speaker_names(&doc);
    assert_eq!(names, ["Jessica Mackler"]);
}

#[test]
fn an_inverted_cue_before_the_quotation() {
    let got = attributed(
        "Primary\n\nBecause of how Democrats crafted the schedule, explained Rosenberg, “with this thing over by mid-March there’s a scenario to win.”\n\n\
         Trump, speaking in Ohio, told Reuters, “We are doing very well.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Rosenberg"), "{got:?}");
    // "told" takes an object: Reuters is spoken to.
    assert_eq!(got[1].1.as_deref(), Some("Trump"), "{got:?}");
}

#[test]
fn less_common_speech_verbs() {
    let got = attributed("Rally\n\n“Go back to Univision,” Trump barked.\n\n“This is fantastic!” beamed Donald Hartley of Madison.");
    assert_eq!(got[0].1.as_deref(), Some("Trump"), "{got:?}");
    assert!(got[1].1.as_deref().is_some_and(|m| m.contains("Donald Hartley")), "{got:?}");
}

#[test]
fn a_name_in_a_title_case_headline_is_two_words() {
    let doc = Document::analyze(
        "Elizabeth Warren Hammers Wells Fargo CEO\n\n“You should resign,” Warren said at the hearing on Tuesday.",
    );
    let names = speaker_names(&doc);
    assert_eq!(names, ["Elizabeth Warren"]);
}

#[test]
fn a_participle_clause_opening_the_sentence() {
    let got = attributed(
        "Clot\n\nHillary Clinton noted the clot.\n\nAfter saying her right foot was “so swollen I could barely get my shoe on,” she was taken to hospital.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("she"), "{got:?}");
}

#[test]
fn a_dateline_and_a_leading_conjunction_are_not_the_subject() {
    let got = attributed(
        "Brexit\n\nWashington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump, saying that “bombastic comments” do more harm than good.\n\n\
         Trump spoke at length. Yet she called it “bigotry with a smile.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Democrat Hillary Clinton"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("she"), "{got:?}");
}

#[test]
fn descriptions_joined_by_and_before_the_name() {
    let got = attributed(
        "Comey\n\nFormer prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey on television, calling it a “no-brainer” to prosecute.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Former prosecutor and New York City Mayor Rudy Giuliani"), "{got:?}");
}

#[test]
fn as_he_puts_it() {
    let got = attributed(
        "Yellen\n\nDonald Trump spoke about the Fed on Monday. That is because, as he puts it, \"the best thing we have going for us\" is low rates.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("he"), "{got:?}");
}

#[test]
fn a_quotation_signed_in_the_next_paragraph() {
    let got = attributed(
        "Fact check\n\n\"Boeing and GE and other multinationals . . . pay zero taxes.\"\n\n- Sanders.\n\n\
         \"Great speech. She's tested.\"\n\n-President Obama, tweeting after Clinton's speech.\n\n\
         \"Here is a list.\"\n\n- The New York Times provides entrance poll results.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Sanders"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("President Obama"), "{got:?}");
    // A bullet that goes on into a sentence signs nothing.
    assert_ne!(got.get(2).and_then(|g| g.1.as_deref()), Some("The New York Times"), "{got:?}");
}

#[test]
fn as_a_name_said_after_the_quotation() {
    let got = attributed(
        "Iowa\n\nStill, the fact that the race “is a dead heat right now,” as Cruz said on a radio program on Monday, only raised the stakes.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Cruz"), "{got:?}");
}

#[test]
fn a_participle_clause_with_the_quotation_opens_the_sentence() {
    let got = attributed(
        "Allen\n\nDo you support Donald Trump?\n\nAcknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that the mogul could win.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Allen"), "{got:?}");
}

#[test]
fn a_lower_case_group_after_the_quotation() {
    let got = attributed(
        "Hacker\n\nMarcel Lazar leaked pictures. \"The extent of the harm caused by defendant's conduct is incalculable,\" federal prosecutors wrote in seeking a long sentence.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("federal prosecutors"), "{got:?}");
}

#[test]
fn a_headline_with_its_byline_is_no_quotation() {
    let got = attributed(
        "Culture\n\nMOVING SHOP—\"High-end gallery opening across from Whitney Museum,\" by DNAinfo's Danielle Tcholakian: \"The gallery will open in May.\"",
    );
    assert!(got.iter().all(|(q, _)| !q.starts_with("High-end")), "{got:?}");
}

#[test]
fn slogans_with_a_year_and_headlines_in_capitals_are_not_quotations() {
    let got = attributed(
        "Posters\n\nThe party's posters took center stage: “Lose safety? Lose work? No to Schengen” (2005) and more.\n\n\
         ‘EUROPEANS ASK IF VIOLENCE IS BECOMING FACT OF LIFE’ “In less than two weeks, Western Europe has seen attacks.”",
    );
    assert!(got.iter().all(|(q, _)| !q.starts_with("Lose safety") && !q.starts_with("EUROPEANS")), "{got:?}");
}

#[test]
fn a_past_tense_after_a_noun_ends_the_speaker_phrase() {
    let got = attributed(
        "Ferguson\n\nThe town released a statement Wednesday saying the comments “are based on his opinion, not actual facts,” and asked for an apology.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("The town"), "{got:?}");
}

#[test]
fn a_message_to_someone_saying_reports_its_sender() {
    let got = attributed(
        "New Hampshire\n\nBernie Sanders won. To acknowledge his victory, his campaign sent out a text message to supporters saying: \"With your help, we were just declared the winner!\"",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("his campaign"), "{got:?}");
}

#[test]
fn a_phrasal_cue_before_the_quotation() {
    let got = attributed(
        "Rally\n\nKevin was drifting off again, and Trump went on about “how the system is rigged” for an hour.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Trump"), "{got:?}");
}

#[test]
fn a_conjunction_is_not_part_of_the_speaker() {
    let got = attributed("Debate\n\nHis wife had warned him to act \"presidential,\" but Trump said he would not.");
    assert!(got.iter().all(|(_, m)| m.as_deref() != Some("but Trump")), "{got:?}");
}

#[test]
fn he_never_stands_for_an_organisation() {
    let doc = Document::analyze(
        "Foundation\n\nEric Trump runs a charity. The Donald J. Trump Foundation gave money to it last year.\n\n\"My father made the donation,\" he said.",
    );
    assert_eq!(quote_speakers(&doc), [Some("Eric Trump")]);
}

#[test]
fn a_participle_phrase_between_the_speakers_and_the_cue() {
    let got = attributed("Curfew\n\nProtesters marching through the streets chanted \"What curfew?\" and kept going until 2 a.m.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|m| m.starts_with("Protesters")), "{got:?}");
}

#[test]
fn what_they_call_names_the_sentence_subject() {
    let got = attributed(
        "Campaign\n\nClinton’s campaign is seeking to contrast her approach with what they call Donald Trump’s “self-centered message.”\n\n\
         Trump paid a company called Cambridge Analytica, which specializes in building what it calls “psychographic” profiles of voters.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Clinton’s campaign"), "{got:?}");
    // Across a relative clause the pronoun is the clause's own.
    assert!(got.get(1).is_none_or(|g| g.1.as_deref() != Some("Trump")), "{got:?}");
}

#[test]
fn a_fuller_name_later_names_the_speaker() {
    let doc = Document::analyze(
        "Flynn says Trump 'absolutely right'\n\nRetired Lt. Gen. Michael Flynn said Donald Trump was \"absolutely right\" about the generals.",
    );
    let names: Vec<&str> = doc.speakers.iter().filter(|s| s.name.contains("Flynn")).map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Michael Flynn"]);
}

#[test]
fn demonyms_are_not_people_and_groups_speak_for_themselves() {
    let doc = Document::analyze(
        "Leguizamo\n\nJohn Leguizamo spoke to HuffPost Live. The actor discussed the absence of Latinos in U.S. history. \"You don't hear about us,\" he said.\n\n\
         Some protesters chanted slogans. Others, reacting to the delay, shouted, \"Stop the coverup!\"",
    );
    // "he" is the actor, not "Latinos"; "Others" is a group, no person of that name.
    assert_eq!(quote_speakers(&doc), [Some("John Leguizamo"), None]);
    let got = attributed(doc.text());
    assert_eq!(got[1].1.as_deref(), Some("Others"), "{got:?}");
}

#[test]
fn a_past_participle_opener_is_no_speaker() {
    let got = attributed(
        "Fox\n\nBased on the statement released by Fox News, it seems Ailes “has spoken to Donald Trump a few times over the past three months.”",
    );
    assert!(got.iter().all(|(_, m)| m.as_deref() != Some("Based")), "{got:?}");
}

/// The speakers' names, in the order the article introduces them.
fn speaker_names(doc: &Document) -> Vec<&str> {
    doc.speakers.iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn a_given_name_the_lexicon_does_not_list_still_names_the_speaker() {
    // The surname alone comes later; the speaker is still the whole name, accents and all.
    let doc = Document::analyze(
        "Coalition talks\n\nFriedrich Merz said the plan was “a fantasy that nobody wants”.\n\n“Nobody voted for this,” Merz added.\n\n\
         The minister, Zoë Müller, said on Monday that “the target is not negotiable”.\n\n“We cannot keep moving the goalposts,” Müller told reporters.",
    );
    assert_eq!(speaker_names(&doc), ["Friedrich Merz", "Zoë Müller"]);
    assert_eq!(quote_speakers(&doc), [Some("Friedrich Merz"), Some("Friedrich Merz"), Some("Zoë Müller"), Some("Zoë Müller")]);
}

#[test]
fn particles_belong_to_the_name() {
    let doc = Document::analyze(
        "Brussels briefing\n\nUrsula von der Leyen said the plan was “a fantasy”.\n\nVon der Leyen added: “Nobody voted for this.”\n\n\
         “It is over,” said von der Leyen. Bill de Blasio said it was “a good day”.",
    );
    assert_eq!(speaker_names(&doc), ["Ursula von der Leyen", "Bill de Blasio"]);
    assert_eq!(
        quote_speakers(&doc),
        [Some("Ursula von der Leyen"), Some("Ursula von der Leyen"), Some("Ursula von der Leyen"), Some("Bill de Blasio")]
    );
    // Her surname is "von der Leyen", not "Leyen": the mentions to tag are the whole of it.
    let ursula = &doc.speakers[0];
    assert_eq!(ursula.aliases, ["von der Leyen"]);
    let mentions: Vec<&str> =
        claimlens::core::mentions::untagged_mentions(&doc, &ursula.id).iter().filter_map(|m| m.slice(doc.text())).collect();
    assert!(!mentions.is_empty() && mentions.iter().all(|m| m.ends_with("Leyen") && m.len() > "Leyen".len()), "{mentions:?}");
}

#[test]
fn a_place_and_title_before_a_name_are_not_the_name() {
    let doc = Document::analyze(
        "City hall\n\nCharlotte Mayor Jennifer Roberts said the footage was “hard to watch”.\n\n“We will release it,” Roberts said.\n\n\
         Crowds marked Martin Luther King Jr. Day, and Sens. Rand Paul said it was “a day for all of us”.",
    );
    assert_eq!(speaker_names(&doc)[..1], ["Jennifer Roberts"]);
    assert!(speaker_names(&doc).contains(&"Rand Paul"), "{:?}", speaker_names(&doc));
    // "King" is a surname there, not a title: no speaker called "Jr." or "Jr. Day".
    assert!(!speaker_names(&doc).iter().any(|n| n.starts_with("Jr") || *n == "Day"), "{:?}", speaker_names(&doc));
}

#[test]
fn titled_aliases_are_written_as_the_article_would() {
    let doc = Document::analyze(
        "Trade row\n\nSir Keir Starmer said the UK “will not be bullied”.\n\nRepublican Sen. John Thune said it was “far from perfect”.\n\n\
         Israel’s Prime Minister Benjamin Netanyahu said it was “not yet final”.",
    );
    // A knight by his given name; every title capitalised, not "Republican sen." or "Prime minister".
    assert_eq!(aliases(&doc, "Keir Starmer"), ["Sir Keir"]);
    assert_eq!(aliases(&doc, "John Thune"), ["Republican Sen. Thune"]);
    assert_eq!(aliases(&doc, "Benjamin Netanyahu"), ["Prime Minister Netanyahu"]);
}

#[test]
fn a_page_quoting_with_straight_single_marks() {
    // Some British pages use ' ' for every quotation; there are no double marks to go by.
    let doc = Document::analyze(
        "Minister hits back\n\nKeir Starmer said: 'We will not be bullied by anyone.'\n\n\
         'It is a day of shame for the country,' Kemi Badenoch said of the deal struck in the '90s. The Smiths' view: rock 'n' roll.",
    );
    assert_eq!(
        attributed(doc.text()).into_iter().map(|(q, _)| q).collect::<Vec<_>>(),
        ["We will not be bullied by anyone.", "It is a day of shame for the country,"]
    );
    assert_eq!(quote_speakers(&doc), [Some("Keir Starmer"), Some("Kemi Badenoch")]);
}

#[test]
fn a_shorter_form_of_a_persons_description_names_them() {
    let doc = Document::analyze(
        "Talks in Brussels\n\nThe US defence secretary, Pete Hegseth, has said “everything is on the table” in talks.\n\n\
         Boris Pistorius, Germany’s defence minister, said the move was a mistake. “We should not give anything away before talks start,” the German minister said.\n\n\
         “The Europeans must step up,” the defence secretary told reporters on Thursday.\n\n\
         Mark Rutte, the Nato secretary general, was more cautious. “We will see,” the secretary general said.",
    );
    assert_eq!(
        quote_speakers(&doc),
        vec![Some("Pete Hegseth"), Some("Boris Pistorius"), Some("Pete Hegseth"), Some("Mark Rutte")],
        "{:?}",
        doc.speakers
    );
}

#[test]
fn a_description_that_fits_two_people_names_neither() {
    let doc = Document::analyze(
        "Ministers meet\n\nJean Dupont, the French foreign minister, met Anna Berg, the Swedish foreign minister, on Monday.\n\n\
         “It was a good meeting,” the foreign minister said.\n\n“We agreed on nothing,” a minister said.",
    );
    assert_eq!(quote_speakers(&doc), vec![None, None], "{:?}", doc.speakers);
}

#[test]
fn an_indefinite_role_is_someone_else() {
    let doc = Document::analyze(
        "Senate fight\n\nSen. Chuck Schumer spoke on Monday. “We must act now,” a senator said.\n\n\
         “We will vote,” the senator told reporters later.",
    );
    assert_eq!(quote_speakers(&doc), vec![None, Some("Chuck Schumer")], "{:?}", doc.speakers);
}

#[test]
fn a_possessive_role_before_the_name_is_their_description() {
    let doc = Document::analyze(
        "Budget plans\n\nLabour’s deputy leader, Angela Rayner, said she backed the plan. “I am proud of it,” the deputy leader said.\n\n\
         “We won the argument,” Sanders’s campaign manager said on Friday. Sanders’s campaign manager, Jeff Weaver, said in an interview that it was over.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Angela Rayner"), Some("Jeff Weaver")], "{:?}", doc.speakers);
}

#[test]
fn a_surname_speaker_takes_the_full_name_given_elsewhere() {
    let doc = Document::analyze(
        "Coalition talks\n\nThe German chancellor, Friedrich Merz, was more cautious. “Joint debt is not the answer,” Merz told reporters.\n\n\
         Understated Perez\n\nLabor Secretary Thomas Perez spoke next. “We need jobs,” Perez said.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Friedrich Merz"), Some("Thomas Perez")], "{:?}", doc.speakers);
    let mut perez = aliases(&doc, "Thomas Perez");
    perez.sort();
    assert_eq!(perez, ["Perez", "Secretary Perez"]);
}

/// Two given names the lexicon does not list before one surname: a lone "Novak" stays as
/// written. (When one of them is listed, that person is an entity and the surname's
/// principal, as Bill Clinton is for "Clinton" beside Hillary Clinton.)
#[test]
fn two_given_names_before_one_surname_leave_it_alone() {
    let doc = Document::analyze(
        "Brothers\n\nMarko Novak met Vesna Novak. “We will see,” Novak said. Both were in West Virginia.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Novak")], "{:?}", doc.speakers);
}

#[test]
fn a_place_in_a_role_must_be_the_persons() {
    let doc = Document::analyze(
        "Primary season\n\nOhio Gov. John Kasich drew a crowd. “We are rising,” Kasich said.\n\n\
         Sooner or later, the New Jersey governor told reporters, “it starts to pay off.”",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("John Kasich"), None], "{:?}", doc.speakers);
}

#[test]
fn a_name_no_list_knows_after_a_role_is_the_she_that_follows() {
    let doc = Document::analyze(
        "Results day\n\nShares fell after the chipmaker’s chief executive, Jensen Huang, warned of shortages. “Demand is incredible,” Huang told analysts.\n\n\
         The company’s finance chief, Colette Kress, said margins would recover. “We expect margins to return to the mid-70s,” she said.\n\n\
         North Korea said it would respond. “We will answer,” she added.",
    );
    let speakers = quote_speakers(&doc);
    assert_eq!(speakers[..2], [Some("Jensen Huang"), Some("Colette Kress")], "{:?}", doc.speakers);
    assert!(!doc.speakers.iter().any(|s| s.name == "North Korea"), "{:?}", doc.speakers);
}

#[test]
fn a_name_of_a_place_or_firm_is_the_name() {
    let got = attributed(
        "Markets\n\nDan Ives of Wedbush called the sell-off “a gift” for investors.\n\n\
         Sen. Chuck Schumer of New York called the plan “a disaster for working families” on Friday.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Dan Ives of Wedbush"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Sen. Chuck Schumer of New York"), "{got:?}");
}

#[test]
fn a_role_of_a_named_body_is_a_description() {
    let doc = Document::analyze(
        "Brussels\n\nUrsula von der Leyen, the president of the European Commission, said the bloc was “in a race against time”. \
         The commission president added: “Europe must be able to defend itself.”",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Ursula von der Leyen"), Some("Ursula von der Leyen")], "{:?}", doc.speakers);
}

#[test]
fn a_countrys_leader_is_its_head_of_government_only() {
    let doc = Document::analyze(
        "Summit\n\nPoland’s prime minister, Donald Tusk, warned that Europe must act. “We are on the front line,” the Polish leader said.\n\n\
         Boris Pistorius, Germany’s defence minister, was cautious. “We will see,” the German leader said.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Donald Tusk"), None], "{:?}", doc.speakers);
}

#[test]
fn a_name_given_family_name_first_is_one_person() {
    let doc = Document::analyze(
        "Talks\n\nChinese President Xi Jinping met US President Joe Biden. “The world is big enough for both countries,” Xi said.\n\n\
         North Korea’s leader, Kim Jong Un, fired a missile. “We will respond,” Kim said.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Xi Jinping"), Some("Kim Jong Un")], "{:?}", doc.speakers);
    assert!(!doc.speakers.iter().any(|s| s.name == "Xi" || s.name == "Kim"), "{:?}", doc.speakers);
    assert!(aliases(&doc, "Xi Jinping").contains(&"President Xi".to_string()), "{:?}", doc.speakers);
    assert!(aliases(&doc, "Kim Jong Un").contains(&"North Korea’s leader".to_string()), "{:?}", doc.speakers);
}

#[test]
fn a_place_and_title_before_a_name_give_the_title() {
    let doc = Document::analyze(
        "Tax plan\n\nVermont Sen. Bernie Sanders spoke on Tuesday. The senator said he would “close the loopholes”.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Bernie Sanders")], "{:?}", doc.speakers);
}

#[test]
fn a_pronoun_cue_right_after_a_quotation_is_that_speaker() {
    let doc = Document::analyze(
        "Wyoming primary\n\nLiz Cheney won the primary. Incumbent Rep. Cynthia Lummis was not seeking a fifth term.\n\n\
         “Now it’s time to look forward,” Cheney said in a statement.\n\n“No state has been hurt more than Wyoming,” she said.\n\n\
         Carly Fiorina led the company. Her critics called Walter Hewlett “an academic”.\n\n“I will not be distracted,” she said.",
    );
    assert_eq!(quote_speakers(&doc)[..2], [Some("Liz Cheney"), Some("Liz Cheney")], "{:?}", doc.speakers);
    assert_eq!(quote_speakers(&doc).last(), Some(&Some("Carly Fiorina")), "{:?}", doc.speakers);
}

#[test]
fn he_after_a_quotation_is_the_subject_of_the_sentence_before() {
    let doc = Document::analyze(
        "Envoy\n\nSir Peter Westmacott leaves next week. Westmacott also said that Obama shows great charm.\n\n“He is a fine president,” he said.\n\n\
         Kelly Ayotte spoke at noon. Ted Cruz watched. “This is about New Hampshire,” she said.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Peter Westmacott"), Some("Kelly Ayotte")], "{:?}", doc.speakers);
}

#[test]
fn he_is_never_the_person_he_speaks_to() {
    let doc = Document::analyze(
        "Rally\n\nSean Hannity asked Donald Trump how high the wall would be. “Ten feet higher,” he told Hannity.\n\n\
         Marvin Roffman described the settlement as “a relief,” he said. Roffman won’t reveal the terms.",
    );
    let speakers = quote_speakers(&doc);
    assert_ne!(speakers[0], Some("Sean Hannity"), "{:?}", doc.speakers);
}

#[test]
fn a_chain_of_he_leads_back_to_the_person_named() {
    let doc = Document::analyze(
        "Rally\n\nJeff Bechdel came with his wife. He attended the rally, though he is not sure whether he will vote for Clinton or Vermont Sen. Bernie Sanders.\n\n\
         “It is going to be all guns blazing,” he said.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Jeff Bechdel")], "{:?}", doc.speakers);
}

#[test]
fn an_inverted_cue_after_a_quotation_lends_its_name_to_a_participle() {
    // "those calling for …" is who Biden spoke to, not who spoke.
    let doc = Document::analyze(
        "Democrats wait\n\nBiden was arranging calls with both Sanders and Clinton.\n\n\
         “Oh, let him make that decision,” said Vice President Joe Biden, urging those calling for Sanders’ withdrawal to “give him time.”",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Joe Biden"), Some("Joe Biden")]);
}

#[test]
fn a_party_and_state_after_an_apposed_name_is_skipped() {
    let got = attributed(
        "Ohio primary\n\nSpeaking in Berea, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.as_deref(), Some("Gov. John Kasich"), "{got:?}");
}

#[test]
fn a_clause_is_no_speaker_even_after_a_determiner() {
    let got = attributed(
        "Iowa night\n\nCruz backers stood quietly at Rubio’s party, where his supporters were shown chanting “Marco! Marco! Marco! Marco! Marco!” in the hall.\n\n\
         Also, a lot of people didn’t like the phrase “self-deportation.” Why not just say: “They’ll go home the same way they came, and nobody will mind”?\n\n\
         An early tweet quoted the president as saying “Need to do something not to debate the last shooting but to prevent the next one!”",
    );
    assert_eq!(got[0].1.as_deref(), Some("his supporters"), "{got:?}");
    let go_home = got.iter().find(|(q, _)| q.starts_with("They’ll")).expect("the question is a quotation");
    assert_eq!(go_home.1.as_deref(), Some("a lot of people"));
    assert_eq!(got.last().and_then(|g| g.1.as_deref()), Some("the president"));
    assert!(got.iter().all(|(_, m)| !m.as_deref().is_some_and(|m| m.contains("didn’t") || m.contains(" were "))), "{got:?}");
}

#[test]
fn a_label_is_nobodys_words_unless_someone_gave_it() {
    let doc = Document::analyze(
        "Prices\n\nMary Lowe spoke for the retailers on Monday.\n\n\
         Most shoppers prefer lower prices to paying a premium for items labeled “Made in the U.S.A. by American workers in American plants,” even when they cost more.\n\n\
         This feature of the movement has been called “strategic ambiguity” by Joshua Hendrick, a professor at Loyola University Maryland.\n\n\
         Lawmakers grilled the bank over what multiple senators called “fraud on a massive scale,” and Lowe agreed.",
    );
    let got = attributed(doc.text());
    assert_eq!(got.len(), 3, "{got:?}");
    let speakers = quote_speakers(&doc);
    assert_eq!(speakers[0], None, "a label has no speaker: {got:?}");
    assert_eq!(got[0].1, None);
    assert_eq!(speakers[1], Some("Joshua Hendrick"));
    assert_eq!(got[2].1.as_deref(), Some("multiple senators"));
}

#[test]
fn the_president_is_not_the_vice_president() {
    let doc = Document::analyze(
        "Ohio trip\n\nVice President Joe Biden spoke on Monday in Ohio. Lt. Gov. Dan Patrick attended.\n\n\
         Later the president said “We will see it through to the very end.”\n\n\
         Then the vice president said “We are ready for whatever comes next.”\n\n\
         The governor said “Not now, not ever, not on my watch.”",
    );
    assert_eq!(quote_speakers(&doc), vec![None, Some("Joe Biden"), None]);
}

#[test]
fn a_person_named_before_a_colon_speaks_unless_spoken_to() {
    let doc = Document::analyze(
        "Polls and messages\n\nBernie Sanders surged in the Fox News poll this week. Republican pollster Daron Shaw told Fox the race was open.\n\n\
         The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates gain the most.”\n\n\
         Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Donald Trump: “It’s time to quit attacking people you competed with.”\n\n\
         Hillary Clinton and Jeb Bush disagree. Clinton: \"Our goal is not to contain ISIS but to destroy it.\" Bush: \"The mission is to destroy ISIS, not to contain it.\"",
    );
    assert_eq!(
        quote_speakers(&doc),
        vec![Some("Daron Shaw"), Some("Mitch McConnell"), Some("Hillary Clinton"), Some("Jeb Bush")]
    );
}

#[test]
fn a_name_introducing_a_quotation_is_not_overruled_by_the_one_before() {
    // Newsletter excerpts: each opens on its own byline; an unknown name is still not the
    // previous excerpt's author.
    let doc = Document::analyze(
        "Reads\n\nPSA—\"Free museum memberships end soon,\" by DNAinfo's Nicole Levy: \"You have a few more weeks to snag free memberships.\" \
         \"Met accused of whitewashing,\" by Post's Kathianne Boniello: \"A Manhattan man is suing the Met over its gift shop.\"",
    );
    let speakers = quote_speakers(&doc);
    assert_eq!(speakers.first().copied().flatten(), Some("Nicole Levy"), "{speakers:?}");
    assert_ne!(speakers.last().copied().flatten(), Some("Nicole Levy"), "{speakers:?}");
}

#[test]
fn pointing_out_making_clear_and_demurring_report_speech() {
    let got = attributed(
        "Iowa\n\nBernie Sanders and Hillary Clinton spoke on Monday.\n\n\
         “Voters consistently reject establishment candidates in the end,” he points out.\n\n\
         Clinton endorsed the deal, although she made it clear that she has “serious concerns about a handful of provisions.”\n\n\
         Asked which county was his favorite, Sanders demurred: “Whichever one I’m in at the moment.”",
    );
    let mentions: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(mentions, vec![Some("he"), Some("she"), Some("Sanders")], "{got:?}");
}

#[test]
fn a_role_opening_the_sentence_before_passes_she_back_to_the_person() {
    let doc = Document::analyze(
        "Tweets\n\nHillary Clinton is describing a Donald Trump tweet as unhinged. \
         She says his tweets accusing Alicia Machado of having a criminal record are lies.\n\n\
         The Democratic presidential candidate’s response to Trump came in her own series of tweets Friday.\n\n\
         She tweeted: “When something gets under Donald’s thin skin, he lashes out and can’t let go.”",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Hillary Clinton")]);
}

#[test]
fn a_placed_role_is_not_someone_never_placed() {
    // John McCain is a senator, but nobody called him the Vermont one.
    let doc = Document::analyze(
        "New Hampshire\n\nSen. John McCain campaigned for Chris Christie on Sunday.\n\n\
         Democratic presidential candidate Bernie Sanders is choosing not to respond to recent accusations.\n\n\
         Instead, the Vermont senator is sticking to his campaign message.\n\n\
         “We have come a long way in the last nine months,” he told cheering supporters in Nashua.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Bernie Sanders")]);
}

#[test]
fn an_outcry_right_before_its_words_is_its_subjects() {
    let got = attributed(
        "Miami\n\nSome in the crowd booed, and when Marco Rubio thanked Miami and said it was great to be home, a man yelled “Stay there, we do not want you back!”\n\n\
         He said, “Donald Trump will build the wall” - at which point the crowd chanted “Build the wall, build the wall, build it now!”",
    );
    let mentions: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(mentions, vec![Some("a man"), Some("He"), Some("the crowd")], "{got:?}");
}

#[test]
fn two_appositions_lead_back_to_the_name() {
    let doc = Document::analyze(
        "North Korea\n\nJean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said North Korea's latest \"provocation cannot be left without consequences.\"\n\n\
         Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said the rule was \"a power grab by the agency in Washington.\"",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Jean-Marc Ayrault"), Some("Scott Pruitt")]);
}

#[test]
fn only_words_for_a_person_become_a_speakers_other_names() {
    let doc = Document::analyze(
        "Ohio primary\n\nTuesday in Berea, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”\n\n\
         In an interview with the Republican presidential nominee, Donald Trump, the host asked about taxes. Trump said, “Nobody pays less than I do, legally.”\n\n\
         His Democratic opponent, Hillary Clinton, said “He is temperamentally unfit.”",
    );
    assert_eq!(aliases(&doc, "John Kasich"), vec!["Gov. Kasich".to_string()], "not the primary he won");
    assert!(aliases(&doc, "Donald Trump").iter().any(|a| a == "The Republican presidential nominee"), "{:?}", aliases(&doc, "Donald Trump"));
    assert!(aliases(&doc, "Hillary Clinton").iter().any(|a| a == "His Democratic opponent"), "{:?}", aliases(&doc, "Hillary Clinton"));
}

#[test]
fn quotations_standing_alone_after_a_paragraph_on_who_spoke() {
    // "spoke" reports speech for the paragraphs after it; a few words in marks before it
    // ("go after them") quote nobody.
    let doc = Document::analyze(
        "Interview\n\nInstead, Donald Trump told CNN, his policy would merely be “to go after them” if he wins.\n\n\
         What “go after them” actually means is left to the imagination of voters, since Trump spoke only in evasive bromides during the interview.\n\n\
         “We have to do something and it’s the only way you stop it.”\n\n“We have to be a lot tougher. We are playing with a different set of rules.”",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Donald Trump"), Some("Donald Trump"), Some("Donald Trump")]);
}

#[test]
fn heard_asking_the_one_heard_asks() {
    let got = attributed(
        "Database\n\nDonald Trump did support the idea on Thursday, and NBC News has proof:\n\n\
         “Should there be a database system that tracks the Muslims here in this country?” a reporter can be heard asking Trump after an event in Iowa.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.as_deref(), Some("a reporter"), "{got:?}");
}

#[test]
fn someone_who_speaks_up_between_two_quotations_says_the_second() {
    let got = attributed(
        "Iowa friends\n\nBetsy Ebeling has known Hillary Clinton since high school.\n\n\
         “Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget me, we were all the same grade.”\n\n\
         “We will be there on Monday,” Ebeling said. “Nothing could keep us away from the caucus.”",
    );
    let mentions: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(mentions, vec![Some("Ebeling"), Some("her husband"), Some("Ebeling"), Some("Ebeling")], "{got:?}");
}

#[test]
fn continuing_a_thing_is_no_speech() {
    let got = attributed(
        "Ohio\n\n“We are ready for the fight,” Newt Gingrich said. The campaign continues its push in Ohio. “Nothing will stop us now.”",
    );
    let mentions: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(mentions, vec![Some("Newt Gingrich"), Some("Newt Gingrich")], "{got:?}");
}

#[test]
fn a_party_adjective_ending_a_phrase_is_nobody() {
    // "state" here is read as a cue, and what is read back from it ends on "Democratic": no
    // speaker called "Democratic"; the quotation is Valastro's, from the paragraph before.
    let doc = Document::analyze(
        "Hudson\n\nValastro praised Christie’s leadership and his ability to get things done in a heavily Democratic state.\n\n\
         “We need someone who’s going to cut through the bullcrap and bring people together.”",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Valastro")]);
    assert!(doc.speakers.iter().all(|s| s.name != "Democratic"));
}

#[test]
fn a_given_name_after_a_or_an_is_a_noun_not_a_person() {
    let doc = Document::analyze(
        "Faith in the campaign\n\nMaria Lopez spoke at a Christian school on Sunday.\n\n\
         “As a Christian, I will not be silent,” Lopez said. A Marine who served with her agreed.",
    );
    let names = speaker_names(&doc);
    assert!(names.contains(&"Maria Lopez"), "{names:?}");
    assert!(!names.iter().any(|n| *n == "Christian" || *n == "Marine"), "{names:?}");
}

#[test]
fn an_apposition_makes_an_unknown_name_a_person() {
    // "Zephyra" is in no list of given names: the apposition says she is a person, so "she"
    // finds her rather than the candidate named before.
    let doc = Document::analyze(
        "Reagan’s daughter speaks out\n\nHillary Clinton spoke in Ohio on Monday. Zephyra Quist, Ronald Reagan’s daughter, \
         attacked the remarks.\n\n“Words have the power to inspire actions,” she wrote.",
    );
    let names = speaker_names(&doc);
    assert!(names.contains(&"Zephyra Quist"), "{names:?}");
    assert_eq!(quote_speakers(&doc), [Some("Zephyra Quist")]);
    // Neither a sentence adverb nor a second surname of someone already named.
    let doc = Document::analyze(
        "Party news\n\nDebbie Wasserman Schultz won. Wasserman Schultz, a six-term congresswoman, smiled. \
         Interestingly Blocher, a party veteran, stayed home.",
    );
    let names = speaker_names(&doc);
    assert!(!names.iter().any(|n| *n == "Wasserman Schultz" || n.starts_with("Interestingly")), "{names:?}");
}

#[test]
fn an_interjection_or_a_speech_noun_names_no_one() {
    // "Wait, it gets better:" has no speaker called Wait; "the caustic chant" is a noun, not
    // "the caustic" chanting; "a snappy retort:" leaves the colon to the name before it.
    let got = attributed(
        "Refugees\n\nPay no attention to the liar behind the curtain.\n\nWait, it gets better:\n\n\
         \"By law, the president every fiscal year sets the maximum number of refugees.\"\n\n\
         At one point the crowd loudly reprised the caustic chant “Lock her up! Lock her up!” that rang through the arena.\n\n\
         Bernie Sanders spoke next. Sanders delivered a snappy retort: \"No one is tearing this up. We're going to go forward.\"",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
    assert!(got[1].1.as_deref() != Some("the caustic"), "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Sanders"), "{got:?}");
}

#[test]
fn a_participle_opener_lends_no_cue_and_a_server_is_no_alias() {
    let doc = Document::analyze(
        "Benghazi\n\nBen Carson spoke on Friday.\n\nContinuing to explain his perspective, Carson rejected the notion, \
         saying that if he \"found something that was rotten, I would fix it.\"\n\n\
         Concerning her use of her private server, FBI Director James Comey said Clinton was “extremely careless.”",
    );
    assert_eq!(quote_speakers(&doc), [Some("Ben Carson"), Some("James Comey")]);
    let comey = aliases(&doc, "James Comey");
    assert!(!comey.iter().any(|a| a.to_lowercase().contains("server")), "{comey:?}");
}

#[test]
fn an_apposition_with_commas_of_its_own_before_the_cue() {
    let got = attributed(
        "Refugees\n\nOfficials announced the plans on Tuesday.\n\n\
         The new plans “will not solve this challenge, but are steps in the right direction,” Anne Richards, assistant \
         secretary of state for population, refugees, and migration, said on the same call.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Anne Richards"), "{got:?}");
}

#[test]
fn a_name_right_after_a_quotation_is_not_the_speaker_before() {
    let doc = Document::analyze(
        "Polls\n\n“We will win this state,” Hillary Clinton said at a rally on Tuesday.\n\n\
         “Clinton needs a strategy for targeting these voters,” Nate Silver, the polling guru who founded the site tweeted on Wednesday.\n\n\
         “It remains a technical problem,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.",
    );
    let speakers = quote_speakers(&doc);
    assert_eq!(speakers.len(), 3, "{speakers:?}");
    assert_eq!(speakers[0], Some("Hillary Clinton"));
    // Both were Hillary Clinton's, carried over from the first quotation.
    assert_ne!(speakers[1], Some("Hillary Clinton"), "{speakers:?}");
    assert_ne!(speakers[2], Some("Hillary Clinton"), "{speakers:?}");
}

#[test]
fn a_name_after_a_quotation_keeps_the_speaker_it_names() {
    let doc = Document::analyze(
        "Border\n\nIn a video on Thursday, Donald Trump spoke about the men detained in Texas.\n\n\
         \"Syrians are now being caught at the southern border,\" Trump from his desk. \"Could be ISIS.\"",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Donald Trump"), Some("Donald Trump")]);
}

#[test]
fn a_pronoun_stands_for_the_name_that_ends_the_sentence_subject() {
    let doc = Document::analyze(
        "Delegates\n\nSenator Bernie Sanders spoke on Monday.\n\n\
         Florida delegate John Archer, wearing a T-shirt covered in Sanders buttons, said he is proud of the way the challenger is funding his campaign. \
         “He’s doing it the Bernie Sanders way,” he said.\n\n\
         Murphy’s spokeswoman Galia Slayen said Murphy is “proud” to support Hillary Clinton’s plan. “Making college debt free is a \
         progressive value that Democrats share,” she said.",
    );
    let speakers = quote_speakers(&doc);
    assert!(speakers.contains(&Some("John Archer")), "{speakers:?}");
    assert_eq!(speakers.last(), Some(&Some("Galia Slayen")), "{speakers:?}");
}

#[test]
fn a_show_named_before_a_role_in_it_is_not_a_quotation() {
    let got = attributed(
        "Hollywood\n\nGetty.\n\n“Orange is the New Black” star Dascha Polanco opened up about her insecurities.\n\n\
         “I was told I was too big,” Polanco said.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Polanco"), "{got:?}");
}

#[test]
fn an_acronym_after_a_title_is_no_person() {
    let doc = Document::analyze(
        "Contingency\n\nFormer DNC chairman Don Fowler said the party should have a plan.\n\n\
         “It’s something you would be a fool not to prepare for,” he said in an interview on Monday.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Don Fowler")]);
    assert!(doc.speakers.iter().all(|s| s.name != "DNC"), "{:?}", doc.speakers);
}

#[test]
fn an_occupation_opening_the_sentence_is_no_part_of_the_name() {
    let doc = Document::analyze(
        "Voices\n\nPollster Frank Luntz said “the debate changed nothing.”\n\n\
         Actress Kerry Washington said “this matters to all of us.”\n\n\
         Activist DeRay Mckesson said “we will keep marching.”\n\n\
         Christian Bale said “I never read the reviews.”",
    );
    assert_eq!(
        quote_speakers(&doc),
        vec![Some("Frank Luntz"), Some("Kerry Washington"), Some("DeRay Mckesson"), Some("Christian Bale")]
    );
}

#[test]
fn may_and_will_after_a_given_name_are_surnames() {
    let got = attributed(
        "Names\n\nBritish Prime Minister Theresa May said “Brexit means Brexit.”\n\n\
         “We are leaving,” said Theresa May.\n\nColumnist George Will wrote that “the party is lost.”",
    );
    let mentions: Vec<Option<&str>> = got.iter().map(|(_, m)| m.as_deref()).collect();
    assert_eq!(mentions, vec![Some("British Prime Minister Theresa May"), Some("Theresa May"), Some("Columnist George Will")]);
}

#[test]
fn no_one_is_guessed_for_a_show_named_before_a_role() {
    let doc = Document::analyze(
        "Latino Voices In Hollywood\n\nWatch the full stunt here.\n\n8\nDascha Polanco Opened Up About Not Being A Size Zero In Hollywood.\n\n\
         Getty.\n\n“Orange is the New Black” star Dascha Polanco opened up about her body-related insecurities growing up.\n\n\
         15\nJaime Camil’s Perfect Analogy For Hollywood’s Latino Problem.\n\nGetty.\n\n\
         “Jane The Virgin” star Jaime Camil is not only a big telenovela star on the hit CW show.",
    );
    let names = speaker_names(&doc);
    assert!(!names.contains(&"Size") && !names.contains(&"Problem"), "{names:?}");
    assert!(quote_speakers(&doc).is_empty(), "{:?}", quote_speakers(&doc));
}

#[test]
fn assured_reports_speech_and_a_passive_cue_names_no_claimant() {
    let doc = Document::analyze(
        "Rally in Macon\n\nAt a rally, Trump called Bruce LeVell onto the stage. “Donald Trump is not a racist, guys,” LeVell assured \
         the crowd.\n\nDylann Roof is accused of killing nine people inside the church in June 2015. Mark Quiros was charged with \
         taking $50 million from 400 investors in 2014.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Bruce LeVell")]);
    let claims: Vec<_> = doc.annotations.iter().filter(|a| a.kind == Kind::Claim).collect();
    assert!(claims.iter().any(|a| doc.quote_of(a).starts_with("Dylann Roof")), "{claims:?}");
    for a in claims {
        assert_eq!(a.speaker, None, "{}", doc.quote_of(a));
    }
}

#[test]
fn state_is_an_office_or_a_place_not_a_cue() {
    let got = attributed(
        "Clinton’s emails\n\n“We learned that from the State Department,” former secretary of state Hillary Rodham Clinton said on \
         Tuesday.\n\nSanders represents a neighboring state, Vermont, and young voters love his promise of a “political \
         revolution.”\n\nStates have different subsidy patterns, and there would be “immediate” concerns about how it would work \
         from state to state.\n\nWednesday on Fox News Channel’s “Fox & Friends,” Rep. Michael McCaul discussed the bill.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|m| m.ends_with("Hillary Rodham Clinton")), "{got:?}");
    assert!(got[1].1.as_deref().is_none_or(|m| !m.contains("neighboring")), "{got:?}");
}

#[test]
fn a_show_with_an_ampersand_is_a_name() {
    let got = attributed("Clearance bill\n\nRep. Michael McCaul said on “Fox & Friends” that the bill would pass this week.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_phrase_cut_before_its_noun_is_no_speaker() {
    let got = attributed(
        "Orlando\n\nObama described the attack as “a sobering reminder.”\n\nAnd he made a point of saying the nightclub “was a place of solidarity and \
         empowerment,” where people gathered.\n\nBush offered a Trump-style retort on Twitter, tweeting at him, “you aren’t just a \
         loser, you are a liar and a whiner.”\n\nIn late 2001, according to “Perfect Enough: Carly Fiorina and the Reinvention of \
         Hewlett-Packard” by George Anders, Fiorina sat in her study and called a dozen directors, asking each for a yes-no answer on \
         the merger.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("he"), "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Bush"), "{got:?}");
}

#[test]
fn a_clause_or_a_cut_phrase_is_no_mention() {
    let got = attributed(
        "Heckled\n\nSilverman, herself a Sanders supporter during the primary, incurred a wave of boos upon saying, “Hillary heard the \
         passion of the people.”\n\nThere will be plenty of “moaning.” And only when a woman can run for president without being \
         told to “smile, sweetheart, smile” will it be over.\n\nThe scheduling was so odd that a spokesman for Bernie Sanders could \
         only quip: “I guess Christmas Eve was booked.”",
    );
    let mentions: Vec<_> = got.iter().map(|(_, m)| m.as_deref()).collect();
    assert_eq!(mentions[0], Some("Silverman"), "{got:?}");
    assert!(mentions.iter().all(|m| m.is_none_or(|m| !m.contains("woman can") && !m.ends_with("upon"))), "{got:?}");
    assert!(mentions.last().copied().flatten().is_some_and(|m| m.ends_with("Bernie Sanders")), "{got:?}");
}

#[test]
fn a_name_and_its_verb_are_no_mention_and_a_show_before_its_kind_is_no_quotation() {
    let got = attributed(
        "Ban\n\nThe police union asked Ohio Gov. John Kasich for an order. Kasich resisted: “Ohio governors do not have the power to \
         suspend constitutional rights or state laws.”\n\nBy 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from listeners to \
         his “Keepin’ It Real” radio program, and Mr. Sharpton said it was “a shot in the arm.”",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Kasich"), "{got:?}");
    assert_eq!(got[1].0, "a shot in the arm.", "{got:?}");
}

#[test]
fn a_transcripts_labels_name_each_turns_speaker() {
    let doc = Document::analyze(
        "Pence on Fox News Sunday\n\nOn Sunday, Gov. Mike Pence spoke to Chris Wallace.\n\nPartial transcript as follows:\n\n\
         \"WALLACE: Will Gennifer Flowers be there tomorrow night?\n\n\"PENCE: Well, look, she will not be attending the debate.\n\n\
         \"(CROSSTALK.)\n\n\"WALLACE: Governor, I don’t want to interrupt.\n\n\"PENCE: And that’s why Donald Trump is on his way.\"",
    );
    let quotes: Vec<&str> = doc.annotations.iter().filter(|a| a.kind == Kind::Quote).map(|a| doc.quote_of(a)).collect();
    assert_eq!(quotes.len(), 4, "{quotes:?}");
    assert!(quotes[1].starts_with("Well, look"), "{quotes:?}");
    assert_eq!(quote_speakers(&doc), vec![Some("Chris Wallace"), Some("Mike Pence"), Some("Chris Wallace"), Some("Mike Pence")]);
}

#[test]
fn an_unmarked_transcripts_labels_name_each_turns_speaker() {
    let doc = Document::analyze(
        "Fallin on racial healing\n\nOklahoma Gov. Mary Fallin spoke to CNN’s Jake Tapper on Sunday.\n\n\
         JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing.\n\n\
         FALLIN: Well, I think the whole nation needs to work together.\n\n\
         TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n\
         FALLIN: I think he is trying to campaign as a racial healer.\n\n\
         TAPPER: Why not debate?\n\n\
         FALLIN: Because the debates have been set by the party for months, and the party has set them for all of us.",
    );
    let quotes: Vec<&str> = doc.annotations.iter().filter(|a| a.kind == Kind::Quote).map(|a| doc.quote_of(a)).collect();
    assert_eq!(quotes.len(), 6, "{quotes:?}");
    assert!(quotes[1].starts_with("Well, I think"), "{quotes:?}");
    // A short turn between long ones is no heading.
    assert_eq!(quotes[4], "Why not debate?");
    assert_eq!(quote_speakers(&doc)[..5], [Some("Jake Tapper"), Some("Mary Fallin"), Some("Jake Tapper"), Some("Mary Fallin"), Some("Jake Tapper")]);
}

#[test]
fn a_transcript_with_timed_labels_names_each_turns_speaker_and_claimant() {
    let doc = Document::analyze(
        "Mayoral Debate Transcript: Ortiz and Delgado Spar Over Housing\n\n\
         Transcript of the second mayoral debate in Springfield between Maria Ortiz and Tom Delgado, moderated by Dana Reyes.\n\n\
         Dana Reyes: [00:05]\n\nGood evening and welcome to the second debate. Let’s begin with housing.\n\n\
         Maria Ortiz: (00:41)\n\nThank you, Dana. Rents in this city have risen by 40 percent in five years, and wages have not kept up.\n\n\
         We will build 10,000 new homes by 2030, and we will pay for them without raising property taxes.\n\n\
         Tom Delgado: (01:58)\n\nThat number is a fantasy. The city built fewer than 900 homes last year under her housing plan.",
    );
    let quotes: Vec<&str> = doc.annotations.iter().filter(|a| a.kind == Kind::Quote).map(|a| doc.quote_of(a)).collect();
    assert_eq!(quotes.len(), 4, "{quotes:?}");
    assert!(quotes[2].starts_with("We will build"), "{quotes:?}");
    // The label, not its time, names the speaker; a turn's second paragraph is still hers.
    assert_eq!(quote_speakers(&doc), vec![Some("Dana Reyes"), Some("Maria Ortiz"), Some("Maria Ortiz"), Some("Tom Delgado")]);
    // What the speakers say is checked as what an article says, and is theirs.
    let claims: Vec<(&str, Option<&str>)> = doc
        .annotations
        .iter()
        .filter(|a| a.kind == Kind::Claim)
        .map(|a| (doc.quote_of(a), a.speaker.as_deref().and_then(|s| doc.speaker(s)).map(|s| s.name.as_str())))
        .collect();
    assert!(claims.contains(&("Rents in this city have risen by 40 percent in five years", Some("Maria Ortiz"))), "{claims:?}");
    assert!(claims.iter().any(|(c, who)| c.starts_with("We will build 10,000 new homes") && *who == Some("Maria Ortiz")), "{claims:?}");
    assert!(claims.iter().any(|(c, who)| c.starts_with("The city built fewer than 900") && *who == Some("Tom Delgado")), "{claims:?}");
    // Speakers a transcript numbers for want of names are speakers too.
    let doc = Document::analyze("Podcast, episode 12\n\nSpeaker 1: (00:00)\n\nWelcome back.\n\nSpeaker 2: (00:12)\n\nThanks for having me.\n\nSpeaker 1: (00:31)\n\nIs that the largest?");
    assert_eq!(quote_speakers(&doc), vec![Some("Speaker 1"), Some("Speaker 2"), Some("Speaker 1")]);
    // Otter's export: two spaces and the bare time.
    let doc = Document::analyze("Interview with the mayor\n\nAna Diaz  0:00\n\nWelcome back.\n\nTom Kerr  0:12\n\nThanks for having me.\n\nAna Diaz  1:02:31\n\nIs that the largest?");
    assert_eq!(quote_speakers(&doc), vec![Some("Ana Diaz"), Some("Tom Kerr"), Some("Ana Diaz")]);
}

#[test]
fn a_cable_news_transcripts_labels_carry_notes_and_descriptions() {
    let doc = Document::analyze(
        "State of the Union transcript\n\n\
         TAPPER: Welcome back. Joining me now is Senator Amy Klobuchar.\n\n\
         SEN. AMY KLOBUCHAR (D-MN): Thanks. Prices went up by 9 percent last year, and families feel it.\n\n\
         TAPPER: Let's listen to what the former president said on Friday.\n\n(BEGIN VIDEO CLIP)\n\n\
         DONALD TRUMP (R), FORMER PRESIDENT OF THE UNITED STATES: We will cut taxes again in the first week.\n\n(END VIDEO CLIP)\n\n\
         KLOBUCHAR: The last tax cut added 2 trillion dollars to the debt.",
    );
    let quotes: Vec<&str> = doc.annotations.iter().filter(|a| a.kind == Kind::Quote).map(|a| doc.quote_of(a)).collect();
    assert_eq!(quotes.len(), 5, "{quotes:?}");
    assert!(quotes[1].starts_with("Thanks.") && quotes[3].starts_with("We will cut"), "{quotes:?}");
    assert_eq!(quote_speakers(&doc), vec![Some("Tapper"), Some("Amy Klobuchar"), Some("Tapper"), Some("Donald Trump"), Some("Amy Klobuchar")]);
    // The description names no one: only the people who speak, and the one named in the text.
    let names = speaker_names(&doc);
    assert_eq!(names, ["Tapper", "Amy Klobuchar", "Donald Trump"]);
}

#[test]
fn a_white_house_transcripts_questions_are_no_headings() {
    let doc = Document::analyze(
        "Remarks by President Biden Before Marine One Departure\n\n\
         THE PRESIDENT: Good morning. We added 300,000 jobs last month, the best spring since 1994.\n\n\
         Q    What about the strike?\n\n\
         THE PRESIDENT: I spoke with both sides yesterday, and I will speak with them again on Friday.\n\n\
         MS. JEAN-PIERRE: Thank you, everyone. We have to go.",
    );
    assert!(doc.blocks().iter().all(|b| b.kind != claimlens::core::article::BlockKind::Heading), "{:?}", doc.blocks());
    assert_eq!(quote_speakers(&doc), vec![Some("Biden"), Some("Biden"), Some("Jean-Pierre")]);
    // The labels as other names are written as names are.
    assert_eq!(aliases(&doc, "Biden"), ["President Biden", "The President"]);
    assert_eq!(aliases(&doc, "Jean-Pierre"), ["Ms. Jean-Pierre"]);
}

#[test]
fn an_interviews_answers_are_the_interviewees() {
    let doc = Document::analyze(
        "Q&A with Vice President Joe Biden\n\nBy Jane Roe\n\nVice President Joe Biden spoke with Jane Roe and Tom Poe of the Post on Air Force Two.\n\n\
         Q: You have been talking about how the country is on the upswing. Why?\n\n\
         A: Because it is. Everybody is making the same mistake.\n\n\
         Q: Did Senator Sanders call you?\n\n\
         A: Not yet, I will.",
    );
    let quotes: Vec<&str> = doc.annotations.iter().filter(|a| a.kind == Kind::Quote).map(|a| doc.quote_of(a)).collect();
    assert_eq!(quotes, vec!["Because it is. Everybody is making the same mistake.", "Not yet, I will."]);
    assert_eq!(quote_speakers(&doc), vec![Some("Joe Biden"), Some("Joe Biden")]);
}

#[test]
fn a_question_opening_on_will_names_no_one() {
    let names = |text: &str| Document::analyze(text).speakers.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
    assert_eq!(names("Lee\n\nMayor Ann Lee spoke on Friday.\n\nWill she run again? Will it last?\n\n“I have not decided,” Lee said."), vec!["Ann Lee"]);
    // Someone called Will is named in full.
    assert_eq!(names("Hurd\n\nRep. Will Hurd spoke on Friday.\n\n“I have not decided,” Will Hurd said."), vec!["Will Hurd"]);
}

#[test]
fn an_institutions_word_after_a_title_and_a_bill_of_rights_name_no_one() {
    let doc = Document::analyze(
        "Emails\n\nThe Justice Department closed the case. Sen. Ann Lee cited the Bill of Rights.\n\n“It is over,” Lee said.",
    );
    let names = speaker_names(&doc);
    assert_eq!(names, vec!["Ann Lee"]);
}

#[test]
fn a_lone_given_name_of_a_named_speaker_is_no_speaker_of_its_own() {
    let doc = Document::analyze(
        "Clintons\n\nBill and Hillary Clinton arrived on Monday. Hillary Clinton spoke first.\n\n\
         “We are glad to be here,” former President Bill Clinton said.\n\n“So am I,” Hillary Clinton said.",
    );
    let names = speaker_names(&doc);
    assert!(!names.contains(&"Bill") && !names.contains(&"Hillary"), "{names:?}");
    assert!(names.contains(&"Bill Clinton") && names.contains(&"Hillary Clinton"), "{names:?}");
}

#[test]
fn a_common_word_or_a_place_after_a_title_is_no_one() {
    let doc = Document::analyze(
        "Rally\n\nThe Queen City remains calm, the mayor said on Monday in the city. Sen. Tim Kaine of Virginia spoke.\n\n“We are calm,” Kaine said.",
    );
    let names = speaker_names(&doc);
    assert_eq!(names, vec!["Tim Kaine"]);
}

#[test]
fn several_or_few_opening_a_sentence_are_unnamed_people() {
    let doc = Document::analyze("Schools\n\nParents met on Monday.\n\nSeveral said they would rather see “block grants” to states. Few said “no” to that.");
    assert!(doc.speakers.is_empty(), "{:?}", doc.speakers);
    let mentions: Vec<&str> = doc.annotations.iter().filter_map(|a| a.speaker_mention.and_then(|m| m.slice(doc.text()))).collect();
    assert_eq!(mentions, vec!["Several", "Few"]);
}

#[test]
fn a_headlines_verb_is_not_part_of_the_name_before_it() {
    let doc = Document::analyze(
        "Donald Trump Rampages to 32 Point Lead in Florida\n\nDonald Trump leads the field in Florida, a new poll finds.\n\n“We will win Florida,” Trump said.",
    );
    let names = speaker_names(&doc);
    assert_eq!(names, vec!["Donald Trump"]);
    // A name of three words that the article writes in full elsewhere stays whole.
    let doc = Document::analyze("Hillary Rodham Clinton in Iowa\n\nHillary Rodham Clinton arrived on Monday.\n\n“We will win,” Clinton said.");
    assert_eq!(doc.speakers.first().map(|s| s.name.as_str()), Some("Hillary Rodham Clinton"));
}

#[test]
fn someone_named_only_in_a_headline_with_nothing_attributed_is_no_speaker() {
    let doc = Document::analyze(
        "Hillary Camp Declining To Debate Bernie\n\nThe campaign of Hillary Clinton says it will not debate again.\n\n“We have debated enough,” Clinton said.",
    );
    let names = speaker_names(&doc);
    assert_eq!(names, vec!["Hillary Clinton"]);
}

#[test]
fn a_town_and_its_state_are_no_people() {
    let doc = Document::analyze(
        "Rally\n\nPence spoke in Williamsburg, Virginia, in the pouring rain. At a plant in Warren, Michigan, Clinton spoke \
         too.\n\n“We will win,” Pence said.",
    );
    let names = speaker_names(&doc);
    assert!(!names.contains(&"Virginia") && !names.contains(&"Warren"), "{names:?}");
    assert!(names.contains(&"Pence"), "{names:?}");
}

#[test]
fn someone_asked_between_two_quotations_does_not_take_the_second() {
    let doc = Document::analyze("Vote\n\n“We will win this,” Mary Smith said, and her husband Tom Jones was asked about the count. “It is not over yet.”");
    assert_eq!(quote_speakers(&doc), vec![Some("Mary Smith"), Some("Mary Smith")]);
}

#[test]
fn a_generation_is_no_surname() {
    // "Jr." is neither Biden's nor Dunford's surname: two people, each titled by his own.
    let doc = Document::analyze(
        "Iraq\n\nVice President Joseph R. Biden Jr. met Gen. Joseph F. Dunford Jr. on Monday.\n\n\
         “We are making progress,” Mr. Biden said.\n\n“The fight is hard,” Gen. Dunford said.",
    );
    assert_eq!(quote_speakers(&doc), [Some("Joseph R. Biden Jr."), Some("Joseph F. Dunford Jr.")]);
    assert!(aliases(&doc, "Joseph R. Biden Jr.").contains(&"Vice President Biden".to_string()), "{:?}", aliases(&doc, "Joseph R. Biden Jr."));
    assert!(aliases(&doc, "Joseph F. Dunford Jr.").iter().all(|a| !a.ends_with(" Jr.")), "{:?}", aliases(&doc, "Joseph F. Dunford Jr."));
    // A father and his son of one name are two people; "Donald Jr." is the son, in either order;
    // a regnal number stays with the name ("King Abdullah II").
    let doc = Document::analyze(
        "Convention\n\nHis son Donald Jr. spoke first. “It is a movement,” said Donald Trump Jr. on Tuesday.\n\n\
         “We will win,” Donald Trump said.\n\n“Peace is near,” said King Abdullah II of Jordan.",
    );
    assert_eq!(quote_speakers(&doc), [Some("Donald Trump Jr."), Some("Donald Trump"), Some("Abdullah II")]);
    let junior = aliases(&doc, "Donald Trump Jr.");
    assert!(junior.contains(&"Donald Jr.".to_string()), "{junior:?}");
    let king = aliases(&doc, "Abdullah II");
    assert!(king.contains(&"King Abdullah II".to_string()), "{king:?}");
    // The subject "Joseph R. Murray Jr." is who "he" goes on to be: not a man named after him,
    // nor another "Jr." named more often.
    let doc = Document::analyze(
        "Law\n\nThomas Barrack Jr. hosted a dinner. Barrack spoke first.\n\n\
         Joseph R. Murray Jr., a lawyer, later came out as gay. He counts himself as a Donald Trump supporter. \
         He wrote a commentary mocking state leaders as \"obsessed\" with it.",
    );
    assert_eq!(quote_speakers(&doc), [Some("Joseph R. Murray Jr.")]);
}

#[test]
fn mr_and_mrs_of_one_surname_are_two_people() {
    // "Mr. Obama" and "President Obama" are not Michelle Obama, whom the article names after
    // him; the surname both bear is shown with his title.
    let doc = Document::analyze(
        "Party\n\nMr. Obama hosted a party on Monday with the first lady, Michelle Obama.\n\n\
         “It was a good year,” President Obama said.\n\n“We are grateful,” Michelle Obama said.\n\n“Thank you,” Mrs. Obama added.",
    );
    assert_eq!(quote_speakers(&doc), [Some("Mr. Obama"), Some("Michelle Obama"), Some("Michelle Obama")]);
    let michelle = aliases(&doc, "Michelle Obama");
    assert!(!michelle.iter().any(|a| a.starts_with("Mr.") || a.starts_with("President")), "{michelle:?}");
    // A lone surname is no given name: "Madison said" is Joe Madison, and Lee Epstein may be "Ms. Epstein".
    let doc = Document::analyze(
        "Radio\n\nJoe Madison hosts a show. Lee Epstein teaches law.\n\n“Nobody saw it coming,” said Madison.\n\n“It is rare,” Ms. Epstein said.",
    );
    assert_eq!(speaker_names(&doc), ["Joe Madison", "Lee Epstein"]);
}

#[test]
fn a_bare_given_name_or_place_with_nothing_said_is_no_speaker() {
    // "Christian" (an adjective), "Charlotte" (a city), "Chelsea" (a first name alone): listed
    // only when something is attributed to them.
    let doc = Document::analyze(
        "Iowa\n\nChristian voters filled the hall in Charlotte. Chelsea waved from the stage.\n\n\
         “We are winning,” Ted Cruz said.",
    );
    assert_eq!(speaker_names(&doc), ["Ted Cruz"]);
    let doc = Document::analyze("Visit\n\nShe arrived on Monday.\n\n“It is good to be home,” Chelsea said.");
    assert_eq!(speaker_names(&doc), ["Chelsea"]);
}

#[test]
fn a_name_written_with_a_no_break_space_is_shown_with_a_space() {
    let doc = Document::analyze("Debate\n\n“We will win,” said Marco\u{a0}Rubio on Monday.\n\n“No,” Marco Rubio added.");
    assert_eq!(speaker_names(&doc), ["Marco Rubio"]);
    assert_eq!(quote_speakers(&doc), [Some("Marco Rubio"), Some("Marco Rubio")]);
}

#[test]
fn counsel_is_a_title_and_technology_an_institution() {
    let doc = Document::analyze(
        "Emails\n\n“The FBI will provide this information,” FBI General Counsel James A. Baker wrote.\n\n\
         Li Wei, a doctoral student at the Georgia Institute of Technology, urged readers to wait, even if critics call the plan \"crazy and stupid.\"",
    );
    assert!(!speaker_names(&doc).contains(&"Technology"), "{:?}", speaker_names(&doc));
    assert_eq!(quote_speakers(&doc)[0], Some("James A. Baker"));
    assert!(speaker_names(&doc).contains(&"James A. Baker"), "{:?}", speaker_names(&doc));
}

#[test]
fn only_a_phrase_for_one_person_is_their_description() {
    // Not a plural ("her wealthy donor friends"), not a clause ("his immigration message is
    // potent"); "one of the campaign's top aides" is one person.
    let doc = Document::analyze(
        "Friends\n\nUnlike many of her wealthy donor friends, Betsy Ebeling lives a quiet life.\n\n“It hurts,” Ebeling said.\n\n\
         Even in a state where his immigration message is potent, Trump could not win.\n\n“We will win,” Trump said.\n\n\
         Jeff Weaver runs the campaign. Weaver, one of the campaign's top aides, recalled \"a long night.\"\n\n\
         The aide who helped engineer his ouster, Paul Manafort, said \"it was time.\"",
    );
    assert_eq!(aliases(&doc, "Betsy Ebeling"), ["Ebeling"]);
    assert!(aliases(&doc, "Trump").is_empty(), "{:?}", aliases(&doc, "Trump"));
    assert!(aliases(&doc, "Jeff Weaver").contains(&"One of the campaign's top aides".to_string()), "{:?}", aliases(&doc, "Jeff Weaver"));
    assert!(aliases(&doc, "Paul Manafort").is_empty(), "{:?}", aliases(&doc, "Paul Manafort"));
}

#[test]
fn a_phrase_ending_an_opening_clause_is_no_apposition() {
    // "his onetime rival" is Hillary Clinton, not Mr. Obama, who opens the next clause; an
    // apposition that ends a long sentence stays ("helped elect the union’s president, Karen Lewis").
    let doc = Document::analyze(
        "Rally\n\nHillary Clinton spoke first. While he has come to respect his onetime rival, Mr. Obama is also wary.\n\n\
         “It is about me,” Mr. Obama said.\n\nWhen Sanders spoke, teachers who helped elect the union’s president, Karen Lewis, cheered. \
         “We are ready,” Lewis said.",
    );
    assert_eq!(quote_speakers(&doc)[0], Some("Obama"));
    assert!(!aliases(&doc, "Obama").iter().any(|a| a.contains("rival")), "{:?}", doc.speakers);
    assert!(aliases(&doc, "Karen Lewis").contains(&"The union’s president".to_string()), "{:?}", aliases(&doc, "Karen Lewis"));
}

#[test]
fn a_city_that_is_also_a_given_name_is_no_one() {
    // "Charlotte" and "Austin" are cities here: "she" is not Charlotte, "he" not Austin.
    let doc = Document::analyze(
        "Unrest\n\nThe unrest in Charlotte went on for two nights.\n\nIn the video, a woman shouts. \"Don't shoot him,\" she says.\n\n\
         James Henson teaches at the University of Texas at Austin. \"He is in good shape,\" he said.",
    );
    assert_eq!(quote_speakers(&doc), [None, Some("James Henson")]);
}

#[test]
fn one_of_several_senators_is_titled_as_one() {
    let doc = Document::analyze("Iran\n\nSens. Tim Kaine and Mark Warner spoke on Monday.\n\n“We will vote no,” Kaine said.");
    let kaine = aliases(&doc, "Tim Kaine");
    assert!(kaine.contains(&"Sen. Kaine".to_string()), "{kaine:?}");
}

#[test]
fn a_claimant_is_found_past_an_apposition() {
    // "Bill Taylor, an organizer of the rallies, said …" is Bill Taylor's claim; "… after Warren
    // Buffett, the billionaire investor, complained …" is no claim of Buffett's.
    let doc = Document::analyze(
        "Protests\n\nBill Taylor, an organizer of the rallies, said he expected up to 250,000 people to march in Philadelphia.\n\n\
         For incomes above $1 million, she would install a 30 percent tax rate, known as the Buffett rule after Warren Buffett, \
         the billionaire investor, complained that he paid 17 percent in taxes.",
    );
    let claims: Vec<(String, Option<&str>)> = doc
        .annotations
        .iter()
        .filter(|a| a.kind == Kind::Claim)
        .map(|a| (doc.quote_of(a).chars().take(12).collect(), a.speaker.as_deref().and_then(|id| doc.speakers.iter().find(|s| s.id == id)).map(|s| s.name.as_str())))
        .collect();
    assert!(claims.contains(&("Bill Taylor,".to_string(), Some("Bill Taylor"))), "{claims:?}");
    assert!(claims.iter().all(|(_, who)| *who != Some("Warren Buffett")), "{claims:?}");
}

/// The words naming each quotation's speaker.
fn mentions(text: &str) -> Vec<Option<String>> {
    attributed(text).into_iter().map(|(_, m)| m).collect()
}

/// French articles: the speech verbs, "a-t-il"/"dit-elle", "selon" and the byline read as in
/// English; speakers keep the article's own words (no English title made up for them).
#[test]
fn a_french_article_names_its_speakers() {
    let text = "Le gouvernement promet une réforme des retraites avant l'été\n\nPar Claire Dupont\n\n\
        Le Premier ministre, François Bayrou, a assuré mardi que la réforme serait présentée « avant l'été ». \
        « Nous n'avons pas le choix, il faut agir maintenant », a-t-il déclaré devant les députés.\n\n\
        « C'est une provocation », a réagi Marine Le Pen, présidente du groupe RN à l'Assemblée nationale. \
        Selon elle, le texte « ne passera pas ».\n\n\
        La ministre du Travail, Astrid Panosyan-Bouvet, a estimé que « le dialogue social doit reprendre ». \
        « Les syndicats seront reçus jeudi », dit-elle.";
    let doc = Document::analyze(text);
    assert_eq!(
        quote_speakers(&doc),
        vec![Some("François Bayrou"), Some("François Bayrou"), Some("Marine Le Pen"), Some("Marine Le Pen"), Some("Astrid Panosyan-Bouvet"), Some("Astrid Panosyan-Bouvet")]
    );
    let mentions = mentions(text);
    assert_eq!(mentions[1].as_deref(), Some("a-t-il"));
    assert_eq!(mentions[5].as_deref(), Some("elle"));
    // The byline's author is no speaker, and "Travail" (the ministry) is no one.
    assert_eq!(speaker_names(&doc), vec!["François Bayrou", "Marine Le Pen", "Astrid Panosyan-Bouvet"]);
    assert_eq!(aliases(&doc, "Marine Le Pen"), vec!["Le Pen".to_string()]);
}

/// German articles: "sagte X", "so X", compound titles ("Wirtschaftsminister", "CDU-Chef"),
/// and capitalised nouns that are no one ("am Donnerstag", "der Zeitung").
#[test]
fn a_german_article_names_its_speakers() {
    let text = "Scholz warnt vor Handelskrieg mit den USA\n\nVon Anna Becker\n\n\
        Bundeskanzler Olaf Scholz hat am Dienstag vor einem Handelskrieg gewarnt. „Ein Handelskrieg kennt nur Verlierer“, sagte Scholz in Berlin.\n\n\
        „Wir sind vorbereitet“, erklärte Wirtschaftsminister Robert Habeck am Mittwoch. Die Opposition kritisierte den Kurs scharf. \
        „Die Regierung hat keinen Plan“, sagte CDU-Chef Friedrich Merz der Zeitung.\n\n\
        Am Donnerstag wollen die Minister erneut beraten. „Wir brauchen eine europäische Antwort“, so Habeck.";
    let doc = Document::analyze(text);
    assert_eq!(quote_speakers(&doc), vec![Some("Olaf Scholz"), Some("Robert Habeck"), Some("Friedrich Merz"), Some("Robert Habeck")]);
    assert_eq!(mentions(text)[2].as_deref(), Some("CDU-Chef Friedrich Merz"));
    assert_eq!(speaker_names(&doc), vec!["Olaf Scholz", "Robert Habeck", "Friedrich Merz"]);
    assert_eq!(aliases(&doc, "Robert Habeck"), vec!["Habeck".to_string()]);
}

/// A French role named once with the person ("La ministre du Travail, Astrid
/// Panosyan-Bouvet,") names her later ("a précisé la ministre"); both are her aliases as written.
#[test]
fn a_french_role_names_the_person_it_described() {
    let doc = Document::analyze(
        "Réforme des retraites\n\nLa ministre du Travail, Astrid Panosyan-Bouvet, a estimé que « le dialogue social doit reprendre ». \
         « Nous recevrons les syndicats dès jeudi », a précisé la ministre devant la presse.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Astrid Panosyan-Bouvet"), Some("Astrid Panosyan-Bouvet")]);
    assert_eq!(aliases(&doc, "Astrid Panosyan-Bouvet"), vec!["La ministre du Travail".to_string(), "La ministre".to_string()]);
}

/// "the minister" is not the prime minister: with both named, it is the other minister (a
/// rank word — prime, vice, deputy — makes another office), in English and in French.
#[test]
fn the_minister_is_not_the_prime_minister() {
    let doc = Document::analyze(
        "Unions\n\nThe prime minister, Keir Starmer, said the reform was “essential for growth”. The labour minister, Jane Roe, \
         argued that “social dialogue must resume now”. “We will receive the unions on Thursday,” said the minister.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Keir Starmer"), Some("Jane Roe"), Some("Jane Roe")]);
    let doc = Document::analyze(
        "Retraites\n\nLe Premier ministre, François Bayrou, a assuré que la réforme serait présentée « avant l'été ». \
         La ministre du Travail, Astrid Panosyan-Bouvet, a estimé que « le dialogue social doit reprendre ». \
         « Nous recevrons les syndicats dès jeudi », a précisé la ministre.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("François Bayrou"), Some("Astrid Panosyan-Bouvet"), Some("Astrid Panosyan-Bouvet")]);
}

/// A European given name ("François", "Jean-Luc", "Annalena") makes a person of the name,
/// so "he"/"il" after it can stand for them, as "John Smith" always could; and French
/// speech verbs beyond "dire" ("a promis") name who promised.
#[test]
fn european_given_names_and_french_speech_verbs() {
    for name in ["François Bayrou", "Jean-Luc Mélenchon", "Friedrich Merz", "José Álvarez"] {
        let doc = Document::analyze(&format!("Budget talks\n\n{name} was before the MPs on Tuesday. “We have no choice,” he said."));
        assert_eq!(quote_speakers(&doc), vec![Some(name)], "{name}");
    }
    let doc = Document::analyze(
        "Le gouvernement veut relancer la réforme\n\nLe Premier ministre François Bayrou a défendu mardi son projet devant les députés. \
         « Nous n'avons pas le choix », a-t-il déclaré à l'Assemblée nationale.\n\n\
         La CGT, de son côté, dénonce « un passage en force ». Sophie Binet, sa secrétaire générale, a promis « une mobilisation massive ». \
         « Nous serons dans la rue jeudi », a-t-elle ajouté.",
    );
    assert_eq!(
        quote_speakers(&doc),
        vec![Some("François Bayrou"), Some("CGT"), Some("Sophie Binet"), Some("Sophie Binet")]
    );
}

/// German "sie" after a verb in the plural ("sagten sie") is "they", not "she": the
/// quotation is the group's, not the last woman named; "sagte sie" is still her.
#[test]
fn german_sie_after_a_plural_verb_is_they() {
    let text = "Streit um den Haushalt\n\nVon Anna Becker\n\nAnnalena Baerbock versprach am Montag „eine faire Lösung“. \
         „Niemand wird im Stich gelassen“, sagte sie.\n\nDie Grünen im Bundestag sehen das anders. \
         „Das ist unverantwortlich“, sagten sie in einer gemeinsamen Erklärung.";
    assert_eq!(quote_speakers(&Document::analyze(text)), vec![Some("Annalena Baerbock"), Some("Annalena Baerbock"), None]);
    assert_eq!(mentions(text)[2].as_deref(), Some("sie"));
}

#[test]
fn now_between_the_speaker_and_the_cue_and_a_pronoun_after_a_phrase_of_time() {
    let doc = Document::analyze(
        "Convention notes\n\nRepublican Thomas Massie now said Trump had “the opportunity to bring us together.”\n\n\
         My father died years ago. My mother has softened with age, but even now at 86 she still says things such as, “We are not all meant to be equal.”",
    );
    assert_eq!(quote_speakers(&doc)[0], Some("Thomas Massie"), "{:?}", doc.annotations);
    // The pronoun is the subject: "now at 86" is no phrase to read past, to "My mother".
    let got = attributed(doc.text());
    assert_eq!(got[1].1.as_deref(), Some("she"), "{got:?}");
}

#[test]
fn a_people_s_adjective_opening_the_sentence_is_no_one_s_name() {
    let doc = Document::analyze(
        "Europe reacts\n\nItalian officials welcomed the comments, calling them “a wake-up call.”\n\n\
         Polish officials also welcomed them, calling them “long overdue.”",
    );
    assert!(doc.speakers.iter().all(|s| s.name != "Italian" && s.name != "Polish"), "{:?}", doc.speakers);
}

#[test]
fn a_surname_alone_in_the_story_is_named_in_full_from_a_photo_caption() {
    let doc = Document::analyze(
        "Europe scrambles after the talks\n\nFebruary 17, 2025\n\nEnlarge this image\n\
         French President Emmanuel Macron speaks in Paris on Monday.\nLudovic Marin/AP\n\n\
         European leaders gathered in Paris on Monday to discuss their response.\n\n\
         “We have to be at the table,” Macron said.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Emmanuel Macron")]);
    assert_eq!(aliases(&doc, "Emmanuel Macron"), vec!["Macron".to_string()]);
    // Nobody named only in the caption becomes a speaker.
    assert_eq!(doc.speakers.len(), 1, "{:?}", doc.speakers);
}

#[test]
fn initials_are_a_given_name_but_a_country_is_not() {
    let doc = Document::analyze(
        "Vance warns Europe\n\nThe US vice-president, JD Vance, told the conference that Europe faced a threat from within.\n\n\
         “The threat I worry the most about is not Russia,” Vance said.\n\n\
         “We will act,” Starmer said. Critics of the UK Starmer government said it was too slow.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("JD Vance"), Some("Starmer")]);
    // With dots too.
    let doc = Document::analyze(
        "Militias\n\nAn expert on militias, J.J. MacNab, has followed the group for years.\n\n“They are organised,” MacNab said.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("J.J. MacNab")]);
}

#[test]
fn a_given_name_outdoes_initials_that_name_a_firm() {
    let doc = Document::analyze(
        "The Fed abroad\n\nLaurence Meyer, a former Fed governor who argued with her at the conference, said the Fed looks home.\n\n\
         “The Fed does not care about you at all,” said Mr. Meyer, who runs L.H. Meyer, a research firm.",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Laurence Meyer")]);
}

/// Spanish articles: speech verbs in the past and present perfect ("afirmó", "ha dicho"), a
/// subject left out ("«…», dijo."), "según", unnamed sources ("Fuentes del ministerio"), whom
/// it was said to before who said it ("dijo a este diario un dirigente"), and roles named
/// with "de" ("La ministra de Trabajo", "El gobernador de Buenos Aires").
#[test]
fn spanish_articles_name_their_speakers() {
    let page = |f: &str| std::fs::read_to_string(format!("{}/tests/data/pastes/{f}", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
    let doc = Document::analyze(&page("spanish.txt"));
    let (sanchez, feijoo, diaz, sordo) = (Some("Pedro Sánchez"), Some("Alberto Núñez Feijóo"), Some("Yolanda Díaz"), Some("Unai Sordo"));
    assert_eq!(quote_speakers(&doc), vec![sanchez, sanchez, feijoo, feijoo, diaz, diaz, None, sordo]);
    assert_eq!(speaker_names(&doc), vec!["Pedro Sánchez", "Alberto Núñez Feijóo", "Yolanda Díaz", "Unai Sordo"]);
    assert_eq!(aliases(&doc, "Unai Sordo"), vec!["El secretario general de CC OO".to_string()]);
    let said_by = mentions(&page("spanish.txt"));
    assert_eq!(said_by[3].as_deref(), Some("él"));
    assert_eq!(said_by[6].as_deref(), Some("Fuentes del ministerio"));
    let text = page("spanish-wire.txt");
    let doc = Document::analyze(&text);
    let (milei, caputo, kicillof) = (Some("Javier Milei"), Some("Luis Caputo"), Some("Axel Kicillof"));
    assert_eq!(quote_speakers(&doc), vec![milei, milei, Some("Cristina Fernández de Kirchner"), caputo, None, kicillof, kicillof]);
    assert_eq!(mentions(&text)[4].as_deref(), Some("un dirigente sindical"));
    assert_eq!(aliases(&doc, "Axel Kicillof"), vec!["El gobernador de Buenos Aires".to_string()]);
}

/// A description with "of" before a name in apposition: the name speaks, and the name after
/// "of" ("Nato", "Buenos Aires", "New Jersey") is no one.
#[test]
fn a_role_of_a_body_or_place_then_the_name() {
    let text = "Talks\n\n“We will grow,” said the company's chief executive, Jane Doe.\n\n\
        “We will be vigilant,” said the head of the union, Unai Sordo.\n\n\
        “We will act,” said the secretary general of Nato, Mark Rutte.\n\n\
        The governor of Buenos Aires, Axel Kicillof, has said that the province “will not accept” the cuts.\n\n\
        Critics of the governor of New Jersey said the plan was “a disgrace”.";
    let doc = Document::analyze(text);
    assert_eq!(quote_speakers(&doc), vec![Some("Jane Doe"), Some("Unai Sordo"), Some("Mark Rutte"), Some("Axel Kicillof"), None]);
    assert_eq!(speaker_names(&doc), vec!["Jane Doe", "Unai Sordo", "Mark Rutte", "Axel Kicillof"]);
    assert_eq!(aliases(&doc, "Mark Rutte"), vec!["The secretary general of Nato".to_string()]);
    assert_eq!(aliases(&doc, "Axel Kicillof"), vec!["The governor of Buenos Aires".to_string()]);
    // Not when the description ends a clause the sentence opens with.
    let doc = Document::analyze(
        "Climate\n\nAsked whether Trump could be the next occupant of the White House, Ban demurred. “We will see,” Ban said.",
    );
    assert_eq!(aliases(&doc, "Ban"), Vec::<String>::new());
}

/// A relative clause between the speaker and the cue: whichever cue follows, the one it
/// describes speaks, not the speaker of the quotation before.
#[test]
fn a_speaker_with_a_relative_clause_before_the_cue() {
    let got = mentions(
        "Talks\n\n“We will be vigilant,” said Unai Sordo.\n\n\
         “It is madness,” a union leader who asked not to be identified told this newspaper.",
    );
    assert_eq!(got[1].as_deref(), Some("a union leader"));
}

/// Portuguese articles: "afirmou", "disse ele", "acrescentou" with no subject, "criticou o
/// senador …", roles with "da" ("O ministro da Fazenda"), a name with a particle inside
/// ("Luiz Inácio Lula da Silva") kept whole, as in English, and "Lula" as its short name.
#[test]
fn portuguese_articles_name_their_speakers() {
    let text = std::fs::read_to_string(format!("{}/tests/data/pastes/portuguese.txt", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
    let doc = Document::analyze(&text);
    let (lula, haddad) = (Some("Luiz Inácio Lula da Silva"), Some("Fernando Haddad"));
    // The headline's "Lula" is the president's short name: a middle word of his name.
    assert_eq!(quote_speakers(&doc), vec![lula, lula, haddad, haddad, Some("Flávio Bolsonaro"), Some("Gleisi Hoffmann")]);
    assert_eq!(aliases(&doc, "Luiz Inácio Lula da Silva"), vec!["Lula".to_string(), "da Silva".to_string()]);
    assert_eq!(aliases(&doc, "Fernando Haddad"), vec!["O ministro da Fazenda".to_string()]);
    assert_eq!(mentions(&text)[1].as_deref(), Some("ele"));
    let doc = Document::analyze(
        "Cuts\n\nThe president Luiz Inácio Lula da Silva said that the government would cut spending. \
         “We will not touch social programmes,” said he.",
    );
    assert_eq!(quote_speakers(&doc), vec![lula]);
}

/// A sentence that opens "for someone," in French, Spanish or Portuguese gives their view:
/// the quotation in it is theirs ("Pour le ministre, …", "Para la ministra, Yolanda Díaz, …");
/// not when the phrase names no one ("Pour la première fois", "Para 2025").
#[test]
fn for_someone_opening_a_sentence_gives_their_view() {
    let doc = Document::analyze(
        "La réforme des retraites\n\nLe gouvernement a présenté mardi son projet de loi sur les retraites devant les députés et les syndicats.\n\n\
         Pour le ministre de l'Économie, Bruno Le Maire, la réforme est « indispensable pour l'avenir du pays ».\n\nPour la première fois, le texte est « prêt à être voté ».",
    );
    // The second, said by no one, is not suggested.
    assert_eq!(quote_speakers(&doc), vec![Some("Bruno Le Maire")]);
    let doc = Document::analyze(
        "La reforma laboral\n\nEl Gobierno presentó el martes su proyecto de ley sobre las pensiones ante los diputados y los sindicatos.\n\n\
         Para la ministra de Trabajo, Yolanda Díaz, la reforma es «imprescindible para el futuro del país».\n\nPara 2025, el plan prevé un crecimiento «sólido y sostenido del empleo».",
    );
    assert_eq!(quote_speakers(&doc), vec![Some("Yolanda Díaz"), None]);
    assert_eq!(aliases(&doc, "Yolanda Díaz"), vec!["La ministra de Trabajo".to_string()]);
}
