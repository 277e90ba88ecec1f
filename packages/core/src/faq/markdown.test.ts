import { describe, expect, it } from 'vitest';
import { renderFaqAnswer, sanitizeAnswerHtml } from './markdown.js';

describe('renderFaqAnswer', () => {
  it('renders formatting, lists and links, and gives the plain text for search', () => {
    const answer = renderFaqAnswer(
      '**Lưu ý:** gọi *1022*\n\n- Trạm y tế\n- UBND xã\n\nXem https://1022.thanhhoa.gov.vn',
    );
    expect(answer.html).toContain('<strong>Lưu ý:</strong>');
    expect(answer.html).toContain('<li>Trạm y tế</li>');
    expect(answer.html).toContain(
      '<a href="https://1022.thanhhoa.gov.vn" rel="nofollow noopener noreferrer">https://1022.thanhhoa.gov.vn</a>',
    );
    expect(answer.text).toBe('Lưu ý: gọi 1022\nTrạm y tế\nUBND xã\nXem https://1022.thanhhoa.gov.vn');
  });

  it('keeps single line breaks and turns headings into h2 and below', () => {
    const answer = renderFaqAnswer('# Hồ sơ\ndòng 1\ndòng 2');
    expect(answer.html).toBe('<h2>Hồ sơ</h2>\n<p>dòng 1<br />\ndòng 2</p>\n');
  });

  // Only markup counts: the same characters as escaped text are harmless.
  const dangerous = [
    /<script/i,
    /<img/i,
    /<iframe/i,
    /href="\s*(javascript|data|vbscript):/i,
    /<[^>]*\son\w+\s*=/i,
  ];

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '![x](https://tracker.example/p.gif)',
    '<a href="https://x" onclick="alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
  ])('never lets %s through as markup', (source) => {
    const { html } = renderFaqAnswer(source);
    for (const pattern of dangerous) expect(html).not.toMatch(pattern);
  });

  it('sanitizes HTML from elsewhere with the same allow-list', () => {
    expect(
      sanitizeAnswerHtml('<p onclick="x">a</p><iframe src="https://x"></iframe><a href="vbscript:x">b</a>'),
    ).toBe('<p>a</p>&lt;iframe&gt;&lt;/iframe&gt;<a rel="nofollow noopener noreferrer">b</a>');
  });

  it('normalises the source to NFC with Unix line ends', () => {
    expect(renderFaqAnswer(' xe\u0301t\r\n').source).toBe('xét');
  });
});
