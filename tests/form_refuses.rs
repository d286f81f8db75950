//! The workbench's form on the sentences of issue 31 (an article written
//! for the test in the words the user met): the guesses are right or
//! blank, and whatever the user picks, the form refuses a reading the
//! sentence contradicts. Expected values are written by hand.

use egov_brief::curate::GuessedKind;
use egov_brief::curate::build::assess;
use egov_brief::curate::draft::{ArticleDraft, FactForm, IndicatorChoice, SourceForm, UnitKind};
use egov_brief::curate::user_data::{UserData, default_path};

/// Written for the test; the sentences take the shapes the user met.
const ARTICLE: &str = "Bài mẫu để kiểm thử, không phải tin thật\n\
Thứ Năm, 19/09/2024 14:40\n\n\
Việt Nam tăng 15 bậc trong bảng xếp hạng Chính phủ điện tử\n\n\
Báo cáo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc ghi nhận Việt Nam xếp thứ 71/193 \
quốc gia và vùng lãnh thổ, tăng 15 bậc so với năm 2022. Đây là lần đầu tiên Việt Nam được xếp vào \
nhóm rất cao kể từ khi bắt đầu tham gia đánh giá của Liên Hợp Quốc năm 2003.\n\
Trong bảng Chỉ số tham gia điện tử (EPI) năm 2024, Việt Nam đạt 0.6027, xếp thứ 72 trên thế giới.\n\
EGDI được chia làm 04 mức (Rất cao: Chỉ số lớn hơn 0,75; Cao: Chỉ số từ 0,5 đến 0,75; Thấp: Nhỏ hơn 0,25).\n\
Trong khu vực Đông Nam Á, Việt Nam đã vượt Brunei để vươn lên vị trí thứ 5 trong 11 nước. \
Singapore tăng 9 bậc và vươn lên xếp thứ 3 trên toàn thế giới.\n";

struct Bench {
    _dir: tempfile::TempDir,
    user: UserData,
    article: ArticleDraft,
    source: SourceForm,
}

fn bench(text: &str) -> Bench {
    let dir = tempfile::tempdir().unwrap();
    let user = UserData::open(&default_path(dir.path())).unwrap();
    let article = ArticleDraft::new(text);
    let mut source = SourceForm::from_meta(&article.meta);
    source.standing = Some(egov_brief::data::model::StandingKind::Press);
    source.standing_reason = "Báo điện tử".into();
    Bench {
        _dir: dir,
        user,
        article,
        source,
    }
}

impl Bench {
    fn form(&self, needle: &str) -> FactForm {
        let c = self
            .article
            .candidates
            .iter()
            .find(|c| c.text.contains(needle))
            .unwrap_or_else(|| panic!("no candidate with {needle}"));
        let published = egov_brief::curate::draft::parse_date_input(&self.source.published)
            .ok()
            .flatten();
        FactForm::from_candidate(c, published, &self.user.catalog().unwrap())
    }

    fn problems(&self, form: &FactForm) -> Vec<String> {
        let catalog = self.user.catalog().unwrap();
        assess(&self.article, &self.source, form, &self.user, &catalog).problems
    }
}

#[test]
fn the_guesses_are_right_or_blank() {
    let b = bench(ARTICLE);
    let epi = b.form("(EPI)");
    assert_eq!(epi.indicator, IndicatorChoice::None, "72 is no EGDI rank");
    let change = b.form("Việt Nam tăng 15 bậc");
    assert_eq!(change.indicator, IndicatorChoice::None);
    let since = b.form("lần đầu tiên");
    assert_eq!(since.kind, GuessedKind::Statement);
    assert_ne!(since.date, "2003");
    let threshold = b.form("04 mức");
    assert_eq!(threshold.kind, GuessedKind::Statement);
    let singapore = b.form("Singapore");
    assert_eq!(singapore.kind, GuessedKind::Statement);
    // The survey's edition, not the article's day, and said so.
    let sea = b.form("vị trí thứ 5 trong 11 nước");
    assert_eq!((sea.value.as_str(), sea.date.as_str()), ("5", "2024"));
    assert!(sea.inferred.contains("Khảo sát"), "{}", sea.inferred);
}

#[test]
fn the_form_refuses_what_the_sentence_contradicts() {
    let b = bench(ARTICLE);
    let egdi_rank = IndicatorChoice::Existing("egdi-rank-world".into());
    // The EPI rank saved as the EGDI rank.
    let mut epi = b.form("(EPI)");
    epi.value = "72".into();
    epi.indicator = egdi_rank.clone();
    assert!(
        b.problems(&epi).iter().any(|p| p.contains("EPI")),
        "{:?}",
        b.problems(&epi)
    );
    // A change saved as a rank, existing or new; as a new count it saves.
    let mut change = b.form("Việt Nam tăng 15 bậc");
    change.kind = GuessedKind::Measurement;
    change.value = "15".into();
    change.indicator = egdi_rank.clone();
    change.topic = "xep-hang-lhq".into();
    assert!(
        b.problems(&change)
            .iter()
            .any(|p| p.contains("tăng 15 bậc"))
    );
    change.indicator = IndicatorChoice::New;
    change.new_indicator.unit = UnitKind::Rank;
    assert!(b.problems(&change).iter().any(|p| p.contains("thay đổi")));
    change.new_indicator.unit = UnitKind::Count;
    change.new_indicator.name = "Số bậc tăng".into();
    change.new_indicator.definition = "Số bậc tăng so với kỳ trước".into();
    change.new_indicator.noun = "bậc".into();
    assert_eq!(b.problems(&change), Vec::<String>::new());
    // "kể từ … năm 2003" as the statement's date.
    let mut since = b.form("lần đầu tiên");
    since.date = "2003".into();
    since.topic = "xep-hang-lhq".into();
    assert!(b.problems(&since).iter().any(|p| p.contains("mốc bắt đầu")));
    // A threshold as a measurement of the EGDI score.
    let mut threshold = b.form("04 mức");
    threshold.kind = GuessedKind::Measurement;
    threshold.value = "0,75".into();
    threshold.indicator = IndicatorChoice::Existing("egdi-score".into());
    threshold.topic = "xep-hang-lhq".into();
    assert!(b.problems(&threshold).iter().any(|p| p.contains("ngưỡng")));
    // Singapore's world rank as Việt Nam's.
    let mut singapore = b.form("Singapore");
    singapore.kind = GuessedKind::Measurement;
    singapore.value = "3".into();
    singapore.indicator = egdi_rank;
    singapore.topic = "xep-hang-lhq".into();
    assert!(
        b.problems(&singapore)
            .iter()
            .any(|p| p.contains("Singapore"))
    );
    // The right reading saves.
    let sea = b.form("vị trí thứ 5 trong 11 nước");
    assert_eq!(b.problems(&sea), Vec::<String>::new());
}

#[test]
fn a_day_without_a_year_takes_the_pages_year_when_not_after_it() {
    let text = "Bài mẫu để kiểm thử, không phải tin thật\nThứ Sáu, 07/11/2025 08:10\n\n\
        Hồ sơ trực tuyến toàn trình tăng nhanh trong năm nay\n\n\
        Theo Văn phòng Chính phủ, tính đến 26/10, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực \
        tuyến toàn trình trên cả nước đạt 39,98%, cao nhất từ trước đến nay. Trước đó, ngày 28/12, \
        Bộ Công an đã khai trương tính năng nộp hồ sơ trên ứng dụng định danh điện tử.\n";
    let b = bench(text);
    assert_eq!(b.source.published, "7/11/2025");
    let share = b.form("39,98%");
    assert_eq!(share.date, "26/10/2025");
    assert!(share.inferred.contains("“26/10”"), "{}", share.inferred);
    assert!(
        share.inferred.contains("năm của ngày đăng"),
        "{}",
        share.inferred
    );
    // 28/12 is after the page's day: its year is not the page's.
    let launch = b.form("28/12");
    assert_eq!(launch.date, "");
    assert!(
        launch.inferred.contains("chưa rõ năm"),
        "{}",
        launch.inferred
    );
}

#[test]
fn targets_in_a_list_of_goals_are_offered_with_the_titles_deadline() {
    let text = "Bài mẫu để kiểm thử, không phải tin thật\nThứ Hai, 12/01/2026 10:05\n\n\
        Chiến lược đến năm 2025: chính quyền số phục vụ người dân\n\n\
        Chiến lược nêu rõ các mục tiêu cụ thể về phát triển chính quyền số cho các bộ, ngành và \
        địa phương trên cả nước như sau:\n\
        Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến;\n\
        100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình.\n";
    let b = bench(text);
    let share = b.form("Tối thiểu 80%");
    assert_eq!(share.kind, GuessedKind::Target);
    assert_eq!((share.value.as_str(), share.date.as_str()), ("80%", "2025"));
    assert!(share.inferred.contains("tiêu đề"), "{}", share.inferred);
    let all = b.form("100% dịch vụ công");
    assert_eq!(all.kind, GuessedKind::Target);
    assert_eq!((all.value.as_str(), all.date.as_str()), ("100%", "2025"));
    // Not the level-4 share: "toàn trình" is not "mức độ 4".
    assert_ne!(
        all.indicator,
        IndicatorChoice::Existing("dvc-eligible-level4-share".into())
    );
}

/// `suggest` prints what the form prefills: checked by hand on one page,
/// and field by field against the form on every held-out page.
#[test]
fn suggest_prints_the_workbenchs_guesses() {
    let run = |page: &str| -> Vec<serde_json::Value> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/articles")
            .join(page);
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_egov-brief"))
            .arg("suggest")
            .arg(&path)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let lines = run("tin-mau-6.html");
    let line = |needle: &str| {
        lines
            .iter()
            .find(|l| l["text"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("{needle}"))
    };
    let share = line("26/10");
    assert_eq!(share["kind"], "measurement");
    assert_eq!(share["value"], "39,98%");
    assert_eq!(share["date"], "2025-10-26");
    assert_eq!(share["role"], "as_of");
    assert!(share["date_reason"].as_str().unwrap().contains("“26/10”"));
    assert_eq!(share["topic"], "dich-vu-cong");
    let services = line("4.752");
    assert_eq!(services["indicator"], "portal-online-services");
    assert_eq!(services["date"], "2025-10-31");
    let change = line("12,4 điểm phần trăm");
    assert_eq!(change["change"], true);
    assert_eq!(change["indicator"], serde_json::Value::Null);
    let target = line("tối thiểu 50%");
    assert_eq!(
        (target["kind"].as_str(), target["date"].as_str()),
        (Some("target"), Some("2025-12-31"))
    );

    let catalog = crate::support::catalog();
    for page in [
        "tin-mau-5.html",
        "tin-mau-7.html",
        "tin-mau-8.html",
        "tin-mau-9.html",
        "tin-mau-10.html",
    ] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/articles")
            .join(page);
        let text = egov_brief::curate::read_article(&path).unwrap().text;
        let b = bench(&text);
        let printed = run(page);
        assert_eq!(printed.len(), b.article.candidates.len(), "{page}");
        for (l, c) in printed.iter().zip(&b.article.candidates) {
            let published = egov_brief::curate::draft::parse_date_input(&b.source.published)
                .ok()
                .flatten();
            let f = FactForm::from_candidate(c, published, &catalog);
            let date = egov_brief::curate::draft::parse_date_input(&f.date)
                .unwrap()
                .map(|d| d.to_string());
            assert_eq!(l["text"].as_str(), Some(c.text.as_str()));
            assert_eq!(l["date"].as_str(), date.as_deref(), "{page}: {}", c.text);
            assert_eq!(
                l["topic"].as_str().unwrap_or(""),
                f.topic,
                "{page}: {}",
                c.text
            );
            let indicator = match &f.indicator {
                IndicatorChoice::Existing(id) => Some(id.as_str()),
                _ => None,
            };
            assert_eq!(l["indicator"].as_str(), indicator, "{page}: {}", c.text);
        }
    }
}
