// Files in an inquiry's thread over real HTTP: a message posted with its files (multipart), each checked by content
// (PDF, DOCX, XLSX, JPEG, PNG) and size, stored together with the message or not at all, and downloaded only by
// the two sides and the department.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { DOCM, DOCX, JPEG, PDF, PLAIN_ZIP, PNG, XLSX } from './inquiry-files.ts';

const MAX_BYTES = 20_000;

let api: ApiApp;
let base: string;
let inquiryId: string;
const cookie = {} as Record<'owner' | 'buyer' | 'stranger' | 'moderator', string>;
let buyer: GraphQLClient;

async function signedIn(email: string): Promise<[GraphQLClient, string]> {
  const client = await api.as(email);
  return [client, `sid=${client.cookies.get('sid')}`];
}

function post(id: string, body: string | null, files: [Buffer, string][], who?: string, lang?: string) {
  const form = new FormData();
  if (body !== null) form.append('body', body);
  for (const [data, name] of files) form.append('file', new Blob([new Uint8Array(data)]), name);
  const headers: Record<string, string> = {};
  if (who) headers.cookie = lang ? `${who}; lang=${lang}` : who;
  return fetch(`${base}/api/inquiries/${id}/messages`, { method: 'POST', body: form, headers });
}

async function answer(res: Promise<Response>) {
  const r = await res;
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null };
}

async function storedFiles(): Promise<string[]> {
  return readdir(api.app.services.inquiry.attachmentLimits.dir).catch(() => []);
}

const THREAD = `query($id: ID!) { inquiry(id: $id) { status messages { nodes { side body attachments { name url mimeType bytes } } } } }`;

beforeAll(async () => {
  api = await startApi({ MAX_ATTACHMENT_BYTES: String(MAX_BYTES) });
  base = await api.app.listen({ host: '127.0.0.1', port: 0 });
  const prisma = api.db.prisma;
  const org = await createOrganisation(prisma);
  const users = {
    owner: await createUser(prisma),
    buyer: await createUser(prisma),
    stranger: await createUser(prisma),
    moderator: await createUser(prisma, { role: 'MODERATOR' }),
  };
  await addMember(prisma, users.owner.id, org.id);
  const listing = await createListing(prisma, org.id);
  for (const key of Object.keys(users) as (keyof typeof users)[]) {
    const [client, c] = await signedIn(users[key].email);
    cookie[key] = c;
    if (key === 'buyer') buyer = client;
  }
  const opened = await buyer.request(`mutation($input: OpenInquiryInput!) { openInquiry(input: $input) { ... on Inquiry { id } } }`, {
    input: { listingId: listing.id, message: 'Xin gửi bảng thông số kỹ thuật của dây chuyền hiện có.', intendedUse: 'Nâng cấp dây chuyền sấy', organisationName: 'HTX Dương Xuân' },
  });
  inquiryId = opened.data.openInquiry.id;
});
afterAll(() => api.close());

describe('inquiry attachments', () => {
  it('stores a message with a file of every accepted type and serves each to both sides and the department', async () => {
    const files: [Buffer, string][] = [[PDF, 'Báo giá.pdf'], [DOCX, 'Thông số.docx'], [XLSX, 'bang-tinh.xlsx'], [PNG, 'so-do.png'], [JPEG, '../../etc/anh.jpeg']];
    const res = await answer(post(inquiryId, 'Gửi anh các tài liệu.', files, cookie.owner));
    expect(res.status).toBe(201);
    // The owner side's first message opens the discussion, as through GraphQL.
    expect(res.body).toMatchObject({ __typename: 'Inquiry', id: inquiryId, status: 'IN_DISCUSSION' });
    const thread = (await buyer.request(THREAD, { id: inquiryId })).data.inquiry;
    const [message] = thread.messages.nodes;
    expect(message.body).toBe('Gửi anh các tài liệu.');
    expect(message.attachments.map((a: { name: string; mimeType: string }) => [a.name, a.mimeType])).toEqual([
      ['Báo giá.pdf', 'application/pdf'],
      ['Thông số.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['bang-tinh.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['so-do.png', 'image/png'],
      ['anh.jpg', 'image/jpeg'],
    ]);
    for (const [i, a] of (message.attachments as { url: string; bytes: number }[]).entries()) {
      expect(a.bytes).toBe(files[i][0].length);
      for (const who of [cookie.buyer, cookie.owner, cookie.moderator]) {
        const download = await fetch(`${base}${a.url}`, { headers: { cookie: who } });
        expect(download.status).toBe(200);
        expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
        expect(download.headers.get('x-content-type-options')).toBe('nosniff');
        expect(Buffer.from(await download.arrayBuffer()).equals(files[i][0])).toBe(true);
      }
    }
    const pdf = await fetch(`${base}${message.attachments[0].url}`, { headers: { cookie: cookie.buyer } });
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Báo giá.pdf')}`);
    await pdf.arrayBuffer();
    expect(await storedFiles()).toHaveLength(5);
  });

  it('serves nothing to people outside the inquiry', async () => {
    const [{ url }] = (await buyer.request(THREAD, { id: inquiryId })).data.inquiry.messages.nodes[0].attachments;
    expect((await answer(fetch(`${base}${url}`))).status).toBe(401);
    expect((await answer(fetch(`${base}${url}`, { headers: { cookie: cookie.stranger } }))).status).toBe(404);
    expect((await answer(fetch(`${base}/media/inquiry-attachments/${'0'.repeat(32)}.pdf`, { headers: { cookie: cookie.buyer } }))).status).toBe(404);
    expect((await answer(fetch(`${base}/media/inquiry-attachments/..%2F..%2Fpackage.json`, { headers: { cookie: cookie.buyer } }))).status).toBe(404);
  });

  it('refuses files too large, of the wrong type whatever their name, and too many, storing nothing', async () => {
    const before = await api.db.prisma.inquiryMessage.count();
    const big = await answer(post(inquiryId, 'Tệp lớn', [[Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]), 'lon.pdf']], cookie.buyer));
    expect(big.status).toBe(400);
    expect(big.body.fieldErrors).toEqual([{ field: 'files.0', code: 'ATTACHMENT_TOO_LARGE', message: 'Tệp "lon.pdf" vượt quá 20 KB.' }]);
    const wrong = await answer(post(inquiryId, 'Tệp lạ', [[PDF, 'ok.pdf'], [DOCM, 'macro.docx'], [PLAIN_ZIP, 'nen.xlsx'], [Buffer.from('<html><script>alert(1)</script>'), 'trang.pdf']], cookie.buyer));
    expect(wrong.status).toBe(400);
    expect(wrong.body.fieldErrors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['files.1', 'ATTACHMENT_TYPE'], ['files.2', 'ATTACHMENT_TYPE'], ['files.3', 'ATTACHMENT_TYPE'],
    ]);
    const english = await answer(post(inquiryId, 'Wrong', [[Buffer.from('GIF89a'), 'anim.gif']], cookie.buyer, 'en'));
    expect(english.body.fieldErrors[0].message).toBe('The file "anim.gif" was not accepted: only PDF, DOCX, XLSX, JPEG or PNG files are.');
    const six = await answer(post(inquiryId, 'Nhiều tệp', Array.from({ length: 6 }, (_, i): [Buffer, string] => [PNG, `${i}.png`]), cookie.buyer));
    expect(six.status).toBe(400);
    expect(six.body.fieldErrors).toEqual([{ field: 'files', code: 'TOO_MANY_ATTACHMENTS', message: 'Mỗi tin nhắn có tối đa 5 tệp đính kèm.' }]);
    const empty = await answer(post(inquiryId, '  ', [], cookie.buyer));
    expect(empty.body.fieldErrors).toEqual([{ field: 'body', code: 'REQUIRED', message: 'Vui lòng nhập nội dung tin nhắn.' }]);
    expect(await api.db.prisma.inquiryMessage.count()).toBe(before);
    expect(await storedFiles()).toHaveLength(5);
  });

  it('accepts files without words, and refuses strangers, visitors, unknown inquiries and closed ones', async () => {
    const onlyFile = await answer(post(inquiryId, null, [[PDF, 'hop-dong-mau.pdf']], cookie.buyer));
    expect(onlyFile.status).toBe(201);
    expect(await storedFiles()).toHaveLength(6);
    expect((await answer(post(inquiryId, 'Chào', [[PDF, 'a.pdf']], cookie.stranger))).status).toBe(403);
    expect((await answer(post(inquiryId, 'Chào', [[PDF, 'a.pdf']], cookie.moderator))).status).toBe(403);
    expect((await answer(post(inquiryId, 'Chào', [[PDF, 'a.pdf']]))).status).toBe(401);
    expect((await answer(post('00000000-0000-4000-8000-000000000000', 'Chào', [[PDF, 'a.pdf']], cookie.buyer))).status).toBe(404);
    await buyer.request(`mutation($id: ID!) { withdrawInquiry(id: $id) { __typename } }`, { id: inquiryId });
    const closed = await answer(post(inquiryId, 'Còn tài liệu này', [[PDF, 'b.pdf']], cookie.buyer));
    expect(closed).toMatchObject({ status: 409, body: { code: 'INVALID_TRANSITION' } });
    expect(await storedFiles()).toHaveLength(6);
    expect(await api.db.prisma.inquiryAttachment.count()).toBe(6);
  });
});
