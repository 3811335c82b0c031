//! Pastes in the shapes of publishers' pages (written for these tests, not copied): every block's
//! kind and the metadata, checked line by line.

use claimlens::core::article::Article;

struct Want<'a> {
    authors: &'a [&'a str],
    dateline: Option<&'a str>,
    published: Option<&'a str>,
    /// (block kind, how the block's text starts), in order.
    blocks: &'a [(&'a str, &'a str)],
}

fn check(file: &str, want: Want) {
    let path = format!("{}/tests/data/pastes/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture");
    let a = Article::parse(&text);
    let got: Vec<(&str, &str)> = a.blocks.iter().map(|b| (b.kind.as_str(), &a.text[b.span.start..b.span.end])).collect();
    let shown = got.iter().map(|(k, t)| format!("  {k:<12} {}", t.chars().take(50).collect::<String>())).collect::<Vec<_>>().join("\n");
    assert_eq!(got.len(), want.blocks.len(), "{file}: block count\n{shown}");
    for ((kind, text), (wk, wt)) in got.iter().zip(want.blocks) {
        assert!(kind == wk && text.starts_with(wt), "{file}: expected {wk} «{wt}…», got {kind} «{text}»\n{shown}");
    }
    assert_eq!(a.meta.authors, want.authors, "{file}: authors");
    assert_eq!(a.meta.dateline.as_deref(), want.dateline, "{file}: dateline");
    assert_eq!(a.meta.published.as_deref(), want.published, "{file}: published");
    let title = want.blocks.iter().find(|(k, _)| *k == "title").map(|(_, t)| *t);
    assert_eq!(a.meta.title.as_deref(), title, "{file}: title");
}

/// A whole page's blocks: its menu lines (furniture), then `rest`.
fn after_menu<'a>(menu: &[&'a str], rest: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    menu.iter().map(|m| ("boilerplate", *m)).chain(rest.iter().copied()).collect()
}

#[test]
fn associated_press() {
    check("ap.txt", Want {
        authors: &["Jane Doe", "John Roe"],
        dateline: Some("Brussels"),
        published: Some("2025-02-13T19:42"),
        blocks: &[
            ("title", "Nato allies press US for clarity on Ukraine aid"),
            ("byline", "By JANE DOE and JOHN ROE"),
            ("byline", "Updated 7:42 PM GMT"),
            ("boilerplate", "Share"),
            ("dateline", "BRUSSELS (AP) —"),
            ("paragraph", "Defense ministers"),
            ("paragraph", "“We need to know"),
            ("paragraph", "The U.S. delegation"),
            ("boilerplate", "Advertisement"),
            ("paragraph", "Officials said"),
            ("boilerplate", "Associated Press writer"),
            ("boilerplate", "Copyright 2025"),
        ],
    });
}

#[test]
fn reuters() {
    check("reuters.txt", Want {
        authors: &["Jane Doe"],
        dateline: Some("London"),
        published: Some("2025-02-13T15:45"),
        blocks: &[
            ("title", "Britain to raise defence spending, minister says"),
            ("byline", "By Jane Doe"),
            ("byline", "February 13, 2025 3:45 PM GMT"),
            ("byline", "Updated 2 hours ago"),
            ("dateline", "LONDON, Feb 13 (Reuters) -"),
            ("paragraph", "Britain will raise"),
            ("paragraph", "The increase"),
            ("paragraph", "\"This is the biggest"),
            ("boilerplate", "Sign up here."),
            ("boilerplate", "Reporting by Jane Doe"),
            ("boilerplate", "Our Standards"),
        ],
    });
}

#[test]
fn bbc() {
    check("bbc.txt", Want {
        authors: &["Jane Doe"],
        dateline: None,
        published: None,
        blocks: &[
            ("title", "Minister defends new housing targets"),
            ("byline", "3 hours ago"),
            ("boilerplate", "Share"),
            ("boilerplate", "Save"),
            ("byline", "Jane Doe"),
            ("byline", "Political reporter"),
            ("caption", "Image source, Getty Images"),
            ("caption", "Image caption, The housing minister"),
            ("paragraph", "The housing minister has defended"),
            ("paragraph", "Speaking to the BBC"),
            ("paragraph", "Opposition parties"),
            ("heading", "What happens next?"),
            ("paragraph", "The plans will be debated"),
            ("boilerplate", "Related topics"),
            ("boilerplate", "Housing"),
            ("boilerplate", "UK politics"),
        ],
    });
}

#[test]
fn new_york_times() {
    check("nyt.txt", Want {
        authors: &["Jane Doe"],
        dateline: Some("Washington"),
        published: Some("2025-02-13T19:45"),
        blocks: &[
            ("title", "Supreme Court Weighs Limits on Agency Power"),
            ("standfirst", "The justices heard arguments"),
            ("boilerplate", "Listen to this article"),
            ("boilerplate", "Share full article"),
            ("byline", "By Jane Doe"),
            ("byline", "Reporting from Washington"),
            ("byline", "Feb. 13, 2025, 7:45 p.m. ET"),
            ("boilerplate", "Advertisement"),
            ("boilerplate", "SKIP ADVERTISEMENT"),
            ("paragraph", "The Supreme Court on Thursday"),
            ("paragraph", "“The question is who decides,”"),
            ("paragraph", "Mr. Smith"),
            ("boilerplate", "Jane Doe covers the Supreme Court"),
            ("boilerplate", "A version of this article appears in print"),
        ],
    });
}

#[test]
fn guardian_without_by() {
    check("guardian-live.txt", Want {
        authors: &["Jane Doe"],
        dateline: Some("Madrid"),
        published: Some("2025-02-13T19:13"),
        blocks: &[
            ("title", "Heatwave warnings issued across southern Europe"),
            ("standfirst", "Temperatures expected to exceed 40C"),
            ("byline", "Jane Doe in Madrid"),
            ("byline", "Thu 13 Feb 2025 19.13 GMT"),
            ("boilerplate", "Share"),
            ("caption", "Tourists shelter from the sun"),
            ("paragraph", "Authorities in Spain"),
            ("paragraph", "Spain’s state weather agency"),
            ("paragraph", "“People should avoid"),
            ("boilerplate", "Explore more on these topics"),
            ("boilerplate", "Europe"),
            ("boilerplate", "Spain"),
            ("boilerplate", "Heatwaves"),
            ("boilerplate", "news"),
            ("boilerplate", "Share"),
            ("boilerplate", "Reuse this content"),
        ],
    });
}

#[test]
fn plain_text_has_no_residue() {
    check("plain.txt", Want {
        authors: &[],
        dateline: None,
        published: None,
        blocks: &[
            ("title", "Council approves new budget"),
            ("paragraph", "The city council approved"),
            ("paragraph", "Members voted 7 to 2 in favour."),
            ("paragraph", "The mayor said"),
            ("paragraph", "Opponents said"),
        ],
    });
}

#[test]
fn bbc_whole_page_with_its_menu_and_related_links() {
    // A select-all copy: the site's name and menu above the headline, related links below
    // the story with their dates.
    check("bbc-page.txt", Want {
        authors: &["Chris Mason"],
        dateline: None,
        published: None,
        blocks: &[
            ("boilerplate", "Skip to content"),
            ("boilerplate", "British Broadcasting Corporation"),
            ("boilerplate", "Home"),
            ("boilerplate", "News"),
            ("boilerplate", "Sport"),
            ("boilerplate", "Business"),
            ("title", "Starmer says UK will not be 'bullied' over tariffs"),
            ("byline", "2 hours ago"),
            ("boilerplate", "Share"),
            ("boilerplate", "Save"),
            ("byline", "Chris Mason"),
            ("byline", "Political editor"),
            ("caption", "Image source"),
            ("caption", "Image caption"),
            ("paragraph", "Sir Keir Starmer has said"),
            ("paragraph", "Speaking in Downing Street"),
            ("paragraph", "Business Secretary Jonathan Reynolds"),
            ("paragraph", "Kemi Badenoch, the Conservative leader"),
            ("paragraph", "\"This is a day of reckoning,\""),
            ("boilerplate", "Related"),
            ("boilerplate", "US tariffs: What they mean for you"),
            ("boilerplate", "3 days ago"),
            ("boilerplate", "Business"),
            ("boilerplate", "More on this story"),
            ("boilerplate", "Trump's tariffs explained"),
        ],
    });
}

#[test]
fn al_jazeera_whole_page_with_a_standfirst_under_the_headline() {
    check("aljazeera-page.txt", Want {
        authors: &[],
        dateline: None,
        published: Some("2025-01-15"),
        blocks: &[
            ("boilerplate", "Skip links"),
            ("boilerplate", "Skip to Content"),
            ("boilerplate", "Live"),
            ("boilerplate", "Navigation menu"),
            ("boilerplate", "News"),
            ("boilerplate", "Middle East"),
            ("boilerplate", "Africa"),
            ("title", "Israel and Hamas agree to ceasefire deal, Qatar says"),
            ("standfirst", "Qatari prime minister says"),
            ("byline", "Published On 15 Jan 2025"),
            ("byline", "15 Jan 2025"),
            ("boilerplate", "Save articles to read later"),
            ("paragraph", "Israel and Hamas have agreed"),
            ("paragraph", "“The two warring parties"),
            ("paragraph", "Israel’s Prime Minister"),
            ("boilerplate", "Source: Al Jazeera"),
        ],
    });
}

#[test]
fn cnn_whole_page_with_its_sections_and_most_read() {
    check("cnn-page.txt", Want {
        authors: &["Jane Smith", "Tom Brown"],
        dateline: None,
        published: Some("2024-12-20T21:14"),
        blocks: &[
            ("boilerplate", "CNN"),
            ("boilerplate", "Politics"),
            ("boilerplate", "SCOTUS"),
            ("boilerplate", "Congress"),
            ("boilerplate", "Facts First"),
            ("boilerplate", "2024 Elections"),
            ("title", "Senate passes stopgap bill to avert government shutdown"),
            ("byline", "By Jane Smith and Tom Brown, CNN"),
            ("byline", "Updated 9:14 PM EST"),
            ("paragraph", "The Senate passed"),
            ("paragraph", "“We are going to keep"),
            ("paragraph", "Republican Sen. John Thune"),
            ("paragraph", "The vote was 85-11."),
            ("boilerplate", "CNN’s Manu Raju contributed"),
            ("boilerplate", "Paid Links"),
            ("boilerplate", "Most Read"),
            ("boilerplate", "Trump says he will end"),
            ("boilerplate", "Opinion: Why the shutdown"),
        ],
    });
}

#[test]
fn places_are_counted_per_kind_of_block() {
    let path = format!("{}/tests/data/pastes/bbc.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture");
    let a = Article::parse(&text);
    let ordinals = a.block_ordinals();
    let at = |words: &str| a.text.find(words).and_then(|i| a.place_of(i, &ordinals)).map(|(k, n)| (k.as_str(), n));
    assert_eq!(at("defends new housing"), Some(("title", 1)));
    assert_eq!(at("Speaking to the BBC"), Some(("paragraph", 2)));
    assert_eq!(at("The plans will be debated"), Some(("paragraph", 4)));
    assert_eq!(at("What happens next"), Some(("heading", 1)));
    assert_eq!(a.place_of(a.text.len() + 10, &ordinals), None);
}

#[test]
fn washington_post_whole_page_with_a_byline_over_three_lines() {
    check("wapo-page.txt", Want {
        authors: &["Jane Doe", "John Roe"],
        dateline: None,
        published: Some("2025-03-04T06:00"),
        blocks: &[
            ("boilerplate", "Democracy Dies in Darkness"),
            ("boilerplate", "Politics"),
            ("title", "Senate Republicans unveil plan to extend tax cuts"),
            ("standfirst", "The proposal would cost"),
            ("boilerplate", "5 min"),
            ("boilerplate", "Gift Article"),
            ("boilerplate", "Share"),
            ("byline", "By Jane Doe"),
            ("byline", "and"),
            ("byline", "John Roe"),
            ("byline", "March 4, 2025"),
            ("paragraph", "Senate Republicans on Tuesday"),
            ("paragraph", "“This is about keeping money"),
            ("paragraph", "Sen. Elizabeth Warren"),
            // A note on the article's own author, after the story.
            ("boilerplate", "Jane Doe is a congressional reporter"),
            ("boilerplate", "Share"),
            ("boilerplate", "Comments"),
            ("boilerplate", "More from The Post"),
            ("boilerplate", "Trump's first 100 days"),
        ],
    });
}

#[test]
fn guardian_whole_page_with_a_long_menu() {
    // Nineteen lines of menu: the header zone (byline, date) starts at the headline.
    let menu = [
        "Skip to main content", "Skip to navigation", "Print subscriptions", "Sign in", "Search jobs", "Search", "UK edition",
        "The Guardian - Back to home", "News", "Opinion", "Sport", "Culture", "Lifestyle", "World", "Europe", "US", "Americas", "Asia",
        "Ukraine war",
    ];
    let blocks = after_menu(&menu, &[
        ("title", "Zelenskyy says Ukraine will not accept deal made without it"),
        ("standfirst", "Ukrainian president says"),
        ("byline", "Pjotr Sauer in Kyiv"),
        ("byline", "Thu 13 Feb 2025 14.02 GMT"),
        ("boilerplate", "Share"),
        ("paragraph", "Volodymyr Zelenskyy has said"),
        ("paragraph", "“We cannot accept"),
        ("boilerplate", "Explore more on these topics"),
        ("boilerplate", "Ukraine"),
        ("boilerplate", "Russia"),
        ("boilerplate", "Volodymyr Zelenskyy"),
        ("boilerplate", "Share"),
        ("boilerplate", "Reuse this content"),
        ("boilerplate", "Most viewed"),
    ]);
    check("guardian-page.txt", Want { authors: &["Pjotr Sauer"], dateline: Some("Kyiv"), published: Some("2025-02-13T14:02"), blocks: &blocks });
}

#[test]
fn new_york_times_whole_page_with_its_address_and_kicker() {
    let path = format!("{}/tests/data/pastes/nyt-page.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture");
    // The page's address, copied with it, is where the article came from.
    assert_eq!(Article::parse(&text).meta.source_url.as_deref(), Some("https://www.nytimes.com/2024/12/20/us/politics/shutdown-vote.html"));
    check("nyt-page.txt", Want {
        authors: &["Jane Doe"],
        dateline: Some("Washington"),
        published: Some("2024-12-20T23:58"),
        blocks: &[
            ("boilerplate", "Skip to contentSkip to site index"),
            ("boilerplate", "Politics"),
            ("boilerplate", "Today’s Paper"),
            ("boilerplate", "Politics|Senate Passes"),
            ("boilerplate", "https://www.nytimes.com/"),
            ("title", "Senate Passes Stopgap Bill, Averting a Shutdown"),
            ("standfirst", "The measure now goes"),
            ("boilerplate", "Listen to this article"),
            ("boilerplate", "Share full article"),
            ("byline", "By Jane Doe"),
            ("byline", "Reporting from Washington"),
            ("byline", "Dec. 20, 2024"),
            ("paragraph", "The Senate passed"),
            ("paragraph", "“We did our job,”"),
            ("boilerplate", "Jane Doe covers Congress"),
            ("boilerplate", "See more on"),
            ("boilerplate", "Read 312 Comments"),
            ("boilerplate", "Share full article"),
        ],
    });
}

#[test]
fn reuters_whole_page_with_a_promotion_above_the_menu_and_a_date_glued_to_its_time() {
    let menu = [
        "Skip to main content", "Exclusive news, data and analytics", "Reuters home", "World", "Business", "Markets", "Sustainability",
        "Legal", "Breakingviews", "Technology", "Investigations", "More", "My News", "Sign In", "Register", "Europe",
    ];
    let blocks = after_menu(&menu, &[
        ("title", "Britain to raise defence spending to 2.5% of GDP, minister says"),
        ("byline", "By Jane Doe"),
        ("byline", "February 13, 20253:45 PM GMTUpdated"),
        ("dateline", "LONDON, Feb 13 (Reuters) -"),
        ("paragraph", "Britain will raise"),
        ("paragraph", "\"This is the biggest"),
        // A newsletter's plug inside the story.
        ("boilerplate", "Get weekly news and analysis"),
        ("boilerplate", "Reporting by Jane Doe"),
        ("boilerplate", "Our Standards"),
        ("boilerplate", "Suggested Topics:"),
        ("boilerplate", "Europe"),
    ]);
    check("reuters-page.txt", Want { authors: &["Jane Doe"], dateline: Some("London"), published: Some("2025-02-13T15:45"), blocks: &blocks });
}

#[test]
fn associated_press_whole_page_with_an_abbreviation_in_its_menu() {
    let menu = [
        "Skip to main content", "AP Logo Menu", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check",
        "Oddities", "Be Well", "Newsletters", "Photography",
    ];
    let blocks = after_menu(&menu, &[
        ("title", "Nato allies press US for clarity on Ukraine aid"),
        ("byline", "By JANE DOE and JOHN ROE"),
        ("byline", "Updated 7:42 PM GMT"),
        ("boilerplate", "Share"),
        ("dateline", "BRUSSELS (AP) —"),
        ("paragraph", "Defense ministers"),
        ("paragraph", "“We need to know"),
        ("boilerplate", "Associated Press writer"),
    ]);
    check("ap-page.txt", Want { authors: &["Jane Doe", "John Roe"], dateline: Some("Brussels"), published: Some("2025-02-13T19:42"), blocks: &blocks });
}

/// French and German pages: their share buttons, bylines ("Par", "Von") and dates
/// ("12 mars 2025 à 10h02", "12. März 2025, 14:05 Uhr").
#[test]
fn french_and_german_pages() {
    check("french.txt", Want {
        authors: &["Claire Dupont"],
        dateline: None,
        published: Some("2025-03-12T10:02"),
        blocks: &[
            ("title", "Retraites : le gouvernement promet une réforme « avant l'été »"),
            ("boilerplate", "Partager"),
            ("byline", "Par Claire Dupont"),
            ("byline", "Publié le 12 mars 2025"),
            ("paragraph", "Le Premier ministre"),
            ("paragraph", "« C'est une provocation"),
            ("paragraph", "La ministre du Travail"),
        ],
    });
    check("german.txt", Want {
        authors: &["Anna Becker"],
        dateline: None,
        published: Some("2025-03-12T14:05"),
        blocks: &[
            ("title", "Scholz warnt vor Handelskrieg mit den USA"),
            ("boilerplate", "Teilen"),
            ("byline", "Von Anna Becker"),
            ("byline", "Veröffentlicht am 12. März 2025"),
            ("paragraph", "Bundeskanzler Olaf Scholz"),
            ("paragraph", "„Wir sind vorbereitet"),
            ("paragraph", "Am Donnerstag"),
        ],
    });
}

/// Spanish pages: their share buttons and link headers ("Compartir", "Más información",
/// "Noticias relacionadas"), bylines ("Por … y …"), dates ("12 mar 2025", "13 de febrero de
/// 2025") and the place alone before ".-".
#[test]
fn spanish_pages() {
    check("spanish.txt", Want {
        authors: &["Lucía Fernández"],
        dateline: None,
        published: Some("2025-03-12T10:02"),
        blocks: &[
            ("title", "Pensiones: el Gobierno promete una reforma «antes del verano»"),
            ("boilerplate", "Compartir"),
            ("byline", "Por Lucía Fernández"),
            ("byline", "Madrid - 12 mar 2025"),
            ("paragraph", "El presidente del Gobierno"),
            ("paragraph", "«Es una provocación»"),
            ("paragraph", "La ministra de Trabajo"),
            ("paragraph", "Fuentes del ministerio"),
            ("paragraph", "\"Vamos a estar vigilantes\""),
            ("boilerplate", "Más información"),
        ],
    });
    check("spanish-wire.txt", Want {
        authors: &["Martín Rodríguez", "Ana Gómez"],
        dateline: Some("Buenos Aires"),
        published: Some("2025-02-13"),
        blocks: &[
            ("title", "Milei defiende el ajuste: \"No hay plata\""),
            ("byline", "Por Martín Rodríguez y Ana Gómez"),
            ("byline", "13 de febrero de 2025"),
            ("dateline", "BUENOS AIRES.-"),
            ("paragraph", "El presidente argentino"),
            ("paragraph", "La expresidenta"),
            ("paragraph", "Según el ministro"),
            ("paragraph", "\"Es una locura\""),
            ("paragraph", "El gobernador de Buenos Aires"),
            ("boilerplate", "Noticias relacionadas"),
            ("boilerplate", "El Gobierno anuncia"),
        ],
    });
}

/// A Portuguese page: "Por … e …", "13/02/2025 às 10h02", "Compartilhe", "Leia também",
/// "Continua após a publicidade".
#[test]
fn portuguese_page() {
    check("portuguese.txt", Want {
        authors: &["João Silva", "Maria Souza"],
        dateline: None,
        published: Some("2025-02-13T10:02"),
        blocks: &[
            ("title", "Lula diz que governo vai cortar gastos \"sem mexer no social\""),
            ("byline", "Por João Silva e Maria Souza"),
            ("byline", "13/02/2025 às 10h02"),
            ("boilerplate", "Compartilhe"),
            ("paragraph", "O presidente Luiz Inácio Lula da Silva"),
            ("paragraph", "O ministro da Fazenda"),
            ("paragraph", "\"É uma medida eleitoreira\""),
            ("paragraph", "Segundo fontes do ministério"),
            ("paragraph", "Para a presidente do PT"),
            ("boilerplate", "Leia também"),
            ("boilerplate", "Continua após a publicidade"),
        ],
    });
}

#[test]
fn guardian_page_with_its_skip_links_on_one_line_a_photo_over_the_kicker_and_a_newsletter_box() {
    let menu = [
        "Skip to main contentSkip to navigation", "Print subscriptions", "Search jobs", "Sign in", "Europe edition",
        "The Guardian - Back to home", "News", "Opinion", "Sport", "Culture", "Lifestyle", "World", "Europe", "US", "Americas",
        "Asia", "Australia", "Middle East", "Africa", "Inequality", "Global development",
    ];
    let blocks = after_menu(&menu, &[
        // The photo above the headline keeps its kind inside the menu.
        ("caption", "Emmanuel Macron speaks to reporters"),
        ("boilerplate", "France"),
        ("title", "Macron says Europe must ‘wake up’ to defence spending as allies meet in Paris"),
        ("standfirst", "French president urges EU"),
        ("byline", "Jon Henley in Paris"),
        ("byline", "Mon 17 Feb 2025 18.42 CET"),
        ("boilerplate", "Share"),
        ("paragraph", "Emmanuel Macron has told"),
        ("paragraph", "“Europe is facing"),
        ("paragraph", "Keir Starmer said"),
        ("paragraph", "The German chancellor"),
        ("boilerplate", "Sign up to This is Europe"),
        ("boilerplate", "Free newsletter"),
        ("boilerplate", "The most pressing stories"),
        ("boilerplate", "Privacy Notice"),
        ("boilerplate", "after newsletter promotion"),
        ("paragraph", "Poland’s prime minister"),
        ("paragraph", "The summit came days after"),
        ("boilerplate", "Explore more on these topics"),
        ("boilerplate", "France"),
        ("boilerplate", "Emmanuel Macron"),
        ("boilerplate", "Europe"),
        ("boilerplate", "Nato"),
        ("boilerplate", "Ukraine"),
        ("boilerplate", "news"),
        ("boilerplate", "Share"),
        ("boilerplate", "Reuse this content"),
        ("boilerplate", "Most viewed"),
    ]);
    check("guardian-newsletter.txt", Want { authors: &["Jon Henley"], dateline: Some("Paris"), published: Some("2025-02-17T18:42"), blocks: &blocks });
}

#[test]
fn bbc_page_with_a_glued_reporting_from_a_caption_under_its_credit_and_question_links() {
    let menu = ["Skip to content", "British Broadcasting Corporation", "Home", "News", "Sport", "Business", "Innovation", "Culture", "Arts", "Travel", "Earth", "Audio", "Video", "Live"];
    let blocks = after_menu(&menu, &[
        ("title", "Starmer says UK ready to put troops in Ukraine"),
        ("byline", "17 February 2025"),
        ("boilerplate", "Share"),
        ("boilerplate", "Save"),
        ("byline", "Chris Mason"),
        ("byline", "Political editor"),
        ("byline", "Reporting fromParis"),
        ("boilerplate", "Share"),
        ("boilerplate", "Save"),
        ("credit", "Getty Images"),
        ("caption", "Sir Keir Starmer spoke to reporters"),
        ("paragraph", "Sir Keir Starmer has said"),
        ("paragraph", "Writing in the Daily Telegraph"),
        ("paragraph", "Conservative leader Kemi Badenoch"),
        ("heading", "What happens next?"),
        ("paragraph", "The prime minister will travel"),
        ("paragraph", "Downing Street said"),
        ("boilerplate", "Related topics"),
        ("boilerplate", "Ukraine"),
        ("boilerplate", "Russia-Ukraine war"),
        ("boilerplate", "Keir Starmer"),
        ("boilerplate", "More on this story"),
        ("boilerplate", "Who is in Starmer's"),
        ("boilerplate", "2 days ago"),
        ("boilerplate", "What could UK troops do in Ukraine?"),
        ("boilerplate", "5 days ago"),
    ]);
    check("bbc-caption.txt", Want { authors: &["Chris Mason"], dateline: Some("Paris"), published: Some("2025-02-17"), blocks: &blocks });
}

#[test]
fn reuters_page_with_a_gallery_and_key_points_before_the_dateline() {
    let blocks = after_menu(&["Skip to main content", "Exclusive news, data and analytics", "World", "Europe"], &[
        ("title", "Europe's leaders scramble for response to Trump's Ukraine push"),
        ("byline", "By Andrew Gray and John Irish"),
        ("byline", "February 17, 20256:42 PM GMT"),
        ("caption", "Item 1 of 3 French President"),
        ("caption", "[1/3]French President"),
        ("paragraph", "Summary"),
        ("heading", "Companies"),
        ("paragraph", "European leaders meet in Paris"),
        ("paragraph", "Starmer says UK ready"),
        ("heading", "Germany's Scholz says"),
        ("dateline", "PARIS, Feb 17 (Reuters) -"),
        ("paragraph", "European leaders scrambled"),
        ("paragraph", "\"We are at a turning point,\""),
        ("paragraph", "German Chancellor Olaf Scholz"),
        ("boilerplate", "Get a look at the day ahead"),
        ("boilerplate", "Reporting by Andrew Gray"),
        ("boilerplate", "Our Standards"),
        ("boilerplate", "Suggested Topics:"),
        ("boilerplate", "Europe"),
        ("boilerplate", "Andrew Gray"),
        ("boilerplate", "Thomson Reuters"),
        ("boilerplate", "Andrew Gray is Reuters'"),
    ]);
    check("reuters-gallery.txt", Want { authors: &["Andrew Gray", "John Irish"], dateline: Some("Paris"), published: Some("2025-02-17T18:42"), blocks: &blocks });
}

#[test]
fn associated_press_page_with_photo_captions_above_the_byline() {
    // The captions are not the story's first paragraphs: the header zone (byline) goes on.
    let blocks = after_menu(&["World News", "U.S. News", "Politics", "Sports", "Entertainment", "Business", "Science"], &[
        ("title", "Leaders meet in Paris as Europe scrambles to respond to Trump's Ukraine talks"),
        ("caption", "French President Emmanuel Macron, right, greets"),
        ("boilerplate", "Read More"),
        ("caption", "1 of 5 | French President"),
        ("byline", "By SYLVIE CORBET and JILL LAWLESS"),
        ("byline", "Updated 1:52 PM GMT+1"),
        ("boilerplate", "Share"),
        ("dateline", "PARIS (AP) —"),
        ("paragraph", "European leaders gathered"),
        ("paragraph", "\"Europe needs to step up,\""),
        ("paragraph", "British Prime Minister Keir Starmer"),
        ("boilerplate", "___"),
        ("boilerplate", "Lawless reported from London."),
    ]);
    check("ap-gallery.txt", Want { authors: &["Sylvie Corbet", "Jill Lawless"], dateline: Some("Paris"), published: Some("2025-02-17T13:52"), blocks: &blocks });
}

#[test]
fn cnn_page_with_its_share_row_a_video_and_its_own_dateline_line() {
    check("cnn-video.txt", Want {
        authors: &["Saskya Vandoorne", "Joseph Ataman", "Christian Edwards"],
        dateline: Some("Paris"),
        published: Some("2025-02-17T12:42"),
        blocks: &[
            ("title", "Europe's leaders hold emergency talks as Trump pushes ahead on Ukraine"),
            ("byline", "By Saskya Vandoorne"),
            ("boilerplate", "4 minute read"),
            ("byline", "Updated 12:42 PM EST"),
            ("boilerplate", "Link Copied!"),
            ("boilerplate", "Follow:"),
            ("boilerplate", "Ukraine"),
            ("boilerplate", "See all topics"),
            ("boilerplate", "Facebook"),
            ("boilerplate", "Tweet"),
            ("boilerplate", "Email"),
            ("boilerplate", "Link"),
            ("boilerplate", "Video Ad Feedback"),
            ("caption", "Why Europe is worried"),
            ("caption", "02:41 - Source: CNN"),
            ("dateline", "Paris CNN —"),
            ("paragraph", "European leaders met in Paris"),
            ("paragraph", "\"This is a once-in-a-generation moment"),
            ("boilerplate", "Ad Feedback"),
            ("paragraph", "Speaking after the meeting"),
            ("boilerplate", "CNN's Sophie Tanno contributed"),
        ],
    });
}

#[test]
fn al_jazeera_page_with_a_bracketed_photo_credit_and_a_share_count() {
    check("aljazeera-caption.txt", Want {
        authors: &[],
        dateline: None,
        published: Some("2025-02-17"),
        blocks: &[
            ("boilerplate", "News|Russia-Ukraine war"),
            ("title", "European leaders hold emergency summit in Paris on Ukraine"),
            ("standfirst", "French President Macron convenes"),
            ("caption", "French President Emmanuel Macron, right, welcomes"),
            ("byline", "Published On 17 Feb 2025"),
            ("byline", "17 Feb 2025"),
            ("boilerplate", "Save articles to read later"),
            ("boilerplate", "Click here to share"),
            ("boilerplate", "share2"),
            ("paragraph", "European leaders have met"),
            ("paragraph", "“We are ready to play our part,”"),
            ("paragraph", "Polish Prime Minister Donald Tusk"),
            ("boilerplate", "Source: Al Jazeera and news agencies"),
        ],
    });
}

#[test]
fn fox_news_page_with_its_section_and_date_over_the_headline() {
    check("fox-page.txt", Want {
        authors: &["Jane Doe"],
        dateline: None,
        published: Some("2025-02-17T13:42"),
        blocks: &[
            ("boilerplate", "Politics"),
            ("byline", "Published February 17, 2025"),
            ("title", "Hegseth says Europe must take the lead on Ukraine security"),
            ("standfirst", "Defense secretary tells allies"),
            // The outlet after the name is no part of it.
            ("byline", "By Jane Doe Fox News"),
            ("boilerplate", "close"),
            ("boilerplate", "Video"),
            ("paragraph", "Hegseth: Europe must step up"),
            ("paragraph", "Defense Secretary Pete Hegseth joins"),
            ("boilerplate", "NEWYou can now listen"),
            ("paragraph", "Defense Secretary Pete Hegseth said Monday"),
            ("paragraph", "\"The United States will not"),
            ("boilerplate", "CLICK HERE TO GET"),
            ("paragraph", "Polish officials welcomed"),
            ("boilerplate", "Fox News Digital's John Roe"),
            ("boilerplate", "Jane Doe is a politics reporter"),
        ],
    });
}

#[test]
fn npr_page_with_a_name_under_the_date_and_a_caption_twice_beside_its_credit() {
    check("npr-page.txt", Want {
        authors: &["Jane Doe"],
        dateline: None,
        published: Some("2025-02-17T18:42"),
        blocks: &[
            ("title", "Europe scrambles after Trump and Putin agree to talks"),
            ("byline", "February 17, 20256:42 PM ET"),
            ("byline", "Jane Doe"),
            ("boilerplate", "Enlarge this image"),
            ("caption", "French President Emmanuel Macron speaks"),
            ("credit", "Ludovic Marin/AP"),
            ("boilerplate", "toggle caption"),
            ("credit", "Ludovic Marin/AP"),
            ("caption", "French President Emmanuel Macron speaks"),
            ("credit", "Ludovic Marin/AP"),
            ("paragraph", "European leaders gathered"),
            ("paragraph", "\"We have to be at the table,\""),
            ("boilerplate", "Sponsor Message"),
            ("paragraph", "German Chancellor Olaf Scholz"),
        ],
    });
}

#[test]
fn france_24_page_with_day_first_numeric_dates_and_a_copyright_caption() {
    check("france24-page.txt", Want {
        authors: &["France 24"],
        dateline: None,
        published: Some("2025-02-17T18:42"),
        blocks: &[
            ("boilerplate", "Europe"),
            ("title", "European leaders meet in Paris for emergency Ukraine talks"),
            ("standfirst", "European leaders met in Paris on Monday"),
            ("byline", "Issued on: 17/02/2025 - 18:42"),
            ("byline", "Modified: 17/02/2025 - 19:10"),
            ("boilerplate", "3 min Reading time"),
            ("caption", "French President Emmanuel Macron welcomes"),
            ("byline", "By: FRANCE 24"),
            ("paragraph", "European leaders met in Paris on Monday for emergency talks on Ukraine."),
            ("paragraph", "\"Europe must take its share"),
            ("paragraph", "Danish Prime Minister"),
        ],
    });
}

#[test]
fn financial_times_page_with_its_digest_plug_and_two_writers_in_two_places() {
    check("ft-page.txt", Want {
        authors: &["Henry Foy", "Laura Pitel"],
        dateline: Some("Brussels"),
        published: Some("2025-02-17"),
        blocks: &[
            ("boilerplate", "Unlock the Editor’s Digest for free"),
            ("boilerplate", "Roula Khalaf, Editor of the FT"),
            ("title", "European leaders clash over troops for Ukraine"),
            ("standfirst", "Germany and Poland resist"),
            ("byline", "Henry Foy in Brussels and Laura Pitel in Berlin"),
            ("byline", "Published"),
            ("byline", "17 February 2025"),
            ("paragraph", "European leaders clashed"),
            ("paragraph", "“It is completely premature,”"),
            ("boilerplate", "Copyright The Financial Times"),
        ],
    });
}

#[test]
fn sky_news_page_with_its_trust_link_and_whatsapp_plug() {
    check("sky-page.txt", Want {
        authors: &["Jane Doe"],
        dateline: None,
        published: Some("2025-02-17T18:42"),
        blocks: &[
            ("title", "Starmer ready to send UK troops to Ukraine"),
            ("standfirst", "Sir Keir Starmer says"),
            ("byline", "Jane Doe"),
            ("byline", "Political reporter @janedoe"),
            ("byline", "Monday 17 February 2025 18:42, UK"),
            ("boilerplate", "Why you can trust Sky News"),
            ("paragraph", "Sir Keir Starmer has said"),
            ("paragraph", "\"I do not say that lightly,\""),
            ("boilerplate", "Follow Sky News on WhatsApp"),
            ("boilerplate", "Keep up with all the latest news"),
            ("boilerplate", "Tap here"),
            ("paragraph", "Conservative leader Kemi Badenoch"),
        ],
    });
}

#[test]
fn politico_page_with_its_name_over_the_headline_and_a_piped_photo_credit() {
    check("politico-page.txt", Want {
        authors: &["Jane Doe", "John Roe"],
        dateline: None,
        published: Some("2025-02-17T18:42"),
        blocks: &[
            ("boilerplate", "POLITICO"),
            ("title", "Europe scrambles to respond as Trump opens Ukraine talks"),
            ("standfirst", "Leaders in Paris clashed"),
            ("caption", "French President Emmanuel Macron hosted"),
            ("byline", "By Jane Doe and John Roe"),
            ("byline", "02/17/2025 06:42 PM EST"),
            ("boilerplate", "Link Copied"),
            ("paragraph", "European leaders met in Paris on Monday."),
            ("paragraph", "\"We need to be at the table,\""),
            ("boilerplate", "Jane Doe contributed reporting from Brussels."),
            ("boilerplate", "Filed under:"),
            ("boilerplate", "Ukraine"),
            ("boilerplate", "Emmanuel Macron"),
        ],
    });
}

#[test]
fn the_hill_page_with_two_kickers_and_a_dated_byline() {
    check("hill-page.txt", Want {
        authors: &["Jane Doe"],
        dateline: None,
        published: Some("2025-02-17T18:42"),
        blocks: &[
            ("boilerplate", "News"),
            ("boilerplate", "Senate"),
            ("title", "Thune says Senate will move quickly on Ukraine aid"),
            ("byline", "by Jane Doe - 02/17/25 6:42 PM ET"),
            ("boilerplate", "Share"),
            ("boilerplate", "Tweet"),
            ("boilerplate", "Share"),
            ("boilerplate", "Email"),
            ("paragraph", "Senate Majority Leader John Thune"),
            ("paragraph", "\"We are not going to wait,\""),
            ("boilerplate", "Tags"),
            ("boilerplate", "John Thune"),
            ("boilerplate", "Ukraine"),
            ("boilerplate", "Copyright 2025 Nexstar"),
        ],
    });
}

#[test]
fn axios_page_with_the_date_first_and_the_writer_under_the_headline() {
    check("axios-page.txt", Want {
        authors: &["Jane Doe"],
        dateline: None,
        published: Some("2025-02-17"),
        blocks: &[
            ("byline", "Feb 17, 2025 - World"),
            ("title", "Europe scrambles for a seat at the table"),
            ("byline", "Jane Doe"),
            ("caption", "French President Emmanuel Macron in Paris on Monday. Photo:"),
            ("paragraph", "European leaders met"),
            ("paragraph", "Why it matters:"),
            ("paragraph", "What they're saying:"),
            ("boilerplate", "Go deeper:"),
        ],
    });
}

#[test]
fn dw_page_with_a_kicker_and_the_writer_over_the_date() {
    check("dw-page.txt", Want {
        authors: &["Jane Doe"],
        dateline: None,
        published: Some("2025-02-17"),
        blocks: &[
            ("boilerplate", "Conflicts"),
            ("title", "Europe seeks role in Ukraine talks"),
            ("byline", "Jane Doe"),
            ("byline", "02/17/2025"),
            ("byline", "February 17, 2025"),
            ("paragraph", "European leaders met in Paris"),
            ("boilerplate", "https://p.dw.com/p/4qX1y"),
            ("caption", "French President Emmanuel Macron hosted"),
            ("credit", "Image: Ludovic Marin/AFP"),
            ("paragraph", "\"It is highly inappropriate,\""),
            ("boilerplate", "Advertisement"),
            ("paragraph", "DW's Jane Doe reported from Paris."),
        ],
    });
}

#[test]
fn a_column_s_name_under_the_headline_is_no_writer() {
    let a = Article::parse("Polls suggest a deal on the court\nEconomic Scene\nThe Upshot.\nWASHINGTON — The justices met on Monday, and the talks went on for hours.");
    assert!(a.meta.authors.is_empty(), "{:?}", a.meta.authors);
    let b = Article::parse("Jane Doe\nA first line that has a few words\nAnd a paragraph after it, as a paste may have.");
    assert_eq!(b.meta.title.as_deref(), Some("Jane Doe"));
}

#[test]
fn text_wrapped_at_a_width_is_read_as_its_paragraphs() {
    // Copied out of a PDF: the lines break at the page's width, not at paragraphs.
    check("pdf-wrapped.txt", Want {
        authors: &["Jane Doe"],
        dateline: None,
        published: None,
        blocks: &[
            ("title", "Europe scrambles to respond to Ukraine talks"),
            ("byline", "By Jane Doe"),
            ("paragraph", "European leaders met in Paris on Monday for emergency talks on Ukraine, as the continent"),
            ("paragraph", "German Chancellor Olaf Scholz was more cautious. “It is highly inappropriate"),
            ("paragraph", "Polish Prime Minister Donald Tusk said the meeting had shown that “everyone"),
        ],
    });
    let path = format!("{}/tests/data/pastes/pdf-wrapped.txt", env!("CARGO_MANIFEST_DIR"));
    let pasted = std::fs::read_to_string(path).expect("fixture");
    let doc = claimlens::core::model::Document::analyze(&pasted);
    // One character for one: offsets still point at what was pasted.
    assert_eq!(doc.text().len(), pasted.len());
    let quotes: Vec<(&str, Option<&str>)> = doc
        .annotations
        .iter()
        .filter(|a| a.kind == claimlens::core::model::Kind::Quote)
        .map(|a| (doc.quote_of(a), a.speaker.as_deref().and_then(|s| doc.speaker(s)).map(|s| s.name.as_str())))
        .collect();
    assert!(quotes.contains(&("We cannot be spectators of our own security.", Some("Emmanuel Macron"))), "{quotes:?}");
    assert!(quotes.contains(&("It is highly inappropriate to talk about this now,", Some("Olaf Scholz"))), "{quotes:?}");
}

#[test]
fn a_paywall_where_the_copy_stops_is_furniture() {
    check("wsj-paywall.txt", Want {
        authors: &["Jane Doe"],
        dateline: None,
        published: Some("2025-02-17T18:42"),
        blocks: &[
            ("title", "Europe scrambles to respond to Ukraine talks"),
            ("byline", "By Jane Doe"),
            ("byline", "Feb. 17, 2025 6:42 pm ET"),
            ("paragraph", "European leaders met in Paris"),
            ("paragraph", "“Europe is facing a moment of truth,”"),
            ("boilerplate", "Continue reading your article"),
            ("boilerplate", "Subscribe Now"),
            ("boilerplate", "Already a subscriber?"),
            ("boilerplate", "You have reached your limit"),
            ("boilerplate", "This article is for subscribers only."),
            ("boilerplate", "Gift unlocked article"),
            ("boilerplate", "Listen (2 min)"),
            ("boilerplate", "Copy link"),
            ("boilerplate", "Print"),
            ("boilerplate", "Advertisement - Scroll to continue"),
            ("boilerplate", "Appeared in the February 18, 2025, print edition"),
        ],
    });
}

#[test]
fn associated_press_story_with_a_photo_inside_and_its_notes_under_a_rule() {
    check("ap-caption-rule.txt", Want {
        authors: &["Hanna Arhirova", "Samya Kullab"],
        dateline: Some("Kyiv"),
        published: Some("2025-02-13T16:12"),
        blocks: &[
            ("title", "Zelenskyy says Ukraine won't accept deal made without it"),
            ("byline", "By HANNA ARHIROVA and SAMYA KULLAB"),
            ("byline", "Updated 4:12 PM GMT+1"),
            ("dateline", "KYIV, Ukraine (AP) —"),
            ("paragraph", "Ukrainian President Volodymyr Zelenskyy said"),
            ("paragraph", "\"We cannot accept it"),
            ("caption", "Ukrainian President Volodymyr Zelenskyy speaks"),
            ("paragraph", "The remarks came"),
            ("paragraph", "Kremlin spokesman Dmitry Peskov"),
            ("boilerplate", "___"),
            ("boilerplate", "Follow AP’s coverage"),
        ],
    });
}

#[test]
fn guardian_copy_opening_on_the_page_s_title_then_the_headline() {
    check("guardian-page-title.txt", Want {
        authors: &["Pjotr Sauer"],
        dateline: Some("Kyiv"),
        published: Some("2025-02-13T14:02"),
        blocks: &[
            ("title", "Ukraine war live: Zelenskyy says Ukraine will not accept deal made without it"),
            // The headline again, inside the page's title: a repeat, so the header zone goes on.
            ("boilerplate", "Zelenskyy says Ukraine will not accept deal made without it"),
            ("standfirst", "Ukrainian president says"),
            ("byline", "Pjotr Sauer in Kyiv"),
            ("byline", "Thu 13 Feb 2025 14.02 GMT"),
            ("byline", "Last modified on"),
            ("boilerplate", "View image in fullscreen"),
            ("caption", "Volodymyr Zelenskyy at a press conference"),
            ("paragraph", "Volodymyr Zelenskyy has said"),
            ("paragraph", "“We cannot accept"),
            ("boilerplate", "Related: Trump and Putin"),
            ("paragraph", "The Kremlin spokesperson"),
            ("boilerplate", "skip past newsletter promotion"),
            ("boilerplate", "Sign up to First Edition"),
            ("boilerplate", "Free daily newsletter"),
            ("boilerplate", "Our morning email"),
            ("boilerplate", "Privacy Notice"),
            ("boilerplate", "after newsletter promotion"),
            ("paragraph", "Nato’s secretary general"),
            ("boilerplate", "Explore more on these topics"),
            ("boilerplate", "Ukraine"),
            ("boilerplate", "Russia"),
            ("boilerplate", "Share"),
            ("boilerplate", "Reuse this content"),
        ],
    });
}
