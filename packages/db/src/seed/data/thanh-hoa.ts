import { TOPIC_TEMPLATE } from '@tongdai/core';
import { COMMON_FAQ_SYNONYMS } from './faq-synonyms.js';
import type { SeedProvince } from './types.js';

/** Thanh Hóa: opened 07:00 01/12/2021 under Decision 3797/QĐ-UBND (plan) and 4678/QĐ-UBND (regulation). */
export const thanhHoa: SeedProvince = {
  slug: 'thanhhoa',
  name: 'Thanh Hóa',
  officialName: 'Tổng đài 1022 tỉnh Thanh Hóa',
  areaCode: '0237',
  timeZone: 'Asia/Ho_Chi_Minh',
  openedAt: '2021-12-01T07:00:00+07:00',
  channels: [
    {
      kind: 'hotline',
      label: 'Đường dây nóng – cuộc gọi nội tỉnh qua mạng cố định',
      value: '1022',
      note: 'Không tính cước phí liên lạc. Tổng đài viên trực 24 giờ/ngày, 7 ngày/tuần.',
    },
    {
      kind: 'hotline',
      label: 'Đường dây nóng – cuộc gọi liên tỉnh hoặc từ mạng thông tin di động',
      value: '02371022',
      note: 'Bấm số 02371022 (0237 1022). Không tính cước phí liên lạc.',
    },
    {
      kind: 'portal',
      label: 'Cổng thông tin điện tử Tổng đài 1022 tỉnh Thanh Hóa',
      value: 'https://1022.thanhhoa.gov.vn',
    },
    {
      kind: 'email',
      label: 'Hộp thư điện tử',
      value: '1022@thanhhoa.gov.vn',
    },
    {
      kind: 'zalo',
      label: 'Kênh Zalo Official Account',
      value: '1022 Thanh Hóa',
    },
    {
      kind: 'facebook',
      label: 'Kênh Fanpage Facebook',
      value: 'http://facebook.com/1022.thanhhoa.gov.vn',
    },
  ],
  topics: [...TOPIC_TEMPLATE],
  // The seeds publish no agency numbers: agencies get cases in writing and answer within the regulation's deadlines.
  agencies: [
    { code: 'SYT', name: 'Sở Y tế', kind: 'department', transferEnabled: true, hotlines: [] },
    {
      code: 'SLDTBXH',
      name: 'Sở Lao động - Thương binh và Xã hội',
      kind: 'department',
      transferEnabled: true,
      hotlines: [],
    },
    { code: 'SGTVT', name: 'Sở Giao thông vận tải', kind: 'department', transferEnabled: true, hotlines: [] },
    { code: 'SCT', name: 'Sở Công Thương', kind: 'department', transferEnabled: true, hotlines: [] },
    { code: 'CAT', name: 'Công an tỉnh Thanh Hóa', kind: 'other', transferEnabled: true, hotlines: [] },
    {
      code: 'CDC',
      name: 'Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa (CDC Thanh Hóa)',
      kind: 'other',
      transferEnabled: true,
      hotlines: [],
    },
    {
      code: 'STTTT',
      name: 'Sở Thông tin và Truyền thông',
      kind: 'department',
      transferEnabled: true,
      hotlines: [],
    },
  ],
  ivrBranches: [],
  faqs: [
    {
      topicCode: 'T03',
      question: 'Tôi muốn xét nghiệm Covid-19 tự nguyện thì đến đâu trên địa bàn tỉnh Thanh Hóa?',
      answer:
        'Người dân có thể xét nghiệm tự nguyện tại các bệnh viện, trung tâm y tế tuyến huyện và các cơ sở y tế được cấp phép thực hiện xét nghiệm SARS-CoV-2. Chi phí xét nghiệm tự nguyện do người yêu cầu chi trả theo giá niêm yết của cơ sở. Nên liên hệ trước với cơ sở để biết giờ lấy mẫu và thời gian trả kết quả.',
      keywords: ['xét nghiệm', 'tự nguyện', 'rt-pcr', 'cơ sở y tế', 'chi phí'],
    },
    {
      topicCode: 'T03',
      question: 'Tự test nhanh tại nhà thấy hai vạch thì tôi phải làm gì?',
      answer:
        'Người có kết quả xét nghiệm nhanh kháng nguyên dương tính cần tự cách ly tại nhà, hạn chế tiếp xúc với người trong gia đình và báo ngay cho trạm y tế xã, phường, thị trấn nơi đang ở. Trạm y tế sẽ hướng dẫn việc xác nhận kết quả, theo dõi sức khỏe và quản lý điều trị theo quy định. Không tự ý đến cơ sở y tế đông người khi chưa được hướng dẫn.',
      keywords: ['test nhanh', 'xét nghiệm', 'dương tính', 'hai vạch', 'trạm y tế'],
    },
    {
      topicCode: 'T03',
      question: 'Người mắc Covid-19 (F0) cần điều kiện gì để được điều trị tại nhà?',
      answer:
        'F0 được xem xét điều trị tại nhà khi không có triệu chứng hoặc có triệu chứng nhẹ, chỉ số SpO2 từ 96% trở lên, có khả năng tự chăm sóc và có người hỗ trợ khi cần. Gia đình phải bố trí được phòng riêng để cách ly. Trạm y tế xã, phường và tổ Covid cộng đồng đánh giá cụ thể từng trường hợp và theo dõi trong suốt thời gian điều trị.',
      keywords: ['f0', 'điều trị tại nhà', 'spo2', 'cách ly tại nhà'],
    },
    {
      topicCode: 'T03',
      question: 'F0 đang điều trị tại nhà có những dấu hiệu nào thì phải báo ngay cho nhân viên y tế?',
      answer:
        'Cần báo ngay khi có một trong các dấu hiệu: khó thở, thở nhanh, SpO2 dưới 96%, đau tức ngực kéo dài, lơ mơ, tím tái hoặc sốt cao không hạ. Khi đó người bệnh hoặc người nhà liên hệ ngay với trạm y tế, tổ Covid cộng đồng hoặc gọi cấp cứu 115 để được chuyển viện kịp thời.',
      keywords: ['f0', 'dấu hiệu nguy hiểm', 'khó thở', 'cấp cứu', '115'],
    },
    {
      topicCode: 'T02',
      question: 'Tôi là F1, tiếp xúc gần với người bệnh thì phải cách ly và xét nghiệm như thế nào?',
      answer:
        'Người tiếp xúc gần cần khai báo ngay với trạm y tế xã, phường nơi cư trú và thực hiện cách ly, xét nghiệm theo hướng dẫn hiện hành của ngành Y tế. Thời gian cách ly và lịch lấy mẫu xét nghiệm có thể thay đổi theo từng thời điểm, vì vậy trạm y tế sẽ thông báo cụ thể cho từng trường hợp. Trong thời gian cách ly cần tự theo dõi sức khỏe và báo ngay khi có triệu chứng.',
      keywords: ['f1', 'cách ly', 'xét nghiệm', 'tiếp xúc gần'],
    },
    {
      topicCode: 'T02',
      question: 'Khỏi bệnh sau khi điều trị tại nhà thì xin giấy xác nhận hoàn thành cách ly ở đâu?',
      answer:
        'Khi người bệnh đủ điều kiện kết thúc điều trị, cách ly tại nhà theo hướng dẫn của ngành Y tế, trạm y tế xã, phường hoặc trung tâm y tế huyện nơi quản lý người bệnh sẽ cấp giấy xác nhận. Người dân liên hệ trực tiếp trạm y tế nơi đã khai báo để được hướng dẫn thủ tục. Giấy xác nhận này được dùng khi quay lại nơi làm việc hoặc hoàn tất các thủ tục liên quan.',
      keywords: ['giấy xác nhận', 'khỏi bệnh', 'hoàn thành cách ly', 'f0'],
    },
    {
      topicCode: 'T09',
      question: 'Con tôi làm việc ở tỉnh khác về quê ăn Tết thì cần khai báo và xét nghiệm gì?',
      answer:
        'Người từ tỉnh, thành phố khác về Thanh Hóa cần khai báo y tế với trạm y tế hoặc UBND xã, phường nơi đến ngay khi về địa phương. Việc có phải xét nghiệm hay không phụ thuộc vào cấp độ dịch tại nơi đi và hướng dẫn của tỉnh tại thời điểm về. Trong thời gian ở quê cần thực hiện nghiêm các biện pháp phòng dịch và tự theo dõi sức khỏe.',
      keywords: ['về quê ăn tết', 'khai báo y tế', 'xét nghiệm', 'người từ tỉnh khác'],
    },
    {
      topicCode: 'T09',
      question: 'Người đi về từ vùng có dịch khai báo y tế bằng cách nào?',
      answer:
        'Người dân có thể khai báo y tế trên ứng dụng PC-Covid hoặc khai báo trực tiếp với trạm y tế, UBND xã, phường nơi đến. Khi khai báo cần ghi rõ nơi đi, thời gian đến và tình trạng sức khỏe. Việc khai báo trung thực giúp chính quyền địa phương hướng dẫn các biện pháp phòng dịch phù hợp.',
      keywords: ['khai báo y tế', 'pc-covid', 'vùng dịch', 'người đến'],
    },
    {
      topicCode: 'T01',
      question: 'Gia đình tôi có được tổ chức đám cưới trong thời gian này không?',
      answer:
        'Việc tổ chức đám cưới, tiệc và các sự kiện tập trung đông người thực hiện theo cấp độ dịch của từng địa phương do UBND cấp huyện công bố. Quy mô số người tham dự và các điều kiện kèm theo có thể khác nhau giữa các xã, phường. Gia đình nên liên hệ UBND xã, phường trước khi tổ chức để được hướng dẫn cụ thể.',
      keywords: ['đám cưới', 'tụ tập đông người', 'cấp độ dịch', 'sự kiện'],
    },
    {
      topicCode: 'T04',
      question: 'Tôi bị mất việc ở khu công nghiệp phía Nam, về quê Thanh Hóa thì có được hỗ trợ không?',
      answer:
        'Người lao động bị chấm dứt hợp đồng lao động có thể đề nghị hưởng bảo hiểm thất nghiệp tại Trung tâm Dịch vụ việc làm nếu đủ điều kiện. Các chính sách hỗ trợ người lao động gặp khó khăn do đại dịch được thực hiện theo quy định của Chính phủ và của tỉnh. Người dân liên hệ UBND xã, phường nơi cư trú hoặc Sở Lao động - Thương binh và Xã hội để được hướng dẫn hồ sơ.',
      keywords: ['mất việc', 'bảo hiểm thất nghiệp', 'người lao động', 'hỗ trợ'],
    },
    {
      topicCode: 'T04',
      question: 'Hộ nghèo có người phải cách ly y tế thì được hỗ trợ những gì?',
      answer:
        'Hộ nghèo, hộ cận nghèo và các đối tượng bảo trợ xã hội bị ảnh hưởng bởi dịch Covid-19 được xem xét hỗ trợ theo các chính sách an sinh xã hội hiện hành. Danh sách đối tượng do UBND xã, phường rà soát, lập và đề nghị cấp trên phê duyệt. Gia đình liên hệ cán bộ chính sách xã hội tại UBND xã để được hướng dẫn.',
      keywords: ['hộ nghèo', 'cận nghèo', 'an sinh xã hội', 'cách ly', 'hỗ trợ'],
    },
    {
      topicCode: 'T05',
      question: 'Gia đình F0 đang cách ly thiếu lương thực, thực phẩm thì nhờ ai hỗ trợ?',
      answer:
        'Gia đình có thể báo cho tổ Covid cộng đồng, UBND xã, phường hoặc Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã để được xem xét hỗ trợ. Người dân cũng có thể gọi Tổng đài 1022, tổng đài viên sẽ ghi nhận và chuyển thông tin đến địa phương. Các tổ chức, cá nhân muốn ủng hộ, giúp đỡ nên liên hệ Mặt trận Tổ quốc để việc hỗ trợ đến đúng người, đúng nơi.',
      keywords: ['lương thực', 'thực phẩm', 'từ thiện', 'mặt trận tổ quốc', 'f0'],
    },
    {
      topicCode: 'T06',
      question:
        'Phát hiện nơi bán bộ kit xét nghiệm nhanh không rõ nguồn gốc, giá cao bất thường thì báo ở đâu?',
      answer:
        'Người dân phản ánh qua Tổng đài 1022 hoặc báo trực tiếp cho lực lượng quản lý thị trường, Sở Công Thương hoặc Sở Y tế. Khi phản ánh nên cung cấp địa chỉ điểm bán, tên sản phẩm và mức giá. Chỉ nên mua và sử dụng sinh phẩm xét nghiệm đã được cơ quan có thẩm quyền cấp phép lưu hành.',
      keywords: ['kit xét nghiệm', 'test nhanh', 'giá cả', 'quản lý thị trường'],
    },
    {
      topicCode: 'T08',
      question: 'Tôi nghi ngờ một người trong xóm bị nhiễm Covid-19 nhưng không khai báo thì báo ở đâu?',
      answer:
        'Người dân thông báo cho trạm y tế, UBND xã, phường hoặc gọi Tổng đài 1022 để cơ quan chức năng kiểm tra, xác minh. Thông tin về người phản ánh được giữ bí mật. Đề nghị không đăng tải thông tin cá nhân của người bị nghi nhiễm lên mạng xã hội.',
      keywords: ['nghi nhiễm', 'phản ánh', 'khai báo', 'bảo mật'],
    },
    {
      topicCode: 'T10',
      question: 'Tôi có thể gửi câu hỏi đến Tổng đài 1022 Thanh Hóa qua những kênh nào?',
      answer:
        'Gọi 1022 đối với cuộc gọi nội tỉnh qua mạng cố định, hoặc 02371022 khi gọi liên tỉnh hay từ điện thoại di động; các cuộc gọi không tính cước. Ngoài ra có thể gửi qua Cổng thông tin điện tử https://1022.thanhhoa.gov.vn, hộp thư 1022@thanhhoa.gov.vn, Zalo "1022 Thanh Hóa" hoặc Fanpage Facebook của Tổng đài.',
      keywords: ['tổng đài 1022', 'kênh tiếp nhận', 'zalo', 'facebook', 'miễn phí'],
    },
    {
      topicCode: 'T03',
      state: 'internal',
      sourceAgencyCode: 'CDC',
      question: 'Người dân hỏi kết quả xét nghiệm đã quá 48 giờ chưa có thì tổng đài viên xử lý thế nào?',
      answer:
        'Ghi nhận **họ tên, nơi lấy mẫu, ngày lấy mẫu** và mã mẫu (nếu có), rồi chuyển văn bản cho CDC Thanh Hóa với hạn trả lời theo quy chế. Không hứa thời điểm có kết quả; hẹn người dân sẽ được thông báo qua kênh họ đã liên hệ.',
      keywords: ['kết quả xét nghiệm', 'chậm trả kết quả', 'nội bộ'],
    },
  ],
  faqSynonyms: [...COMMON_FAQ_SYNONYMS, { term: '1022', equivalents: ['tổng đài', 'đường dây nóng'] }],
};
