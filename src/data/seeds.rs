//! The source articles, embedded byte for byte so citations resolve on a
//! laptop with nothing but the executable.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::plain_text::nfc;

/// The bundled sources by file name: the five articles, then the UN
/// E-Government Survey tables (see `seeds/un-egov/README.md`).
pub const BUNDLED_SEEDS: &[(&str, &str)] = &[
    (
        "000_d42efc25331d3bd5.txt",
        include_str!("../../seeds/000_d42efc25331d3bd5.txt"),
    ),
    (
        "001_cf1c2a43a6eace24.txt",
        include_str!("../../seeds/001_cf1c2a43a6eace24.txt"),
    ),
    (
        "002_f5cce74d7b1a0e9d.txt",
        include_str!("../../seeds/002_f5cce74d7b1a0e9d.txt"),
    ),
    (
        "003_f5b3ba6a35f28226.txt",
        include_str!("../../seeds/003_f5b3ba6a35f28226.txt"),
    ),
    (
        "004_927a02598e7b56f5.txt",
        include_str!("../../seeds/004_927a02598e7b56f5.txt"),
    ),
    (
        "register/register.json",
        include_str!("../../seeds/register/register.json"),
    ),
    (
        "un-egov/egdi-2010.csv",
        include_str!("../../seeds/un-egov/egdi-2010.csv"),
    ),
    (
        "un-egov/egdi-2012.csv",
        include_str!("../../seeds/un-egov/egdi-2012.csv"),
    ),
    (
        "un-egov/egdi-2014.csv",
        include_str!("../../seeds/un-egov/egdi-2014.csv"),
    ),
    (
        "un-egov/egdi-2016.csv",
        include_str!("../../seeds/un-egov/egdi-2016.csv"),
    ),
    (
        "un-egov/egdi-2018.csv",
        include_str!("../../seeds/un-egov/egdi-2018.csv"),
    ),
    (
        "un-egov/EGOV_DATA_2022.csv",
        include_str!("../../seeds/un-egov/EGOV_DATA_2022.csv"),
    ),
    (
        "un-egov/EGOV_DATA_2024.csv",
        include_str!("../../seeds/un-egov/EGOV_DATA_2024.csv"),
    ),
];

/// Source texts by file name, in NFC. Offsets in the dataset refer to
/// these texts (the bundled seeds are NFC already, so they are the files'
/// own byte offsets). A text named by several sources is held once.
#[derive(Debug, Clone, Default)]
pub struct SeedStore {
    texts: BTreeMap<String, Arc<str>>,
}

/// A bundled seed's text by file name ("" for an unknown name).
pub fn bundled_text(name: &str) -> &'static str {
    BUNDLED_SEEDS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, text)| text)
}

impl SeedStore {
    /// The bundled texts, NFC already (`tests/dataset.rs` proves it), so
    /// not checked again at every start.
    pub fn bundled() -> Self {
        let mut store = Self::default();
        for (name, text) in BUNDLED_SEEDS {
            store.insert_nfc(name, Arc::from(*text));
        }
        store
    }

    pub fn insert(&mut self, name: &str, text: &str) {
        self.insert_nfc(name, nfc(text).into());
    }

    /// Adds a text that is NFC already (see [`nfc`]), shared, not copied
    /// (1.000 sources may name one 8 MB file: not even checked again).
    pub fn insert_nfc(&mut self, name: &str, text: Arc<str>) {
        self.texts.insert(name.to_string(), text);
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.texts.get(name).map(|t| &**t)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.texts.contains_key(name)
    }
}
