//! The pack reader on arbitrary bytes: it must open the pack or refuse it
//! with an error, never panic, hang or run out of memory. A pack that
//! opens must import into an empty user dataset and still pass the
//! loader's checks.
#![no_main]

use egov_brief::curate::user_data::Snapshot;
use egov_brief::data::load::check_user_json;
use egov_brief::pack::{Accept, Installed, TrustedKeys, changes, imported, open_pack};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(pack) = open_pack(data, &TrustedKeys::default()) else {
        return;
    };
    let empty = Snapshot {
        data: serde_json::from_str(r#"{"schema_version":1,"extends_bundled":true,"sources":[],"topics":[],"indicators":[],"facts":[]}"#).unwrap(),
        texts: Default::default(),
    };
    let catalog = check_user_json("fuzz.json", &serde_json::to_string(&empty.data).unwrap(), &empty.texts)
        .expect("the empty dataset loads");
    let installed = Installed::default();
    let list = changes(&empty, &catalog, &installed, &pack).expect("nothing installed yet");
    assert_eq!(list.counts()[0], pack.snapshot.data.facts.len());
    let owner = installed.owner(&pack.manifest.id);
    let next = imported(&empty, &catalog, &pack, &owner, &Accept::All);
    let json = serde_json::to_string(&next.data).unwrap();
    if let Err(e) = check_user_json("imported.json", &json, &next.texts) {
        panic!("an opened pack does not import cleanly: {e}");
    }
});
