//! What can go wrong with a pack, said so the official knows what to do:
//! a damaged or altered pack names the member or the signature.

use crate::curate::user_data::UserDataError;
use crate::data::LoadError;

#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("Không đọc được tệp \"{path}\": {message}")]
    Io { path: String, message: String },
    #[error("Không ghi được tệp \"{path}\": {message}")]
    Write { path: String, message: String },
    #[error("Gói dữ liệu quá lớn ({size} byte, tối đa {max} byte)")]
    TooLarge { size: u64, max: u64 },
    #[error("Không phải gói dữ liệu (.egb) hợp lệ: {0}")]
    NotAPack(String),
    #[error("Gói dữ liệu có quá nhiều thành phần ({count}, tối đa {max})")]
    TooManyMembers { count: usize, max: usize },
    #[error(
        "Gói dữ liệu bị từ chối: tên thành phần \"{name}\" không được phép ({why}); \
         gói có thể đã bị sửa để ghi ra ngoài thư mục dữ liệu"
    )]
    BadMemberName { name: String, why: &'static str },
    #[error("Gói dữ liệu bị từ chối: thành phần \"{0}\" xuất hiện hai lần")]
    DuplicateMember(String),
    #[error("Gói dữ liệu bị từ chối: thành phần \"{name}\" quá lớn (tối đa {max} byte)")]
    MemberTooLarge { name: String, max: u64 },
    #[error("Gói dữ liệu bị từ chối: tổng dung lượng giải nén vượt {max} byte")]
    TotalTooLarge { max: u64 },
    #[error("Gói dữ liệu bị từ chối: thành phần \"{name}\" không đọc được ({message})")]
    BadMember { name: String, message: String },
    #[error("Gói dữ liệu bị từ chối: thiếu thành phần \"{0}\"")]
    MissingMember(String),
    #[error(
        "Gói dữ liệu bị từ chối: thành phần \"{name}\" không khớp với bảng kê ({what}); \
         gói đã bị hỏng hoặc bị sửa sau khi đóng gói"
    )]
    MemberMismatch { name: String, what: &'static str },
    #[error("Gói dữ liệu bị từ chối: thành phần \"{0}\" không có trong bảng kê")]
    Unlisted(String),
    #[error(
        "Gói dữ liệu bị từ chối: {member}: {what}; gói đã bị hỏng hoặc bị sửa sau khi đóng gói"
    )]
    NotCanonical { member: String, what: &'static str },
    #[error("Gói dữ liệu bị từ chối: bảng kê (manifest.json) không hợp lệ: {0}")]
    BadManifest(String),
    #[error(
        "Gói dữ liệu bị từ chối: chữ ký không hợp lệ (bảng kê đã bị sửa sau khi ký, \
         hoặc chữ ký không phải của khóa ghi trong gói)"
    )]
    BadSignature,
    #[error("Gói dữ liệu bị từ chối: tệp chữ ký (manifest.sig) hỏng: {0}")]
    BadSignatureFile(String),
    #[error("Bộ dữ liệu trong gói không hợp lệ: {0}")]
    Dataset(#[from] LoadError),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    UserData(#[from] UserDataError),
    #[error("Tệp khóa \"{path}\" không dùng được: {message}")]
    Key { path: String, message: String },
    #[error(
        "Gói \"{id}\" phiên bản {offered} cũ hơn phiên bản {installed} đã nhập; \
         không nhập đè bản cũ lên bản mới"
    )]
    Older {
        id: String,
        offered: u32,
        installed: u32,
    },
    #[error(
        "Gói \"{id}\" phiên bản {offered} vượt quá xa phiên bản {installed} đã nhập \
         (mỗi lần tăng tối đa {step}); gói có thể đã bị làm giả để chặn các bản cập nhật sau"
    )]
    TooFarAhead {
        id: String,
        offered: u32,
        installed: u32,
        step: u32,
    },
    #[error(
        "Gói \"{id}\" đã nhập là gói {installed}; gói này {offered}. Chỉ gói ký bằng cùng \
         khóa mới thay được gói đã nhập, nên chưa nhập gì. Nếu đơn vị phát hành đổi khóa, \
         hãy hỏi phòng CNTT."
    )]
    OtherSigner {
        id: String,
        installed: String,
        offered: String,
    },
    #[error(
        "Gói \"{pack}\" trùng {what} \"{name}\" của chính bạn; không nhập để không ghi đè \
         lên dữ liệu của bạn. Hãy đổi tên {what} đó rồi nhập lại."
    )]
    Collision {
        pack: String,
        what: &'static str,
        name: String,
    },
}

impl PackError {
    pub(crate) fn io(path: &std::path::Path, e: &dyn std::fmt::Display) -> Self {
        PackError::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        }
    }

    pub(crate) fn write(path: &std::path::Path, e: &dyn std::fmt::Display) -> Self {
        PackError::Write {
            path: path.display().to_string(),
            message: e.to_string(),
        }
    }
}
