// Messages of the search page (Vietnamese, the reference: search.en.ts must have the same keys).
export const searchVi = {
  'nav.search': 'Tìm kiếm',

  // How a technology request shows its TRL (the minimum it asks for); its price is labelled 'listing.budget'.
  'listing.minTrlBadge': 'TRL tối thiểu {trl}',
  'listing.minTrlTitle': 'Cần công nghệ đạt mức độ sẵn sàng từ {trl}/9 trở lên',
  'listing.minTrlLabel': 'Mức độ sẵn sàng tối thiểu (TRL)',

  'search.title': 'Tìm kiếm',
  // The two organisation groups of the search (each holds several organisation kinds).
  'search.kind.ST_ORGANISATION': 'Tổ chức KH&CN, viện, trường',
  'search.kind.ST_ENTERPRISE': 'Doanh nghiệp, hợp tác xã',
  'search.titleQuery': '“{query}” – Tìm kiếm',
  'search.heading': 'Tìm công nghệ, thiết bị và đối tác',
  'search.description':
    'Tìm công nghệ và thiết bị chào bán, nhu cầu công nghệ, tổ chức và doanh nghiệp khoa học và công nghệ đã được Sở kiểm duyệt. Gõ không dấu hoặc sai chính tả nhẹ vẫn tìm được.',
  'search.descriptionQuery':
    'Kết quả tìm kiếm “{query}”: công nghệ, thiết bị, nhu cầu công nghệ và tổ chức khoa học và công nghệ trên Sàn giao dịch công nghệ và thiết bị.',

  'search.box.label': 'Từ khóa tìm kiếm',
  'search.box.placeholder': 'Ví dụ: bảo quản thanh long, máy sấy, khoai mỡ Bến Kè',
  'search.box.shortPlaceholder': 'Tìm công nghệ, thiết bị…',
  'search.box.submit': 'Tìm kiếm',
  'search.box.hint': 'Gõ có dấu hay không dấu đều được.',
  'search.box.region': 'Tìm trên sàn',
  'search.box.headerLabel': 'Tìm kiếm trên sàn',
  'search.suggest.label': 'Gợi ý tìm kiếm',
  'search.suggest.count': '{count} gợi ý. Dùng phím mũi tên lên, xuống để chọn, Enter để mở.',

  'search.facets.title': 'Lọc kết quả',
  'search.facets.apply': 'Áp dụng bộ lọc',
  'search.facets.more': 'Xem thêm {count}',
  'search.facets.results': '{count} kết quả',
  'search.group.kind': 'Loại',
  'search.group.field': 'Lĩnh vực',
  'search.group.trl': 'Mức độ sẵn sàng công nghệ (TRL)',
  'search.group.price': 'Mức giá',
  'search.group.commune': 'Xã, phường',
  'search.group.ip': 'Tài sản trí tuệ',
  'search.group.appraisal': 'Trình độ công nghệ (thẩm định)',
  'search.group.verified': 'Xác minh',
  'search.trl.min': 'Từ mức',
  'search.trl.max': 'Đến mức',
  'search.trl.any': 'Bất kỳ',
  'search.trl.option': 'TRL {level} ({count})',
  'search.trl.chipMin': 'từ TRL {level}',
  'search.trl.chipMax': 'đến TRL {level}',
  'search.price.UNDER_100M': 'Dưới 100 triệu đồng',
  'search.price.FROM_100M_TO_500M': 'Từ 100 đến dưới 500 triệu đồng',
  'search.price.FROM_500M_TO_2B': 'Từ 500 triệu đến dưới 2 tỷ đồng',
  'search.price.OVER_2B': 'Từ 2 tỷ đồng trở lên',
  'search.verified.true': 'Đã được Sở xác minh',
  'search.verified.false': 'Chưa được xác minh',

  'search.sort.label': 'Sắp xếp',
  'search.sort.apply': 'Sắp xếp',
  'search.sort.RELEVANCE': 'Phù hợp nhất',
  'search.sort.NEWEST': 'Mới nhất',
  'search.sort.PRICE_ASC': 'Giá từ thấp đến cao',
  'search.sort.PRICE_DESC': 'Giá từ cao đến thấp',

  'search.chips.label': 'Bộ lọc đang dùng',
  'search.chips.item': '{group}: {value}',
  'search.chips.remove': 'Bỏ lọc {filter}',
  'search.chips.clear': 'Xóa tất cả bộ lọc',

  'search.results.label': 'Kết quả tìm kiếm',
  'search.results.count': '{total} kết quả',
  'search.results.countQuery': '{total} kết quả cho “{query}”',
  'search.results.range': 'Kết quả {from}–{to} trong {total}',
  'search.results.rangeQuery': 'Kết quả {from}–{to} trong {total} cho “{query}”',
  'search.hit.matchedVi': 'Khớp với tên tiếng Việt:',

  'search.pages.label': 'Các trang kết quả',
  'search.pages.first': '« Trang đầu',
  'search.pages.next': 'Trang sau »',
  'search.pages.current': 'Trang {page}',

  'search.empty.title': 'Không có kết quả phù hợp',
  'search.empty.titleQuery': 'Không có kết quả nào cho “{query}”',
  'search.empty.removeIntro': 'Thử bỏ bớt bộ lọc:',
  'search.empty.removeGroup': 'Bỏ lọc “{group}”',
  'search.empty.tips':
    'Kiểm tra lại chính tả, dùng ít từ hơn hoặc từ chung hơn (ví dụ “máy sấy” thay vì tên một mẫu máy cụ thể).',
  'search.empty.browse': 'Xem tất cả công nghệ, thiết bị và tổ chức',
  'search.empty.nothing': 'Sàn chưa có tin đăng hay tổ chức nào được công bố.',
  'search.empty.needTitle': 'Chưa ai chào bán thứ bạn cần?',
  'search.empty.needBody':
    'Hãy đăng nhu cầu công nghệ: sau khi Sở kiểm duyệt, các viện, trường và doanh nghiệp có giải pháp sẽ gửi đề xuất cho bạn.',
  'search.empty.needLink': 'Đăng nhu cầu công nghệ',
  'search.facets.show': 'Xem {total} kết quả',
} as const satisfies Record<string, string>;
