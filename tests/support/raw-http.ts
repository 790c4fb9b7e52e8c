// One HTTP request exactly as given: any method, content type and body, no redirects followed, no automatic
// decompression (fetch would normalise what the hardening tests need to send and see).
import http from 'node:http';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: () => string;
  json: () => { code?: string; message?: string; requestId?: string; [key: string]: unknown };
}

export function rawRequest(url: string, method: string, headers: Record<string, string | number> = {}, body?: Buffer | string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode!, headers: res.headers, body: bytes, text: () => bytes.toString(), json: () => JSON.parse(bytes.toString()) });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
