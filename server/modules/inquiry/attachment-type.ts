// What an inquiry attachment really is, from its bytes: PDF, Word (DOCX), Excel (XLSX), JPEG or PNG. The name and
// the browser's declared type can lie. DOCX and XLSX are ZIP packages: their central directory must list the part
// that makes them a document or a workbook; packages carrying macros (vbaProject.bin) are refused.
import { sniffImage } from '../../lib/image-type.ts';

export type AttachmentExt = 'pdf' | 'docx' | 'xlsx' | 'jpg' | 'png';
export interface AttachmentType {
  mime: string;
  ext: AttachmentExt;
}

const PDF: AttachmentType = { mime: 'application/pdf', ext: 'pdf' };
const DOCX: AttachmentType = { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
const XLSX: AttachmentType = { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' };

export const ATTACHMENT_MIME: Record<AttachmentExt, string> = {
  pdf: PDF.mime,
  docx: DOCX.mime,
  xlsx: XLSX.mime,
  jpg: 'image/jpeg',
  png: 'image/png',
};

export function sniffAttachment(data: Uint8Array): AttachmentType | null {
  const image = sniffImage(data.subarray(0, 16));
  if (image) return image.ext === 'webp' ? null : { mime: image.mime, ext: image.ext };
  if (Buffer.from(data.subarray(0, 5)).toString('latin1') === '%PDF-') return PDF;
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) {
    const names = zipEntryNames(data);
    if (!names || !names.has('[Content_Types].xml')) return null;
    if ([...names].some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return null;
    if (names.has('word/document.xml')) return DOCX;
    if (names.has('xl/workbook.xml')) return XLSX;
  }
  return null;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_ENTRIES = 10_000;

/** File names in a ZIP's central directory, or null when the directory is missing or malformed. */
export function zipEntryNames(data: Uint8Array): Set<string> | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = data.byteLength;
  let eocd = -1;
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, so it is found near the end.
  for (let i = end - 22; i >= Math.max(0, end - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) return null;
  const names = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) return null;
    names.add(Buffer.from(data.subarray(at + 46, at + 46 + nameLength)).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
