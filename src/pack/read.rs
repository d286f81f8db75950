//! The safe reader: a pack from anywhere is opened in memory under the
//! same kind of limits as a dataset (file size, member count, each
//! member's size checked while inflating, a total budget), and refused
//! for a member name outside the layout, a link, a duplicate name or an
//! encrypted member. Nothing is written to disk here.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

use zip::{ZipArchive, ZipReadOptions};

use super::error::PackError;
use super::names::{ARTICLES, DATASET, MANIFEST, SIGNATURE, check_member_name};
use super::zip_form::duplicate_name;
use crate::data::load::{MAX_DATASET_BYTES, MAX_RECORDS};
use crate::data::seed_files::MAX_SEED_BYTES;

/// Largest pack file accepted.
pub const MAX_PACK_BYTES: u64 = 128 * 1024 * 1024;
/// Most members: one article per source at most, plus the dataset,
/// manifest and signature.
pub const MAX_MEMBERS: usize = MAX_RECORDS + 3;
/// Most bytes all members may inflate to together.
pub const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;
const MAX_MANIFEST_BYTES: u64 = 4 * 1024 * 1024;
const MAX_SIGNATURE_BYTES: u64 = 4 * 1024;

/// The members of a pack, by name, as read (not yet checked against the
/// manifest).
#[derive(Debug, Clone, Default)]
pub struct RawPack {
    pub members: BTreeMap<String, Vec<u8>>,
}

/// The most bytes a member of that name may have.
pub fn member_limit(name: &str) -> u64 {
    match name {
        MANIFEST => MAX_MANIFEST_BYTES,
        SIGNATURE => MAX_SIGNATURE_BYTES,
        DATASET => MAX_DATASET_BYTES as u64,
        _ if name.starts_with(ARTICLES) => MAX_SEED_BYTES,
        _ => 0,
    }
}

/// Reads every member of the pack in `bytes`.
pub fn read_members(bytes: &[u8]) -> Result<RawPack, PackError> {
    if bytes.len() as u64 > MAX_PACK_BYTES {
        return Err(PackError::TooLarge {
            size: bytes.len() as u64,
            max: MAX_PACK_BYTES,
        });
    }
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|_| {
        PackError::NotAPack("không phải tệp nén zip, hoặc tệp bị cắt hay bị hỏng".into())
    })?;
    if archive.has_duplicate_names() {
        let name = duplicate_name(bytes).unwrap_or_else(|| "?".into());
        return Err(PackError::DuplicateMember(name));
    }
    if archive.len() > MAX_MEMBERS {
        return Err(PackError::TooManyMembers {
            count: archive.len(),
            max: MAX_MEMBERS,
        });
    }
    let mut pack = RawPack::default();
    // Names equal but for case would be one file on Windows.
    let mut folded = BTreeSet::new();
    let mut total = 0u64;
    for i in 0..archive.len() {
        let options = ZipReadOptions::new().enforce_header_consistency(true);
        let mut file = archive.by_index_with_options(i, options).map_err(|_| {
            PackError::NotAPack(format!(
                "thành phần thứ {} hỏng, mã hóa hoặc nén theo cách không hỗ trợ",
                i + 1
            ))
        })?;
        let name = std::str::from_utf8(file.name_raw())
            .map_err(|_| PackError::BadMemberName {
                name: String::from_utf8_lossy(file.name_raw()).into_owned(),
                why: "tên không phải UTF-8",
            })?
            .to_string();
        check_member_name(&name)?;
        if file.is_symlink() || file.is_dir() || file.encrypted() {
            return Err(PackError::BadMemberName {
                name,
                why: "liên kết, thư mục hoặc tệp mã hóa",
            });
        }
        if !folded.insert(name.to_lowercase()) {
            return Err(PackError::DuplicateMember(name));
        }
        let limit = member_limit(&name);
        if file.size() > limit {
            return Err(PackError::MemberTooLarge { name, max: limit });
        }
        // The declared size is not trusted: inflate at most one byte more.
        let mut content = Vec::new();
        (&mut file)
            .take(limit + 1)
            .read_to_end(&mut content)
            .map_err(|_| PackError::BadMember {
                name: name.clone(),
                message: "dữ liệu nén bị hỏng hoặc bị sửa (sai mã kiểm tra)".into(),
            })?;
        if content.len() as u64 > limit {
            return Err(PackError::MemberTooLarge { name, max: limit });
        }
        total += content.len() as u64;
        if total > MAX_TOTAL_BYTES {
            return Err(PackError::TotalTooLarge {
                max: MAX_TOTAL_BYTES,
            });
        }
        drop(file);
        pack.members.insert(name, content);
    }
    Ok(pack)
}
