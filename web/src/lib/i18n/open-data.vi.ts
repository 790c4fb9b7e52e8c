// The open data page (/open-data) and its link in the site footer.
export const openDataVi = {
  'openData.footerLink': 'Dữ liệu mở',
  'openData.title': 'Dữ liệu mở',
  'openData.intro':
    'Các tin đã công bố và danh bạ tổ chức được cung cấp miễn phí dưới dạng JSON và CSV để mọi người tra cứu, phân tích và sao chép về hệ thống của mình.',
  'openData.datasets': 'Bộ dữ liệu',
  'openData.listings.title': 'Tin chào bán công nghệ, thiết bị và đặt hàng công nghệ',
  'openData.listings.body':
    'Mỗi tin đã công bố: mã, loại tin, tiêu đề và tóm tắt (tiếng Việt, tiếng Anh), lĩnh vực, mức độ sẵn sàng công nghệ (TRL), hình thức giá và mức giá, địa bàn, tổ chức đăng tin, ngày công bố, ngày cập nhật và địa chỉ trang tin.',
  'openData.organisations.title': 'Danh bạ tổ chức',
  'openData.organisations.body':
    'Mỗi tổ chức đã công bố: mã, tên (tiếng Việt, tiếng Anh), loại hình, đã xác minh hay chưa, địa bàn, trang web, lĩnh vực, ngày cập nhật và địa chỉ trang tổ chức.',
  'openData.formats': 'Tải về:',
  'openData.catalog': 'Danh mục dữ liệu (DCAT, JSON-LD)',
  'openData.feed': 'Nguồn tin Atom các tin mới công bố',
  'openData.feedBody': 'Có thể lọc theo loại tin (?kind=TECHNOLOGY_OFFER, EQUIPMENT_OFFER hoặc TECHNOLOGY_REQUEST) và lĩnh vực (?field=mã lĩnh vực).',
  'openData.licence': 'Giấy phép',
  'openData.licenceBody':
    'Dữ liệu được cấp phép theo Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0): bạn được tự do sử dụng, chia sẻ và chỉnh sửa, kể cả cho mục đích thương mại, với điều kiện ghi nguồn “Sở Khoa học và Công nghệ tỉnh Tây Ninh”.',
  'openData.mirror': 'Sao chép và cập nhật dần',
  'openData.mirror.paging':
    'Mỗi lần gọi trả về tối đa 1.000 dòng (tham số limit, mặc định 100), xếp theo thời điểm cập nhật cũ nhất trước. Bản JSON cho biết địa chỉ trang tiếp theo trong trường next; bản CSV đặt nó trong tiêu đề Link (rel="next").',
  'openData.mirror.first': 'Lần đầu: tải lần lượt các trang từ trang đầu cho đến khi không còn trang tiếp theo.',
  'openData.mirror.next':
    'Các lần sau: thêm modified_since bằng thời điểm cập nhật (updatedAt) mới nhất bạn đã có để chỉ nhận các dòng thay đổi sau đó.',
  'openData.mirror.removed':
    'Tin bị gỡ hoặc hết hạn biến mất khỏi dữ liệu ngay lập tức; để loại chúng khỏi bản sao, thỉnh thoảng hãy tải lại toàn bộ và so sánh các mã.',
  'openData.excluded': 'Không có trong dữ liệu',
  'openData.excludedBody':
    'Không có họ tên, thư điện tử hay số điện thoại của bất kỳ ai, không có thông tin liên hệ của tổ chức, không có tin nháp, đang chờ duyệt hay đã gỡ, không có hồ sơ cá nhân của người đăng nhu cầu, và không có tên tổ chức ở các tin đặt hàng đăng ẩn danh.',
};
