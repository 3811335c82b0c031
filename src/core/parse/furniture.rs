//! Page furniture: the lines a copied web page brings along that are not the article.
//! Each rule matches a whole line, so a sentence that merely mentions "share" or
//! "advertisement" is never taken for furniture.

use crate::core::case::Lowercase;
use crate::core::article::BlockKind;

/// The furniture kind of a line, if it is one.
pub fn classify(line: &str) -> Option<BlockKind> {
    let l = line.trim();
    // Furniture is short; every rule below needs under 400 bytes, so long paragraphs skip
    // the lower-casing and pattern checks.
    if l.len() > MAX_FURNITURE_LEN {
        return None;
    }
    let lower = l.lowercase();
    let bare = lower.trim_end_matches([':', '.', '›', '»', '>', '|']).trim();
    if is_caption(l, &lower) {
        return Some(BlockKind::Caption);
    }
    if is_credit(&lower, bare) {
        return Some(BlockKind::Credit);
    }
    if EXACT.contains(&bare) || PREFIXES.iter().any(|p| lower.starts_with(p)) || is_copyright(&lower) || lower.ends_with("back to home") {
        return Some(BlockKind::Boilerplate);
    }
    // A rule between the story and its notes: "___", "* * *", "---". (Not a number alone, a
    // post's likes on Substack: a listicle's "1", "2", … look the same.)
    if l.len() >= 3 && l.chars().all(|c| matches!(c, '_' | '-' | '*' | '—' | ' ')) {
        return Some(BlockKind::Boilerplate);
    }
    if is_reporting_credit(&lower) || is_reading_time(&lower) || is_share_row(&lower) || is_author_note(&lower) || is_newsletter_plug(&lower)
        || is_share_count(&lower) || is_source_line(l, &lower)
    {
        return Some(BlockKind::Boilerplate);
    }
    // The page's address, and a section kicker over the headline ("Politics|Senate Passes …").
    if crate::core::text::is_web_address(l) || l.split_once('|').is_some_and(|(section, _)| is_section_name(section)) {
        return Some(BlockKind::Boilerplate);
    }
    None
}

/// A news site's section, as its menu names it.
pub fn is_section_name(line: &str) -> bool {
    matches!(
        line.trim().lowercase().as_str(),
        "home" | "news" | "world" | "politics" | "business" | "sport" | "sports" | "opinion" | "culture" | "lifestyle" | "tech"
            | "technology" | "science" | "health" | "us" | "uk" | "europe" | "middle east" | "africa" | "asia" | "americas"
            | "economy" | "climate" | "entertainment" | "travel" | "video" | "live" | "latest"
    )
}


/// The longest line any furniture rule accepts (a long photo caption).
const MAX_FURNITURE_LEN: usize = 400;

/// Whole lines that are page furniture (compared lower-case, without trailing ':' or '.').
const EXACT: &[&str] = &[
    "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
    "share on x", "share on whatsapp", "share on linkedin", "share via email", "copy link", "link copied",
    "email", "print", "save", "save article", "saved", "facebook", "twitter", "x", "whatsapp", "linkedin",
    "reddit", "messenger", "pinterest", "follow", "follow us", "follow us on", "comments", "view comments",
    "show comments", "hide comments", "comment", "advertisement", "advertising", "ad", "sponsored",
    "supported by", "skip to main content", "skip to content", "skip advertisement", "more for you",
    "top followed", "most read", "most viewed", "most popular", "trending", "read next", "up next",
    "related", "related stories", "related articles", "related topics", "topics", "more on this story",
    "more from", "recommended", "you may also like", "read more", "see also", "continue reading",
    "listen", "listen to this article", "gift this article", "give this article", "explore more on these topics",
    "image", "video", "photo", "watch", "close", "menu", "search", "sign in", "log in", "subscribe",
    "newsletter", "accept", "accept all", "reject all", "manage cookies", "cookie settings",
    "sign up here", "share full article", "link copied!", "enlarge this image", "view image in fullscreen", "toggle caption", "sponsor message",
    "why you can trust sky news", "tap here", "∙ paid", "restack", "reuse this content", "learn more", "opens new tab",
    "skip links", "navigation menu", "main menu", "open menu", "paid links", "gift article", "today’s paper", "today's paper",
    "skip to navigation", "skip to navigation menu", "print subscriptions", "search jobs", "uk edition", "us edition",
    "europe edition", "international edition", "australia edition",
    "tweet", "link", "ad feedback", "video ad feedback", "see all topics", "free newsletter", "free daily newsletter",
    "free weekly newsletter", "purchase licensing rights", "suggested topics",
    // French, German, Spanish and Portuguese pages' buttons and links.
    "partager", "partager sur facebook", "partager sur x", "lire aussi", "lire plus tard", "s'abonner", "publicité", "commentaires",
    "teilen", "artikel teilen", "mehr zum thema", "lesen sie auch", "anzeige", "werbung", "kommentare", "abonnieren",
    "compartir", "compartir en facebook", "compartir en x", "compartir en whatsapp", "copiar enlace", "guardar", "suscríbete",
    "publicidad", "comentarios", "lee también", "leer más", "seguir leyendo", "ir a los comentarios", "más información",
    "noticias relacionadas", "te puede interesar", "lo más leído", "compartilhe", "compartilhar", "leia também", "leia mais",
    "publicidade", "continua após a publicidade", "assine", "comentários", "veja também", "mais lidas",
];

/// A furniture line that heads a list of links to other stories ("Related", "More on this
/// story"): after the story, the short lines under it are links too.
pub fn heads_links(line: &str) -> bool {
    matches!(
        line.trim_end_matches(':').lowercase().as_str(),
        "related" | "related stories" | "related articles" | "more on this story" | "read more" | "most read" | "most viewed"
            | "most popular" | "recommended" | "you may also like" | "read next" | "up next" | "more for you" | "top stories"
            | "related topics" | "explore more on these topics" | "suggested topics" | "más información" | "noticias relacionadas"
            | "te puede interesar" | "lo más leído" | "leia também" | "veja também" | "mais lidas"
    )
}

/// Lines starting with these (lower-case) are furniture.
const PREFIXES: &[&str] = &[
    "related:", "read more:", "see also:", "more:", "watch:", "listen:", "also read:", "read also:",
    "sign up for", "sign up to", "subscribe to", "get our", "get the latest", "want more", "newsletter:",
    "we use cookies", "this site uses cookies", "by clicking", "by using this site", "you can unsubscribe",
    "click here", "follow us on", "follow @", "share this with", "skip past newsletter", "after newsletter promotion",
    "this article is more than", "this article was amended", "first published on",
    "explore more on these topics", "most viewed", "more on this story", "advertisement -",
    "our standards:", "a version of this article appears in print", "skip advertisement", "skip to content", "skip to site index",
    "save articles to read later", "exclusive news, data and analytics",
    // Skip links copied as one line ("Skip to main contentSkip to navigation"), and the small
    // print under a newsletter's sign-up box.
    "skip to main content", "skip to navigation", "privacy notice: newsletters",
    // Plugs for the site's own app, audio and newsletters (Fox News, Sky News, the FT).
    "newyou can now listen", "you can now listen to",
    // A paywall's lines where the copy stops.
    "continue reading your article", "subscribe to continue", "already a subscriber",
    "you have reached your limit", "this article is for subscribers", "subscribe now", "gift unlocked article",
    "create a free account", "sign in to continue", "log in to continue", "listen (", "keep up with all the latest news", "unlock the editor’s digest",
    "unlock the editor's digest", "roula khalaf, editor of the ft", "go deeper:", "share or comment on this article",
    // The outlet's note on the story (a correction, a disclosure, a standing line), not its reporting.
    "editor’s note:", "editor's note:", "editors’ note:", "editors' note:",
];

fn is_caption(line: &str, lower: &str) -> bool {
    let bracketed = line.starts_with('[') && line.ends_with(']') && line.len() > 2;
    let media_tail = ["– video]", "- video]", "– audio]", "– podcast]", "video]", "photograph]"];
    bracketed
        || media_tail.iter().any(|t| lower.ends_with(t))
        || lower.starts_with("image caption")
        || lower.starts_with("image source")
        || lower.starts_with("media caption")
        || lower.starts_with("caption:")
        || lower.starts_with("photograph:")
        || lower.starts_with("video:")
        || lower.starts_with("watch:")
        || (lower.contains("photograph:") && line.len() < 400)
        // "… in Paris on Monday. Photo: Ludovic Marin/AFP via Getty Images" (Axios), "… | Ludovic
        // Marin/AFP via Getty Images" (Politico).
        // A photographer's credit, not an outlet alone: "Jane Doe | Reuters" is a byline.
        || lower.rsplit_once(". photo: ").or_else(|| lower.rsplit_once(" | ")).is_some_and(|(_, credit)| {
            credit.len() < 60 && (credit.contains('/') || credit.contains("getty")) && is_credit(credit, credit.trim_end_matches('.'))
        })
        || (lower.starts_with('(') && (lower.contains("(photo") || lower.contains("(ap photo")) && lower.ends_with(')'))
        || (lower.ends_with(')') && lower.rsplit_once('(').is_some_and(|(_, c)| c.starts_with("ap photo/") || c.starts_with("photo/")))
        || line.contains("REUTERS/")
        // "… at the Élysée Palace on February 17, 2025. © Ludovic Marin, AFP" (a copyright
        // line starts with the sign; "Ã©" is a mis-decoded "é").
        || (!is_copyright(lower) && line.rsplit_once(" © ").is_some_and(|(_, credit)| credit.len() < 40 && !credit.trim_end_matches('.').contains('.')))
        || is_gallery_caption(lower)
        || ends_with_bracketed_credit(line)
        || is_video_length(lower)
}

/// A picture of a gallery, numbered: "Item 1 of 3 French President …" and "[1/3]French
/// President …" (Reuters), "1 of 5 | French President …" (AP); or a picture's caption with
/// Reuters' licensing link after it.
fn is_gallery_caption(lower: &str) -> bool {
    let numbered = |s: &str, sep: &str| {
        s.split_once(sep).is_some_and(|(n, m)| {
            let m_digits = m.bytes().take_while(u8::is_ascii_digit).count();
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && m_digits > 0 && m_digits <= 3
        })
    };
    let item = lower.strip_prefix("item ").is_some_and(|r| numbered(r, " of "));
    let slashed = lower.strip_prefix('[').and_then(|r| r.split_once(']')).is_some_and(|(n, _)| numbered(n, "/") && n.len() < 8);
    let piped = lower.split_once(" | ").is_some_and(|(n, _)| numbered(n, " of ") && n.len() < 10);
    item || slashed || piped || lower.contains("purchase licensing rights")
}

/// A caption that ends with its photographer and agency in brackets: "… in Paris [Ludovic
/// Marin/AFP]" (Al Jazeera).
fn ends_with_bracketed_credit(line: &str) -> bool {
    line.strip_suffix(']')
        .and_then(|l| l.rsplit_once('['))
        .is_some_and(|(before, credit)| {
            // Not a sentence's sources ("… leads in Indiana. [HuffPost, NBC/WSJ/Marist, ARG]").
            let before = before.trim_end();
            !before.is_empty() && !super::ends_in(before, ".!?") && credit.contains('/') && !credit.contains(',') && credit.len() < 60 && credit.starts_with(char::is_uppercase)
        })
}

/// A video's length and source under its title: "02:41 - Source: CNN".
pub fn is_video_length(lower: &str) -> bool {
    lower.split_once(" - source:").is_some_and(|(time, _)| {
        let parts: Vec<&str> = time.split(':').collect();
        (2..=3).contains(&parts.len()) && parts.iter().all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// `bare`: the line without its closing punctuation. A photo's agency alone ("Getty.") or
/// after the photographer ("Carlos Barria / Reuters.", "Scott Olson via Getty Images.") is a
/// credit too.
fn is_credit(lower: &str, bare: &str) -> bool {
    const CREDITS: &[&str] = &[
        "image credit", "photo credit", "picture credit", "credit:", "photo:", "photos:", "photo by", "illustration:",
        "illustration by", "graphic:", "(c) ", "getty images", "ap photo", "reuters/", "afp via getty",
    ];
    const AGENCIES: &[&str] = &["getty", "getty images", "reuters", "ap", "afp"];
    CREDITS.iter().any(|c| lower.starts_with(c))
        || AGENCIES.contains(&bare)
        || (lower.len() < 80 && ["/getty images", " via getty images", " / reuters", " / ap", " / afp", "/ap", "/afp", "/reuters", "/getty"].iter().any(|t| bare.ends_with(t)))
}

/// The share button with its count beside it, copied as one word: "share2", "Share 14".
fn is_share_count(lower: &str) -> bool {
    lower.strip_prefix("share").is_some_and(|n| !n.trim().is_empty() && n.len() < 8 && n.trim().bytes().all(|b| b.is_ascii_digit()))
}

/// "Source: Al Jazeera and news agencies": where the story came from, under it (a name, not
/// a sentence).
fn is_source_line(line: &str, lower: &str) -> bool {
    lower.strip_prefix("source:").is_some_and(|r| {
        let named = line.get("source:".len()..).is_some_and(|r| r.trim_start().starts_with(char::is_uppercase));
        named && r.split_whitespace().count() <= 6 && !r.contains(['“', '”', '"'])
    })
}

fn is_copyright(lower: &str) -> bool {
    lower.starts_with('©') || lower.starts_with("copyright") || lower.contains("all rights reserved")
}

/// "Reporting by Jane Doe; Editing by John Roe" (Reuters' closing line).
/// A newsletter's plug inside the story: "Get weekly news … with the newsletter On the
/// Campaign Trail. Sign up here."
fn is_newsletter_plug(lower: &str) -> bool {
    // Also a writer's sign-off: "Follow Pam Key on Twitter @pamkeyNEN." (sometimes inside the
    // marks of a transcript that ends just before it).
    // And "Follow AP’s coverage of the war in Ukraine at https://…".
    let follow = lower.trim_start_matches(['"', '“']).strip_prefix("follow ").is_some_and(|r| {
        [" on twitter", " on facebook", " on instagram", " on whatsapp"].iter().any(|n| r.contains(n)) && (r.contains('@') || r.len() < 80)
            || r.contains("s coverage") && (r.contains("http") || r.len() < 100 && !r.contains(','))
    });
    lower.len() < 300 && (follow || lower.ends_with("sign up here.") || lower.ends_with("sign up here"))
}

fn is_reporting_credit(lower: &str) -> bool {
    (lower.starts_with("reporting by") || lower.starts_with("additional reporting by") || lower.starts_with("writing by"))
        && lower.len() < 300
}

/// "Associated Press writer Mark Lee contributed to this report." and "Jane Doe covers the
/// Supreme Court for The Times." — notes about the reporting, after the story.
fn is_author_note(lower: &str) -> bool {
    lower.len() < 300
        && (lower.ends_with("contributed to this report.")
            || lower.ends_with("contributed reporting.")
            || lower.contains(" contributed reporting from ")
            || (lower.starts_with("appeared in the") && lower.contains("print edition"))
            || (lower.contains(" covers ") && (lower.ends_with("for the times.") || lower.ends_with("for the new york times."))))
}

/// "Listen to this article · 5 min", "5 min read", "5 min".
fn is_reading_time(lower: &str) -> bool {
    let minutes = lower.strip_suffix(" min").or_else(|| lower.strip_suffix(" mins")).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    lower.len() < 60
        && (minutes
            || lower.starts_with("listen to this article")
            || lower.ends_with("min read")
            || lower.ends_with("minute read")
            || lower.ends_with("minutes read")
            || lower.ends_with("reading time"))
}

/// A row of share buttons copied as one line: "Facebook Twitter Email".
fn is_share_row(lower: &str) -> bool {
    const NETWORKS: &[&str] = &["facebook", "twitter", "x", "email", "whatsapp", "linkedin", "reddit", "print", "share", "copy", "link", "messenger", "pinterest", "bluesky", "threads"];
    let words: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c == '|' || c == '·' || c == ',').filter(|w| !w.is_empty()).collect();
    words.len() >= 2 && words.len() <= 8 && words.iter().all(|w| NETWORKS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_furniture_and_leaves_prose_alone() {
        let furniture = [
            ("Share:", BlockKind::Boilerplate),
            ("Advertisement", BlockKind::Boilerplate),
            ("Supported by", BlockKind::Boilerplate),
            ("Listen to this article · 5 min", BlockKind::Boilerplate),
            ("Sign up for First Edition, our free daily newsletter", BlockKind::Boilerplate),
            ("Related: Trump says talks will begin", BlockKind::Boilerplate),
            ("Read more: What we know", BlockKind::Boilerplate),
            ("More for You", BlockKind::Boilerplate),
            ("Top Followed", BlockKind::Boilerplate),
            ("Reporting by Jane Doe; Editing by John Roe", BlockKind::Boilerplate),
            ("© 2025 The Associated Press. All rights reserved.", BlockKind::Boilerplate),
            ("Facebook Twitter Email", BlockKind::Boilerplate),
            ("[Zelenskyy says Ukraine won't accept any peace deal – video]", BlockKind::Caption),
            ("Pete Hegseth at Nato HQ. Photograph: Omar Havana/Reuters", BlockKind::Caption),
            ("Image source, Getty Images", BlockKind::Caption),
            ("Image caption, The minister spoke on Tuesday", BlockKind::Caption),
            ("Image Credit: the Guardian [Zelenskyy says – video]", BlockKind::Caption),
            ("Photo: Jane Doe/AP", BlockKind::Credit),
            ("Associated Press writer Mark Lee in Kyiv, Ukraine, contributed to this report.", BlockKind::Boilerplate),
            ("Jane Doe covers the Supreme Court for The Times.", BlockKind::Boilerplate),
            ("Sign up here.", BlockKind::Boilerplate),
            ("Editor’s note: This story was updated to correct the date of the vote.", BlockKind::Boilerplate),
            ("Getty.", BlockKind::Credit),
            ("Carlos Barria / Reuters.", BlockKind::Credit),
            ("Scott Olson via Getty Images.", BlockKind::Credit),
            ("Follow Pam Key on Twitter @pamkeyNEN.", BlockKind::Boilerplate),
            ("\"Follow Pam Key on Twitter @pamkeyNEN.\"", BlockKind::Boilerplate),
            ("Link Copied!", BlockKind::Boilerplate),
            ("share2", BlockKind::Boilerplate),
            ("Source: Al Jazeera and news agencies", BlockKind::Boilerplate),
            ("Skip to main contentSkip to navigation", BlockKind::Boilerplate),
            ("02:41 - Source: CNN", BlockKind::Caption),
            ("[1/3]French President Emmanuel Macron welcomes Keir Starmer. REUTERS/Abdul Saboor", BlockKind::Caption),
            ("Item 1 of 3 French President Emmanuel Macron welcomes Keir Starmer", BlockKind::Caption),
            ("1 of 5 | French President Emmanuel Macron greets Keir Starmer", BlockKind::Caption),
            ("Macron greets Starmer in Paris, Monday, Feb. 17, 2025. (AP Photo/Aurelien Morissard)", BlockKind::Caption),
            ("Macron welcomes Starmer in Paris [Ludovic Marin/AFP]", BlockKind::Caption),
            ("Macron welcomes Starmer at the Élysée Palace. © Ludovic Marin, AFP", BlockKind::Caption),
            ("Macron hosted the meeting. | Ludovic Marin/AFP via Getty Images", BlockKind::Caption),
            ("Ludovic Marin/AP", BlockKind::Credit),
            ("Copyright © 2025 Nexstar Media Inc.", BlockKind::Boilerplate),
            ("Enlarge this image", BlockKind::Boilerplate),
            ("3 min Reading time", BlockKind::Boilerplate),
            ("NEWYou can now listen to Fox News articles!", BlockKind::Boilerplate),
            ("Follow Sky News on WhatsApp", BlockKind::Boilerplate),
            ("___", BlockKind::Boilerplate),
            ("* * *", BlockKind::Boilerplate),
            ("∙ Paid", BlockKind::Boilerplate),
            ("Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine", BlockKind::Boilerplate),
            ("Continue reading your article with a WSJ subscription", BlockKind::Boilerplate),
            ("Already a subscriber? Sign In", BlockKind::Boilerplate),
            ("Appeared in the February 18, 2025, print edition as 'Europe Scrambles'.", BlockKind::Boilerplate),
        ];
        for (line, kind) in furniture {
            assert_eq!(classify(line), Some(kind), "{line}");
        }
        let prose = [
            "Shares in the company fell 5% after the advertisement was pulled.",
            "“Share the burden,” she said.",
            "Follow the money, investigators were told.",
            "Follow the money on Twitter and elsewhere, he told a crowd of reporters and donors at the club on Monday night, and you will find the answer to every question about the campaign and its backers, all of them.",
            "Related parties must be disclosed under the rules.",
            "The photo was taken in 2019.",
            "X marks the spot.",
            "The story was distributed via AP.",
            "Item 4 of the bill covers pensions",
            "Share prices fell 5% on the news",
            "Source: a senior official who spoke on condition of anonymity",
            "Trump leads Cruz in Indiana. [HuffPost, NBC/WSJ/Marist]",
            "Both parties backed the plan [and/or its amendments]",
            "To continue reading the list of names would take all night, he said.",
            "Follow the campaign's coverage of the economy and you will see the pattern, she said.",
            "1",
            "30,000.",
            "Jane Doe | Reuters",
        ];
        for line in prose {
            assert_eq!(classify(line), None, "{line}");
        }
    }
}
