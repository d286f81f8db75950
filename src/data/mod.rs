//! The bundled dataset: its typed model, loading and the honesty checks.

pub mod catalog;
pub mod date;
mod json_words;
mod known;
pub mod load;
pub mod model;
pub mod number;
pub mod plain_text;
pub mod register;
pub mod seed_files;
pub mod seeds;
mod standing_check;
pub mod table;
mod table_check;
pub mod text_file;
pub mod validate;

pub use catalog::{Catalog, PackTrust};
pub use date::{PartialDate, Precision};
pub use load::{LoadError, load_bundled, load_dataset, load_dataset_file};
pub use model::*;
pub use seeds::SeedStore;
