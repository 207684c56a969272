import { crc32 } from 'node:zlib';
import { fileTypeFromBuffer } from 'file-type';
import { type DocumentMime, isDocumentMime } from '../../../shared/domain/documents';

/**
 * What a file is, judged by its content (file-type reads the magic numbers and, for Office files, the zip
 * entries), never by its name; then whether it is whole: a truncated or damaged PDF or image is refused
 * here, before anything is stored. The checks are structural (the end marker where it must be, PNG chunk
 * CRCs, the zip's central directory), not a full parse.
 */
export type Sniffed =
  | { ok: true; mime: DocumentMime }
  | { ok: false; reason: 'type'; type: string }
  | { ok: false; reason: 'corrupt'; type: string };

/** Legacy Office files are OLE compound files, as are .msi installers: only these names are accepted. */
const CFB_EXTS = new Set(['doc', 'xls', 'ppt']);

export async function sniff(bytes: Uint8Array, name: string): Promise<Sniffed> {
  const found = await fileTypeFromBuffer(bytes);
  const mime = found?.mime ?? 'unknown';
  const ext = found?.ext ?? '?';
  if (!isDocumentMime(mime) || (mime === 'application/x-cfb' && !CFB_EXTS.has(extOf(name))))
    return { ok: false, reason: 'type', type: found ? ext.toUpperCase() : textOrUnknown(bytes) };
  return whole(mime, bytes) ? { ok: true, mime } : { ok: false, reason: 'corrupt', type: ext.toUpperCase() };
}

export function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Content file-type does not name: say whether it reads as text (HTML, SVG, scripts) or is unknown. */
function textOrUnknown(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'HTML';
  if (head.includes('<svg')) return 'SVG';
  // Text has no bytes below tab, nor between carriage return and space.
  const binary = [...head].some((c) => c.charCodeAt(0) < 9 || (c.charCodeAt(0) > 13 && c.charCodeAt(0) < 32));
  return head.length && !binary ? 'TEXT' : 'UNKNOWN';
}

function whole(mime: DocumentMime, b: Uint8Array): boolean {
  switch (mime) {
    case 'application/pdf':
      return pdfWhole(b);
    case 'image/png':
      return pngWhole(b);
    case 'image/jpeg':
      return jpegWhole(b);
    case 'image/webp':
      return webpWhole(b);
    case 'application/x-cfb':
      return cfbWhole(b);
    default:
      return zipWhole(b);
  }
}

const tail = (b: Uint8Array, n: number) =>
  Buffer.from(b.subarray(Math.max(0, b.length - n))).toString('latin1');

/** A PDF ends with `startxref` and `%%EOF` (an incremental update appends another pair). */
function pdfWhole(b: Uint8Array): boolean {
  const end = tail(b, 2048);
  return /startxref\s+\d+\s+%%EOF\s*$/.test(end);
}

/** Every chunk's CRC holds and the last chunk is IEND, at the file's end. */
function pngWhole(b: Uint8Array): boolean {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  let at = 8;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > buf.length) return false;
    const type = buf.toString('latin1', at + 4, at + 8);
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) return false;
    if (type === 'IEND') return end === buf.length;
    at = end;
  }
  return false;
}

/** A JPEG ends with the EOI marker (FF D9); some cameras pad a few zero bytes after it. */
function jpegWhole(b: Uint8Array): boolean {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0 && b.length - end < 64) end--;
  return end >= 4 && b[end - 2] === 0xff && b[end - 1] === 0xd9;
}

/** RIFF's length field counts the bytes after it. */
function webpWhole(b: Uint8Array): boolean {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (buf.length < 12) return false;
  const size = buf.readUInt32LE(4) + 8;
  return size === buf.length || size + 1 === buf.length;
}

/** An OLE file is whole sectors after its 512-byte header. */
function cfbWhole(b: Uint8Array): boolean {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (buf.length < 1024) return false;
  const sector = 1 << buf.readUInt16LE(30);
  return (sector === 512 || sector === 4096) && (buf.length - 512) % sector === 0;
}

/** Office files are zips: the end-of-central-directory record is there and points inside the file. */
function zipWhole(b: Uint8Array): boolean {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const from = Math.max(0, buf.length - 22 - 0xffff);
  for (let at = buf.length - 22; at >= from; at--) {
    if (buf.readUInt32LE(at) !== 0x06054b50) continue;
    const size = buf.readUInt32LE(at + 12);
    const offset = buf.readUInt32LE(at + 16);
    return offset + size <= at && buf.readUInt32LE(offset) === 0x02014b50;
  }
  return false;
}
