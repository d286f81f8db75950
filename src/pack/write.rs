//! Making a pack: the user's dataset, its articles and tables, the
//! manifest and (with a key) its signature, zipped with fixed timestamps
//! and members in name order, so the same content gives the same bytes.

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use super::error::PackError;
use super::keys::KeyPair;
use super::manifest::{Manifest, MemberEntry, PACK_FORMAT, sha256_hex, valid_pack_id};
use super::names::{DATASET, MANIFEST, SIGNATURE, article_member, check_member_name};
use super::signature::SignatureFile;
use crate::brief::selection::Day;
use crate::curate::user_data::{Snapshot, UserData};
use crate::data::load::check_user_json;
use crate::data::{FactKind, PartialDate};

/// What the publishing unit says about the pack.
#[derive(Debug, Clone, PartialEq)]
pub struct PackInfo {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub publisher: String,
    pub created: Day,
}

/// The date of the newest measured figure among `snapshot`'s facts.
pub fn newest_figure(snapshot: &Snapshot) -> Option<PartialDate> {
    snapshot
        .data
        .facts
        .iter()
        .filter(|f| matches!(f.kind, FactKind::Measurement { .. }))
        .filter_map(|f| f.date.when)
        .max_by_key(|d| d.sort_key())
}

/// The members other than the manifest and signature, by name.
fn content_members(snapshot: &Snapshot) -> Result<BTreeMap<String, Vec<u8>>, PackError> {
    let mut members = BTreeMap::new();
    members.insert(
        DATASET.to_string(),
        UserData::json_of(snapshot).into_bytes(),
    );
    for source in &snapshot.data.sources {
        let Some(text) = snapshot.texts.get(&source.seed_file) else {
            continue; // a bundled article: every laptop has it
        };
        let name = article_member(&source.seed_file);
        check_member_name(&name)?;
        members.insert(name, text.clone().into_bytes());
    }
    Ok(members)
}

/// The pack's bytes. The dataset must pass every check of loading it
/// (a unit never publishes what would be refused on the laptops).
pub fn create(
    snapshot: &Snapshot,
    info: &PackInfo,
    key: Option<&KeyPair>,
) -> Result<Vec<u8>, PackError> {
    if !valid_pack_id(&info.id) {
        return Err(PackError::Invalid(format!(
            "mã gói \"{}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu '-', tối đa 40 ký tự",
            info.id
        )));
    }
    for (field, v) in [("--title", &info.title), ("--publisher", &info.publisher)] {
        if let Some(c) = crate::data::plain_text::first_hidden(v) {
            return Err(PackError::Invalid(format!(
                "{field} có ký tự ẩn hoặc ký tự điều khiển {c} (xuống dòng, mã điều khiển \
                 màn hình, ký tự đổi chiều chữ hay ký tự không độ rộng): hãy bỏ ký tự đó"
            )));
        }
    }
    if super::zip_form::dos_date(&info.created.iso()).is_none() {
        return Err(PackError::Invalid(format!(
            "ngày tạo {} không dùng được: năm phải từ 1980 đến 2107",
            info.created.iso()
        )));
    }
    if info.version > super::manifest::MAX_VERSION {
        return Err(PackError::Invalid(format!(
            "phiên bản {} quá lớn (tối đa {})",
            info.version,
            super::manifest::MAX_VERSION
        )));
    }
    if info.version == 0 || info.title.trim().is_empty() || info.publisher.trim().is_empty() {
        return Err(PackError::Invalid(
            "gói cần phiên bản (từ 1), tên gói và đơn vị phát hành".into(),
        ));
    }
    if !snapshot.data.extends_bundled {
        return Err(PackError::Invalid(
            "chỉ đóng gói được bộ dữ liệu bổ sung (\"extends_bundled\": true)".into(),
        ));
    }
    let json = UserData::json_of(snapshot);
    check_user_json(DATASET, &json, &snapshot.texts)?;
    let members = content_members(snapshot)?;
    let manifest = Manifest {
        format: PACK_FORMAT,
        id: info.id.clone(),
        version: info.version,
        title: info.title.trim().to_string(),
        publisher: info.publisher.trim().to_string(),
        created: info.created.iso(),
        newest_figure: newest_figure(snapshot),
        facts: snapshot.data.facts.len(),
        members: members
            .iter()
            .map(|(name, bytes)| MemberEntry {
                name: name.clone(),
                size: bytes.len() as u64,
                sha256: sha256_hex(bytes),
            })
            .collect(),
    };
    let manifest_bytes = manifest.to_bytes();
    let mut all = members;
    if let Some(k) = key {
        let sig = SignatureFile::new(k.public().key, k.sign(&manifest_bytes));
        all.insert(SIGNATURE.to_string(), sig.to_bytes());
    }
    all.insert(MANIFEST.to_string(), manifest_bytes);
    zip_members(&all, &info.created)
        .map_err(|e| PackError::Invalid(format!("không tạo được gói: {e}")))
}

/// The one archive [`create`] makes of these members, made on `created`
/// (YYYY-MM-DD): the reader compares a pack with it byte for byte.
pub(crate) fn canonical_archive(
    members: &BTreeMap<String, Vec<u8>>,
    created: &str,
) -> Option<Vec<u8>> {
    let mut parts = created.split('-').map(str::parse::<u32>);
    let (y, m, d) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    let day = Day {
        year: i32::try_from(y).ok()?,
        month: u8::try_from(m).ok()?,
        day: u8::try_from(d).ok()?,
    };
    zip_members(members, &day).ok()
}

/// Zips `members` in name order, each stamped with `day` at midnight.
fn zip_members(members: &BTreeMap<String, Vec<u8>>, day: &Day) -> zip::result::ZipResult<Vec<u8>> {
    let stamp = DateTime::from_date_and_time(
        day.year.clamp(1980, 2107) as u16,
        day.month,
        day.day,
        0,
        0,
        0,
    )
    .unwrap_or_default();
    let options = SimpleFileOptions::default()
        .last_modified_time(stamp)
        .system(System::Unix)
        .unix_permissions(0o644)
        .compression_method(CompressionMethod::Deflated);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in members {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}
