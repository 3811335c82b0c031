//! Who stands where: positions laid out as speakers (rows) × topics (columns). One layout
//! for every view of it — the app's Positions tab and the single-file HTML view. Empty cells
//! stay empty; no stance is invented.

use crate::core::model::{Annotation, Document, Kind, Stance, Status};

pub struct Grid<'a> {
    /// Column topics in order of first use; `None` (positions without a topic) comes last.
    pub topics: Vec<Option<String>>,
    pub rows: Vec<Row<'a>>,
}

pub struct Row<'a> {
    /// The holder's speaker id; `None` for positions without a holder.
    pub holder: Option<String>,
    /// One cell per topic, with the positions in it.
    pub cells: Vec<Vec<&'a Annotation>>,
}

/// The grid of the document's positions (rejected suggestions left out).
pub fn grid(doc: &Document) -> Grid<'_> {
    let positions: Vec<&Annotation> = doc.annotations.iter().filter(|a| a.kind == Kind::Position && a.status != Status::Rejected).collect();
    let mut topics: Vec<Option<String>> = Vec::new();
    for a in positions.iter().filter(|a| a.topic.is_some()) {
        if !topics.contains(&a.topic) {
            topics.push(a.topic.clone());
        }
    }
    if positions.iter().any(|a| a.topic.is_none()) {
        topics.push(None);
    }
    let mut rows: Vec<Row> = Vec::new();
    for a in &positions {
        let col = topics.iter().position(|t| *t == a.topic).unwrap_or(0);
        let i = match rows.iter().position(|r| r.holder == a.speaker) {
            Some(i) => i,
            None => {
                rows.push(Row { holder: a.speaker.clone(), cells: vec![Vec::new(); topics.len()] });
                rows.len() - 1
            }
        };
        rows[i].cells[col].push(a);
    }
    Grid { topics, rows }
}

/// The holder's name as a row heading.
pub fn holder_name(doc: &Document, holder: &Option<String>) -> String {
    holder.as_deref().and_then(|id| doc.speaker(id)).map_or_else(|| "(no holder)".to_string(), |s| s.name.clone())
}

/// A topic as a column heading.
pub fn topic_label(topic: &Option<String>) -> &str {
    topic.as_deref().unwrap_or("(no topic)")
}

/// The glyph and word a cell shows for a stance (a second cue besides colour).
pub fn stance_mark(stance: Option<Stance>) -> (&'static str, &'static str) {
    match stance {
        Some(Stance::For) => ("▲", "for"),
        Some(Stance::Against) => ("▼", "against"),
        Some(Stance::Neutral) => ("●", "neutral"),
        Some(Stance::Mixed) => ("◆", "mixed"),
        None => ("○", "not set"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Span;

    #[test]
    fn rows_by_holder_columns_by_topic_untitled_last() {
        let mut doc = Document::from_text("Title\n\nOne two three four five six seven.");
        let mut anns = Vec::new();
        for (i, (s, topic, holder)) in [(7, None, Some("s1")), (11, Some("tax"), Some("s1")), (15, Some("tax"), None)].into_iter().enumerate() {
            let mut a = Annotation::user(format!("a{}", i + 1), Kind::Position, Span::new(s, s + 3));
            a.topic = topic.map(String::from);
            a.speaker = holder.map(String::from);
            anns.push(a);
        }
        let speakers = vec![crate::core::model::Speaker { id: "s1".into(), name: "Ann".into(), aliases: vec![], description: None }];
        doc = Document::from_parts(doc.article.clone(), speakers, anns);
        let g = grid(&doc);
        assert_eq!(g.topics, vec![Some("tax".to_string()), None]);
        let shape: Vec<(String, Vec<usize>)> = g.rows.iter().map(|r| (holder_name(&doc, &r.holder), r.cells.iter().map(Vec::len).collect())).collect();
        assert_eq!(shape, vec![("Ann".to_string(), vec![1, 1]), ("(no holder)".to_string(), vec![1, 0])]);
    }
}
