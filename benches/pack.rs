//! Data packs at scale: a pack of 1.000 and of 20.000 synthetic facts
//! (40 topics, with their articles) — its size, the time to make it, to
//! open and check it, and to import it into an empty user dataset
//! (open, change list, merge, the loader's checks, writing the files).

mod synthetic;

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use egov_brief::brief::selection::Day;
use egov_brief::curate::user_data::{Snapshot, UserData};
use egov_brief::pack::{
    Accept, Installed, KeyPair, PackInfo, TrustedKeys, apply, create, open_pack, prepare,
};

fn snapshot(facts: usize) -> Snapshot {
    let s = synthetic::synthetic(40, facts);
    let mut v: serde_json::Value = serde_json::from_str(&s.json).expect("json");
    v["extends_bundled"] = serde_json::Value::Bool(true);
    Snapshot {
        data: serde_json::from_value(v).expect("dataset"),
        texts: s.seeds.into_iter().collect::<BTreeMap<_, _>>(),
    }
}

fn info() -> PackInfo {
    PackInfo {
        id: "tong-hop".into(),
        version: 1,
        title: "Bộ số liệu tổng hợp".into(),
        publisher: "Đơn vị thử".into(),
        created: Day {
            year: 2026,
            month: 11,
            day: 30,
        },
    }
}

/// Opens, lists the changes of and imports `bytes` into a new user
/// dataset in a temporary folder.
fn import(bytes: &[u8], trusted: &TrustedKeys) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut user = UserData::new_at(&dir.path().join("du-lieu-bo-sung.json"));
    let pack = open_pack(bytes, trusted).expect("opens");
    let prepared = prepare(&user, &Installed::default(), pack).expect("changes");
    apply(&mut user, &prepared, &Accept::All, "2026-11-30").expect("imports");
    black_box(user.now.data.facts.len());
}

fn bench(crit: &mut Criterion) {
    let key = KeyPair::generate("Đơn vị thử").expect("key");
    let trusted = TrustedKeys {
        keys: vec![key.public()],
    };
    for facts in [1_000, 20_000] {
        let snap = snapshot(facts);
        let json_kb = UserData::json_of(&snap).len() / 1024;
        let text_kb: usize = snap.texts.values().map(String::len).sum::<usize>() / 1024;
        let bytes = create(&snap, &info(), Some(&key)).expect("pack");
        eprintln!(
            "pack: {facts} facts -> {} KB pack (dataset JSON {json_kb} KB, articles {text_kb} KB)",
            bytes.len() / 1024
        );
        let mut group = crit.benchmark_group(format!("pack_{facts}_facts"));
        group.sample_size(10);
        group.bench_function("create", |b| {
            b.iter(|| create(&snap, &info(), Some(&key)).unwrap())
        });
        group.bench_function("open_verify", |b| {
            b.iter(|| open_pack(&bytes, &trusted).unwrap())
        });
        group.bench_function("import", |b| b.iter(|| import(&bytes, &trusted)));
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
