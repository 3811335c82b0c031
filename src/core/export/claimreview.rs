//! schema.org ClaimReview (JSON-LD): one review per claim the person rated, with the claim's
//! words, its claimant, where it appeared, and the rating on a 1 (false) to 5 (true) scale.

use crate::core::json::{self, json, Value};

use crate::core::export::Context;
use crate::core::model::{Kind, Status};

pub fn export(cx: &Context) -> String {
    let doc = cx.doc;
    let meta = doc.meta();
    let appearance = json!({
        "@type": "CreativeWork",
        "headline": meta.title.as_deref(),
        "url": meta.source_url.as_deref(),
        "datePublished": meta.published.as_deref(),
        "author": meta.authors.iter().map(|a| json!({"@type": "Person", "name": a})).collect::<Vec<_>>(),
    });
    let reviews: Vec<Value> = cx
        .annotations()
        .filter(|a| a.kind == Kind::Claim && a.status != Status::Rejected)
        .filter_map(|a| {
            let verdict = a.verdict?;
            let claimant = match cx.speaker_name(a) {
                Some(name) => json!({"@type": "Person", "name": name}),
                None => json!({"@type": "Organization", "name": meta.title.clone().unwrap_or_else(|| "The article".into())}),
            };
            let mut rating = json!({"@type": "Rating", "alternateName": verdict.label(), "bestRating": 5, "worstRating": 1});
            if let Some(r) = verdict.rating() {
                if let Some(o) = rating.as_object_mut() {
                    o.insert("ratingValue", json!(r));
                }
            }
            let mut review = json!({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": doc.quote_of(a),
                "itemReviewed": {"@type": "Claim", "author": claimant, "appearance": appearance.clone()},
                "reviewRating": rating,
            });
            if let Some(n) = &a.note {
                if let Some(o) = review.as_object_mut() {
                    o.insert("reviewBody", json!(n));
                }
            }
            Some(review)
        })
        .collect();
    json::to_string_pretty(&Value::Array(reviews))
}
