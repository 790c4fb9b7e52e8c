// Files sent in an inquiry's thread: checked by content and size before anything is written, stored on disk under
// random names, removed again when the message they belong to is not written.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../../i18n/messages.ts';
import { fieldError, inputError, type FieldError, type InputError } from '../../lib/validation.ts';
import { sniffAttachment } from './attachment-type.ts';

export interface UploadedFile {
  data: Buffer;
  filename: string;
  /** The upload went past the size limit and was cut off. */
  truncated: boolean;
}

export interface CheckedFile {
  data: Buffer;
  fileName: string;
  originalName: string;
  mimeType: string;
  bytes: number;
}

export interface AttachmentLimits {
  dir: string;
  maxBytes: number;
  maxPerMessage: number;
}

export const ATTACHMENT_FILE = /^[0-9a-f]{32}\.(pdf|docx|xlsx|jpg|png)$/;

export class AttachmentStore {
  constructor(readonly limits: AttachmentLimits) {}

  /** Every file checked; the field errors name each refused file (`files.0`, `files.1`…). */
  check(locale: Locale, files: readonly UploadedFile[]): CheckedFile[] | InputError {
    if (files.length > this.limits.maxPerMessage) {
      return inputError(locale, [fieldError(locale, 'files', 'TOO_MANY_ATTACHMENTS', { max: this.limits.maxPerMessage })]);
    }
    const errors: FieldError[] = [];
    const checked: CheckedFile[] = [];
    files.forEach((file, i) => {
      if (file.truncated || file.data.length > this.limits.maxBytes) {
        errors.push(fieldError(locale, `files.${i}`, 'ATTACHMENT_TOO_LARGE', { max: sizeText(this.limits.maxBytes), name: file.filename }));
        return;
      }
      const type = sniffAttachment(file.data);
      if (!type) {
        errors.push(fieldError(locale, `files.${i}`, 'ATTACHMENT_TYPE', { name: file.filename }));
        return;
      }
      checked.push({
        data: file.data,
        fileName: `${randomBytes(16).toString('hex')}.${type.ext}`,
        originalName: cleanName(file.filename, type.ext),
        mimeType: type.mime,
        bytes: file.data.length,
      });
    });
    return errors.length ? inputError(locale, errors) : checked;
  }

  async write(files: readonly CheckedFile[]): Promise<void> {
    if (!files.length) return;
    await mkdir(this.limits.dir, { recursive: true });
    await Promise.all(files.map((f) => writeFile(this.pathOf(f.fileName), f.data, { flag: 'wx' })));
  }

  async remove(files: readonly { fileName: string }[]): Promise<void> {
    await Promise.all(files.map((f) => rm(this.pathOf(f.fileName), { force: true })));
  }

  pathOf(fileName: string): string {
    if (!ATTACHMENT_FILE.test(fileName)) throw new Error(`not an attachment file name: ${fileName}`);
    return path.join(this.limits.dir, fileName);
  }
}

/** A size limit as people read it: whole megabytes, or kilobytes below one. */
export function sizeText(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.floor(bytes / 1_000_000)} MB` : `${Math.floor(bytes / 1000)} KB`;
}

/** The name shown and offered on download: no path, no control characters, and the extension of what it really is. */
function cleanName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 180);
  const stem = base.replace(/\.[^.]*$/, '') || 'tep-dinh-kem';
  return `${stem}.${ext}`;
}
