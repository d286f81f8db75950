//! From a selection to a composed briefing: which facts, in which order,
//! worded how, cited where. Every word of the document is decided here.

pub mod compose;
pub mod document;
pub mod notation;
pub mod notes;
pub mod parts;
pub mod selection;
pub mod wording;

pub use compose::{ComposeError, compose};
pub use document::Document;
pub use selection::{Day, HeaderFields, Length, OwnSection, Selection};
