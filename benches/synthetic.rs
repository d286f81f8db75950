//! A synthetic dataset at scale (10.000 facts over 40 topics by default),
//! valid under the same honesty checks as the bundled one: every fact
//! quotes its own sentence of a generated Vietnamese source text.
//!
//! Shared by the scale benchmark and the scale test (`#[path]` include).

#![allow(dead_code)]

use std::fmt::Write;

use serde_json::{Value, json};

/// A generated dataset: its JSON and its source texts by file name.
pub struct Synthetic {
    pub json: String,
    pub seeds: Vec<(String, String)>,
}

/// Builds `facts` facts spread over `topics` topics.
pub fn synthetic(topics: usize, facts: usize) -> Synthetic {
    let per_topic = facts / topics;
    let mut sources = Vec::new();
    let mut topic_list = Vec::new();
    let mut indicators = Vec::new();
    let mut fact_list = Vec::new();
    let mut seeds = Vec::new();
    for t in 0..topics {
        let topic = format!("chu-de-{t:02}");
        topic_list.push(json!({"id": topic, "name": format!("Chủ đề tổng hợp số {t}: ứng dụng công nghệ thông tin"), "description": ""}));
        let inds: Vec<String> = (0..5).map(|k| format!("{topic}-chi-so-{k}")).collect();
        for (k, id) in inds.iter().enumerate() {
            let unit = match k {
                0 => json!({"type": "rank", "out_of": 193}),
                1 | 2 => json!({"type": "percent"}),
                _ => json!({"type": "count", "noun": "hồ sơ"}),
            };
            let direction = if k == 0 {
                "lower_is_better"
            } else {
                "higher_is_better"
            };
            indicators.push(json!({"id": id, "topic": topic, "name": format!("Chỉ số {k} của chủ đề {t}"),
                "definition": "Chỉ số tổng hợp để đo hiệu năng", "unit": unit, "direction": direction}));
        }
        let seed_name = format!("tong-hop-{t:02}.txt");
        let mut text =
            String::from("Bài tổng hợp về tiến độ xây dựng Chính phủ điện tử, Chính phủ số.\n");
        for i in 0..per_topic {
            // Up to 2026: a source cannot state what happened after it was
            // published (1/11/2026); only targets look further.
            let year = 2014 + (i % 13) as i32;
            let id = format!("{topic}-f{i:04}");
            let start = text.len();
            let (sentence, kind, date, summary) = match i % 10 {
                0..=3 => {
                    let k = i % 5;
                    let ind = &inds[k];
                    let (written, value, out_of) = match k {
                        0 => {
                            let r = 40 + (i * 7 + t) % 120;
                            (format!("{r}/193"), r as f64, Some(193))
                        }
                        1 | 2 => {
                            let v = 10 + (i * 13 + t) % 90;
                            let d = (i * 3) % 10;
                            (format!("{v},{d}%"), v as f64 + d as f64 / 10.0, None)
                        }
                        _ => {
                            let n = 1_000 + (i * 37 + t) % 900;
                            (format!("{}.{:03}", n / 1000, n % 1000), n as f64, None)
                        }
                    };
                    (
                        format!("Năm {year}, chỉ số {k} của đơn vị số {i} đạt {written}."),
                        json!({"type": "measurement", "indicator": ind,
                               "value": {"value": value, "text": written, "qualifier": "exact", "out_of": out_of}}),
                        json!({"when": year.to_string(), "role": "measured"}),
                        format!("Chỉ số {k} của đơn vị số {i} đạt {written}."),
                    )
                }
                4..=6 => (
                    format!(
                        "Ngày 15/6/{year}, cơ quan số {i} ban hành Quyết định số {i}/QĐ-TTg về chuyển đổi số."
                    ),
                    json!({"type": "event", "instrument": {"form": "Quyết định", "number": format!("{i}/QĐ-TTg"), "issuer": "Thủ tướng Chính phủ"}}),
                    json!({"when": format!("{year}-06-15"), "role": "occurred"}),
                    format!("Cơ quan số {i} ban hành Quyết định số {i}/QĐ-TTg về chuyển đổi số."),
                ),
                7 | 8 => (
                    format!(
                        "Năm {year}, các chuyên gia nhận định việc số hóa cần đi trước một bước, lần thứ {i}."
                    ),
                    json!({"type": "statement"}),
                    json!({"when": year.to_string(), "role": "stated"}),
                    format!(
                        "Các chuyên gia nhận định việc số hóa cần đi trước một bước, lần thứ {i}."
                    ),
                ),
                _ => (
                    format!("Đến năm {year}, phấn đấu đưa chỉ số 1 của đơn vị số {i} đạt 95,5%."),
                    json!({"type": "target", "indicator": &inds[1],
                           "goal": {"comparison": "at_least", "value": {"value": 95.5, "text": "95,5%", "qualifier": "exact", "out_of": null}}}),
                    json!({"when": year.to_string(), "role": "deadline"}),
                    format!("Phấn đấu đưa chỉ số 1 của đơn vị số {i} đạt 95,5%."),
                ),
            };
            text.push_str(&sentence);
            let end = text.len();
            text.push('\n');
            fact_list.push(
                json!({"id": id, "topic": topic, "source": format!("T{t:02}"),
                "quote": {"text": sentence, "start": start, "end": end},
                "date": date, "summary": summary, "kind": kind}),
            );
        }
        let _ = writeln!(text, "Hết.");
        sources.push(
            json!({"id": format!("T{t:02}"), "seed_file": seed_name, "publisher": "Nguồn tổng hợp",
            "title": format!("Tổng hợp số {t}"), "published": "2026-11-01",
            "body": [{"start": 0, "end": text.len()}]}),
        );
        seeds.push((seed_name, text));
    }
    let data: Value = json!({"schema_version": 1, "sources": sources, "topics": topic_list,
        "indicators": indicators, "facts": fact_list, "conflicts": []});
    Synthetic {
        json: serde_json::to_string(&data).expect("serializable"),
        seeds,
    }
}

impl Synthetic {
    pub fn seed_store(&self) -> egov_brief::data::SeedStore {
        let mut store = egov_brief::data::SeedStore::default();
        for (name, text) in &self.seeds {
            store.insert(name, text);
        }
        store
    }
}
