//! Text from a dataset or a pack is data, never terminal or layout
//! control: control characters, bidirectional overrides and isolates, and
//! zero-width characters are refused by the checks in every field but a
//! quote (which is the article's own text, checked against it), and are
//! printed escaped wherever such a field reaches a terminal.

use std::borrow::Cow;

use unicode_normalization::{UnicodeNormalization, is_nfc};

/// Whether `c` would act on the terminal or the text's direction, or
/// hide in it, rather than show as a letter.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' // Arabic letter mark
                | '\u{200B}'..='\u{200F}' // zero-width space, joiners, LRM, RLM
                | '\u{2028}'..='\u{202E}' // line/paragraph separators, embeddings, overrides
                | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
                | '\u{2066}'..='\u{2069}' // isolates
                | '\u{FEFF}' // zero-width no-break space
                | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
        )
}

/// `text` in Unicode NFC, the one form every text of the app is kept in:
/// articles and the byte offsets of their quotes, datasets, typed fields,
/// notes (an input method in "Unicode tổ hợp" mode, and some pages, send
/// decomposed letters, which print with misplaced accents and match no
/// quote). Borrowed when it is NFC already, as nearly every text is.
pub fn nfc(text: &str) -> Cow<'_, str> {
    if is_nfc(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// Typed text as the document prints it: [`nfc`]; a tab becomes a space,
/// every other hidden character ([`is_hidden`]: controls, direction
/// marks, zero-width characters, pasted from web pages or spreadsheets)
/// has no glyph and is dropped; line breaks stay.
pub fn typed_text(text: &str) -> String {
    nfc(text)
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if is_hidden(c) => None,
            c => Some(c),
        })
        .collect()
}

/// The first hidden character of `s`, as `U+XXXX`, if any.
pub fn first_hidden(s: &str) -> Option<String> {
    s.chars()
        .find(|&c| is_hidden(c))
        .map(|c| format!("U+{:04X}", c as u32))
}

/// `s` with every hidden character written as `\u{XXXX}`, safe to print.
pub fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_hidden(c) {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Every string of `value` but quotes' texts that holds a hidden
/// character: its place (`facts[3].summary`) and the character.
pub fn hidden_in(value: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out
}

fn walk(value: &serde_json::Value, at: String, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            if !at.ends_with("quote.text")
                && let Some(c) = first_hidden(s)
            {
                out.push((at, c));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, format!("{at}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let place = if at.is_empty() {
                    k.clone()
                } else {
                    format!("{at}.{k}")
                };
                walk(v, place, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_nfc_for_every_text_and_one_rule_for_typed_text() {
        // "Tiếng" typed with a decomposed ế (e, circumflex, acute).
        let decomposed = "Ti\u{65}\u{302}\u{301}ng";
        assert_eq!(nfc(decomposed), "Tiếng");
        assert!(matches!(nfc("Tiếng"), Cow::Borrowed(_)));
        assert_eq!(
            typed_text("C\u{1EE4}C\tA\u{200B}B\u{202E}\u{200D}\r\nT\u{6F}\u{302}"),
            "CỤC AB\nTô"
        );
    }

    #[test]
    fn hidden_characters_are_found_and_escaped_and_vietnamese_is_not() {
        for c in [
            '\u{1b}', '\n', '\u{202E}', '\u{200B}', '\u{2066}', '\u{FEFF}', '\u{85}',
        ] {
            assert!(is_hidden(c), "{c:?}");
        }
        assert_eq!(first_hidden("Cục Chuyển đổi số quốc gia"), None);
        assert_eq!(escaped("Cục\u{1b}[8m"), "Cục\\u{001B}[8m");
        assert_eq!(escaped("a\u{202E}b\nc"), "a\\u{202E}b\\u{000A}c");
        let v = serde_json::json!({"facts": [{"summary": "ok"}, {"summary": "x\u{200B}",
            "quote": {"text": "dòng\nhai"}}]});
        assert_eq!(
            hidden_in(&v),
            [("facts[1].summary".to_string(), "U+200B".to_string())]
        );
    }
}
