/** The daily digest letters to agencies: history and the printable letter. */
export const digestVi = {
  'nav.digests': 'Công văn',
  'audit.a.digest.issued': 'Lập công văn tổng hợp gửi cơ quan',
  'audit.a.digests.run': 'Lập công văn theo yêu cầu',

  'digest.listTitle': 'Công văn tổng hợp gửi cơ quan',
  'digest.listIntro':
    'Mỗi ngày, cơ quan còn yêu cầu chưa trả lời nhận một công văn đánh số liệt kê các yêu cầu đó, gửi qua email kèm tệp PDF.',
  'digest.filters': 'Lọc công văn',
  'digest.agency': 'Cơ quan, đơn vị',
  'digest.anyAgency': '— Tất cả cơ quan —',
  'digest.from': 'Từ ngày',
  'digest.to': 'Đến ngày',
  'digest.filter': 'Lọc',
  'digest.reset': 'Bỏ lọc',
  'digest.empty': 'Chưa có công văn nào.',
  'digest.count': '{count} công văn',
  'digest.number': 'Số',
  'digest.date': 'Ngày',
  'digest.recipient': 'Nơi nhận',
  'digest.cases': 'Số yêu cầu',
  'digest.sent': 'Gửi email',
  'digest.sentTo': 'Đã gửi {email} lúc {time}',
  'digest.notSent': 'Chưa gửi email',
  'digest.open': 'Xem công văn số {number}',
  'digest.runTitle': 'Lập công văn ngay',
  'digest.runIntro':
    'Công văn được lập tự động lúc {time} hằng ngày. Có thể lập ngay bây giờ; chạy lại trong ngày không tạo thêm công văn.',
  'digest.runDate': 'Ngày lập (để trống: hôm nay)',
  'digest.run': 'Lập và gửi công văn',
  'digest.ran':
    'Đã lập {created} công văn mới, gửi {sent} email. {unsent} công văn chưa gửi được vì cơ quan chưa có email.',

  'digest.letterTitle': 'Công văn {number}',
  'digest.print': 'In công văn',
  'digest.pdf': 'Tải tệp PDF',
  'digest.back': 'Về danh sách công văn',
  'digest.overdue': 'Quá hạn',
  'digest.generated': 'Văn bản này được lập tự động từ hệ thống.',
} as const;
