//! Reading an article: the same limits as a dataset's source texts (8 MB,
//! UTF-8), and HTML turned into the plain text that is kept. All offsets
//! refer to that text.

use std::path::Path;

use crate::data::seed_files::MAX_SEED_BYTES;
use crate::data::text_file::{read_text_file, text_from_bytes};

#[derive(Debug, thiserror::Error)]
#[error("Không mở được bài viết \"{path}\": {problem}.")]
pub struct ArticleError {
    pub path: String,
    pub problem: String,
}

impl ArticleError {
    fn new(path: &str, problem: impl ToString) -> Self {
        Self {
            path: path.to_string(),
            problem: problem.to_string(),
        }
    }
}

/// An article as kept: its text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The text every offset refers to (for HTML, the text made from it).
    pub text: String,
    /// Whether the text was made from HTML.
    pub from_html: bool,
}

/// Is this a web page, by its extension?
pub fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Reads an article file, refusing what the dataset would refuse: over
/// 8 MB, or not UTF-8.
pub fn read_article(path: &Path) -> Result<Article, ArticleError> {
    let name = path.display().to_string();
    let text = read_text_file(path, MAX_SEED_BYTES).map_err(|e| ArticleError::new(&name, e))?;
    article_from_text(&name, text, is_html(path))
}

/// An article from bytes already read (pasted text, a test).
pub fn article_from_bytes(name: &str, bytes: &[u8], html: bool) -> Result<Article, ArticleError> {
    let text =
        text_from_bytes(bytes.to_vec(), MAX_SEED_BYTES).map_err(|e| ArticleError::new(name, e))?;
    article_from_text(name, text, html)
}

fn article_from_text(name: &str, text: String, html: bool) -> Result<Article, ArticleError> {
    if !html {
        return Ok(Article {
            text,
            from_html: false,
        });
    }
    if let Some(problem) = super::html_bounds::html_problem(&text) {
        return Err(ArticleError::new(name, problem));
    }
    html_to_text(&text)
        .map(|text| Article {
            text,
            from_html: true,
        })
        .map_err(|e| {
            ArticleError::new(
                name,
                format!("trang HTML không chuyển được thành văn bản: {e}"),
            )
        })
}

/// Plain text of a web page: paragraphs on lines of their own, no "#"
/// before headings, no link footnotes, long lines not wrapped.
fn html_to_text(html: &str) -> Result<String, String> {
    const NO_WRAP: usize = 10_000;
    html2text::config::with_decorator(html2text::render::TrivialDecorator::new())
        .link_footnotes(false)
        .string_from_read(html.as_bytes(), NO_WRAP)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_paragraph_lines_and_bad_bytes_are_refused() {
        let html = "<html><body><nav>Trang chủ</nav><h1>Tiêu đề</h1>\
                    <p>Việt Nam xếp hạng <b>71/193</b>.</p><p>Đoạn hai.</p></body></html>";
        let a = article_from_bytes("a.html", html.as_bytes(), true).unwrap();
        assert!(a.text.contains("Việt Nam xếp hạng 71/193."), "{:?}", a.text);
        assert!(
            a.text.lines().any(|l| l.trim() == "Đoạn hai."),
            "{:?}",
            a.text
        );
        let err = article_from_bytes("b.txt", b"ok \xff\xfe", false).unwrap_err();
        assert!(err.to_string().contains("UTF-8"), "{err}");
    }
}
