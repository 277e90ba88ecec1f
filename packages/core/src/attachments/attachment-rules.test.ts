import { describe, expect, it } from 'vitest';
import {
  attachmentKindOf,
  caseAttachmentRefusal,
  checkAttachment,
  citizenFilesRefusal,
  isPlainText,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_CASE,
  MAX_CITIZEN_FILES,
  MAX_CITIZEN_FILES_TOTAL_BYTES,
  sizeRefusal,
} from './attachment-rules.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const some = new Uint8Array([1, 2, 3]);

describe('attachmentKindOf', () => {
  it('maps what the bytes are to an allowed kind, whatever the name says', () => {
    expect(attachmentKindOf(some, 'application/pdf', 'don.pdf')).toBe('pdf');
    expect(attachmentKindOf(some, 'image/png', 'anh.jpg')).toBe('png');
    expect(attachmentKindOf(some, 'image/heif', 'IMG_0001.HEIC')).toBe('heic');
    expect(attachmentKindOf(some, 'image/heic', 'photo')).toBe('heic');
    expect(attachmentKindOf(some, 'audio/x-m4a', 'ghi-am.m4a')).toBe('m4a');
    expect(attachmentKindOf(some, 'audio/wav', 'cuoc-goi.wav')).toBe('wav');
    expect(attachmentKindOf(some, 'audio/mpeg', 'cuoc-goi.mp3')).toBe('mp3');
    expect(
      attachmentKindOf(
        some,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'bang.xlsx',
      ),
    ).toBe('xlsx');
  });

  it('refuses executables, archives, old Office files and video, even when named like a PDF', () => {
    expect(attachmentKindOf(some, 'application/x-msdownload', 'don.pdf')).toBeNull();
    expect(attachmentKindOf(some, 'application/x-elf', 'don.pdf')).toBeNull();
    expect(attachmentKindOf(some, 'application/zip', 'bang.xlsx')).toBeNull();
    expect(attachmentKindOf(some, 'application/x-cfb', 'don.doc')).toBeNull();
    expect(attachmentKindOf(some, 'video/mp4', 'clip.mp4')).toBeNull();
    expect(attachmentKindOf(some, 'image/svg+xml', 'logo.svg')).toBeNull();
  });

  it('takes a generic MPEG-4 container as audio only when named .m4a (Android recorders)', () => {
    expect(attachmentKindOf(some, 'video/mp4', 'ghi-am.M4A')).toBe('m4a');
  });

  it('accepts bytes without a signature only as .txt in valid UTF-8 without NUL', () => {
    const text = utf8('Công dân hỏi về lịch tiêm chủng.\r\n');
    expect(attachmentKindOf(text, null, 'ghi-chu.txt')).toBe('text');
    expect(attachmentKindOf(text, null, 'ghi-chu.csv')).toBeNull();
    expect(attachmentKindOf(text, null, 'ghi-chu')).toBeNull();
    expect(attachmentKindOf(new Uint8Array([0x68, 0x00, 0x69]), null, 'a.txt')).toBeNull();
    // Windows-1258 / Latin-1 bytes are not UTF-8.
    expect(attachmentKindOf(new Uint8Array([0x43, 0xf4, 0x6e, 0x67]), null, 'a.txt')).toBeNull();
  });
});

describe('isPlainText', () => {
  it('is true for UTF-8 (with or without BOM) and false for binary', () => {
    expect(isPlainText(utf8('\uFEFFXin chào'))).toBe(true);
    expect(isPlainText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe(false);
    expect(isPlainText(new Uint8Array([0xe1, 0xba]))).toBe(false); // cut in the middle of "ạ"
  });
});

describe('checkAttachment', () => {
  it('accepts exactly 10 MB and refuses one byte more with the Vietnamese message', () => {
    const max = new Uint8Array(MAX_ATTACHMENT_BYTES);
    expect(checkAttachment({ bytes: max, detectedMime: 'application/pdf', fileName: 'a.pdf' }).ok).toBe(true);
    const over = checkAttachment({
      bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1),
      detectedMime: 'application/pdf',
      fileName: 'a.pdf',
    });
    expect(over).toEqual({
      ok: false,
      refusal: { code: 'too_large', message: 'Tệp quá lớn (tối đa 10 MB).' },
    });
    expect(sizeRefusal(MAX_ATTACHMENT_BYTES)).toBeNull();
    expect(sizeRefusal(MAX_ATTACHMENT_BYTES + 1)?.code).toBe('too_large');
  });

  it('refuses an empty file and an unknown type, naming the allowed kinds', () => {
    expect(checkAttachment({ bytes: new Uint8Array(), detectedMime: null, fileName: 'a.txt' })).toMatchObject(
      {
        ok: false,
        refusal: { code: 'empty' },
      },
    );
    const exe = checkAttachment({ bytes: some, detectedMime: 'application/x-msdownload', fileName: 'a.pdf' });
    expect(exe.ok).toBe(false);
    if (exe.ok) return;
    expect(exe.refusal.code).toBe('type_not_allowed');
    for (const label of [
      'PDF',
      'JPEG',
      'PNG',
      'WebP',
      'HEIC',
      'Word (.docx)',
      'Excel (.xlsx)',
      'MP3',
      'M4A',
      'WAV',
    ]) {
      expect(exe.refusal.message).toContain(label);
    }
  });

  it('stores the served type of the kind and a safe name with the kind’s extension', () => {
    expect(
      checkAttachment({
        bytes: some,
        detectedMime: 'image/png',
        fileName: 'C:\\Users\\lan\\Ảnh hiện trường.jpg',
      }),
    ).toEqual({ ok: true, kind: 'png', contentType: 'image/png', fileName: 'Ảnh hiện trường.jpg.png' });
    expect(checkAttachment({ bytes: some, detectedMime: 'audio/x-m4a', fileName: 'Ghi âm.m4a' })).toEqual({
      ok: true,
      kind: 'm4a',
      contentType: 'audio/mp4',
      fileName: 'Ghi âm.m4a',
    });
    expect(checkAttachment({ bytes: utf8('ok'), detectedMime: null, fileName: 'note.TXT' })).toMatchObject({
      contentType: 'text/plain; charset=utf-8',
      fileName: 'note.TXT',
    });
  });
});

describe('caseAttachmentRefusal', () => {
  it('allows up to 10 files per case, none on a merged duplicate', () => {
    expect(caseAttachmentRefusal('escalated', MAX_ATTACHMENTS_PER_CASE - 1)).toBeNull();
    expect(caseAttachmentRefusal('closed', 0)).toBeNull();
    expect(caseAttachmentRefusal('escalated', MAX_ATTACHMENTS_PER_CASE)).toEqual({
      code: 'too_many',
      message: 'Hồ sơ đã có đủ 10 tệp đính kèm, không thể thêm tệp nữa.',
    });
    expect(caseAttachmentRefusal('merged', 0)?.code).toBe('case_merged');
  });
});

describe('citizenFilesRefusal', () => {
  const MB = 1024 * 1024;

  it('takes up to 3 files of 20 MB together, and none at all', () => {
    expect(MAX_CITIZEN_FILES).toBe(3);
    expect(citizenFilesRefusal([])).toBeNull();
    expect(citizenFilesRefusal([10 * MB, 10 * MB])).toBeNull();
    expect(citizenFilesRefusal([1, 2, MAX_CITIZEN_FILES_TOTAL_BYTES - 3])).toBeNull();
  });

  it('refuses a 4th file and one byte over 20 MB in all, with Vietnamese messages', () => {
    expect(citizenFilesRefusal([1, 1, 1, 1])).toEqual({
      code: 'too_many_files',
      message: 'Chỉ gửi kèm được tối đa 3 tệp mỗi yêu cầu.',
    });
    expect(citizenFilesRefusal([10 * MB, 10 * MB, 1])).toEqual({
      code: 'total_too_large',
      message: 'Tổng dung lượng các tệp gửi kèm quá lớn (tối đa 20 MB mỗi yêu cầu).',
    });
    // The count is the first thing said: a 4th file is refused even when the sizes are small.
    expect(citizenFilesRefusal([30 * MB, 1, 1, 1])?.code).toBe('too_many_files');
  });
});
