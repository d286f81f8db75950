//! Data packs (`.egb`): one file a unit's analyst publishes — the user
//! dataset, its articles and tables, a manifest with the SHA-256 of every
//! member, an Ed25519 signature over the manifest — that every official's
//! laptop verifies, shows the changes of, and imports offline.
//!
//! [`write`] makes a pack, [`read`] opens one under limits, [`open`]
//! checks the signature, the members and the dataset, [`changes`] lists
//! what an import would change and [`import`] does it; [`keys`] holds the
//! key files and the trusted list, [`installed`] the packs imported.

pub mod change_text;
pub mod changes;
pub mod cli;
pub mod error;
pub mod import;
pub mod installed;
pub mod keys;
pub mod manifest;
pub mod names;
pub mod open;
pub mod read;
pub mod rename;
pub mod signature;
pub mod write;
pub mod zip_form;

pub use changes::{ChangeList, TopicChanges, changes};
pub use error::PackError;
pub use import::{Accept, Prepared, apply, imported, prepare};
pub use installed::Installed;
pub use keys::{KeyPair, PublicKey, TrustedKeys, trusted_key_files};
pub use manifest::Manifest;
pub use open::{OpenedPack, SignatureStatus, open_pack, open_pack_file};
pub use write::{PackInfo, create};

/// The extension of a pack file.
pub const EXTENSION: &str = "egb";
