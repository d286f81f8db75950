//! Member names: a fixed, flat layout, so no name can point outside the
//! folder a pack's files are written to — no absolute path, no `..`, no
//! drive letter, no backslash, no sub-folders beyond `nguon/`.

use super::error::PackError;

pub const MANIFEST: &str = "manifest.json";
pub const SIGNATURE: &str = "manifest.sig";
/// The user dataset (`"extends_bundled": true`).
pub const DATASET: &str = "du-lieu.json";
/// Folder of the articles and tables the dataset quotes.
pub const ARTICLES: &str = "nguon/";
/// Longest file name of an article.
const MAX_FILE_NAME: usize = 100;

/// The member holding the source file `seed_file`.
pub fn article_member(seed_file: &str) -> String {
    format!("{ARTICLES}{seed_file}")
}

/// Whether `name` is a plain file name a pack may carry and write:
/// ASCII letters, digits, `.`, `-`, `_`; not starting with `.`.
pub fn plain_file_name(name: &str) -> Result<(), &'static str> {
    if name.is_empty() || name.len() > MAX_FILE_NAME {
        return Err("tên tệp trống hoặc quá dài");
    }
    if name.starts_with('.') {
        return Err("tên tệp bắt đầu bằng dấu chấm");
    }
    if name.contains("..") {
        return Err("có \"..\"");
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
    {
        return Err("chỉ được dùng chữ không dấu, chữ số, '.', '-', '_' (không đường dẫn)");
    }
    Ok(())
}

/// Checks a member's name against the layout.
pub fn check_member_name(name: &str) -> Result<(), PackError> {
    let bad = |why| PackError::BadMemberName {
        name: name.to_string(),
        why,
    };
    if name.starts_with('/') || name.starts_with('\\') {
        return Err(bad("đường dẫn tuyệt đối"));
    }
    if name.contains('\\') || name.contains(':') {
        return Err(bad("có '\\\\' hoặc ':'"));
    }
    if name.split('/').any(|part| part == "..") {
        return Err(bad("có \"..\""));
    }
    if [MANIFEST, SIGNATURE, DATASET].contains(&name) {
        return Ok(());
    }
    match name.strip_prefix(ARTICLES) {
        Some(file) => plain_file_name(file).map_err(bad),
        None => Err(bad("không thuộc cấu trúc gói")),
    }
}
