//! `manifest.sig`: the signer's public key and the Ed25519 signature of
//! `manifest.json`'s exact bytes.

use serde::{Deserialize, Serialize};

use super::error::PackError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignatureJson {
    algorithm: String,
    public_key: String,
    signature: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureFile {
    pub public_key: [u8; 32],
    pub signature: [u8; 64],
}

const ALGORITHM: &str = "ed25519";

impl SignatureFile {
    pub fn new(public_key: [u8; 32], signature: [u8; 64]) -> Self {
        Self {
            public_key,
            signature,
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let json = SignatureJson {
            algorithm: ALGORITHM.into(),
            public_key: hex::encode(self.public_key),
            signature: hex::encode(self.signature),
        };
        let mut s = serde_json::to_string_pretty(&json).unwrap_or_default();
        s.push('\n');
        s.into_bytes()
    }

    pub fn parse(bytes: &[u8]) -> Result<Self, PackError> {
        let bad = |m: String| PackError::BadSignatureFile(m);
        let text =
            std::str::from_utf8(bytes).map_err(|_| bad("không phải văn bản UTF-8".into()))?;
        let json: SignatureJson = serde_json::from_str(text).map_err(|e| {
            bad(format!(
                "không đúng định dạng ở dòng {}, cột {}",
                e.line(),
                e.column()
            ))
        })?;
        if json.algorithm != ALGORITHM {
            return Err(bad(format!(
                "thuật toán \"{}\" không được hỗ trợ",
                json.algorithm
            )));
        }
        let public_key = hex::decode(&json.public_key)
            .ok()
            .and_then(|v| v.try_into().ok())
            .ok_or_else(|| bad("khóa công khai không phải 32 byte hex".into()))?;
        let signature = hex::decode(&json.signature)
            .ok()
            .and_then(|v| v.try_into().ok())
            .ok_or_else(|| bad("chữ ký không phải 64 byte hex".into()))?;
        Ok(Self {
            public_key,
            signature,
        })
    }
}
