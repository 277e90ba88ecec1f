import { PublicRequestForm } from '@tongdai/contracts';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { chosenFiles, fileErrors, FILES_ACCEPT, localizeFileIssues } from './request-files.js';
import { requestForm } from './timeline.js';

const MB = 1024 * 1024;
const sized = (name: string, size: number) => ({ name, size });

describe('chosenFiles', () => {
  it('drops the empty part of a file input left empty, and text values', () => {
    const photo = new File([new Uint8Array([1, 2])], 'anh.png');
    expect(chosenFiles([new File([], ''), 'x', photo])).toEqual([photo]);
    // A chosen file that happens to be empty is still a choice (refused as empty).
    expect(chosenFiles([new File([], 'trong.pdf')])).toHaveLength(1);
  });
});

describe('fileErrors', () => {
  it('accepts up to 3 files of 10 MB each within 20 MB, and no file at all', () => {
    expect(fileErrors('vi', [])).toEqual({});
    expect(fileErrors('vi', [sized('a.png', 10 * MB), sized('b.pdf', 10 * MB)])).toEqual({});
  });

  it('names each file that is empty or over 10 MB, in the person’s language', () => {
    expect(
      fileErrors('vi', [sized('a.png', 1), sized('Ảnh lớn.jpg', 10 * MB + 1), sized('c.pdf', 0)]),
    ).toEqual({
      'files.1': 'Tệp "Ảnh lớn.jpg" quá lớn (10 MB); mỗi tệp tối đa 10 MB.',
      'files.2': 'Tệp "c.pdf" trống, không có nội dung.',
    });
    expect(fileErrors('en', [sized('big.pdf', 12.5 * MB)])).toEqual({
      'files.0': 'The file "big.pdf" is too large (12.5 MB); each file may be at most 10 MB.',
    });
  });

  it('refuses a 4th file and more than 20 MB together on the field itself', () => {
    const four = [1, 2, 3, 4].map((i) => sized(`${i}.png`, 100));
    expect(fileErrors('vi', four)).toEqual({ files: 'Chỉ gửi kèm được tối đa 3 tệp; bạn đã chọn 4 tệp.' });
    expect(fileErrors('en', [sized('a.pdf', 10 * MB), sized('b.pdf', 10 * MB), sized('c.png', MB)])).toEqual({
      files: 'The files add up to 21 MB, more than the 20 MB allowed per request.',
    });
  });
});

describe('localizeFileIssues', () => {
  const issues = [{ path: 'files.1', message: 'Tệp "x.jpg": Loại tệp này không được nhận. Chỉ nhận: PDF…' }];
  const files = [sized('a.png', 1), sized('x.jpg', 2)];

  it('names the refused file with the reason in English or Vietnamese', () => {
    expect(localizeFileIssues('en', issues, 'UNSUPPORTED_MEDIA_TYPE', files)).toEqual([
      {
        path: 'files.1',
        message: expect.stringMatching(/^The file "x\.jpg" is not accepted: its content is not/),
      },
    ]);
    expect(localizeFileIssues('vi', issues, 'UNSUPPORTED_MEDIA_TYPE', files)[0]?.message).toMatch(
      /^Tệp "x\.jpg" không được nhận/,
    );
  });

  it('keeps the API’s message for anything else', () => {
    const other = [{ path: 'phone', message: 'Số điện thoại không hợp lệ.' }];
    expect(localizeFileIssues('en', other, 'VALIDATION_FAILED', files)).toEqual(other);
    expect(localizeFileIssues('en', issues, 'PAYLOAD_TOO_LARGE', files)).toEqual(issues);
  });
});

describe('requestForm', () => {
  it('is what the API’s multipart schema takes, the ticked box sent as `on`', () => {
    const values = {
      topicId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      content: 'Cống thoát nước trước nhà bị vỡ, xin xử lý',
      commune: 'Phường Điện Biên',
      phone: '0913 680 916',
      altcha: 'x',
      consent: 'on',
    };
    expect(requestForm(values).consent).toBe('on');
    const parsed = v.safeParse(PublicRequestForm, { ...requestForm(values), files: [new File([], '')] });
    expect(parsed.success && parsed.output.files).toEqual([]);
    expect(v.safeParse(PublicRequestForm, requestForm({ ...values, consent: '' })).success).toBe(false);
  });

  it('offers the file kinds the API accepts, photos from phones included', () => {
    expect(FILES_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.jpg', '.png', '.heic', '.pdf']));
  });
});
