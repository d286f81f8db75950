//! The window's saved state on arbitrary bytes (a damaged, cut or
//! hand-edited file, and its previous copy): reading never panics, a file
//! that cannot be read is set aside and never overwritten, what is written
//! reads back the same, and a damaged selection is salvaged into a
//! selection that saves and reads back whole.
#![no_main]

use egov_brief::state::file::{BACKUP_NAME, DAMAGED_PREFIX, FILE_NAME, StateFile};
use egov_brief::state::salvage::salvage_selection;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte splits the input into the file and its backup.
    let (cut, rest) = match data.split_first() {
        Some((c, r)) => (*c as usize % (r.len() + 1), r),
        None => (0, data),
    };
    let (main, backup) = rest.split_at(cut);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(FILE_NAME), main).unwrap();
    std::fs::write(dir.path().join(BACKUP_NAME), backup).unwrap();

    let mut state = StateFile::open(dir.path());
    let damaged = state.notice.is_some();
    let aside = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().starts_with(DAMAGED_PREFIX));
    if damaged {
        // Set aside byte for byte.
        let aside = aside.expect("the damaged file is kept");
        assert_eq!(std::fs::read(aside.path()).unwrap(), main);
    }
    state.set("fuzz", "giá trị".to_string());
    state.write();
    assert!(state.write_error.is_none(), "{:?}", state.write_error);
    let again = StateFile::open(dir.path());
    assert!(again.notice.is_none(), "{:?}", again.notice);
    assert_eq!(again.get("fuzz"), Some("giá trị"));

    if let Ok(text) = std::str::from_utf8(main)
        && let Some((selection, _reset)) = salvage_selection(text)
    {
        let json = serde_json::to_string(&selection).unwrap();
        let (back, reset) = salvage_selection(&json).unwrap();
        assert!(reset.is_empty(), "{reset:?}");
        assert_eq!(back, selection);
    }
});
