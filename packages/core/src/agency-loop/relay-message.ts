/**
 * Messages to the citizen, in the polite administrative register ("Ông/Bà"). Plain text: each channel
 * adapter (e-mail now; Zalo, Facebook, a call-back script later) formats it for its medium.
 */
export interface RelayMessage {
  subject: string;
  text: string;
}

export interface AnswerMessageInput {
  serviceName: string;
  code: string;
  /** The answer as plain text. */
  answer: string;
  /** Signed link where the citizen rates the answer and may ask to reopen. */
  feedbackUrl: string | null;
  feedbackWindowDays: number;
}

export function answerMessage(input: AnswerMessageInput): RelayMessage {
  const lines = [
    'Kính gửi Ông/Bà,',
    '',
    `${input.serviceName} xin trả lời yêu cầu mã ${input.code} của Ông/Bà như sau:`,
    '',
    input.answer.trim(),
    '',
  ];
  if (input.feedbackUrl) {
    lines.push(
      `Ông/Bà vui lòng đánh giá câu trả lời tại đường dẫn dưới đây. Nếu chưa hài lòng, Ông/Bà có thể đề nghị xử lý lại trong ${input.feedbackWindowDays} ngày kể từ khi yêu cầu được đóng:`,
      input.feedbackUrl,
      '',
    );
  }
  lines.push('Trân trọng,', input.serviceName);
  return { subject: `Trả lời yêu cầu ${input.code} – ${input.serviceName}`, text: lines.join('\n') };
}

export interface MergeNoticeInput {
  serviceName: string;
  duplicateCode: string;
  originalCode: string;
}

/** The merged case's citizen learns which code their request now follows. */
export function mergeNoticeMessage(input: MergeNoticeInput): RelayMessage {
  return {
    subject: `Yêu cầu ${input.duplicateCode} được xử lý chung với yêu cầu ${input.originalCode}`,
    text: [
      'Kính gửi Ông/Bà,',
      '',
      `Yêu cầu mã ${input.duplicateCode} của Ông/Bà có cùng nội dung với yêu cầu mã ${input.originalCode} đã được tiếp nhận trước đó.`,
      `${input.serviceName} sẽ xử lý và trả lời chung tại yêu cầu mã ${input.originalCode}; Ông/Bà có thể tra cứu tình trạng xử lý bằng mã này.`,
      '',
      'Trân trọng,',
      input.serviceName,
    ].join('\n'),
  };
}
