import { MAX_ATTACHMENT_BYTES } from '@tongdai/core';
import { describe, expect, it } from 'vitest';
import { fileOf, SAMPLES } from '../test/attachment-samples.js';
import { inspectUpload } from './attachment-upload.js';

const refusalOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code: string; status: number; message: string }) => ({ code: e.code, status: e.status }),
  );

describe('inspectUpload', () => {
  it('recognises every allowed kind from its bytes, whatever the client called it', async () => {
    const cases: [Uint8Array, string, string][] = [
      [SAMPLES.pdf, 'don.pdf', 'application/pdf'],
      [SAMPLES.png, 'anh', 'image/png'],
      [SAMPLES.jpeg, 'anh.jpeg', 'image/jpeg'],
      [SAMPLES.webp, 'anh.webp', 'image/webp'],
      [SAMPLES.heic, 'IMG_0042.HEIC', 'image/heic'],
      [
        SAMPLES.docx,
        'cong-van.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [SAMPLES.xlsx, 'danh-sach.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [SAMPLES.text, 'ghi-chu.txt', 'text/plain; charset=utf-8'],
      [SAMPLES.mp3, 'cuoc-goi.mp3', 'audio/mpeg'],
      [SAMPLES.m4a, 'ghi-am.m4a', 'audio/mp4'],
      [SAMPLES.mp4Audio, 'ghi-am.m4a', 'audio/mp4'],
      [SAMPLES.wav, 'cuoc-goi.wav', 'audio/wav'],
    ];
    for (const [bytes, name, type] of cases) {
      const out = await inspectUpload(fileOf(bytes, name, 'text/html'));
      expect({ name, type: out.contentType }).toEqual({ name, type });
    }
  });

  it('gives a checksum and a safe name', async () => {
    const out = await inspectUpload(fileOf(SAMPLES.png, '../../Ảnh\u202Ehiện trường'));
    expect(out.fileName).toBe('Ảnhhiện trường.png');
    expect(out.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses executables and archives named like documents (415) and an empty file (400)', async () => {
    for (const [bytes, name] of [
      [SAMPLES.exe, 'don.pdf'],
      [SAMPLES.elf, 'anh.png'],
      [SAMPLES.zip, 'bang.xlsx'],
      [SAMPLES.exe, 'ghi-chu.txt'],
    ] as const) {
      expect(await refusalOf(inspectUpload(fileOf(bytes, name, 'application/pdf')))).toEqual({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        status: 415,
      });
    }
    expect(await refusalOf(inspectUpload(fileOf(new Uint8Array(), 'a.txt')))).toEqual({
      code: 'BAD_REQUEST',
      status: 400,
    });
  });

  it('refuses a file over 10 MB with 413', async () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(SAMPLES.pdf);
    expect(await refusalOf(inspectUpload(fileOf(big, 'lon.pdf')))).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
    });
  });
});
