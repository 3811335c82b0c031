//! Formats for other annotation tools: doccano (JSONL, relation format), Label Studio (a
//! task with its labelling config) and Hypothesis (annotations to send to its API).
//! doccano and Hypothesis count offsets in UTF-16 code units; Label Studio in code points.

use crate::core::json::{self, json, Value};

use crate::core::export::Context;
use crate::core::model::{Annotation, Kind, Origin, Status};


/// The annotations other tools should see: everything but rejected suggestions.
fn kept<'a>(cx: &'a Context) -> Vec<&'a Annotation> {
    cx.annotations().filter(|a| a.status != Status::Rejected).collect()
}

/// doccano JSONL: one line, the article with its entities and relations (UTF-16 offsets).
pub fn doccano(cx: &Context) -> String {
    let anns = kept(cx);
    let mut entities = Vec::new();
    let mut relations = Vec::new();
    let number = |id: &str| anns.iter().position(|a| a.id == id).map(|i| i + 1);
    for (i, a) in anns.iter().enumerate() {
        let (s, e) = cx.utf16(a.span);
        entities.push(json!({"id": i + 1, "label": a.kind.label(), "start_offset": s, "end_offset": e}));
    }
    let mut next = anns.len();
    for (i, a) in anns.iter().enumerate() {
        if let Some(m) = a.speaker_mention.filter(|m| *m != a.span) {
            next += 1;
            let (s, e) = cx.utf16(m);
            entities.push(json!({"id": next, "label": "Mention", "start_offset": s, "end_offset": e}));
            relations.push(json!({"id": relations.len() + 1, "from_id": i + 1, "to_id": next, "type": "SaidBy"}));
        }
        for l in &a.links {
            if let Some(to) = number(l) {
                let kind = if a.kind == Kind::Position { "Evidence" } else { "Link" };
                relations.push(json!({"id": relations.len() + 1, "from_id": i + 1, "to_id": to, "type": kind}));
            }
        }
    }
    let line = json!({
        "text": cx.doc.text(),
        "entities": entities,
        "relations": relations,
        "Comments": anns.iter().filter_map(|a| a.note.as_ref().map(|n| format!("{}: {n}", a.id))).collect::<Vec<_>>(),
    });
    let mut line = json::to_string(&line);
    line.push('\n');
    line
}

/// The Label Studio labelling config that `label_studio_task` fits.
pub const LABEL_STUDIO_CONFIG: &str = r##"<View>
  <Relations>
    <Relation value="SaidBy"/>
    <Relation value="Evidence"/>
    <Relation value="Link"/>
  </Relations>
  <Labels name="label" toName="text">
    <Label value="Quote" background="#1f5fbf"/>
    <Label value="Claim" background="#b26b00"/>
    <Label value="Speaker" background="#6b3fa0"/>
    <Label value="Position" background="#1e7a3c"/>
  </Labels>
  <Text name="text" value="$text"/>
  <View visibleWhen="region-selected">
    <Header value="Stance"/>
    <Choices name="stance" toName="text" perRegion="true" choice="single">
      <Choice value="for"/>
      <Choice value="against"/>
      <Choice value="neutral"/>
      <Choice value="mixed"/>
    </Choices>
    <Header value="Note"/>
    <TextArea name="note" toName="text" perRegion="true"/>
  </View>
</View>
"##;

/// A Label Studio task: the person's work as `annotations`, the engine's open suggestions as
/// `predictions` (code points).
pub fn label_studio_task(cx: &Context) -> String {
    let anns = kept(cx);
    let results = |pick: &dyn Fn(&Annotation) -> bool| -> Vec<Value> {
        let mut out = Vec::new();
        for a in anns.iter().filter(|a| pick(a)) {
            let (s, e) = cx.cp(a.span);
            let region = |from: &str, kind: &str, key: &'static str, value: Value| {
                let mut v = json!({"start": s, "end": e, "text": cx.doc.quote_of(a)});
                if let Some(o) = v.as_object_mut() {
                    o.insert(key, value);
                }
                json!({"id": a.id.as_str(), "from_name": from, "to_name": "text", "type": kind, "value": v})
            };
            out.push(region("label", "labels", "labels", json!([a.kind.label()])));
            if let Some(st) = a.stance {
                out.push(region("stance", "choices", "choices", json!([st.as_str()])));
            }
            if let Some(n) = &a.note {
                out.push(region("note", "textarea", "text", json!([n])));
            }
            for l in &a.links {
                if anns.iter().any(|x| &x.id == l && pick(x)) {
                    let kind = if a.kind == Kind::Position { "Evidence" } else { "Link" };
                    out.push(json!({"from_id": a.id.as_str(), "to_id": l, "type": "relation", "direction": "right", "labels": [kind]}));
                }
            }
        }
        out
    };
    let task = json!([{
        "data": {"text": cx.doc.text(), "title": cx.doc.meta().title.as_deref()},
        "annotations": [{"result": results(&|a: &Annotation| !(a.origin == Origin::Suggested && a.status == Status::Suggested))}],
        "predictions": [{"model_version": "claimlens-rules", "result": results(&|a: &Annotation| a.origin == Origin::Suggested && a.status == Status::Suggested)}],
    }]);
    json::to_string_pretty(&task)
}

/// Annotations in the shape of Hypothesis' API (`POST /api/annotations`, one object each),
/// anchored with quote and position selectors (UTF-16), to lay onto the live article. The
/// article's address is needed: without `source_url` they point at a placeholder.
pub fn hypothesis(cx: &Context) -> String {
    let meta = cx.doc.meta();
    let uri = meta.source_url.clone().unwrap_or_else(|| "urn:claimlens:unknown-source".into());
    let items: Vec<Value> = kept(cx)
        .into_iter()
        .map(|a| {
            let (s, e) = cx.utf16(a.span);
            let (prefix, suffix) = cx.context(a.span, 32);
            let mut text = a.kind.label().to_string();
            if let Some(name) = cx.speaker_name(a) {
                text.push_str(&format!(" — {name}"));
            }
            if let Some(st) = a.stance {
                text.push_str(&format!(" ({})", st.as_str()));
            }
            if let Some(n) = &a.note {
                text.push_str(&format!("\n\n{n}"));
            }
            json!({
                "uri": uri.as_str(),
                "text": text,
                "tags": ["claimlens", a.kind.as_str()],
                "document": {"title": meta.title.iter().collect::<Vec<_>>()},
                "target": [{
                    "source": uri.as_str(),
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": cx.doc.quote_of(a), "prefix": prefix, "suffix": suffix},
                        {"type": "TextPositionSelector", "start": s, "end": e}
                    ]
                }]
            })
        })
        .collect();
    json::to_string_pretty(&Value::Array(items))
}
