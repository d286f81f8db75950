//! Opening a pack: the signature over the manifest first, then every
//! member against the manifest, then the dataset with the loader's own
//! checks. What comes out is safe to show and to import; whether an
//! unsigned or unknown signer's pack is used is the caller's question to
//! the user.

use std::collections::BTreeMap;
use std::fmt;

use super::error::PackError;
use super::keys::{TrustedKeys, key_id};
use super::manifest::{Manifest, sha256_hex};
use super::names::{ARTICLES, DATASET, MANIFEST, SIGNATURE, plain_file_name};
use super::read::{RawPack, read_members};
use super::signature::SignatureFile;
use super::zip_form::{check_form, dos_date};
use crate::curate::user_data::Snapshot;
use crate::data::Catalog;
use crate::data::load::{check_user_json, parse_dataset};
use crate::data::seeds::BUNDLED_SEEDS;

/// Who vouches for a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureStatus {
    /// Signed with a key of the trusted list, which names the unit.
    Trusted {
        signer: String,
        key_id: String,
    },
    /// Signed correctly, but with a key nobody here trusts.
    UnknownSigner {
        key_id: String,
    },
    Unsigned,
}

impl SignatureStatus {
    pub fn is_trusted(&self) -> bool {
        matches!(self, SignatureStatus::Trusted { .. })
    }
}

impl fmt::Display for SignatureStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignatureStatus::Trusted { signer, .. } => write!(f, "Đã ký bởi {signer}"),
            SignatureStatus::UnknownSigner { key_id } => write!(
                f,
                "Đã ký bằng khóa không có trong danh sách tin cậy (mã khóa {key_id})"
            ),
            SignatureStatus::Unsigned => write!(f, "Chưa ký"),
        }
    }
}

/// A pack that passed every check.
#[derive(Debug, Clone)]
pub struct OpenedPack {
    pub manifest: Manifest,
    pub status: SignatureStatus,
    /// The key that signed it (trusted or not); `None`: unsigned.
    pub signer: Option<[u8; 32]>,
    /// The dataset and its own articles' texts, by the names its sources
    /// use.
    pub snapshot: Snapshot,
    /// The dataset merged with the bundled one.
    pub catalog: Catalog,
}

/// Opens and checks the pack in `bytes`.
pub fn open_pack(bytes: &[u8], trusted: &TrustedKeys) -> Result<OpenedPack, PackError> {
    let raw = read_members(bytes)?;
    let manifest_bytes = raw
        .members
        .get(MANIFEST)
        .ok_or_else(|| PackError::MissingMember(MANIFEST.into()))?;
    let (status, signer) = signature_status(&raw, manifest_bytes, trusted)?;
    let manifest = Manifest::parse(manifest_bytes)?;
    check_members(&raw, &manifest)?;
    let date = dos_date(&manifest.created).ok_or_else(|| {
        PackError::BadManifest(format!("ngày tạo \"{}\" không hợp lệ", manifest.created))
    })?;
    check_form(bytes, date)?;
    // Every byte: the archive must be the one the members give, so no
    // bit of the compressed data, nothing appended inside a member's
    // stream and no other compression passes.
    if super::write::canonical_archive(&raw.members, &manifest.created).as_deref() != Some(bytes) {
        return Err(PackError::NotCanonical {
            member: "(toàn bộ gói)".into(),
            what: "không trùng từng byte với gói đóng từ chính các thành phần của nó",
        });
    }
    let snapshot = dataset_of(&raw)?;
    let catalog = check_user_json(DATASET, &json_of(&raw)?, &snapshot.texts)?;
    if snapshot.data.facts.len() != manifest.facts {
        return Err(PackError::BadManifest(format!(
            "bảng kê ghi {} thông tin nhưng bộ dữ liệu có {}",
            manifest.facts,
            snapshot.data.facts.len()
        )));
    }
    Ok(OpenedPack {
        manifest,
        status,
        signer,
        snapshot,
        catalog,
    })
}

/// Reads the pack file at `path` (its size checked first) and opens it.
pub fn open_pack_file(
    path: &std::path::Path,
    trusted: &TrustedKeys,
) -> Result<OpenedPack, PackError> {
    // In words, not "Not a directory (os error 20)".
    let words = |e: std::io::Error| PackError::io(path, &crate::fsio::describe_io(&e));
    let meta = std::fs::metadata(path).map_err(words)?;
    if !meta.is_file() {
        return Err(PackError::io(path, &"không phải một tệp"));
    }
    if meta.len() > super::read::MAX_PACK_BYTES {
        return Err(PackError::TooLarge {
            size: meta.len(),
            max: super::read::MAX_PACK_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(words)?;
    open_pack(&bytes, trusted)
}

fn signature_status(
    raw: &RawPack,
    manifest: &[u8],
    trusted: &TrustedKeys,
) -> Result<(SignatureStatus, Option<[u8; 32]>), PackError> {
    let Some(sig_bytes) = raw.members.get(SIGNATURE) else {
        return Ok((SignatureStatus::Unsigned, None));
    };
    let sig = SignatureFile::parse(sig_bytes)?;
    if sig.to_bytes() != *sig_bytes {
        return Err(PackError::BadSignatureFile(
            "không đúng dạng chương trình ghi (đã bị sửa)".into(),
        ));
    }
    let key = super::keys::PublicKey {
        key: sig.public_key,
        name: String::new(),
    };
    if !key.verifies(manifest, &sig.signature) {
        return Err(PackError::BadSignature);
    }
    let status = match trusted.find(&sig.public_key) {
        Some(k) => SignatureStatus::Trusted {
            signer: k.name.clone(),
            key_id: key_id(&k.key),
        },
        None => SignatureStatus::UnknownSigner {
            key_id: key_id(&sig.public_key),
        },
    };
    Ok((status, Some(sig.public_key)))
}

/// Every member is listed with its size and digest, and every listed
/// member is there.
fn check_members(raw: &RawPack, manifest: &Manifest) -> Result<(), PackError> {
    for (name, bytes) in &raw.members {
        if name == MANIFEST || name == SIGNATURE {
            continue;
        }
        let entry = manifest
            .entry(name)
            .ok_or_else(|| PackError::Unlisted(name.clone()))?;
        let mismatch = |what| PackError::MemberMismatch {
            name: name.clone(),
            what,
        };
        if entry.size != bytes.len() as u64 {
            return Err(mismatch("kích thước khác"));
        }
        if entry.sha256 != sha256_hex(bytes) {
            return Err(mismatch("mã băm SHA-256 khác"));
        }
    }
    if let Some(e) = manifest
        .members
        .iter()
        .find(|e| !raw.members.contains_key(&e.name))
    {
        return Err(PackError::MissingMember(e.name.clone()));
    }
    Ok(())
}

fn text_of(name: &str, bytes: &[u8]) -> Result<String, PackError> {
    String::from_utf8(bytes.to_vec()).map_err(|e| PackError::BadMember {
        name: name.to_string(),
        message: format!(
            "không phải văn bản UTF-8 (byte lỗi ở vị trí {})",
            e.utf8_error().valid_up_to()
        ),
    })
}

fn json_of(raw: &RawPack) -> Result<String, PackError> {
    let bytes = raw
        .members
        .get(DATASET)
        .ok_or_else(|| PackError::MissingMember(DATASET.into()))?;
    text_of(DATASET, bytes)
}

/// The dataset and the texts of its own sources.
fn dataset_of(raw: &RawPack) -> Result<Snapshot, PackError> {
    let data = parse_dataset(DATASET, &json_of(raw)?)?;
    if !data.extends_bundled {
        return Err(PackError::Invalid(
            "bộ dữ liệu trong gói phải bổ sung cho dữ liệu đi kèm (\"extends_bundled\": true)"
                .into(),
        ));
    }
    let mut texts = BTreeMap::new();
    for (name, bytes) in &raw.members {
        if let Some(file) = name.strip_prefix(ARTICLES) {
            texts.insert(file.to_string(), text_of(name, bytes)?);
        }
    }
    for s in &data.sources {
        let bundled = BUNDLED_SEEDS.iter().any(|(n, _)| *n == s.seed_file);
        if !bundled && let Err(why) = plain_file_name(&s.seed_file) {
            return Err(PackError::Invalid(format!(
                "nguồn \"{}\": tên tệp \"{}\" không được phép ({why})",
                s.id, s.seed_file
            )));
        }
    }
    Ok(Snapshot { data, texts })
}
