import { describe, expect, it } from 'vitest';
import {
  asciiFileName,
  attachmentDisposition,
  DEFAULT_FILE_NAME,
  MAX_FILE_NAME_LENGTH,
  sanitizeFileName,
  withKindExtension,
} from './file-name.js';

describe('sanitizeFileName', () => {
  it('keeps Vietnamese letters, composed (NFC)', () => {
    const decomposed = 'Biên bản xác minh.pdf'.normalize('NFD');
    expect(sanitizeFileName(decomposed)).toBe('Biên bản xác minh.pdf'.normalize('NFC'));
    expect(sanitizeFileName('Đơn đề nghị – Phường Điện Biên.docx')).toBe(
      'Đơn đề nghị – Phường Điện Biên.docx',
    );
  });

  it('keeps only the last path segment, never a way up the tree', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\lan\\don.pdf')).toBe('don.pdf');
    expect(sanitizeFileName('..')).toBe(DEFAULT_FILE_NAME);
    expect(sanitizeFileName('.bashrc')).toBe('bashrc');
  });

  it('drops control and invisible characters (a bidi override cannot disguise the extension)', () => {
    expect(sanitizeFileName('anh\u202Egpj.exe')).toBe('anhgpj.exe');
    expect(sanitizeFileName('a\u0000b\r\nc\u200B.txt')).toBe('abc.txt');
    expect(sanitizeFileName('  a   b\t c .pdf  ')).toBe('a b c .pdf');
    expect(sanitizeFileName('hỏi: "gì"?.txt')).toBe('hỏi_ _gì__.txt');
    expect(sanitizeFileName('don.pdf. . ')).toBe('don.pdf');
  });

  it('falls back to a default name when nothing is left', () => {
    expect(sanitizeFileName('')).toBe(DEFAULT_FILE_NAME);
    expect(sanitizeFileName('\u0001\u0002')).toBe(DEFAULT_FILE_NAME);
    expect(sanitizeFileName('///')).toBe(DEFAULT_FILE_NAME);
  });

  it('cuts long names to 200 characters, keeping the extension', () => {
    const out = sanitizeFileName(`${'Nguyễn_'.repeat(60)}.pdf`);
    expect(Array.from(out)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(out.endsWith('.pdf')).toBe(true);
    expect(Array.from(sanitizeFileName('ạ'.repeat(300)))).toHaveLength(MAX_FILE_NAME_LENGTH);
    // A cut that lands on a space does not leave it before the extension.
    expect(sanitizeFileName(`${'Nguyễn '.repeat(60)}.pdf`)).toMatch(/n\.pdf$/);
  });
});

describe('withKindExtension', () => {
  it('adds the kind’s extension when the name has none of its own', () => {
    expect(withKindExtension('anh.JPG', ['jpg', 'jpeg'])).toBe('anh.JPG');
    expect(withKindExtension('anh', ['png'])).toBe('anh.png');
    expect(withKindExtension('anh.jpg', ['png'])).toBe('anh.jpg.png');
    expect(Array.from(withKindExtension('a'.repeat(200), ['png']))).toHaveLength(MAX_FILE_NAME_LENGTH);
  });
});

describe('download names', () => {
  it('folds accents for the ASCII fallback and escapes the exact name per RFC 5987', () => {
    expect(asciiFileName('Biên bản đối chiếu "A".pdf')).toBe('Bien ban doi chieu _A_.pdf');
    expect(asciiFileName('Đơn.pdf')).toBe('Don.pdf');
    expect(attachmentDisposition("Biên bản (1)'s.pdf")).toBe(
      `attachment; filename="Bien ban (1)'s.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%281%29%27s.pdf`,
    );
  });
});
