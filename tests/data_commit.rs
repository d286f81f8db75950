//! The user's data folder has one writer at a time and every import is
//! all or nothing: two imports at once both land (or the second is
//! refused naming the first), a writer that finds the folder locked says
//! by whom, and a failure in the middle of an import leaves every file as
//! it was, with no leftovers.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

use egov_brief::curate::data_lock::DataLock;
use egov_brief::curate::user_data::UserData;
use egov_brief::data::load_dataset_file;
use egov_brief::pack::{
    Accept, Installed, KeyPair, TrustedKeys, apply, create, open_pack, prepare,
};

use crate::pack::{analyst_dataset, info, run, snapshot, text};

/// A pack of the analyst's dataset under the id `id`, signed by `key`.
fn pack_of(id: &str, key: &KeyPair) -> Vec<u8> {
    let mut i = info(1);
    i.id = id.to_string();
    create(&snapshot(&analyst_dataset(true)), &i, Some(key)).unwrap()
}

/// Every file under `dir` with its bytes (the lock file left out: it is
/// the folder's, not the data's).
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else if !p.ends_with(".dang-ghi.lock") {
                let name = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(name, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn two_imports_at_once_both_land_and_the_record_matches() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục Chuyển đổi số quốc gia").unwrap();
    let keys = tmp.path().join("khoa.txt");
    std::fs::write(&keys, format!("{}\n", key.public().line())).unwrap();
    let ids = ["cuc-a", "cuc-b", "cuc-c", "cuc-d"];
    for id in ids {
        std::fs::write(tmp.path().join(format!("{id}.egb")), pack_of(id, &key)).unwrap();
    }
    let home = tmp.path().to_path_buf();
    let children: Vec<_> = ids
        .iter()
        .map(|id| {
            let (home, keys) = (home.clone(), keys.clone());
            let pack = home.join(format!("{id}.egb"));
            std::thread::spawn(move || {
                let p = pack.display().to_string();
                let k = keys.display().to_string();
                run(&home, &["pack", "import", "--keys", &k, &p])
            })
        })
        .collect();
    let outputs: Vec<Output> = children.into_iter().map(|c| c.join().unwrap()).collect();
    let dataset = home.join("data/egov-brief/du-lieu-bo-sung.json");
    let catalog = load_dataset_file(&dataset).unwrap();
    let installed = Installed::read(&dataset).unwrap();
    for (id, o) in ids.iter().zip(&outputs) {
        let has_facts = catalog.fact(&format!("{id}:nd-1")).is_some();
        let recorded = installed.get(id).is_some();
        if o.status.success() {
            assert!(has_facts && recorded, "{id}: {}", text(o));
        } else {
            // Refused while another import held the folder: nothing of it.
            assert!(
                text(o).contains("đang được ghi bởi lệnh nhập gói"),
                "{}",
                text(o)
            );
            assert!(!has_facts && !recorded, "{id}");
        }
    }
    let landed = outputs.iter().filter(|o| o.status.success()).count();
    assert_eq!(installed.packs.len(), landed);
    assert!(landed >= 1);
}

#[test]
fn a_writer_finding_the_folder_locked_waits_then_names_the_holder() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("data/egov-brief");
    let key = KeyPair::generate("Cục").unwrap();
    let pack = tmp.path().join("a.egb");
    std::fs::write(&pack, pack_of("cuc-a", &key)).unwrap();
    let p = pack.display().to_string();
    let held = DataLock::acquire(&folder, "một lần lưu thử nghiệm").unwrap();
    let o = run(tmp.path(), &["pack", "import", "--accept-unsigned", &p]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("đang được ghi bởi một lần lưu thử nghiệm"),
        "{}",
        text(&o)
    );
    assert!(!folder.join("du-lieu-bo-sung.json").exists());
    // Two writers in one process are two writers too.
    let path = folder.join("du-lieu-bo-sung.json");
    let mut user = UserData::open(&path).unwrap();
    let next = user.now.clone();
    let e = user.change(next).unwrap_err().to_string();
    assert!(e.contains("một lần lưu thử nghiệm"), "{e}");
    drop(held);
    let o = run(tmp.path(), &["pack", "import", "--accept-unsigned", &p]);
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn a_failure_in_the_middle_of_an_import_leaves_everything_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục").unwrap();
    let trusted = TrustedKeys {
        keys: vec![key.public()],
    };
    let folder = tmp.path().join("du-lieu");
    let path = folder.join("du-lieu-bo-sung.json");
    let mut user = UserData::open(&path).unwrap();
    let first = open_pack(&pack_of("cuc-a", &key), &trusted).unwrap();
    let prepared = prepare(&user, &Installed::default(), first).unwrap();
    apply(&mut user, &prepared, &Accept::All, "2026-11-30").unwrap();
    let before = tree(&folder);
    // The second pack's article cannot be moved into place: a folder with
    // a file in it is where it goes. Its dataset and record come after.
    let mut user = UserData::open(&path).unwrap();
    let second = open_pack(&pack_of("cuc-b", &key), &trusted).unwrap();
    let installed = Installed::read(&path).unwrap();
    let prepared = prepare(&user, &installed, second).unwrap();
    let article = prepared
        .pack
        .snapshot
        .data
        .sources
        .first()
        .map(|s| egov_brief::pack::rename::stored_file_name("cuc-b", &s.seed_file))
        .unwrap();
    let blocker = folder.join(&article).join("chan");
    std::fs::create_dir_all(&blocker).unwrap();
    let e = apply(&mut user, &prepared, &Accept::All, "2026-12-01")
        .unwrap_err()
        .to_string();
    assert!(e.contains("vẫn như trước khi ghi"), "{e}");
    std::fs::remove_dir_all(folder.join(&article)).unwrap();
    let after = tree(&folder);
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    assert!(before == after, "a file changed");
    let catalog = load_dataset_file(&path).unwrap();
    assert!(catalog.fact("cuc-a:nd-1").is_some());
    assert!(catalog.fact("cuc-b:nd-1").is_none());
    assert!(Installed::read(&path).unwrap().get("cuc-b").is_none());
}
