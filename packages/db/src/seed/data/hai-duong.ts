// DEMO PLACEHOLDERS: the district health-centre numbers below are fictional, not real hotlines.
// The seeds require two numbers per centre for IVR branch 3 but do not publish them.
import { COMMON_FAQ_SYNONYMS } from './faq-synonyms.js';
import type { SeedProvince } from './types.js';

/** Hải Dương: set up under STTTT letter 3506 of 24/09/2021; branch 3 of the IVR is health. */
export const haiDuong: SeedProvince = {
  slug: 'haiduong',
  name: 'Hải Dương',
  officialName: 'Tổng đài thông tin 1022 tỉnh Hải Dương',
  areaCode: '0220',
  timeZone: 'Asia/Ho_Chi_Minh',
  openedAt: '2021-09-24T00:00:00+07:00',
  channels: [
    {
      kind: 'hotline',
      label: 'Tổng đài thông tin 1022 tỉnh Hải Dương',
      value: '1022',
    },
    {
      kind: 'hotline',
      label: 'Tổng đài 1022 – gọi từ điện thoại di động hoặc từ tỉnh khác',
      value: '02201022',
      note: 'Dạng đầy đủ theo mã vùng 0220 (0220 1022); văn bản gốc không nêu số này.',
    },
  ],
  topics: [
    { code: 'HD01', name: 'Thông tin chung về phòng, chống dịch' },
    { code: 'HD02', name: 'Y tế (nhánh 3)' },
    { code: 'HD03', name: 'An sinh xã hội' },
    { code: 'HD04', name: 'Giao thông, đi lại' },
    { code: 'HD05', name: 'Khác' },
  ],
  agencies: [
    // No numbers in the seeds: both receive cases in writing rather than transferred calls.
    { code: 'SYT', name: 'Sở Y tế Hải Dương', kind: 'department', transferEnabled: false, hotlines: [] },
    {
      code: 'STTTT',
      name: 'Sở Thông tin và Truyền thông',
      kind: 'department',
      transferEnabled: false,
      hotlines: [],
    },
    // One centre per district-level unit (2021), each with two numbers (demo placeholders) in failover order.
    {
      code: 'TTYT-HAI-DUONG',
      name: 'Trung tâm Y tế thành phố Hải Dương',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 101', '0900 000 101'],
    },
    {
      code: 'TTYT-CHI-LINH',
      name: 'Trung tâm Y tế thành phố Chí Linh',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 102', '0900 000 102'],
    },
    {
      code: 'TTYT-KINH-MON',
      name: 'Trung tâm Y tế thị xã Kinh Môn',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 103', '0900 000 103'],
    },
    {
      code: 'TTYT-BINH-GIANG',
      name: 'Trung tâm Y tế huyện Bình Giang',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 104', '0900 000 104'],
    },
    {
      code: 'TTYT-CAM-GIANG',
      name: 'Trung tâm Y tế huyện Cẩm Giàng',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 105', '0900 000 105'],
    },
    {
      code: 'TTYT-GIA-LOC',
      name: 'Trung tâm Y tế huyện Gia Lộc',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 106', '0900 000 106'],
    },
    {
      code: 'TTYT-KIM-THANH',
      name: 'Trung tâm Y tế huyện Kim Thành',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 107', '0900 000 107'],
    },
    {
      code: 'TTYT-NAM-SACH',
      name: 'Trung tâm Y tế huyện Nam Sách',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 108', '0900 000 108'],
    },
    {
      code: 'TTYT-NINH-GIANG',
      name: 'Trung tâm Y tế huyện Ninh Giang',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 109', '0900 000 109'],
    },
    {
      code: 'TTYT-THANH-HA',
      name: 'Trung tâm Y tế huyện Thanh Hà',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 110', '0900 000 110'],
    },
    {
      code: 'TTYT-THANH-MIEN',
      name: 'Trung tâm Y tế huyện Thanh Miện',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 111', '0900 000 111'],
    },
    {
      code: 'TTYT-TU-KY',
      name: 'Trung tâm Y tế huyện Tứ Kỳ',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: ['0220 3000 112', '0900 000 112'],
    },
  ],
  ivrBranches: [
    {
      digit: '1',
      label: 'Nhánh 1 – Thông tin chung về phòng, chống dịch (tổng đài viên trả lời)',
      topicCode: 'HD01',
      agencyCodes: [],
    },
    {
      digit: '3',
      label: 'Nhánh 3 – Y tế (Trung tâm Y tế các huyện, thị xã, thành phố)',
      topicCode: 'HD02',
      agencyCodes: [
        'TTYT-HAI-DUONG',
        'TTYT-CHI-LINH',
        'TTYT-KINH-MON',
        'TTYT-BINH-GIANG',
        'TTYT-CAM-GIANG',
        'TTYT-GIA-LOC',
        'TTYT-KIM-THANH',
        'TTYT-NAM-SACH',
        'TTYT-NINH-GIANG',
        'TTYT-THANH-HA',
        'TTYT-THANH-MIEN',
        'TTYT-TU-KY',
      ],
    },
  ],
  faqs: [
    {
      topicCode: 'HD01',
      question: 'Gọi Tổng đài thông tin 1022 Hải Dương thì chọn nhánh nào để được giải đáp?',
      answer:
        'Nhánh 1 dành cho thông tin chung về phòng, chống dịch, do tổng đài viên trả lời trực tiếp. Các câu hỏi về y tế như xét nghiệm, cách ly, điều trị, tiêm chủng chọn Nhánh 3 để được kết nối với cán bộ trực của Trung tâm Y tế các huyện, thị xã, thành phố. Mỗi trung tâm y tế bố trí hai số điện thoại và cán bộ trực cho Nhánh 3.',
      keywords: ['tổng đài 1022', 'nhánh 3', 'nhánh 1', 'hướng dẫn gọi'],
    },
    {
      topicCode: 'HD02',
      question: 'Cần giấy xét nghiệm RT-PCR âm tính để đi làm ở tỉnh khác thì lấy mẫu ở đâu?',
      answer:
        'Người dân có thể đến Trung tâm Y tế huyện, thị xã, thành phố hoặc các bệnh viện, cơ sở y tế được cấp phép xét nghiệm SARS-CoV-2. Xét nghiệm theo nhu cầu cá nhân do người dân tự chi trả theo giá niêm yết. Khi đi nhớ mang theo giấy tờ tùy thân để ghi thông tin trên phiếu kết quả.',
      keywords: ['xét nghiệm', 'rt-pcr', 'giấy âm tính', 'đi làm tỉnh khác'],
    },
    {
      topicCode: 'HD02',
      question: 'Cả nhà tự xét nghiệm nhanh, có một người dương tính thì phải làm gì tiếp theo?',
      answer:
        'Người có kết quả dương tính cần ở riêng một phòng, đeo khẩu trang và báo ngay cho trạm y tế xã, phường, thị trấn hoặc gọi Nhánh 3 của Tổng đài 1022. Cán bộ y tế sẽ hướng dẫn việc xác nhận kết quả, theo dõi sức khỏe và xét nghiệm cho những người sống cùng. Các thành viên khác trong gia đình hạn chế ra ngoài trong thời gian chờ hướng dẫn.',
      keywords: ['xét nghiệm nhanh', 'dương tính', 'test nhanh', 'trạm y tế'],
    },
    {
      topicCode: 'HD02',
      question: 'Giấy kết quả xét nghiệm âm tính có giá trị sử dụng trong bao lâu?',
      answer:
        'Thời hạn sử dụng của kết quả xét nghiệm phụ thuộc vào phương pháp xét nghiệm và yêu cầu của nơi tiếp nhận như cơ quan, doanh nghiệp, hãng vận tải hay địa phương nơi đến. Các yêu cầu này có thể thay đổi theo tình hình dịch. Người dân nên hỏi trước nơi cần xuất trình giấy để chọn thời điểm xét nghiệm phù hợp.',
      keywords: ['xét nghiệm', 'thời hạn', 'giấy âm tính', 'giá trị'],
    },
    {
      topicCode: 'HD02',
      question: 'Đã khỏi Covid-19 sau khi điều trị tại nhà, tôi xin giấy xác nhận khỏi bệnh ở đâu?',
      answer:
        'Trạm y tế xã, phường, thị trấn hoặc Trung tâm Y tế huyện nơi quản lý người bệnh cấp giấy xác nhận khi người bệnh đủ điều kiện kết thúc điều trị theo hướng dẫn của ngành Y tế. Người dân liên hệ nơi đã theo dõi mình trong thời gian điều trị để được hướng dẫn. Có thể gọi Nhánh 3 của Tổng đài 1022 để biết đầu mối cụ thể.',
      keywords: ['khỏi bệnh', 'giấy xác nhận', 'điều trị tại nhà', 'f0'],
    },
    {
      topicCode: 'HD02',
      question: 'Tôi muốn tiêm mũi nhắc lại vắc xin Covid-19 thì đăng ký ở đâu?',
      answer:
        'Người dân đăng ký với trạm y tế hoặc UBND xã, phường nơi cư trú. Lịch tiêm, địa điểm tiêm và loại vắc xin do ngành Y tế bố trí theo từng đợt và được thông báo qua loa truyền thanh, tổ dân phố. Khi đi tiêm mang theo giấy tờ tùy thân và giấy xác nhận các mũi đã tiêm.',
      keywords: ['vắc xin', 'mũi nhắc lại', 'tiêm chủng', 'đăng ký tiêm'],
    },
    {
      topicCode: 'HD02',
      question: 'Đã tiêm đủ mũi nhưng ứng dụng PC-Covid chưa hiển thị thì phải làm sao?',
      answer:
        'Người dân liên hệ cơ sở đã tiêm hoặc trạm y tế nơi cư trú để kiểm tra và cập nhật thông tin mũi tiêm trên hệ thống quản lý tiêm chủng. Khi liên hệ cần cung cấp họ tên, ngày sinh, số định danh và giấy xác nhận tiêm. Sau khi dữ liệu được cập nhật, thông tin sẽ được đồng bộ lên ứng dụng.',
      keywords: ['pc-covid', 'chứng nhận tiêm', 'cập nhật mũi tiêm', 'vắc xin'],
    },
    {
      topicCode: 'HD01',
      question: 'Xem cấp độ dịch hiện nay của huyện, thành phố mình ở đâu?',
      answer:
        'Cấp độ dịch của từng địa phương được cơ quan có thẩm quyền đánh giá, công bố định kỳ và đăng tải trên Cổng thông tin điện tử của tỉnh, của Sở Y tế và trên báo, đài địa phương. Các biện pháp áp dụng tương ứng với từng cấp độ do UBND tỉnh và UBND cấp huyện hướng dẫn. Người dân cũng có thể gọi Tổng đài 1022 để được cung cấp thông tin.',
      keywords: ['cấp độ dịch', 'vùng xanh', 'đánh giá nguy cơ', 'thông tin chung'],
    },
    {
      topicCode: 'HD01',
      question: 'Quán ăn, quán cà phê ở thị trấn đã được bán hàng tại chỗ trở lại chưa?',
      answer:
        'Hoạt động của nhà hàng, quán ăn, quán cà phê phụ thuộc vào cấp độ dịch và quyết định của UBND cấp huyện tại từng thời điểm. Cơ sở được phép hoạt động phải bảo đảm các điều kiện phòng, chống dịch như giãn cách chỗ ngồi, khử khuẩn, ghi nhận khách ra vào. Chủ cơ sở nên liên hệ UBND xã, thị trấn để nắm quy định hiện hành.',
      keywords: ['quán ăn', 'cà phê', 'dịch vụ ăn uống', 'hoạt động trở lại'],
    },
    {
      topicCode: 'HD03',
      question: 'Tôi là lao động tự do, mất thu nhập vì dịch thì có được Nhà nước hỗ trợ không?',
      answer:
        'Lao động không có giao kết hợp đồng lao động bị mất việc làm, giảm thu nhập do dịch có thể được xem xét hỗ trợ theo chính sách hiện hành. UBND xã, phường, thị trấn nơi cư trú tiếp nhận đề nghị, rà soát và lập danh sách. Người dân liên hệ cán bộ lao động - thương binh và xã hội cấp xã để được hướng dẫn.',
      keywords: ['lao động tự do', 'mất thu nhập', 'hỗ trợ', 'an sinh xã hội'],
    },
    {
      topicCode: 'HD03',
      question: 'Hộ nghèo, hộ cận nghèo bị ảnh hưởng bởi dịch được hỗ trợ thế nào?',
      answer:
        'Hộ nghèo, hộ cận nghèo và các gia đình có hoàn cảnh khó khăn do dịch được xem xét hỗ trợ theo chính sách an sinh xã hội của Nhà nước và của tỉnh. UBND cấp xã rà soát đối tượng và niêm yết công khai danh sách. Nếu gia đình thuộc diện nhưng chưa có tên, hãy liên hệ UBND xã hoặc phản ánh qua Tổng đài 1022.',
      keywords: ['hộ nghèo', 'hộ cận nghèo', 'hỗ trợ', 'an sinh xã hội'],
    },
    {
      topicCode: 'HD04',
      question: 'Từ Hà Nội về Hải Dương có phải xét nghiệm hay cách ly không?',
      answer:
        'Yêu cầu đối với người đến Hải Dương phụ thuộc vào cấp độ dịch tại nơi đi và hướng dẫn của tỉnh tại thời điểm về. Người dân cần khai báo y tế với trạm y tế hoặc UBND xã, phường nơi đến và làm theo hướng dẫn về xét nghiệm, theo dõi sức khỏe. Để biết quy định mới nhất, hãy gọi Tổng đài 1022 trước khi khởi hành.',
      keywords: ['đi lại', 'hà nội', 'xét nghiệm', 'cách ly', 'khai báo y tế'],
    },
    {
      topicCode: 'HD04',
      question: 'Xe khách tuyến cố định từ Hải Dương đi các tỉnh đã hoạt động trở lại chưa?',
      answer:
        'Việc hoạt động trở lại của các tuyến vận tải hành khách liên tỉnh thực hiện theo thông báo của Sở Giao thông vận tải và phụ thuộc vào tình hình dịch tại các địa phương có tuyến đi qua. Hành khách đi xe phải đeo khẩu trang, khai báo y tế và tuân thủ yêu cầu phòng dịch của nhà xe. Nên liên hệ bến xe hoặc doanh nghiệp vận tải để biết lịch chạy cụ thể.',
      keywords: ['xe khách', 'vận tải hành khách', 'liên tỉnh', 'bến xe'],
    },
    {
      topicCode: 'HD04',
      question: 'Tài xế chở hàng đi qua Hải Dương, không dừng đỗ thì có cần giấy tờ gì?',
      answer:
        'Phương tiện chở hàng hóa đi qua địa bàn tỉnh thực hiện theo hướng dẫn về lưu thông hàng hóa của ngành Giao thông vận tải và của tỉnh tại từng thời điểm. Lái xe cần hạn chế dừng đỗ không cần thiết, thực hiện khai báo y tế và các biện pháp phòng dịch theo quy định. Trường hợp phát sinh vướng mắc tại chốt kiểm soát, có thể gọi Tổng đài 1022 để được hỗ trợ.',
      keywords: ['lái xe', 'vận chuyển hàng hóa', 'đi qua tỉnh', 'chốt kiểm soát'],
    },
    {
      topicCode: 'HD05',
      question: 'Tôi thấy một cơ sở thu phí xét nghiệm cao hơn giá niêm yết thì phản ánh ở đâu?',
      answer:
        'Người dân phản ánh qua Tổng đài 1022, nêu rõ tên cơ sở, địa chỉ, thời gian và số tiền đã thu. Tổng đài viên ghi nhận và chuyển đến cơ quan chức năng để kiểm tra, xử lý theo quy định. Kết quả xử lý các phản ánh, kiến nghị được các địa phương tổng hợp, báo cáo định kỳ về tỉnh.',
      keywords: ['phản ánh', 'giá xét nghiệm', 'thu phí', 'kiến nghị'],
    },
  ],
  faqSynonyms: [...COMMON_FAQ_SYNONYMS, { term: 'RT-PCR', equivalents: ['PCR', 'xét nghiệm khẳng định'] }],
};
