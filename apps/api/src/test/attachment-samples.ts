import { crc32 } from 'node:zlib';

/**
 * Small files whose first bytes are those of real ones of each kind, for the upload tests: the byte
 * sniffer must recognise them the way it recognises files from phones, scanners and Office.
 */
const bytesOf = (...parts: (string | number[])[]) =>
  new Uint8Array(
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))),
  );

const padded = (u: Uint8Array, length = 64) => {
  const out = new Uint8Array(Math.max(length, u.length));
  out.set(u);
  return out;
};

/** A stored (uncompressed) ZIP archive, enough for an Office Open XML package. */
export function zipOf(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const officePackage = (mainType: string, part: string) =>
  zipOf({
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${part}" ContentType="${mainType}"/></Types>`,
    [part]: '<root/>',
  });

export const SAMPLES = {
  png: padded(bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR')),
  pdf: bytesOf('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  jpeg: padded(bytesOf([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0])),
  webp: padded(bytesOf('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')),
  heic: padded(bytesOf([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic')),
  m4a: padded(bytesOf([0, 0, 0, 0x18], 'ftypM4A ', [0, 0, 0, 0], 'M4A isom')),
  /** What many Android recorders write: a generic MPEG-4 brand. */
  mp4Audio: padded(bytesOf([0, 0, 0, 0x18], 'ftypmp42', [0, 0, 0, 0], 'mp42isom')),
  wav: padded(bytesOf('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')),
  mp3: padded(bytesOf([0xff, 0xfb, 0x90, 0x64]), 2000),
  docx: officePackage(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    'word/document.xml',
  ),
  xlsx: officePackage(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    'xl/workbook.xml',
  ),
  text: new TextEncoder().encode('Công dân gọi lại lúc 9 giờ.\n'),
  exe: padded(bytesOf('MZ', [0x90, 0]), 256),
  elf: padded(bytesOf([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])),
  zip: zipOf({ 'a.txt': 'xin chào' }),
};

export const fileOf = (bytes: Uint8Array, name: string, type = 'application/octet-stream') =>
  new File([bytes], name, { type });
