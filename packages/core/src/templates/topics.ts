/**
 * The default taxonomy a new province starts from: Thanh Hóa's ten topics (its 2021 plan, Decision 3797),
 * which the province then edits and reorders.
 */
export const TOPIC_TEMPLATE: readonly { code: string; name: string }[] = [
  { code: 'T01', name: 'Quy định, hướng dẫn phòng, chống dịch' },
  { code: 'T02', name: 'Dịch tễ, cách ly y tế' },
  { code: 'T03', name: 'Tư vấn, hỗ trợ y tế (cấp cứu, sức khỏe, chữa bệnh, xét nghiệm)' },
  { code: 'T04', name: 'Chính sách an sinh xã hội' },
  { code: 'T05', name: 'Hỗ trợ nhân đạo, từ thiện' },
  { code: 'T06', name: 'Giao thông, vận tải, lưu thông hàng hóa, thương mại' },
  { code: 'T07', name: 'An ninh trật tự' },
  { code: 'T08', name: 'Thông tin nghi nhiễm Covid-19' },
  { code: 'T09', name: 'Người đi, đến từ vùng dịch' },
  { code: 'T10', name: 'Nội dung khác theo chỉ đạo của Chủ tịch UBND tỉnh' },
];
