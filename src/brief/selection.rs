//! What the user chose: topics, a period and the header fields.

use serde::{Deserialize, Serialize};

use crate::data::Catalog;

pub use crate::data::date::{Day, MAX_YEAR, MIN_YEAR};

/// The editable header and closing fields of the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HeaderFields {
    /// Issuing body; one line per level, the last is the body itself.
    pub issuer: String,
    pub place: String,
    pub date: Day,
    /// The user keeps this date: it is not moved to today on a new day.
    pub date_pinned: bool,
    pub title: String,
    /// One recipient per line.
    pub recipients: String,
    pub signer_title: String,
    pub signer_name: String,
    /// "Số, ký hiệu": the number is left blank for the records clerk.
    pub number: String,
}

/// The number line a draft starts with: the number blank, "BC" for a
/// report, then the issuing unit's abbreviation when known.
pub fn default_number(abbreviation: &str) -> String {
    format!("Số:      /BC-{}", abbreviation.trim())
}

impl Default for HeaderFields {
    fn default() -> Self {
        Self {
            // Empty: the window shows the usual placeholder as a grey hint
            // and asks before exporting without one.
            issuer: String::new(),
            place: "Hà Nội".to_string(),
            date: Day::today_in_vietnam(),
            date_pinned: false,
            title: "Báo cáo tóm tắt".to_string(),
            recipients: "Lãnh đạo đơn vị (để báo cáo)\nLưu: VT".to_string(),
            signer_title: String::new(),
            signer_name: String::new(),
            number: default_number(""),
        }
    }
}

/// Which edition of the brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Length {
    /// "Tóm tắt": key points, key figures and targets; charts, series,
    /// developments and disagreements in an appendix after the signature.
    Short,
    /// "Đầy đủ": everything in the body.
    #[default]
    Full,
}

/// A section the official writes ("Nhận định", "Đề xuất, kiến nghị"):
/// printed as typed, after the data sections, not cited.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnSection {
    pub title: String,
    /// A line starting with "- " is an item; a blank line separates
    /// paragraphs.
    pub text: String,
}

/// Titles of the two sections the app offers.
pub const ASSESSMENT: &str = "Nhận định";
pub const PROPOSALS: &str = "Đề xuất, kiến nghị";

/// A briefing request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Selection {
    /// Topic ids; the briefing follows the dataset's topic order.
    pub topics: Vec<String>,
    pub from: i32,
    pub to: i32,
    pub header: HeaderFields,
    pub length: Length,
    /// The official's own sections, in print order.
    pub own_sections: Vec<OwnSection>,
    /// Ids of facts the user left out of the brief.
    pub excluded: Vec<String>,
    /// Ids of facts resting on an untrustworthy source that the official
    /// brought back (left out by default; printed with a warning).
    pub admitted_untrustworthy: Vec<String>,
    /// Print in colour (citations, chart series); black by default.
    pub color: bool,
    /// The opening paragraph (what the report is based on); empty: the
    /// default wording from the selection.
    #[serde(default)]
    pub opening: String,
}

impl Default for Selection {
    fn default() -> Self {
        Self {
            topics: Vec::new(),
            from: 2014,
            to: 2030,
            header: HeaderFields::default(),
            length: Length::Full,
            own_sections: Vec::new(),
            excluded: Vec::new(),
            admitted_untrustworthy: Vec::new(),
            color: false,
            opening: String::new(),
        }
    }
}

impl Selection {
    /// The text of the own section with this title, created empty when
    /// missing.
    pub fn own_text_mut(&mut self, title: &str) -> &mut String {
        let i = match self.own_sections.iter().position(|s| s.title == title) {
            Some(i) => i,
            None => {
                self.own_sections.push(OwnSection {
                    title: title.to_string(),
                    text: String::new(),
                });
                self.own_sections.len() - 1
            }
        };
        &mut self.own_sections[i].text
    }

    /// Leaves a fact out (once).
    pub fn exclude(&mut self, fact_id: &str) {
        if !self.excluded.iter().any(|f| f == fact_id) {
            self.excluded.push(fact_id.to_string());
        }
    }

    /// Puts a left-out fact back.
    pub fn restore(&mut self, fact_id: &str) {
        self.excluded.retain(|f| f != fact_id);
    }

    /// Brings back a fact resting on an untrustworthy source (once).
    pub fn admit_untrustworthy(&mut self, fact_id: &str) {
        if !self.admitted_untrustworthy.iter().any(|f| f == fact_id) {
            self.admitted_untrustworthy.push(fact_id.to_string());
        }
    }

    /// Leaves such a fact out again, as by default.
    pub fn withdraw_untrustworthy(&mut self, fact_id: &str) {
        self.admitted_untrustworthy.retain(|f| f != fact_id);
    }

    /// Fits the selection (saved in an earlier run, or made on another
    /// dataset) to `catalog`: topics and facts it no longer has are
    /// dropped, the years clamped to [`MIN_YEAR`]–[`MAX_YEAR`], an
    /// impossible signing date becomes `today`. Says what changed.
    pub fn fit_to(&mut self, catalog: &Catalog, today: Day) -> Fitted {
        let mut fitted = Fitted::default();
        let before = self.topics.len();
        self.topics = catalog.ids_in_dataset_order(&self.topics);
        fitted.topics_dropped = before - self.topics.len();
        let (from, to) = (
            self.from.clamp(MIN_YEAR, MAX_YEAR),
            self.to.clamp(MIN_YEAR, MAX_YEAR),
        );
        fitted.years_clamped = (from, to) != (self.from, self.to);
        (self.from, self.to) = (from, to);
        let before = self.excluded.len();
        self.excluded.retain(|id| catalog.fact(id).is_some());
        fitted.excluded_dropped = before - self.excluded.len();
        let before = self.admitted_untrustworthy.len();
        self.admitted_untrustworthy
            .retain(|id| catalog.fact(id).is_some());
        fitted.admitted_dropped = before - self.admitted_untrustworthy.len();
        if self.header.date.to_partial_date().is_none() {
            self.header.date = today;
            fitted.date_reset = true;
        }
        fitted
    }
}

/// What [`Selection::fit_to`] changed (the window says it in
/// `wording::window::fitted_changes`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fitted {
    pub topics_dropped: usize,
    pub years_clamped: bool,
    pub excluded_dropped: usize,
    pub admitted_dropped: usize,
    pub date_reset: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_is_fitted_to_a_dataset_and_says_what_changed() {
        let catalog = crate::data::load_bundled().unwrap();
        let today = Day {
            year: 2026,
            month: 12,
            day: 7,
        };
        let mut sel = Selection {
            topics: vec!["xep-hang-lhq".into(), "khong-co".into()],
            from: 1900,
            to: 2030,
            ..Selection::default()
        };
        sel.exclude("khong-con");
        sel.admit_untrustworthy("egdi-2016-world-s003");
        sel.admit_untrustworthy("cung-khong-con");
        sel.header.date = Day {
            year: 2026,
            month: 2,
            day: 30,
        };
        let fitted = sel.fit_to(&catalog, today);
        assert_eq!(
            fitted,
            Fitted {
                topics_dropped: 1,
                years_clamped: true,
                excluded_dropped: 1,
                admitted_dropped: 1,
                date_reset: true,
            }
        );
        assert_eq!(sel.topics, ["xep-hang-lhq"]);
        assert_eq!((sel.from, sel.to), (1990, 2030));
        assert!(sel.excluded.is_empty());
        assert_eq!(sel.admitted_untrustworthy, ["egdi-2016-world-s003"]);
        assert_eq!(sel.header.date, today);
        assert_eq!(sel.fit_to(&catalog, today), Fitted::default());
    }
}
