//! Ed25519 keys: the publishing unit's key pair (`pack keygen`) and the
//! list of public keys an office trusts (`khoa-tin-cay.txt`, installed by
//! the IT office beside the program or in the user's data folder).
//!
//! Files are text: a public key is one line `ed25519 <64 hex> <name>`,
//! so the trusted list is those lines (with `#` comments) and a unit's
//! public key file can be appended to it as is.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use super::error::PackError;

/// The trusted keys' file name, beside the program or in the data folder.
pub const TRUSTED_FILE: &str = "khoa-tin-cay.txt";
/// First word of a secret key line.
const SECRET_TAG: &str = "ed25519-bi-mat";
const PUBLIC_TAG: &str = "ed25519";

/// A unit's signing key with the name it signs as.
pub struct KeyPair {
    pub signing: SigningKey,
    pub name: String,
}

/// A public key with the name the trusted list (or key file) gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    pub key: [u8; 32],
    pub name: String,
}

/// A short, readable key id: the first 16 hex digits of the key.
pub fn key_id(key: &[u8; 32]) -> String {
    hex::encode(&key[..8])
}

fn key_error(path: &Path, message: impl Into<String>) -> PackError {
    PackError::Key {
        path: path.display().to_string(),
        message: message.into(),
    }
}

/// Decodes `hex` of exactly 32 bytes.
fn key_bytes(hex_text: &str) -> Option<[u8; 32]> {
    let v = hex::decode(hex_text).ok()?;
    v.try_into().ok()
}

impl KeyPair {
    /// A new key pair from the operating system's random source.
    pub fn generate(name: &str) -> Result<Self, PackError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| {
            PackError::Invalid(format!(
                "không lấy được số ngẫu nhiên của hệ điều hành để tạo khóa: {e}"
            ))
        })?;
        Ok(Self {
            signing: SigningKey::from_bytes(&seed),
            name: name.trim().to_string(),
        })
    }

    pub fn public(&self) -> PublicKey {
        PublicKey {
            key: self.signing.verifying_key().to_bytes(),
            name: self.name.clone(),
        }
    }

    /// The secret key file's text.
    pub fn secret_text(&self) -> String {
        format!(
            "# Khóa bí mật ký gói dữ liệu eGov Brief. Giữ kín: ai có tệp này ký được thay đơn vị.\n\
             {SECRET_TAG} {} {}\n",
            hex::encode(self.signing.to_bytes()),
            self.name
        )
    }

    /// Reads a secret key file written by [`KeyPair::secret_text`].
    pub fn read(path: &Path) -> Result<Self, PackError> {
        let text = crate::data::text_file::read_text_file(path, 64 * 1024)
            .map_err(|e| key_error(path, e.to_string()))?;
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .ok_or_else(|| key_error(path, "tệp trống"))?;
        let mut words = line.splitn(3, ' ');
        let (tag, hex_text) = (words.next(), words.next());
        let name = words.next().unwrap_or("").trim();
        match (tag, hex_text.and_then(key_bytes)) {
            (Some(SECRET_TAG), Some(seed)) => Ok(Self {
                signing: SigningKey::from_bytes(&seed),
                name: name.to_string(),
            }),
            _ => Err(key_error(
                path,
                "không phải tệp khóa bí mật (tạo bằng `egov-brief pack keygen`)",
            )),
        }
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing.sign(message).to_bytes()
    }
}

impl PublicKey {
    /// The line of a public key file and of the trusted list.
    pub fn line(&self) -> String {
        format!("{PUBLIC_TAG} {} {}", hex::encode(self.key), self.name)
    }

    /// Whether `signature` is this key's over `message` (strict RFC 8032
    /// checks: no malleable signatures, no weak keys).
    pub fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        VerifyingKey::from_bytes(&self.key).is_ok_and(|k| {
            k.verify_strict(message, &Signature::from_bytes(signature))
                .is_ok()
        })
    }
}

/// Keys an office trusts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedKeys {
    pub keys: Vec<PublicKey>,
}

impl TrustedKeys {
    /// Parses a trusted list; a line that is not a key is an error naming
    /// the file and line (a typo must not silently drop a unit's key).
    pub fn parse(path: &Path, text: &str) -> Result<Self, PackError> {
        let mut keys = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim().trim_start_matches('\u{feff}');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.splitn(3, ' ');
            let (tag, hex_text) = (words.next(), words.next());
            let name = words.next().unwrap_or("").trim().to_string();
            match (tag, hex_text.and_then(key_bytes)) {
                (Some(PUBLIC_TAG), Some(key)) => keys.push(PublicKey { key, name }),
                _ => {
                    return Err(key_error(
                        path,
                        format!(
                            "dòng {} không phải \"ed25519 <64 chữ số hex> <tên đơn vị>\"",
                            i + 1
                        ),
                    ));
                }
            }
        }
        Ok(Self { keys })
    }

    /// Reads each existing file of `paths` (missing ones are skipped).
    pub fn read(paths: &[PathBuf]) -> Result<Self, PackError> {
        let mut all = Self::default();
        for p in paths {
            if !p.exists() {
                continue;
            }
            let text = crate::data::text_file::read_text_file(p, 1024 * 1024)
                .map_err(|e| key_error(p, e.to_string()))?;
            all.keys.extend(Self::parse(p, &text)?.keys);
        }
        Ok(all)
    }

    pub fn find(&self, key: &[u8; 32]) -> Option<&PublicKey> {
        self.keys.iter().find(|k| &k.key == key)
    }
}

/// Where the trusted list is looked for: beside the program, then in the
/// user's data folder.
pub fn trusted_key_files(data_folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        files.push(dir.join(TRUSTED_FILE));
    }
    files.push(data_folder.join(TRUSTED_FILE));
    files
}
