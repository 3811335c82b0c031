//! Suggestions: quotations with their speakers, and check-worthy claims. Everything here
//! is a suggestion (`origin: suggested`, `status: suggested`) for a person to accept, edit
//! or reject.

pub mod attribution;
pub mod lexicon;
pub mod tokens;

use crate::core::article::Article;
use crate::core::model::{Annotation, Kind, Origin, Speaker, Status};
use attribution::Who;

/// What the engine suggests for an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Suggestions {
    pub speakers: Vec<Speaker>,
    pub annotations: Vec<Annotation>,
}

/// Suggests quotations (with speakers) for `article`.
pub fn suggest(article: &Article) -> Suggestions {
    let found = attribution::attribute(article);
    let mut out = Suggestions::default();
    // Speakers: the people the article names, and whoever it quotes; authors are not speakers.
    let authors: Vec<String> = article.meta.authors.iter().map(|a| a.to_lowercase()).collect();
    let mut ids = vec![None; found.entities.len()];
    let mut order: Vec<usize> = (0..found.entities.len()).filter(|&i| {
        let e = &found.entities[i];
        (e.person || e.speaks) && !e.name.is_empty() && !authors.contains(&e.name.to_lowercase())
    }).collect();
    order.sort_by_key(|&i| found.entities[i].mentions.first().copied().unwrap_or(usize::MAX));
    for i in order {
        let e = &found.entities[i];
        let id = format!("s{}", out.speakers.len() + 1);
        ids[i] = Some(id.clone());
        out.speakers.push(Speaker { id, name: e.name.clone(), aliases: e.aliases.clone(), description: None });
    }
    for a in &found.quotes {
        let id = format!("a{}", out.annotations.len() + 1);
        let mut ann = Annotation::user(id, Kind::Quote, a.quote.span);
        ann.origin = Origin::Suggested;
        ann.status = Status::Suggested;
        ann.speaker = match a.who {
            Some(Who::Entity(e)) => ids[e].clone(),
            _ => None,
        };
        ann.speaker_mention = a.mention;
        ann.cue = a.cue;
        out.annotations.push(ann);
    }
    out
}
