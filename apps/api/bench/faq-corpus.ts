/**
 * A reproducible corpus of Vietnamese FAQ entries for the search benchmark: per topic, question and
 * answer templates over the vocabulary of the seed documents (places, agencies, services, periods),
 * filled by a seeded PRNG. Entries share words with the seed entries (xét nghiệm, cách ly, hỗ trợ …)
 * so ranking has real competition, without copying any seed question.
 */
export interface CorpusEntry {
  topicCode: string;
  question: string;
  answer: string;
  keywords: string[];
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'huyện Thọ Xuân',
  'huyện Tĩnh Gia',
  'thị xã Bỉm Sơn',
  'thành phố Sầm Sơn',
  'huyện Ngọc Lặc',
  'huyện Như Xuân',
  'huyện Quảng Xương',
  'huyện Hoằng Hóa',
  'huyện Hậu Lộc',
  'huyện Nga Sơn',
  'huyện Yên Định',
  'huyện Vĩnh Lộc',
  'huyện Thạch Thành',
  'huyện Cẩm Thủy',
  'huyện Lang Chánh',
  'huyện Bá Thước',
  'huyện Quan Hóa',
  'huyện Mường Lát',
  'huyện Nông Cống',
  'huyện Đông Sơn',
  'huyện Triệu Sơn',
  'huyện Thiệu Hóa',
  'phường Điện Biên',
  'phường Ba Đình',
  'xã Quảng Tâm',
  'xã Hoằng Quang',
  'thị trấn Lam Sơn',
  'khu công nghiệp Lễ Môn',
  'khu kinh tế Nghi Sơn',
];
const FACILITIES = [
  'Bệnh viện Đa khoa tỉnh',
  'Bệnh viện Nhi',
  'Bệnh viện Phụ sản',
  'Trung tâm Y tế huyện',
  'trạm y tế xã',
  'phòng khám đa khoa tư nhân',
  'Bệnh viện Hợp Lực',
  'Bệnh viện Đa khoa khu vực Ngọc Lặc',
  'Bệnh viện Phổi',
];
const GROUPS = [
  'người cao tuổi',
  'trẻ em từ 12 đến 17 tuổi',
  'phụ nữ mang thai',
  'người có bệnh nền',
  'công nhân',
  'học sinh',
  'sinh viên',
  'tiểu thương',
  'tài xế xe tải',
  'người lao động tự do',
  'giáo viên',
  'người khuyết tật',
];
const PERIODS = [
  'dịp Tết Nguyên đán',
  'kỳ nghỉ lễ 30/4',
  'thời gian giãn cách',
  'khi địa phương ở cấp độ 3',
  'tháng này',
  'mùa cưới cuối năm',
  'đợt dịch hiện nay',
  'tuần tới',
  'khi có ca mắc mới trong cộng đồng',
];
const AGENCIES = [
  'Sở Y tế',
  'CDC tỉnh',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Giao thông vận tải',
  'Sở Công Thương',
  'Công an tỉnh',
  'UBND cấp huyện',
  'UBND xã, phường',
  'Bảo hiểm xã hội tỉnh',
  'Sở Giáo dục và Đào tạo',
];
const TESTS = [
  'RT-PCR',
  'xét nghiệm nhanh kháng nguyên',
  'PCR mẫu gộp',
  'xét nghiệm kháng thể',
  'test nhanh',
];
const DOCS = [
  'giấy đi đường',
  'giấy xác nhận tiêm chủng',
  'giấy khám sức khỏe',
  'sổ hộ nghèo',
  'giấy xác nhận cư trú',
  'hợp đồng lao động',
  'giấy phép lái xe',
  'thẻ bảo hiểm y tế',
  'căn cước công dân',
];
const GOODS = [
  'gạo',
  'thịt lợn',
  'rau xanh',
  'trứng gà',
  'khẩu trang',
  'nước sát khuẩn',
  'máy đo SpO2',
  'thuốc hạ sốt',
  'xăng dầu',
  'sữa cho trẻ em',
];
const EVENTS = [
  'đám cưới',
  'đám giỗ',
  'lễ hội làng',
  'hội nghị',
  'tiệc sinh nhật',
  'họp lớp',
  'giải bóng đá',
  'chợ phiên',
  'khai trương cửa hàng',
  'lễ mừng thọ',
];
const VEHICLES = [
  'xe khách',
  'xe buýt',
  'taxi',
  'xe ôm công nghệ',
  'tàu hỏa',
  'xe tải chở nông sản',
  'xe container',
  'đò ngang',
];
const SUPPORTS = [
  'tiền ăn',
  'trợ cấp một lần',
  'gói hỗ trợ tiền thuê nhà',
  'học bổng',
  'vay vốn ưu đãi',
  'quà Tết',
  'miễn giảm học phí',
  'hỗ trợ tiền điện',
];

type Pick = <T>(items: readonly T[]) => T;

/** Question and answer templates per topic of Thanh Hóa's ten-topic taxonomy. */
const TEMPLATES: Record<string, ((p: Pick, n: () => number) => CorpusEntry)[]> = {
  T01: [
    (p) => {
      const [e, pl, pe] = [p(EVENTS), p(PLACES), p(PERIODS)];
      return {
        topicCode: 'T01',
        question: `Gia đình ở ${pl} có được tổ chức ${e} ${pe} không?`,
        answer: `Việc tổ chức ${e} tại ${pl} thực hiện theo cấp độ dịch do UBND cấp huyện công bố. Số người tham dự và điều kiện kèm theo có thể thay đổi ${pe}; gia đình liên hệ UBND xã, phường trước khi tổ chức.`,
        keywords: [e, 'cấp độ dịch', pl],
      };
    },
    (p) => {
      const [pl, g] = [p(PLACES), p(GROUPS)];
      return {
        topicCode: 'T01',
        question: `Quy định đeo khẩu trang nơi công cộng ở ${pl} áp dụng với ${g} thế nào?`,
        answer: `Tại ${pl}, ${g} thực hiện đeo khẩu trang nơi công cộng theo hướng dẫn phòng, chống dịch hiện hành. Trường hợp vi phạm có thể bị nhắc nhở hoặc xử phạt theo quy định.`,
        keywords: ['khẩu trang', 'quy định', g],
      };
    },
    (p) => {
      const [pl, pe] = [p(PLACES), p(PERIODS)];
      return {
        topicCode: 'T01',
        question: `Nhà hàng, quán ăn ở ${pl} có được phục vụ tại chỗ ${pe} không?`,
        answer: `Cơ sở kinh doanh ăn uống tại ${pl} hoạt động theo cấp độ dịch của địa phương. Chủ cơ sở cần bảo đảm khoảng cách, thông gió và danh sách nhân viên đã tiêm vắc xin.`,
        keywords: ['nhà hàng', 'kinh doanh', pl],
      };
    },
  ],
  T02: [
    (p, n) => {
      const [pl, d] = [p(PLACES), 5 + Math.floor(n() * 10)];
      return {
        topicCode: 'T02',
        question: `Người về từ ${pl} có phải cách ly ${d} ngày tại nhà không?`,
        answer: `Người về từ ${pl} khai báo với trạm y tế nơi đến. Việc cách ly y tế tại nhà và thời gian theo dõi sức khỏe phụ thuộc cấp độ dịch ở nơi đi; trạm y tế sẽ hướng dẫn cụ thể.`,
        keywords: ['cách ly', 'khai báo', pl],
      };
    },
    (p) => {
      const [f, g] = [p(FACILITIES), p(GROUPS)];
      return {
        topicCode: 'T02',
        question: `Khu cách ly tập trung tại ${f} có nhận ${g} không?`,
        answer: `Việc bố trí cách ly tập trung cho ${g} do ban chỉ đạo phòng, chống dịch quyết định theo từng trường hợp. Người dân liên hệ trạm y tế để được hướng dẫn.`,
        keywords: ['cách ly tập trung', g],
      };
    },
    (p) => {
      const pl = p(PLACES);
      return {
        topicCode: 'T02',
        question: `Khu phong tỏa ở ${pl} khi nào được dỡ bỏ?`,
        answer: `Việc dỡ bỏ phong tỏa tại ${pl} do UBND cấp huyện quyết định khi đủ điều kiện về dịch tễ. Thông tin được công bố trên cổng thông tin của địa phương.`,
        keywords: ['phong tỏa', pl],
      };
    },
  ],
  T03: [
    (p) => {
      const [t, f, pl] = [p(TESTS), p(FACILITIES), p(PLACES)];
      return {
        topicCode: 'T03',
        question: `Làm ${t} tại ${f} ${pl} mất bao lâu thì có kết quả?`,
        answer: `Thời gian trả kết quả ${t} tại ${f} tùy số lượng mẫu trong ngày. Người dân nên gọi trước cho cơ sở để biết giờ lấy mẫu; chi phí theo giá niêm yết.`,
        keywords: [t, 'kết quả', f],
      };
    },
    (p) => {
      const [g, pl] = [p(GROUPS), p(PLACES)];
      return {
        topicCode: 'T03',
        question: `Lịch tiêm vắc xin cho ${g} tại ${pl} như thế nào?`,
        answer: `Lịch tiêm cho ${g} tại ${pl} do trung tâm y tế huyện thông báo qua UBND xã và tổ dân phố. Khi đi tiêm mang theo căn cước công dân và sổ tiêm chủng nếu có.`,
        keywords: ['tiêm chủng', 'vắc xin', g],
      };
    },
    (p) => {
      const [f, g] = [p(FACILITIES), p(GROUPS)];
      return {
        topicCode: 'T03',
        question: `${g[0]!.toUpperCase()}${g.slice(1)} bị sốt cao có được khám tại ${f} vào ban đêm không?`,
        answer: `${f} có bộ phận cấp cứu 24/7. Trường hợp khẩn cấp gọi 115. Khi đến khám cần khai báo y tế và đeo khẩu trang.`,
        keywords: ['cấp cứu', 'khám bệnh', f],
      };
    },
    (p) => {
      const [t, pl] = [p(TESTS), p(PLACES)];
      return {
        topicCode: 'T03',
        question: `Giá ${t} ở các cơ sở tại ${pl} hiện nay là bao nhiêu?`,
        answer: `Giá ${t} do từng cơ sở niêm yết theo quy định của Bộ Y tế. Người dân có thể phản ánh qua Tổng đài 1022 nếu cơ sở thu cao hơn giá niêm yết.`,
        keywords: [t, 'giá', 'chi phí'],
      };
    },
  ],
  T04: [
    (p) => {
      const [g, s, pl] = [p(GROUPS), p(SUPPORTS), p(PLACES)];
      return {
        topicCode: 'T04',
        question: `${g[0]!.toUpperCase()}${g.slice(1)} ở ${pl} có được nhận ${s} không?`,
        answer: `${s[0]!.toUpperCase()}${s.slice(1)} cho ${g} được xét theo chính sách an sinh xã hội hiện hành. Hồ sơ nộp tại UBND xã, phường nơi cư trú; Phòng Lao động - Thương binh và Xã hội cấp huyện thẩm định.`,
        keywords: [s, 'an sinh xã hội', g],
      };
    },
    (p) => {
      const [d, pl] = [p(DOCS), p(PLACES)];
      return {
        topicCode: 'T04',
        question: `Thủ tục làm ${d} để nhận trợ cấp ở ${pl} gồm những gì?`,
        answer: `Người dân chuẩn bị ${d} và tờ khai theo mẫu, nộp tại bộ phận một cửa UBND xã, phường. Thời gian giải quyết theo quy định của thủ tục hành chính.`,
        keywords: [d, 'thủ tục', 'trợ cấp'],
      };
    },
  ],
  T05: [
    (p) => {
      const [gd, pl] = [p(GOODS), p(PLACES)];
      return {
        topicCode: 'T05',
        question: `Muốn ủng hộ ${gd} cho khu cách ly ở ${pl} thì liên hệ ai?`,
        answer: `Tổ chức, cá nhân ủng hộ liên hệ Ủy ban Mặt trận Tổ quốc cấp huyện hoặc cấp xã để được hướng dẫn tiếp nhận và phân phối ${gd} đúng nơi, đúng người.`,
        keywords: ['ủng hộ', 'từ thiện', gd],
      };
    },
    (p) => {
      const [g, pl] = [p(GROUPS), p(PLACES)];
      return {
        topicCode: 'T05',
        question: `${g[0]!.toUpperCase()}${g.slice(1)} neo đơn ở ${pl} cần giúp đỡ lương thực thì báo đâu?`,
        answer: `Báo cho tổ dân phố, UBND xã hoặc gọi Tổng đài 1022 để được ghi nhận; địa phương và Mặt trận Tổ quốc sẽ phối hợp hỗ trợ kịp thời.`,
        keywords: ['lương thực', 'hỗ trợ', g],
      };
    },
  ],
  T06: [
    (p) => {
      const [v, pl, pe] = [p(VEHICLES), p(PLACES), p(PERIODS)];
      return {
        topicCode: 'T06',
        question: `${v[0]!.toUpperCase()}${v.slice(1)} từ ${pl} có được chạy ${pe} không?`,
        answer: `Hoạt động vận tải bằng ${v} thực hiện theo hướng dẫn của Sở Giao thông vận tải, phù hợp cấp độ dịch. Doanh nghiệp vận tải thông báo lịch chạy cho hành khách.`,
        keywords: [v, 'vận tải', pl],
      };
    },
    (p) => {
      const [gd, pl] = [p(GOODS), p(PLACES)];
      return {
        topicCode: 'T06',
        question: `Giá ${gd} ở chợ ${pl} tăng bất thường thì phản ánh ở đâu?`,
        answer: `Người dân phản ánh cho lực lượng quản lý thị trường, Sở Công Thương hoặc qua Tổng đài 1022, kèm địa chỉ điểm bán và mức giá.`,
        keywords: ['giá cả', gd, 'quản lý thị trường'],
      };
    },
    (p) => {
      const [d, v] = [p(DOCS), p(VEHICLES)];
      return {
        topicCode: 'T06',
        question: `Lái ${v} chở hàng qua chốt kiểm soát cần mang ${d} không?`,
        answer: `Người điều khiển phương tiện xuất trình giấy tờ theo yêu cầu của lực lượng làm nhiệm vụ tại chốt; danh mục giấy tờ được công bố theo từng thời điểm.`,
        keywords: ['chốt kiểm soát', v, d],
      };
    },
  ],
  T07: [
    (p) => {
      const pl = p(PLACES);
      return {
        topicCode: 'T07',
        question: `Phát hiện nhóm người tụ tập đánh bạc ở ${pl} thì báo cho ai?`,
        answer: `Người dân báo ngay cho Công an xã, phường hoặc gọi 113. Thông tin người báo được giữ bí mật.`,
        keywords: ['an ninh trật tự', 'tố giác', pl],
      };
    },
    (p) => {
      const [pl, d] = [p(PLACES), p(DOCS)];
      return {
        topicCode: 'T07',
        question: `Bị lừa đảo qua điện thoại mạo danh cán bộ ${pl} yêu cầu gửi ${d} thì làm gì?`,
        answer: `Không cung cấp ${d} hay mã OTP qua điện thoại; báo ngay cho công an nơi cư trú và ngân hàng nếu đã chuyển tiền.`,
        keywords: ['lừa đảo', 'mạo danh', d],
      };
    },
  ],
  T08: [
    (p) => {
      const [pl, f] = [p(PLACES), p(FACILITIES)];
      return {
        topicCode: 'T08',
        question: `Có ca nghi nhiễm ở khu trọ gần ${pl}, tôi có cần đến ${f} kiểm tra không?`,
        answer: `Người có tiếp xúc theo dõi sức khỏe và báo trạm y tế; chỉ đến ${f} khi có triệu chứng hoặc được hướng dẫn, tránh tập trung đông người.`,
        keywords: ['nghi nhiễm', 'theo dõi sức khỏe', f],
      };
    },
  ],
  T09: [
    (p) => {
      const [pl, v, pe] = [p(PLACES), p(VEHICLES), p(PERIODS)];
      return {
        topicCode: 'T09',
        question: `Đi ${v} từ Hà Nội về ${pl} ${pe} cần chuẩn bị giấy tờ gì?`,
        answer: `Người từ Hà Nội về ${pl} khai báo y tế điện tử và thực hiện biện pháp phòng dịch theo hướng dẫn tại thời điểm về. Giữ liên lạc với trạm y tế nơi đến.`,
        keywords: ['người từ tỉnh khác', 'khai báo y tế', v],
      };
    },
    (p) => {
      const [g, pl] = [p(GROUPS), p(PLACES)];
      return {
        topicCode: 'T09',
        question: `${g[0]!.toUpperCase()}${g.slice(1)} từ vùng dịch phía Nam về ${pl} được hỗ trợ đưa đón không?`,
        answer: `Việc đưa đón công dân từ vùng dịch về địa phương do tỉnh tổ chức theo từng đợt; đăng ký qua UBND xã nơi cư trú.`,
        keywords: ['vùng dịch', 'đưa đón', g],
      };
    },
  ],
  T10: [
    (p) => {
      const [a, pl] = [p(AGENCIES), p(PLACES)];
      return {
        topicCode: 'T10',
        question: `Góp ý về thái độ phục vụ của cán bộ ${a} tại ${pl} gửi ở đâu?`,
        answer: `Người dân gửi góp ý qua Tổng đài 1022, hộp thư điện tử hoặc trực tiếp tại bộ phận tiếp công dân của ${a}. Ý kiến được chuyển đến cơ quan có thẩm quyền.`,
        keywords: ['góp ý', a],
      };
    },
    (p) => {
      const a = p(AGENCIES);
      return {
        topicCode: 'T10',
        question: `Số điện thoại đường dây nóng của ${a} là gì?`,
        answer: `Số đường dây nóng của ${a} được công bố trên cổng thông tin điện tử của tỉnh; tổng đài viên 1022 có thể chuyển cuộc gọi khi cần.`,
        keywords: ['đường dây nóng', a],
      };
    },
  ],
};

/** `count` distinct entries, spread over the topics; same seed, same corpus. */
export function generateCorpus(count: number, seed = 1022): CorpusEntry[] {
  const random = prng(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const templates = Object.values(TEMPLATES).flat();
  const seen = new Set<string>();
  const out: CorpusEntry[] = [];
  for (let attempt = 0; out.length < count && attempt < count * 20; attempt += 1) {
    const entry = pick(templates)(pick, random);
    if (seen.has(entry.question)) continue;
    seen.add(entry.question);
    out.push(entry);
  }
  return out;
}
