//! Turning a new article into candidate facts: read it (plain text or
//! HTML turned into text), find the article body among the page chrome,
//! and propose the sentences of the body that hold a figure, a date or a
//! legal instrument, with a guessed kind, value and date. Nothing here is
//! a fact yet: the user confirms each one, and the dataset's validator
//! decides.

pub mod article;
pub mod body;
pub mod candidates;

pub use article::{Article, ArticleError, read_article};
pub use body::detect_body;
pub use candidates::{Candidate, GuessedKind, candidates};
