import type { attachmentsVi } from '../vi/attachments.js';

export const attachmentsEn: Record<keyof typeof attachmentsVi, string> = {
  'attachments.title': 'Attachments',
  'attachments.empty': 'No attachments yet.',
  'attachments.count': '{count}/{max} files',
  'attachments.name': 'File name',
  'attachments.size': 'Size',
  'attachments.time': 'Time',
  'attachments.by': 'Uploaded by',
  'attachments.source.operator': '1022',
  'attachments.source.agency': 'Agency',
  'attachments.source.citizen': 'Citizen',
  'attachments.download': 'Download {name}',
  'attachments.file': 'Choose a file',
  'attachments.hint':
    'Up to 10 MB per file, 10 files per case. Accepted: PDF, images (JPEG, PNG, WebP, HEIC), Word .docx, Excel .xlsx, plain text .txt, recordings (MP3, M4A, WAV).',
  'attachments.submit': 'Attach',
  'attachments.uploading': 'Uploading…',
  'attachments.full': 'This case already has {max} attachments.',
  'attachments.tooLarge': 'The file is too large (10 MB at most).',
  'attachments.missing': 'Please choose a file.',
  'attachments.done': 'File {name} attached.',
  'attachments.loadError': 'Could not load the attachments: {message}',
  'attachments.event.added': 'Attached {name} ({size})',
  'audit.a.attachment.read': 'Attachment downloaded',
};
