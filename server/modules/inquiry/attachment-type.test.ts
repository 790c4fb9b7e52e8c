import { describe, expect, it } from 'vitest';
import { DOCM, DOCX, JPEG, PDF, PLAIN_ZIP, PNG, XLSX, zip } from '../../../tests/api/inquiry-files.ts';
import { sniffAttachment, zipEntryNames } from './attachment-type.ts';

describe('sniffAttachment', () => {
  it('recognises the five accepted types by their bytes', () => {
    expect(sniffAttachment(PDF)?.ext).toBe('pdf');
    expect(sniffAttachment(DOCX)?.ext).toBe('docx');
    expect(sniffAttachment(XLSX)?.ext).toBe('xlsx');
    expect(sniffAttachment(PNG)?.ext).toBe('png');
    expect(sniffAttachment(JPEG)?.ext).toBe('jpg');
  });

  it('refuses macro packages, plain archives, WebP, HTML and truncated archives', () => {
    expect(sniffAttachment(DOCM)).toBeNull();
    expect(sniffAttachment(PLAIN_ZIP)).toBeNull();
    expect(sniffAttachment(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBeNull();
    expect(sniffAttachment(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(sniffAttachment(DOCX.subarray(0, DOCX.length - 30))).toBeNull();
    expect(sniffAttachment(Buffer.alloc(0))).toBeNull();
  });

  it('reads the names of a ZIP central directory', () => {
    expect(zipEntryNames(zip({ 'a.txt': 'a', 'dir/b.xml': 'b' }))).toEqual(new Set(['a.txt', 'dir/b.xml']));
  });
});
