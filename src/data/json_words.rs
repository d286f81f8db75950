//! A JSON error in our own words, from what serde_json and
//! serde_path_to_error know, never from serde's English wording: the kind
//! of mistake (`serde_json::Error::classify`), where (line and column, and
//! the record's path such as `facts[3].date`) and what was found there. A
//! message of our own (a date, a number: Vietnamese already) is kept.

use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_json::error::Category;

/// A JSON file that is not a dataset: where, and why in our words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Reads `json` as a `T`, the whole text (nothing may follow it).
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, JsonError> {
    // The plain parser first (it also refuses trailing characters); the
    // path-tracking one, twice as slow, only to word an error.
    if let Ok(value) = serde_json::from_str(json) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().clone();
        let inner = e.into_inner();
        let message = match inner.classify() {
            Category::Data => data_message(json, &path, &inner),
            _ => syntax_message(json, &inner),
        };
        JsonError {
            line: inner.line(),
            column: inner.column(),
            message,
        }
    })?;
    de.end().map_err(|e| JsonError {
        line: e.line(),
        column: e.column(),
        message: "có ký tự thừa sau dữ liệu".to_string(),
    })?;
    Ok(value)
}

/// A file cut short, or a character that JSON does not allow there.
fn syntax_message(json: &str, e: &serde_json::Error) -> String {
    match e.classify() {
        Category::Eof => "tệp kết thúc giữa chừng (thiếu phần cuối)".to_string(),
        Category::Io => "không đọc được tệp".to_string(),
        _ => match char_at(json, e.line(), e.column()) {
            Some(c) if !c.is_control() => {
                format!(
                    "sai cú pháp JSON ở ký tự `{c}` (thiếu hay thừa dấu `,` `:` `\"` `{{` `}}` `[` `]`?)"
                )
            }
            _ => "sai cú pháp JSON (thiếu hay thừa dấu `,` `:` `\"` `{` `}` `[` `]`?)".to_string(),
        },
    }
}

/// The character serde_json stopped at (its column counts bytes from 1).
fn char_at(json: &str, line: usize, column: usize) -> Option<char> {
    let text = json.lines().nth(line.checked_sub(1)?)?;
    let at = column.checked_sub(1)?.min(text.len().saturating_sub(1));
    let start = (0..=at).rev().find(|&i| text.is_char_boundary(i))?;
    text[start..].chars().next()
}

/// A value of the wrong kind, a missing or unknown field: the path and
/// what is there. Our own messages are Vietnamese (not ASCII); serde's
/// own are not shown.
fn data_message(json: &str, path: &serde_path_to_error::Path, e: &serde_json::Error) -> String {
    let place = match path.to_string().as_str() {
        "." => "gốc tệp".to_string(),
        p => format!("`{p}`"),
    };
    let own = e.to_string();
    let own = own
        .rsplit_once(" at line ")
        .map_or(own.as_str(), |(m, _)| m);
    if !own.is_ascii() {
        return format!("{place}: {own}");
    }
    let found = serde_json::from_str::<Value>(json)
        .ok()
        .and_then(|root| value_at(&root, path).map(found_words));
    match found {
        Some(found) => format!(
            "{place}: {found} không đúng định dạng bộ dữ liệu (sai kiểu, giá trị không được phép, thiếu trường bắt buộc hoặc có trường lạ)"
        ),
        None => format!("{place}: không đúng định dạng bộ dữ liệu"),
    }
}

/// The value a path names, if the text has it.
fn value_at<'v>(root: &'v Value, path: &serde_path_to_error::Path) -> Option<&'v Value> {
    use serde_path_to_error::Segment;
    path.iter().try_fold(root, |value, segment| match segment {
        Segment::Seq { index } => value.get(index),
        Segment::Map { key } => value.get(key.as_str()),
        Segment::Enum { .. } | Segment::Unknown => Some(value),
    })
}

/// What a value is, in a few words: "số 42", "chuỗi \"rumour\"", "đối
/// tượng {...} có \"type\": \"rumour\"".
fn found_words(value: &Value) -> String {
    const LONGEST: usize = 40;
    let short = |s: &str| match s.char_indices().nth(LONGEST) {
        Some((at, _)) => format!("\"{}…\"", &s[..at]),
        None => format!("\"{s}\""),
    };
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("giá trị {b}"),
        Value::Number(n) => format!("số {n}"),
        Value::String(s) => format!("chuỗi {}", short(s)),
        Value::Array(items) => format!("danh sách [...] {} phần tử", items.len()),
        Value::Object(map) => match map.get("type").and_then(Value::as_str) {
            Some(kind) => format!("đối tượng {{...}} có \"type\": {}", short(kind)),
            None => "đối tượng {...}".to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        ids: Vec<String>,
        n: f64,
        #[serde(default)]
        when: Option<crate::data::PartialDate>,
    }

    fn message(json: &str) -> String {
        from_json::<T>(json).unwrap_err().message
    }

    #[test]
    fn each_kind_of_mistake_is_said_in_our_words_with_its_place() {
        assert_eq!(message(""), "tệp kết thúc giữa chừng (thiếu phần cuối)");
        assert_eq!(
            message("{\"ids\" []}"),
            "sai cú pháp JSON ở ký tự `[` (thiếu hay thừa dấu `,` `:` `\"` `{` `}` `[` `]`?)"
        );
        assert_eq!(
            message("{\"ids\": [\"a\", 42], \"n\": 1}"),
            "`ids[1]`: số 42 không đúng định dạng bộ dữ liệu (sai kiểu, giá trị không \
             được phép, thiếu trường bắt buộc hoặc có trường lạ)"
        );
        assert_eq!(
            message("{\"ids\": []}"),
            "gốc tệp: đối tượng {...} không đúng định dạng bộ dữ liệu (sai kiểu, giá trị \
             không được phép, thiếu trường bắt buộc hoặc có trường lạ)"
        );
        assert_eq!(
            message("{\"ids\": [], \"n\": 1, \"when\": \"2023-13\"}"),
            "`when`: tháng 13 không tồn tại"
        );
        assert_eq!(
            message("{\"ids\": [], \"n\": 1} x"),
            "có ký tự thừa sau dữ liệu"
        );
    }

    #[test]
    fn the_position_is_serde_jsons() {
        let e = from_json::<T>("{\n  \"ids\": 7}").unwrap_err();
        assert_eq!((e.line, e.column), (2, 10));
    }
}
