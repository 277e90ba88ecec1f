import { COMMON_FAQ_SYNONYMS } from './faq-synonyms.js';
import type { SeedProvince } from './types.js';

/** Bình Thuận: opened 22/08/2021; agencies and numbers from letter 836/BCĐ-TBTT (26/08/2021). */
export const binhThuan: SeedProvince = {
  slug: 'binhthuan',
  name: 'Bình Thuận',
  officialName: 'Tổng đài 1022 tỉnh Bình Thuận',
  areaCode: '0252',
  timeZone: 'Asia/Ho_Chi_Minh',
  openedAt: '2021-08-22T00:00:00+07:00',
  channels: [
    {
      kind: 'hotline',
      label: 'Đường dây nóng Tổng đài 1022 Bình Thuận',
      value: '1022',
      note: 'Hoạt động 24/7.',
    },
    {
      kind: 'hotline',
      label: 'Đường dây nóng – gọi từ điện thoại di động hoặc từ tỉnh khác',
      value: '02521022',
      note: 'Dạng đầy đủ theo mã vùng 0252 (0252 1022); văn bản gốc không nêu số này.',
    },
    {
      kind: 'portal',
      label: 'Cổng Thông tin Covid-19 tỉnh',
      value: 'Cổng Thông tin Covid-19 tỉnh Bình Thuận',
      note: 'Nơi đăng kết quả giải đáp các câu hỏi tổng đài viên chưa trả lời được; văn bản gốc không nêu địa chỉ.',
    },
    {
      kind: 'facebook',
      label: 'Trang fanpage Facebook',
      value: 'Thông tin phòng chống dịch bệnh tỉnh Bình Thuận',
      note: 'Văn bản gốc chỉ nêu tên trang, không nêu địa chỉ.',
    },
  ],
  topics: [
    { code: 'BT01', name: 'Tình trạng sức khỏe, y tế, xét nghiệm' },
    {
      code: 'BT02',
      name: 'Hỗ trợ người dân gặp khó khăn do dịch bệnh (lương thực, thực phẩm khi cách ly, giãn cách)',
    },
    { code: 'BT03', name: 'Giá cả thị trường, hàng hóa thiết yếu' },
    { code: 'BT04', name: 'Giao thông, đi lại, lưu thông hàng hóa' },
    { code: 'BT05', name: 'Chính sách hỗ trợ thất nghiệp, mất việc làm' },
    { code: 'BT06', name: 'Tiêm chủng vắc xin Covid-19' },
    { code: 'BT07', name: 'Di chuyển giữa các huyện, từ tỉnh khác về địa phương' },
    { code: 'BT08', name: 'Góp ý, đề xuất và nội dung khác' },
  ],
  // Table "Số hotline đã kết nối Tổng Đài 1022 Bình Thuận": names and numbers as written, in the table's order.
  agencies: [
    {
      code: 'SGTVT',
      name: 'Sở Giao thông Vận tải',
      kind: 'department',
      transferEnabled: true,
      hotlines: ['0913.680.916'],
    },
    {
      code: 'SCT',
      name: 'Sở Công thương',
      kind: 'department',
      transferEnabled: true,
      hotlines: ['0913.175.279'],
    },
    {
      code: 'SLDTBXH',
      name: 'Sở Lao động, Thương binh và Xã hội',
      kind: 'department',
      transferEnabled: true,
      hotlines: ['0972.905.939'],
    },
    {
      code: 'BV-BAC-BT',
      name: 'Bệnh viện ĐKKV Bắc Bình Thuận',
      kind: 'hospital',
      transferEnabled: true,
      hotlines: ['0967.831.818'],
    },
    {
      code: 'TTYT-BAC-BINH',
      name: 'TTYT Bắc Bình',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0918.822.399'],
    },
    {
      code: 'BV-PHIA-NAM',
      name: 'Bệnh viện ĐKKV Phía Nam',
      kind: 'hospital',
      transferEnabled: true,
      hotlines: ['0967.821.818'],
    },
    {
      code: 'TTYT-DUC-LINH',
      name: 'TTYT Đức Linh',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0946.678.779'],
    },
    {
      code: 'BV-LA-GI',
      name: 'Bệnh viện ĐKKV La Gi',
      kind: 'hospital',
      transferEnabled: true,
      hotlines: ['0967.841.818'],
    },
    {
      code: 'TTYT-HAM-THUAN-BAC',
      name: 'TTYT Hàm Thuận Bắc',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0916.248.283', '0945.951.138'],
    },
    {
      code: 'TTYT-PHU-QUY',
      name: 'Trung tâm Y tế Quân dân y huyện Phú Quý',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0916.769.841'],
    },
    {
      code: 'TTYT-PHAN-THIET',
      name: 'TTYT thành phố Phan Thiết',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0918.590.213'],
    },
    {
      code: 'TTYT-TANH-LINH',
      name: 'TTYT huyện Tánh Linh',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0968.731.919', '0975.394.115'],
    },
    {
      code: 'TTYT-HAM-TAN',
      name: 'TTYT huyện Hàm Tân',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0967.791.818'],
    },
    {
      code: 'TTYT-LA-GI',
      name: 'TTYT thị xã La Gi',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0919.748.485'],
    },
    {
      code: 'TTYT-HAM-THUAN-NAM',
      name: 'TTYT huyện Hàm Thuận Nam',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0985.609.427'],
    },
    {
      code: 'TTYT-TUY-PHONG',
      name: 'TTYT huyện Tuy Phong',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0967.761.818'],
    },
    // Deliberately not connected to the switchboard to spare their lines; operators answer from their Q&A instead.
    { code: 'SYT', name: 'Sở Y tế', kind: 'department', transferEnabled: false, hotlines: [] },
    {
      code: 'CDC',
      name: 'Trung tâm Kiểm soát bệnh tật tỉnh (CDC)',
      kind: 'other',
      transferEnabled: false,
      hotlines: [],
    },
  ],
  ivrBranches: [],
  faqs: [
    {
      topicCode: 'BT01',
      question: 'Tôi bị sốt, ho, mất vị giác thì có nên đến thẳng bệnh viện không?',
      answer:
        'Không nên tự đến bệnh viện hoặc nơi đông người. Hãy đeo khẩu trang, hạn chế tiếp xúc với người xung quanh và liên hệ trạm y tế xã, phường hoặc trung tâm y tế huyện nơi cư trú để được hướng dẫn. Tổng đài 1022 có thể kết nối cuộc gọi đến đường dây nóng của trung tâm y tế địa phương. Việc lấy mẫu xét nghiệm sẽ do cơ quan y tế chỉ định.',
      keywords: ['triệu chứng', 'sốt', 'ho', 'trung tâm y tế', 'xét nghiệm'],
    },
    {
      topicCode: 'BT01',
      question: 'Ở Bình Thuận, muốn xét nghiệm Covid-19 tự nguyện để đi công tác thì làm ở đâu?',
      answer:
        'Xét nghiệm theo nhu cầu được thực hiện tại các bệnh viện và trung tâm y tế có đủ điều kiện lấy mẫu, xét nghiệm SARS-CoV-2. Người có nhu cầu tự chi trả chi phí theo giá niêm yết. Nên gọi trước cho cơ sở y tế để được hướng dẫn thời gian lấy mẫu và nhận kết quả.',
      keywords: ['xét nghiệm', 'tự nguyện', 'đi công tác', 'giấy âm tính'],
    },
    {
      topicCode: 'BT01',
      question:
        'Khu phố tôi tổ chức lấy mẫu xét nghiệm diện rộng, tôi có bắt buộc tham gia và có phải trả tiền không?',
      answer:
        'Xét nghiệm sàng lọc do cơ quan chức năng tổ chức theo chỉ đạo phòng, chống dịch thì người dân không phải trả tiền. Người thuộc diện được yêu cầu xét nghiệm có trách nhiệm tham gia đúng giờ, đúng địa điểm theo thông báo của tổ dân phố và giữ khoảng cách khi chờ lấy mẫu. Kết quả bất thường sẽ được cơ quan y tế thông báo trực tiếp.',
      keywords: ['xét nghiệm diện rộng', 'sàng lọc', 'lấy mẫu', 'miễn phí'],
    },
    {
      topicCode: 'BT02',
      question: 'Khu vực tôi đang bị phong tỏa, gia đình sắp hết gạo và thực phẩm thì liên hệ ai?',
      answer:
        'Gia đình liên hệ tổ Covid cộng đồng, tổ dân phố hoặc UBND xã, phường, thị trấn nơi cư trú để được hỗ trợ lương thực, thực phẩm hoặc đi chợ hộ. Người dân cũng có thể gọi Tổng đài 1022, tổng đài viên sẽ chuyển thông tin đến huyện, thị xã, thành phố để xử lý. Khi gọi, vui lòng cho biết địa chỉ cụ thể và số người trong gia đình.',
      keywords: ['phong tỏa', 'lương thực', 'thực phẩm', 'đi chợ hộ', 'hỗ trợ'],
    },
    {
      topicCode: 'BT02',
      question: 'Người đang cách ly tập trung có được hỗ trợ tiền ăn không?',
      answer:
        'Người thực hiện cách ly y tế tập trung được hỗ trợ tiền ăn và một số chi phí theo chính sách hiện hành của Nhà nước. Đơn vị quản lý khu cách ly sẽ hướng dẫn cụ thể các khoản được hỗ trợ và các khoản người cách ly phải tự chi trả nếu có. Trường hợp có vướng mắc, người dân phản ánh qua Tổng đài 1022 để được tổng hợp, giải đáp.',
      keywords: ['cách ly tập trung', 'tiền ăn', 'hỗ trợ', 'chính sách'],
    },
    {
      topicCode: 'BT03',
      question: 'Rau củ, thịt cá ở chợ gần nhà tăng giá mạnh trong thời gian giãn cách thì phản ánh ở đâu?',
      answer:
        'Người dân phản ánh qua Tổng đài 1022, tổng đài viên sẽ kết nối đến đường dây nóng của Sở Công Thương. Khi phản ánh nên nêu rõ địa điểm, mặt hàng, mức giá và thời gian ghi nhận. Cơ quan chức năng sẽ kiểm tra và xử lý các trường hợp găm hàng, tăng giá bất hợp lý.',
      keywords: ['giá cả', 'tăng giá', 'hàng hóa thiết yếu', 'sở công thương'],
    },
    {
      topicCode: 'BT03',
      question: 'Chợ truyền thống tạm đóng cửa thì người dân mua hàng thiết yếu ở đâu?',
      answer:
        'Người dân có thể mua hàng tại siêu thị, cửa hàng tiện lợi và các điểm bán hàng được phép hoạt động, hoặc đăng ký đi chợ hộ qua tổ dân phố. Danh sách điểm bán và thời gian hoạt động do UBND địa phương thông báo. Khi đi mua hàng cần đeo khẩu trang, giữ khoảng cách và chỉ cử một người trong gia đình.',
      keywords: ['hàng thiết yếu', 'chợ', 'siêu thị', 'đi chợ hộ'],
    },
    {
      topicCode: 'BT04',
      question: 'Xe chở hàng hóa thiết yếu ra vào các huyện đang giãn cách cần thủ tục gì?',
      answer:
        'Phương tiện vận chuyển hàng hóa thiết yếu được lưu thông theo quy định về "luồng xanh" và hướng dẫn của ngành Giao thông vận tải. Lái xe và người đi cùng phải tuân thủ yêu cầu xét nghiệm, khai báo y tế và các biện pháp phòng dịch tại chốt kiểm soát. Để được hướng dẫn cụ thể, tổng đài viên có thể kết nối đến đường dây nóng của Sở Giao thông vận tải.',
      keywords: ['luồng xanh', 'vận chuyển hàng hóa', 'lái xe', 'xét nghiệm', 'chốt kiểm soát'],
    },
    {
      topicCode: 'BT05',
      question: 'Tôi bị công ty cho nghỉ việc vì dịch thì được hỗ trợ những gì?',
      answer:
        'Người lao động tạm hoãn hợp đồng, ngừng việc hoặc chấm dứt hợp đồng do ảnh hưởng của dịch có thể được hưởng các chính sách hỗ trợ của Chính phủ nếu đủ điều kiện. Hồ sơ thường được lập qua doanh nghiệp hoặc nộp tại cơ quan bảo hiểm xã hội, Trung tâm Dịch vụ việc làm tùy từng chính sách. Tổng đài viên có thể kết nối đến đường dây nóng của Sở Lao động, Thương binh và Xã hội để được hướng dẫn chi tiết.',
      keywords: ['mất việc', 'ngừng việc', 'thất nghiệp', 'người lao động', 'hỗ trợ'],
    },
    {
      topicCode: 'BT05',
      question: 'Lao động tự do như bán vé số, chạy xe ôm có được nhận hỗ trợ không?',
      answer:
        'Lao động không có giao kết hợp đồng lao động bị mất việc làm do dịch thuộc diện được xem xét hỗ trợ theo chính sách hiện hành. UBND xã, phường, thị trấn nơi người lao động cư trú rà soát, lập danh sách và niêm yết công khai. Người dân liên hệ UBND cấp xã để đăng ký và được hướng dẫn hồ sơ.',
      keywords: ['lao động tự do', 'bán vé số', 'xe ôm', 'hỗ trợ', 'ubnd xã'],
    },
    {
      topicCode: 'BT06',
      question: 'Đợt tiêm vắc xin này những ai được ưu tiên tiêm trước?',
      answer:
        'Việc tiêm vắc xin Covid-19 được thực hiện theo nhóm đối tượng ưu tiên do Bộ Y tế hướng dẫn và kế hoạch phân bổ vắc xin của tỉnh. UBND xã, phường lập danh sách và thông báo lịch tiêm cho từng người. Người dân không cần tự đến điểm tiêm khi chưa có thông báo để tránh tập trung đông người.',
      keywords: ['vắc xin', 'tiêm chủng', 'đối tượng ưu tiên', 'lịch tiêm'],
    },
    {
      topicCode: 'BT06',
      question: 'Tôi đã tiêm mũi 1 ở tỉnh khác, nay về Bình Thuận có tiêm mũi 2 được không?',
      answer:
        'Người dân liên hệ trạm y tế xã, phường nơi đang cư trú, mang theo giấy xác nhận đã tiêm mũi 1 để được đăng ký tiêm mũi tiếp theo. Việc bố trí tiêm phụ thuộc vào loại vắc xin và nguồn vắc xin được phân bổ. Thông tin mũi tiêm trước cần được cập nhật đầy đủ trên hệ thống quản lý tiêm chủng.',
      keywords: ['mũi 2', 'vắc xin', 'tiêm chủng', 'giấy xác nhận'],
    },
    {
      topicCode: 'BT07',
      question: 'Tôi từ Thành phố Hồ Chí Minh muốn về quê ở Bình Thuận thì phải làm gì?',
      answer:
        'Trước khi về, người dân cần liên hệ UBND xã, phường nơi đến để được hướng dẫn và chỉ di chuyển khi đáp ứng điều kiện theo quy định tại thời điểm đó. Khi về đến địa phương phải khai báo y tế, thực hiện xét nghiệm và cách ly hoặc theo dõi sức khỏe theo yêu cầu của cơ quan y tế. Không tự ý di chuyển, không đi qua đường mòn, lối mở để tránh các chốt kiểm soát.',
      keywords: ['về quê', 'người từ tỉnh khác', 'khai báo y tế', 'cách ly', 'xét nghiệm'],
    },
    {
      topicCode: 'BT07',
      question:
        'Đi từ huyện này sang huyện khác trong tỉnh khi đang thực hiện Chỉ thị 16 thì cần giấy tờ gì?',
      answer:
        'Tại địa phương thực hiện Chỉ thị 15 hoặc Chỉ thị 16, người dân chỉ ra ngoài và di chuyển giữa các huyện khi thật sự cần thiết như mua lương thực, thực phẩm, khám chữa bệnh hoặc làm việc tại cơ sở được phép hoạt động. Giấy đi đường và điều kiện đi lại thực hiện theo quy định của tỉnh và địa phương nơi đi, nơi đến tại từng thời điểm. Người dân nên liên hệ UBND xã, phường hoặc gọi Tổng đài 1022 để được kết nối với huyện liên quan.',
      keywords: ['chỉ thị 16', 'chỉ thị 15', 'giấy đi đường', 'di chuyển giữa các huyện'],
    },
    {
      topicCode: 'BT08',
      question: 'Câu hỏi tổng đài viên chưa trả lời được ngay thì bao giờ tôi nhận được giải đáp?',
      answer:
        'Các câu hỏi tổng đài viên chưa thể trả lời ngay được tổng hợp hằng ngày và gửi bằng văn bản đến đơn vị chuyên môn để giải đáp. Kết quả giải đáp được thông tin lại trên Cổng Thông tin Covid-19 tỉnh, Trang Thông tin điện tử và trang Facebook "Thông tin phòng chống dịch bệnh tỉnh Bình Thuận". Người dân cũng có thể gửi góp ý, đề xuất về công tác phòng, chống dịch qua Tổng đài 1022.',
      keywords: ['giải đáp', 'góp ý', 'đề xuất', 'cổng thông tin covid-19'],
    },
  ],
  faqSynonyms: [
    ...COMMON_FAQ_SYNONYMS,
    { term: 'Sài Gòn', equivalents: ['Thành phố Hồ Chí Minh', 'TP HCM', 'TPHCM'] },
  ],
};
