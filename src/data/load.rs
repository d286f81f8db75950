//! Reading a dataset: size limits, JSON, Unicode NFC, then the honesty
//! checks of [`super::validate`]. Errors name the file and the record.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use super::catalog::Catalog;
use super::model::Dataset;
use super::plain_text::nfc;
use super::seed_files::{SeedReader, name_problem};
use super::seeds::SeedStore;
use super::text_file::{TextFileError, read_text_file};
use super::validate::{Problem, validate};

/// The bundled dataset, embedded in the executable.
pub const BUNDLED_DATASET: &str = include_str!("../../assets/dataset.json");
pub const BUNDLED_NAME: &str = "assets/dataset.json";

/// Largest dataset file accepted (a generous bound: the bundled one is
/// about 100 KB, a 10.000-fact one about 10 MB).
pub const MAX_DATASET_BYTES: usize = 32 * 1024 * 1024;
/// Most facts accepted in one dataset.
pub const MAX_FACTS: usize = 20_000;
/// Most records of any other kind.
pub const MAX_RECORDS: usize = 5_000;
/// How many problems a report lists before it stops counting them one by one.
const MAX_LISTED_PROBLEMS: usize = 20;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: tệp quá lớn ({size} byte, tối đa {max} byte)")]
    TooLarge {
        file: String,
        size: usize,
        max: usize,
    },
    #[error("{file}: JSON không hợp lệ ở dòng {line}, cột {column}: {message}")]
    Json {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: quá nhiều bản ghi {collection} ({count}, tối đa {max})")]
    TooManyRecords {
        file: String,
        collection: &'static str,
        count: usize,
        max: usize,
    },
    #[error("{file}: không đọc được tệp: {message}")]
    Io { file: String, message: String },
    #[error("{file}: {}", ProblemList(problems))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} lỗi dữ liệu", self.0.len())?;
        for p in self.0.iter().take(MAX_LISTED_PROBLEMS) {
            write!(f, "\n  - {p}")?;
        }
        if self.0.len() > MAX_LISTED_PROBLEMS {
            write!(
                f,
                "\n  … và {} lỗi khác",
                self.0.len() - MAX_LISTED_PROBLEMS
            )?;
        }
        Ok(())
    }
}

/// Parses and validates a dataset against the given source texts.
pub fn load_dataset(file: &str, json: &str, seeds: SeedStore) -> Result<Catalog, LoadError> {
    let data = parse_dataset(file, json)?;
    checked(file.to_string(), data, seeds, Vec::new())
}

/// Runs the honesty checks; problems found earlier (e.g. unreadable source
/// files) are reported with theirs.
fn checked(
    file: String,
    data: Dataset,
    seeds: SeedStore,
    mut problems: Vec<Problem>,
) -> Result<Catalog, LoadError> {
    // A source whose file could not be read is reported once, with why.
    let unread: Vec<String> = problems.iter().map(|p| p.record.clone()).collect();
    problems.extend(
        validate(&data, &seeds).into_iter().filter(|p| {
            !(unread.contains(&p.record) && p.message.starts_with("không có tệp nguồn"))
        }),
    );
    if !problems.is_empty() {
        return Err(LoadError::Invalid { file, problems });
    }
    Ok(Catalog::new(data, seeds))
}

/// Size limit, NFC and JSON parsing, without the honesty checks.
pub fn parse_dataset(file: &str, json: &str) -> Result<Dataset, LoadError> {
    if json.len() > MAX_DATASET_BYTES {
        return Err(LoadError::TooLarge {
            file: file.to_string(),
            size: json.len(),
            max: MAX_DATASET_BYTES,
        });
    }
    // A byte order mark, as some Windows editors write one.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    // Normalizing the whole text puts every string in NFC at once; JSON's
    // own punctuation is ASCII and unchanged by it.
    let json = nfc(json);
    let data = parse_json(file, &json)?;
    let counts = [
        ("facts", data.facts.len(), MAX_FACTS),
        ("sources", data.sources.len(), MAX_RECORDS),
        ("topics", data.topics.len(), MAX_RECORDS),
        ("indicators", data.indicators.len(), MAX_RECORDS),
        ("conflicts", data.conflicts.len(), MAX_RECORDS),
    ];
    for (collection, count, max) in counts {
        if count > max {
            return Err(LoadError::TooManyRecords {
                file: file.to_string(),
                collection,
                count,
                max,
            });
        }
    }
    Ok(data)
}

/// JSON to records, a mistake said in our words with its place.
fn parse_json(file: &str, json: &str) -> Result<Dataset, LoadError> {
    super::json_words::from_json(json).map_err(|e| LoadError::Json {
        file: file.to_string(),
        line: e.line,
        column: e.column,
        message: e.message,
    })
}

/// The bundled dataset with the bundled articles and tables, without
/// the honesty checks: both are part of the executable and cannot change
/// after the build, and a test (`tests/dataset.rs`, "the bundled data
/// passes every check") runs every check on them before any release.
/// They were half of an export's time. User data and packs go through
/// [`load_dataset`] and are checked in full.
pub fn load_bundled() -> Result<Catalog, LoadError> {
    Ok(Catalog::new(bundled_dataset()?, SeedStore::bundled()))
}

/// The bundled data with every check run on it: what the test that
/// stands for the run-time checks loads.
pub fn load_bundled_checked() -> Result<Catalog, LoadError> {
    checked(
        BUNDLED_NAME.to_string(),
        bundled_dataset()?,
        SeedStore::bundled(),
        Vec::new(),
    )
}

/// The bundled dataset with the register of official changes added: its
/// rows are sources and events like the articles' (see
/// [`super::register`]).
fn bundled_dataset() -> Result<Dataset, LoadError> {
    // Nor the NFC pass: the test that runs every check proves the file
    // NFC.
    let mut data = parse_json(BUNDLED_NAME, BUNDLED_DATASET)?;
    let file = super::register::REGISTER_FILE;
    let (sources, facts) =
        super::register::records(super::seeds::bundled_text(file)).map_err(|e| LoadError::Io {
            file: file.to_string(),
            message: e.to_string(),
        })?;
    data.sources.extend(sources);
    data.facts.extend(facts);
    Ok(data)
}

/// Reads a user-supplied dataset file in the bundled format. Its sources
/// may name a bundled article (e.g. `000_d42efc25331d3bd5.txt`) or a text
/// file next to the JSON. With `"extends_bundled": true` its records are
/// added to the bundled ones; otherwise they replace them.
pub fn load_dataset_file(path: &Path) -> Result<Catalog, LoadError> {
    let file = path.display().to_string();
    let json = match read_text_file(path, MAX_DATASET_BYTES as u64) {
        Ok(json) => json,
        Err(TextFileError::TooLarge { size, .. }) => {
            return Err(LoadError::TooLarge {
                file,
                size: size as usize,
                max: MAX_DATASET_BYTES,
            });
        }
        Err(e) => {
            return Err(LoadError::Io {
                file,
                message: e.to_string(),
            });
        }
    };
    let data = parse_dataset(&file, &json)?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut reader = SeedReader::new(folder);
    check_with(file, data, |name| reader.read(name))
}

/// Checks a user dataset held in memory exactly as [`load_dataset_file`]
/// checks one read from disk (NFC, JSON, bundled merge, every check);
/// `texts` holds its own sources' texts by file name. The workbench
/// validates a fact before it is saved with this.
pub fn check_user_json(
    file: &str,
    json: &str,
    texts: &std::collections::BTreeMap<String, String>,
) -> Result<Catalog, LoadError> {
    let data = parse_dataset(file, json)?;
    check_with(file.to_string(), data, |name| {
        if let Some(problem) = name_problem(name) {
            return Err(problem);
        }
        texts
            .get(name)
            .map(|t| nfc(t).into())
            .ok_or_else(|| format!("không có tệp nguồn \"{name}\""))
    })
}

/// Merges with the bundled data when asked, reads the sources' texts that
/// are not bundled with `read`, and runs the checks.
fn check_with(
    file: String,
    mut data: Dataset,
    mut read: impl FnMut(&str) -> Result<Arc<str>, String>,
) -> Result<Catalog, LoadError> {
    if data.extends_bundled {
        data = merge(bundled_dataset()?, data);
    }
    let mut seeds = SeedStore::bundled();
    let mut problems = Vec::new();
    for (i, source) in data.sources.iter().enumerate() {
        if seeds.contains(&source.seed_file) {
            continue;
        }
        let record = format!("sources[{i}] \"{}\"", source.id);
        match read(&source.seed_file) {
            Ok(text) => seeds.insert_nfc(&source.seed_file, text),
            Err(message) => problems.push(Problem { record, message }),
        }
    }
    checked(file, data, seeds, problems)
}

/// The bundled records first, then the user's.
fn merge(mut base: Dataset, extra: Dataset) -> Dataset {
    base.sources.extend(extra.sources);
    base.topics.extend(extra.topics);
    base.indicators.extend(extra.indicators);
    base.facts.extend(extra.facts);
    base.conflicts.extend(extra.conflicts);
    base
}
