import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncoding, compressResponse } from './compression';

const page = '<!doctype html><p>' + 'Sàn giao dịch công nghệ '.repeat(200) + '</p>';
const html = () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } });
const get = (acceptEncoding?: string) => new Request('http://site.test/', { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('acceptedEncoding', () => {
  it('prefers brotli, honours q=0 and the wildcard', () => {
    expect(acceptedEncoding('gzip, deflate, br')).toBe('br');
    expect(acceptedEncoding('gzip, br;q=0')).toBe('gzip');
    expect(acceptedEncoding('*')).toBe('br');
    expect(acceptedEncoding('identity')).toBeNull();
    expect(acceptedEncoding(null)).toBeNull();
  });
});

describe('compressResponse', () => {
  it('brotli- or gzip-compresses a page, which decompresses to the same text', async () => {
    const br = compressResponse(get('br'), html());
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(Buffer.byteLength(page) / 5);
    expect(brotliDecompressSync(brBytes).toString()).toBe(page);

    const gz = compressResponse(get('gzip'), html());
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(page);
  });

  it('leaves alone what the client cannot decode, small bodies and binary types', () => {
    expect(compressResponse(get(), html()).headers.get('content-encoding')).toBeNull();
    const small = new Response('hi', { headers: { 'content-type': 'text/plain', 'content-length': '2' } });
    expect(compressResponse(get('br'), small).headers.get('content-encoding')).toBeNull();
    const png = new Response(new Uint8Array(5000), { headers: { 'content-type': 'image/png' } });
    expect(compressResponse(get('br'), png).headers.get('content-encoding')).toBeNull();
  });
});
