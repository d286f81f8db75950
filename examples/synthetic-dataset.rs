//! Writes the scale benchmark's synthetic dataset ([`synthetic`], 40
//! topics) into a folder as a user dataset the command line reads with
//! `--data`: `synthetic.json` and its source texts beside it.
//! `scripts/export-speed.sh` times whole exports of it (`FACTS=20000`).
//!
//!     cargo run --release --example synthetic-dataset -- DIR [FACTS]

#[path = "../benches/synthetic.rs"]
mod synthetic;

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: synthetic-dataset DIR [FACTS]");
        std::process::exit(2);
    };
    let facts = match args.next().map(|n| n.parse::<usize>()) {
        None => 20_000,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("FACTS: a positive number of facts");
            std::process::exit(2);
        }
    };
    std::fs::create_dir_all(&dir)?;
    let data = synthetic::synthetic(40, facts);
    for (name, text) in &data.seeds {
        std::fs::write(dir.join(name), text)?;
    }
    let json = dir.join("synthetic.json");
    std::fs::write(&json, &data.json)?;
    println!("{}", json.display());
    Ok(())
}
