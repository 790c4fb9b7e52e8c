// Listing photos over real HTTP: multipart upload with content and size checks, members only, served only to
// those who may see the listing, removed with the listing's members' consent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0a90000000049454e44ae426082', 'hex');

let api: ApiApp;
let base: string;
let memberCookie: string;
let outsiderCookie: string;
let draftId: string;
let publishedId: string;

async function cookieOf(email: string): Promise<string> {
  const client = await api.as(email);
  return `sid=${client.cookies.get('sid')}`;
}

/** The status, once the body is read (an unread body keeps the connection busy and slows the server's close). */
async function statusOf(res: Promise<Response>): Promise<number> {
  const r = await res;
  await r.arrayBuffer();
  return r.status;
}

function upload(listingId: string, file: Buffer, name: string, cookie?: string) {
  const form = new FormData();
  form.append('alt', 'Dây chuyền ép dầu');
  form.append('image', new Blob([new Uint8Array(file)]), name);
  return fetch(`${base}/api/listings/${listingId}/images`, { method: 'POST', body: form, headers: cookie ? { cookie } : {} });
}

beforeAll(async () => {
  api = await startApi({ MAX_IMAGE_BYTES: '20000', MAX_IMAGES_PER_LISTING: '2' });
  base = await api.app.listen({ host: '127.0.0.1', port: 0 });
  const org = await createOrganisation(api.db.prisma);
  const member = await createUser(api.db.prisma);
  const outsider = await createUser(api.db.prisma);
  await addMember(api.db.prisma, member.id, org.id);
  draftId = (await createListing(api.db.prisma, org.id, { status: 'DRAFT', publishedAt: null })).id;
  publishedId = (await createListing(api.db.prisma, org.id)).id;
  [memberCookie, outsiderCookie] = await Promise.all([cookieOf(member.email), cookieOf(outsider.email)]);
});
afterAll(() => api.close());

describe('listing images', () => {
  it('accept a real image from a member and serve it with its own type', async () => {
    const res = await upload(publishedId, PNG, 'anh.png', memberCookie);
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    const image = await fetch(`${base}${url}`);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    const listed = await (await api.as(null)).request(`query($id: ID!) { listingById(id: $id) { images { url alt mimeType bytes } } }`, { id: publishedId });
    expect(listed.data.listingById.images).toEqual([{ url, alt: 'Dây chuyền ép dầu', mimeType: 'image/png', bytes: PNG.length }]);
  });

  it('refuse a file that is not an image whatever its name, one too large, and one too many', async () => {
    const fake = await upload(publishedId, Buffer.from('<svg onload="alert(1)"></svg>'), 'anh.png', memberCookie);
    expect(fake.status).toBe(400);
    expect(((await fake.json()) as { fieldErrors: { code: string }[] }).fieldErrors[0].code).toBe('FILE_TYPE');
    const big = await upload(publishedId, Buffer.concat([PNG, Buffer.alloc(30_000)]), 'lon.png', memberCookie);
    expect(big.status).toBe(400);
    expect(((await big.json()) as { fieldErrors: { code: string; message: string }[] }).fieldErrors[0]).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await statusOf(upload(publishedId, PNG, '2.png', memberCookie))).toBe(201);
    const third = await upload(publishedId, PNG, '3.png', memberCookie);
    expect(((await third.json()) as { fieldErrors: { code: string }[] }).fieldErrors[0].code).toBe('TOO_MANY_FILES');
    expect(await api.db.prisma.listingImage.count({ where: { listingId: publishedId } })).toBe(2);
  });

  it('refuse a form without a photo with a field error in the person’s language', async () => {
    const form = new FormData();
    form.append('alt', 'Dây chuyền ép dầu');
    for (const [language, text] of [['vi', 'Vui lòng chọn một ảnh'], ['en', 'Please choose an image']]) {
      const res = await fetch(`${base}/api/listings/${draftId}/images`, { method: 'POST', body: form, headers: { cookie: `${memberCookie}; lang=${language}` } });
      expect(res.status).toBe(400);
      const { fieldErrors } = (await res.json()) as { fieldErrors: { field: string; code: string; message: string }[] };
      expect(fieldErrors[0]).toMatchObject({ field: 'image', code: 'IMAGE_MISSING' });
      expect(fieldErrors[0].message).toContain(text);
    }
  });

  it('refuse uploads from visitors and from people outside the organisation', async () => {
    expect(await statusOf(upload(draftId, PNG, 'a.png'))).toBe(401);
    expect(await statusOf(upload(draftId, PNG, 'a.png', outsiderCookie))).toBe(403);
    expect(await api.db.prisma.listingImage.count({ where: { listingId: draftId } })).toBe(0);
  });

  it('serve images of a draft only to its members', async () => {
    const { url } = (await (await upload(draftId, PNG, 'nhap.png', memberCookie)).json()) as { url: string };
    expect(await statusOf(fetch(`${base}${url}`))).toBe(404);
    expect(await statusOf(fetch(`${base}${url}`, { headers: { cookie: outsiderCookie } }))).toBe(404);
    expect(await statusOf(fetch(`${base}${url}`, { headers: { cookie: memberCookie } }))).toBe(200);
  });
});
