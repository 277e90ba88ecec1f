import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

/** Everyday Vietnamese words and punctuation: the text around what is generated. */
const word = fc.constantFrom(
  'Tôi',
  'muốn',
  'hỏi',
  'về',
  'lịch',
  'xét',
  'nghiệm',
  'tại',
  'trạm',
  'y',
  'tế',
  'xã',
  'nhà',
  'tôi',
  'có',
  'người',
  'bị',
  'sốt',
  'ho',
  'đề',
  'nghị',
  'cơ',
  'quan',
  'trả',
  'lời',
  'sớm',
  'giúp',
  'chính',
  'sách',
  'hỗ',
  'trợ',
  'thất',
  'nghiệp',
  'đường',
  'ngập',
  'nước',
  'giá',
  'cả',
  'thị',
  'trường',
  'vắc',
  'xin',
  'tiêm',
  'mũi',
  'cách',
  'ly',
  'huyện',
  'tỉnh',
  'Thanh',
  'Hóa',
  'Bình',
  'Thuận',
  'số',
  'điện',
  'thoại',
  'gọi',
  'là',
  'của',
  'ngày',
  'lúc',
  'đã',
  'chưa',
  ',',
  '.',
  ';',
  ':',
  '-',
  '(',
  ')',
  'SĐT:',
  'ĐT',
  'Zalo',
  'hotline',
  'và',
  'hoặc',
);

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Numbers that are not personal data, as they appear in requests and official letters. */
const ordinaryNumber = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 2020, max: 2030 }),
    )
    .chain(([d, m, y]) =>
      fc.constantFrom(
        `${pad2(d)}/${pad2(m)}/${y}`,
        `${d}/${m}/${y}`,
        `${pad2(d)}-${pad2(m)}-${y}`,
        `${pad2(d)}.${pad2(m)}.${y}`,
      ),
    ),
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.array(digits(3), { minLength: 1, maxLength: 3 }))
    .chain(([lead, groups]) =>
      fc.constantFrom(
        `${lead}.${groups.join('.')} đồng`,
        `${lead}.${groups.join('.')}đ`,
        `${lead},${groups.join(',')} VND`,
      ),
    ),
  fc
    .tuple(
      fc.constantFrom('TH', 'BT', 'HD', 'HCM'),
      fc.integer({ min: 2021, max: 2030 }),
      fc.integer({ min: 1, max: 999_999 }),
    )
    .map(([p, y, n]) => `${p}-${y}-${String(n).padStart(6, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 2000, max: 2030 }),
      fc.constantFrom('NĐ-CP', 'QĐ-UBND', 'TT-BYT', 'UBND-TTTT'),
    )
    .map(([n, y, s]) => `${n}/${y}/${s}`),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${pad2(h)}:${pad2(m)}`),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom('người', 'hộ', 'lần', 'ngày', 'kg', '%'))
    .map(([n, u]) => `${n} ${u}`),
  fc.integer({ min: 1990, max: 2030 }).map((y) => `năm ${y}`),
  fc.constantFrom('1022', '0237 1022', '0252 1022', '115', '113', '1900 9095'),
);

interface Phone {
  spelling: string;
  national: string;
}

const AREA_CODES = ['24', '28', '237', '252', '220', '236', '225', '203', '292'];

const nationalNumber = fc.oneof(
  fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), digits(8)).map(([a, b]) => a + b),
  fc
    .constantFrom(...AREA_CODES)
    .chain((area) =>
      fc
        .tuple(fc.integer({ min: 2, max: 9 }), digits(9 - area.length))
        .map(([first, rest]) => `${area}${first}${rest}`),
    ),
  fc.tuple(fc.constantFrom('12', '16', '18', '19'), digits(8)).map(([a, b]) => a + b),
);

/** Splits digits into groups of 1–4 joined by the separators people type. */
function grouped(text: string, sizes: number[], seps: string[]): string {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; at < text.length; i += 1) {
    const size = sizes[i % sizes.length]!;
    out.push(text.slice(at, at + size));
    at += size;
  }
  return out.map((g, i) => (i === 0 ? g : `${seps[i % seps.length]}${g}`)).join('');
}

const phone: fc.Arbitrary<Phone> = fc
  .record({
    national: nationalNumber,
    prefix: fc.constantFrom('0', '+84', '+84 ', '84', '84 ', '0084 ', '+84 (0) ', '(+84) ', '(0', '+84.'),
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    seps: fc.array(fc.constantFrom(' ', '.', '-', ' - ', '', '\u00a0', '–'), { minLength: 1, maxLength: 3 }),
  })
  .map(({ national, prefix, sizes, seps }) => {
    if (prefix === '(0') {
      // A landline with its area code in brackets: (0237) 3 852 123.
      const area = national.startsWith('2') ? (national[1] === '4' || national[1] === '8' ? 2 : 3) : 3;
      return {
        national,
        spelling: `(0${national.slice(0, area)}) ${grouped(national.slice(area), sizes, seps)}`,
      };
    }
    if (prefix === '0') return { national, spelling: grouped(`0${national}`, sizes, seps) };
    return { national, spelling: `${prefix}${grouped(national, sizes, seps)}` };
  });

/** A word that ends a number's phrase ("… đồng cho", "… 16:30 tại"). */
const plainWord = word.filter((w) => /\p{L}/u.test(w));

/** Words with ordinary numbers among them, each number followed by a word as in written Vietnamese. */
const words = (max: number) =>
  fc.array(
    fc.oneof(
      { weight: 4, arbitrary: word },
      { weight: 1, arbitrary: fc.tuple(ordinaryNumber, plainWord).map((t) => t.join(' ')) },
    ),
    { maxLength: max },
  );
/** Numbers right next to each other, the hardest case for the phone around them. */
const crowded = (max: number) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: ordinaryNumber }), {
    maxLength: max,
  });

describe('redaction (properties)', () => {
  it('no generated phone number, in any spelling, survives inside random Vietnamese text', () => {
    fc.assert(
      fc.property(crowded(12), phone, crowded(12), (before, p, after) => {
        const head = before.length > 0 ? `${before.join(' ')} ` : '';
        const text = `${head}${p.spelling}${after.length > 0 ? ` ${after.join(' ')}` : ''}`;
        const { text: out, findings } = redact(text);
        const start = head.length;
        const end = start + p.spelling.length;
        const covered = findings.some((f) => f.start <= start && f.end >= end);
        expect({ text, covered }).toEqual({ text, covered: true });
        expect(out.replace(/\D/g, '')).not.toContain(p.national);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('leaves ordinary numbers alone: dates, amounts, case codes, decree numbers, times, counts', () => {
    fc.assert(
      fc.property(words(30), (tokens) => {
        const text = tokens.join(' ');
        expect(redact(text)).toEqual({ text, findings: [] });
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('a redacted text has nothing left to redact', () => {
    fc.assert(
      fc.property(words(10), phone, words(10), (before, p, after) => {
        const once = redact([...before, p.spelling, ...after].join(' ')).text;
        expect(redact(once).findings).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('the citizen’s name never survives, with or without diacritics, in any case', () => {
    const name = fc
      .tuple(
        fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi', 'Võ'),
        fc.constantFrom('Thị', 'Văn', 'Hữu', 'Đức', 'Ngọc'),
        fc.constantFrom('Lan', 'Hùng', 'Dũng', 'Hương', 'Tuấn', 'Thủy', 'Khánh'),
      )
      .map((parts) => parts.join(' '));
    const spelled = fc.tuple(name, fc.constantFrom('as is', 'upper', 'lower', 'folded')).map(([n, how]) => {
      const folded = n
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
      const spelling =
        how === 'upper' ? n.toUpperCase() : how === 'lower' ? n.toLowerCase() : how === 'folded' ? folded : n;
      return { name: n, spelling };
    });
    fc.assert(
      fc.property(words(10), spelled, words(10), (before, n, after) => {
        const head = before.length > 0 ? `${before.join(' ')} ` : '';
        const text = `${head}${n.spelling} ${after.join(' ')}`;
        const { findings } = redact(text, { names: [n.name] });
        const start = head.length;
        expect(findings.some((f) => f.start <= start && f.end >= start + n.spelling.length)).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
