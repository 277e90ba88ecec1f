/** The public pages of every site: header, home pages, FAQ, agency directory, errors. */
export const publicVi = {
  'site.platformName': 'Nền tảng Tổng đài 1022',
  'site.skipToContent': 'Bỏ qua, đến nội dung chính',
  'site.mainNav': 'Điều hướng chính',
  'site.languageNav': 'Chọn ngôn ngữ',
  'site.footer':
    'Tổng đài 1022 – tiếp nhận, xử lý, trả lời yêu cầu cung cấp thông tin, phản ánh, kiến nghị của người dân và doanh nghiệp.',
  'site.footerPlatformLink': 'Các tổng đài 1022 trên nền tảng',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'nav.home': 'Trang chủ',
  'nav.faq': 'Hỏi đáp',
  'nav.agencies': 'Cơ quan, đơn vị',

  'platform.title': 'Tổng đài 1022 các tỉnh, thành phố',
  'platform.intro':
    'Chọn tỉnh, thành phố để xem cách liên hệ tổng đài 1022, các câu hỏi thường gặp và danh bạ cơ quan, đơn vị.',
  'platform.provinces': 'Các tỉnh, thành phố trên nền tảng',
  'platform.areaCode': 'Mã vùng {code}',
  'platform.onboarding': 'Đang triển khai',
  'platform.empty': 'Chưa có tỉnh, thành phố nào trên nền tảng.',

  'national.title': 'Cổng tổng hợp quốc gia',
  'national.intro':
    'Trang dành cho cơ quan trung ương: số liệu tổng hợp từ tổng đài 1022 các tỉnh, thành phố. Trang chỉ hiển thị số liệu tổng hợp, không có dữ liệu cá nhân của người dân.',
  'national.comingSoon': 'Chức năng đang được xây dựng và sẽ có trong đợt phát triển tiếp theo.',

  'tenant.reachUs': 'Cách liên hệ tổng đài',
  'tenant.callNow': 'Gọi {number}',
  'tenant.topics': 'Lĩnh vực tiếp nhận',
  'tenant.faq': 'Câu hỏi thường gặp',
  'tenant.allFaq': 'Xem tất cả câu hỏi, trả lời',
  'tenant.agenciesLink': 'Danh bạ cơ quan, đơn vị',

  'channel.hotline': 'Đường dây nóng',
  'channel.portal': 'Cổng thông tin điện tử',
  'channel.email': 'Thư điện tử',
  'channel.zalo': 'Zalo',
  'channel.facebook': 'Facebook',

  'agencies.title': 'Danh bạ cơ quan, đơn vị',
  'agencies.intro':
    'Tổng đài viên chuyển cuộc gọi đến các số dưới đây theo thứ tự: nếu số đầu tiên bận hoặc không trả lời, cuộc gọi được chuyển sang số tiếp theo.',
  'agencies.count': '{count} cơ quan, đơn vị',
  'agencies.kind': 'Loại',
  'agencies.hotlines': 'Số điện thoại, theo thứ tự chuyển tiếp',
  'agencies.noHotlines': 'Chưa công bố số điện thoại.',
  'agencies.noTransfer': 'Không chuyển cuộc gọi – tiếp nhận bằng văn bản',
  'agencies.empty': 'Chưa có cơ quan, đơn vị nào.',
  'agencies.updatedAt': 'Cập nhật lúc {time}',

  'agencyKind.department': 'Sở, ban, ngành',
  'agencyKind.district': 'Cấp huyện',
  'agencyKind.commune': 'Cấp xã',
  'agencyKind.health_centre': 'Trung tâm y tế',
  'agencyKind.hospital': 'Bệnh viện',
  'agencyKind.other': 'Khác',

  'ivr.title': 'Các nhánh của tổng đài',
  'ivr.intro': 'Khi gọi tổng đài, bấm phím tương ứng để được chuyển đến đúng bộ phận.',
  'ivr.digit': 'Phím {digit}',
  'ivr.agencies': 'Đơn vị trả lời nhánh này',

  'error.tenantNotFound.title': 'Không tìm thấy tổng đài',
  'error.tenantNotFound.text':
    'Địa chỉ {host} không khớp với tổng đài 1022 của tỉnh, thành phố nào trên nền tảng.',
  'error.backToPlatform': 'Xem danh sách tổng đài 1022 trên nền tảng',
  'error.notFound.title': 'Không tìm thấy trang',
  'error.notFound.text': 'Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.',
  'error.unavailable.title': 'Hệ thống đang tạm gián đoạn',
  'error.unavailable.text':
    'Chưa kết nối được máy chủ. Vui lòng thử lại sau ít phút hoặc gọi trực tiếp tổng đài 1022.',
  'error.generic.title': 'Đã có lỗi xảy ra',
  'error.generic.text': 'Vui lòng thử lại sau ít phút.',
  'error.status': 'Mã lỗi: {status}',
  'error.home': 'Về trang chủ',
  'error.forbidden.title': 'Không có quyền truy cập',
  'error.forbidden.text':
    'Vai trò của bạn không được dùng chức năng này. Nếu cần, hãy liên hệ quản trị viên.',
} as const;
