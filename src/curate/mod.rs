//! Turning a new article into candidate facts: read it (plain text or
//! HTML turned into text), find the article body among the page chrome,
//! and propose the sentences of the body that hold a figure, a date or a
//! legal instrument, with a guessed kind, value and date. Nothing here is
//! a fact yet: the user confirms each one, and the dataset's validator
//! decides. The workbench's forms ([`draft`]), turning them into records
//! ([`build`]) and the user's dataset file ([`user_data`]) live here too,
//! out of the window's code.

pub mod article;
pub mod body;
pub mod build;
pub mod candidates;
pub mod commit;
pub mod cues;
pub mod data_lock;
pub mod draft;
pub mod figures;
pub mod guard;
pub mod html_bounds;
pub mod indicator_guess;
pub mod kind;
pub mod meta;
pub mod page;
pub mod publisher;
pub mod session;
pub mod suggest;
pub mod user_data;
pub mod when;
pub mod words;

pub use article::{Article, ArticleError, read_article};
pub use body::detect_body;
pub use candidates::{Candidate, candidates};
pub use kind::GuessedKind;
