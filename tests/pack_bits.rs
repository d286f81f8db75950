//! A signed pack is tamper-evident to the bit: every one-bit change of a
//! small pack, bytes added inside a member's compressed stream (with the
//! sizes fixed up so the zip is still well-formed), bytes between
//! members and at the end, and a reformatted signature file are all
//! refused.

use egov_brief::pack::{KeyPair, TrustedKeys, open_pack};

use crate::pack::signed_pack;

fn u16_at(b: &[u8], at: usize) -> usize {
    u16::from_le_bytes([b[at], b[at + 1]]) as usize
}

fn u32_at(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap()) as usize
}

fn add_u32(b: &mut [u8], at: usize, n: usize) {
    let v = (u32_at(b, at) + n) as u32;
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

/// Where each member's local header starts, and where its compressed
/// data ends, read from the central directory.
fn members(b: &[u8]) -> Vec<(usize, usize, usize)> {
    let end = b.len() - 22;
    let (count, mut at) = (u16_at(b, end + 10), u32_at(b, end + 16));
    let mut out = Vec::new();
    for _ in 0..count {
        let local = u32_at(b, at + 42);
        let data_end = local + 30 + u16_at(b, local + 26) + u32_at(b, at + 20);
        out.push((at, local, data_end));
        at += 46 + u16_at(b, at + 28);
    }
    out
}

/// `extra` inserted at the end of member `i`'s compressed data; with
/// `inside`, the member's compressed size grows to take it in. Every
/// offset after it is fixed, so the archive stays well-formed.
fn insert(pack: &[u8], i: usize, extra: &[u8], inside: bool) -> Vec<u8> {
    let list = members(pack);
    let (_, _, at) = list[i];
    let n = extra.len();
    let mut b = [&pack[..at], extra, &pack[at..]].concat();
    for (j, &(central, local, _)) in list.iter().enumerate() {
        let central = central + n; // the directory comes after the insertion
        if j > i {
            add_u32(&mut b, central + 42, n);
        }
        if j == i && inside {
            add_u32(&mut b, local + 18, n);
            add_u32(&mut b, central + 20, n);
        }
    }
    let end = b.len() - 22;
    add_u32(&mut b, end + 16, n);
    b
}

fn trusting(k: &KeyPair) -> TrustedKeys {
    TrustedKeys {
        keys: vec![k.public()],
    }
}

#[test]
fn every_one_bit_change_of_a_signed_pack_is_refused() {
    let key = KeyPair::generate("Cục").unwrap();
    let pack = signed_pack(&key);
    let trusted = trusting(&key);
    assert!(open_pack(&pack, &trusted).is_ok());
    let mut accepted = Vec::new();
    for at in 0..pack.len() {
        for bit in 0..8 {
            let mut b = pack.clone();
            b[at] ^= 1 << bit;
            if open_pack(&b, &trusted).is_ok() {
                accepted.push((at, bit));
            }
        }
    }
    assert_eq!(accepted, [], "of {} bytes", pack.len());
}

#[test]
fn bytes_added_inside_between_or_after_members_are_refused() {
    let key = KeyPair::generate("Cục").unwrap();
    let pack = signed_pack(&key);
    let trusted = trusting(&key);
    let count = members(&pack).len();
    assert_eq!(
        count, 4,
        "the dataset, an article, the manifest, its signature"
    );
    // The helper itself: inserting nothing gives the pack back.
    assert_eq!(insert(&pack, 1, b"", true), pack);
    for i in 0..count {
        for extra in [&b"\0"[..], b"\x03\0", b"xyz", &[0u8; 64]] {
            for inside in [true, false] {
                let b = insert(&pack, i, extra, inside);
                assert!(
                    open_pack(&b, &trusted).is_err(),
                    "member {i}, {} bytes, inside {inside}: accepted",
                    extra.len()
                );
            }
        }
    }
    for tail in [&b"\0"[..], b"PK\x05\x06"] {
        let b = [&pack[..], tail].concat();
        assert!(open_pack(&b, &trusted).is_err());
    }
}

/// The members of a zip, in order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut v).unwrap();
            (f.name().unwrap().to_string(), v)
        })
        .collect()
}

/// The members zipped as the program zips them, at compression `level`.
fn zip_like_a_pack(members: &[(String, Vec<u8>)], level: i64) -> Vec<u8> {
    use std::io::Write;
    let stamp = zip::DateTime::from_date_and_time(2026, 11, 30, 0, 0, 0).unwrap();
    let o = zip::write::SimpleFileOptions::default()
        .last_modified_time(stamp)
        .system(zip::System::Unix)
        .unix_permissions(0o644)
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(level));
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in members {
        z.start_file(name.as_str(), o).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

#[test]
fn a_recompressed_pack_and_a_reformatted_signature_are_refused() {
    let key = KeyPair::generate("Cục").unwrap();
    let pack = signed_pack(&key);
    let trusted = trusting(&key);
    let members = unzip(&pack);
    // The same members at the default level give the same bytes: the
    // helper zips as the program does.
    assert_eq!(zip_like_a_pack(&members, 6), pack);
    let e = open_pack(&zip_like_a_pack(&members, 1), &trusted).unwrap_err();
    assert!(e.to_string().contains("không trùng từng byte"), "{e}");
    let mut reformatted = members.clone();
    let sig = reformatted
        .iter_mut()
        .find(|(n, _)| n == "manifest.sig")
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&sig.1).unwrap();
    sig.1 = serde_json::to_vec(&v).unwrap();
    let e = open_pack(&zip_like_a_pack(&reformatted, 6), &trusted).unwrap_err();
    assert!(e.to_string().contains("manifest.sig"), "{e}");
}
