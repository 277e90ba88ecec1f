/** The agency side (issue 6): agency portal, extensions, publishing, duplicates, citizens' feedback. */
export const agencyVi = {
  'agency.event.extensionRequested': 'Cơ quan xin gia hạn tới {due}',
  'agency.event.extensionApproved': 'Giám sát đồng ý gia hạn tới {due}',
  'agency.event.extensionRefused': 'Giám sát không đồng ý gia hạn',
  'agency.event.returned': '{agency} trả hồ sơ về tổng đài (không đúng thẩm quyền)',
  'agency.event.publishedQa': 'Công bố câu trả lời trên trang hỏi đáp',
  'agency.event.publishedFaq': 'Đưa câu trả lời vào câu hỏi thường gặp',
  'agency.event.publishedBoth': 'Công bố câu trả lời và đưa vào câu hỏi thường gặp',
  'agency.event.feedback': 'Người dân đánh giá {rating}/5',
  'agency.event.feedbackReopen': 'Người dân đánh giá {rating}/5 và đề nghị xử lý lại',
} as const;
