import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Hostile spreadsheets for the upload limits (issue 11), made here rather than kept as fixtures:
 * a minimal zip writer and raw SpreadsheetML, so even a million-row sheet takes a second to build.
 */
interface Part {
  name: string;
  data: Buffer;
  /** Sizes to write in the headers instead of the true ones (a lying zip bomb). */
  declaredSize?: number;
}

export function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const body = deflateRawSync(part.data, { level: 1 });
    const crc = crc32(part.data);
    const size = part.declaredSize ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** An .xlsx with one sheet whose <sheetData> content (rows) is given, and optional shared strings. */
export function xlsxWith(
  rows: string | Buffer,
  opts: { sharedStrings?: Buffer; sheetDeclaredSize?: number } = {},
) {
  const sheet = Buffer.concat([
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
    Buffer.isBuffer(rows) ? rows : Buffer.from(rows),
    Buffer.from('</sheetData></worksheet>'),
  ]);
  return zip([
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(RELS) },
    ...(opts.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: opts.sharedStrings }] : []),
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: opts.sheetDeclaredSize },
  ]);
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** The issue's wide sheet: 3,000 rows, each with a value in column A and one in column XFD. */
export function wideSheet(rows = 3_000): Buffer {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++)
    parts.push(`<row r="${r}">${inline(`A${r}`, `项目${r}`)}${inline(`XFD${r}`, 'x')}</row>`);
  return xlsxWith(parts.join(''));
}

/** Empty styled cells out at XFD on every row (formatting only): read, and costing nothing. */
export function styledWideSheet(rows = 3_000): Buffer {
  const parts = ['<row r="1">' + inline('A1', '项目名称') + inline('B1', '投资方') + '</row>'];
  for (let r = 2; r <= rows; r++)
    parts.push(
      `<row r="${r}">${inline(`A${r}`, `项目${r}`)}${inline(`B${r}`, `公司${r}`)}<c r="XFD${r}" s="0"/></row>`,
    );
  return xlsxWith(parts.join(''));
}

/** The issue's text bomb: ~120 M characters of one letter, a few hundred KB zipped (refused by the ratio). */
export function textBombFlat(strings = 4_000, length = 30_000): Buffer {
  return xlsxWith('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
    sharedStrings: sst(Array.from({ length: strings }, () => 'A'.repeat(length))),
  });
}

/**
 * A text bomb within the zip limits: 24 M characters of varied words (compressing about 10:1, so the
 * file stays a few MB), every string under 32,767: refused by the total text limit.
 */
export function textBomb(strings = 800, length = 30_000): Buffer {
  const words = ['招商', '项目', 'alpha', 'beta', '落地', 'gamma', '开工', 'delta', '签约', 'omega'];
  let seed = 7;
  const pick = () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length]!;
  const text = () => {
    let s = '';
    while (s.length < length) s += pick();
    return s.slice(0, length);
  };
  // Eight distinct strings, each longer than deflate's 32 KB window, so the copies do not compress away.
  const pool = Array.from({ length: 8 }, text);
  return xlsxWith('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
    sharedStrings: sst(Array.from({ length: strings }, (_, i) => pool[i % pool.length]!)),
  });
}

function sst(strings: string[]): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
  );
}

/** One cell of a million characters. */
export function hugeCell(): Buffer {
  return xlsxWith(`<row r="1">${inline('A1', 'B'.repeat(1_000_000))}</row>`);
}

/** A zip bomb: a sheet part of `mb` MB of spaces, honest sizes or lying ones (declared 1 KB). */
export function zipBomb(mb = 150, lying = false): Buffer {
  return xlsxWith(Buffer.alloc(mb * 1024 * 1024, 0x20), lying ? { sheetDeclaredSize: 1024 } : {});
}

/** A million rows of one number each, as raw XML (about 40 MB inflated, a few MB zipped). */
export function millionRows(rows = 1_000_000): Buffer {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return xlsxWith(parts.join(''));
}

/** A PNG renamed to .xlsx, and bytes that start like a zip but are not one. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const FAKE_ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(4096, 7)]);

/** A legitimate ledger of `rows` projects as raw SpreadsheetML (what the benchmark imports). */
export function legitimateLedger(rows = 20_000, owner = '王磊'): Buffer {
  const head = ['项目名称', '投资方', '行业', '招商方式', '总投资（万元）', '阶段', '招商责任人'];
  const parts = [
    `<row r="1">${head.map((h, i) => inline(String.fromCharCode(65 + i) + 1, h)).join('')}</row>`,
  ];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    parts.push(
      `<row r="${r}">${inline(`A${r}`, `基准项目${i}`)}${inline(`B${r}`, `基准投资方${i}`)}${inline(`C${r}`, '数字')}${inline(`D${r}`, '楼宇招商')}<c r="E${r}"><v>${1000 + i}</v></c>${inline(`F${r}`, '洽谈')}${inline(`G${r}`, owner)}</row>`,
    );
  }
  return xlsxWith(parts.join(''));
}
