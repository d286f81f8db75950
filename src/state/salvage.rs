//! Reading back as much of a damaged saved selection as is sound: each
//! field that still reads is kept, each one that does not is named, so the
//! notice says exactly what was reset (an official's own "Nhận định" text
//! is not lost because the year beside it was damaged).

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::brief::selection::{HeaderFields, OwnSection, Selection};

/// The selection in `json` with its unreadable fields reset to defaults,
/// and the keys of those fields ("header.issuer", "own_sections"…);
/// `None` when `json` is not an object at all.
pub fn salvage_selection(json: &str) -> Option<(Selection, Vec<String>)> {
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(json) else {
        return None;
    };
    let (mut good, mut bad) = salvage::<Selection>(map);
    if let Some(pos) = bad.iter().position(|k| k == "header")
        && let Some(Value::Object(header)) = raw_field(json, "header")
    {
        let (kept, lost) = salvage::<HeaderFields>(header);
        good.insert("header".into(), Value::Object(kept));
        bad.splice(pos..=pos, lost.into_iter().map(|k| format!("header.{k}")));
    }
    if let Some(pos) = bad.iter().position(|k| k == "own_sections")
        && let Some(Value::Array(sections)) = raw_field(json, "own_sections")
    {
        let kept: Vec<Value> = sections
            .into_iter()
            .filter(|s| serde_json::from_value::<OwnSection>(s.clone()).is_ok())
            .collect();
        if !kept.is_empty() {
            good.insert("own_sections".into(), Value::Array(kept));
        }
        bad[pos] = "own_sections".into();
    }
    let selection = serde_json::from_value(Value::Object(good)).ok()?;
    Some((selection, bad))
}

fn raw_field(json: &str, key: &str) -> Option<Value> {
    match serde_json::from_str::<Value>(json).ok()? {
        Value::Object(mut m) => m.remove(key),
        _ => None,
    }
}

/// Splits `map` into the fields `T` reads on their own and the keys of
/// those it does not (`T` has `#[serde(default)]`).
fn salvage<T: DeserializeOwned>(map: Map<String, Value>) -> (Map<String, Value>, Vec<String>) {
    let mut good = Map::new();
    let mut bad = Vec::new();
    for (key, value) in map {
        let one = Map::from_iter([(key.clone(), value.clone())]);
        if serde_json::from_value::<T>(Value::Object(one)).is_ok() {
            good.insert(key, value);
        } else {
            bad.push(key);
        }
    }
    (good, bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_field_is_reset_and_named_the_rest_kept() {
        let json = r#"{"topics": 42, "from": 2016, "header": {"issuer": "SỞ TT&TT", "date": "x"},
            "own_sections": [{"title": "Nhận định", "text": "Giữ lại."}, {"title": 7}]}"#;
        let (s, bad) = salvage_selection(json).unwrap();
        assert_eq!(s.from, 2016);
        assert_eq!(s.header.issuer, "SỞ TT&TT");
        assert_eq!(s.own_sections.len(), 1);
        assert_eq!(s.own_sections[0].text, "Giữ lại.");
        let mut bad = bad;
        bad.sort();
        assert_eq!(bad, ["header.date", "own_sections", "topics"]);
        assert!(salvage_selection("[1]").is_none());
        assert!(salvage_selection("{\"topics\": [1, 2").is_none());
    }
}
