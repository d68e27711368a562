// The evidence store through the running server: upload with the raw-body route, download
// with the protective headers and the same bytes back, refusals with their message, and
// another organisation's user finding nothing.
import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { makePng, newSession, signIn, signUp } from './support';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

// Real, small files made here: a one-page PDF and a PNG.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = makePng(64, 48);
// An ELF executable's header, as if someone renamed a program to certificate.pdf.
const EXECUTABLE = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), randomBytes(4096)]);

async function signedInBrandAgent(page: Page): Promise<APIRequestContext> {
  const user = await signUp(page, 'brand');
  await signIn(page, user.email, user.password);
  return page.request; // shares the page's cookies
}

function upload(request: APIRequestContext, body: Buffer, fileName: string, kind: string, confidential = false) {
  const query = new URLSearchParams({ kind, ...(confidential ? { confidential: '1' } : {}) });
  return request.post(`/api/documents?${query}`, {
    data: body,
    headers: { 'x-file-name': encodeURIComponent(fileName), 'content-type': 'application/octet-stream' },
  });
}

test('a brand agent uploads a PDF and a PNG and gets the same bytes back, served safely', async ({ page }) => {
  const request = await signedInBrandAgent(page);

  const pdfResponse = await upload(request, PDF, 'Certificate №1 商标.pdf', 'TRADEMARK_CERTIFICATE');
  expect(pdfResponse.status()).toBe(201);
  const { document: pdf } = await pdfResponse.json();
  expect(pdf).toMatchObject({ fileName: 'Certificate №1 商标.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length, sha256: sha256(PDF), kind: 'TRADEMARK_CERTIFICATE' });

  const download = await request.get(`/api/documents/${pdf.id}`);
  expect(download.status()).toBe(200);
  const headers = download.headers();
  expect(headers['content-type']).toBe('application/pdf');
  expect(headers['content-disposition']).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''Certificate%20%E2%84%961%20%E5%95%86%E6%A0%87\.pdf$/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toMatch(/(^|;\s*)sandbox(;|$)/);
  expect(sha256(await download.body())).toBe(sha256(PDF));
  // A PDF has no inline preview (the card shows a fallback).
  expect((await request.get(`/api/documents/${pdf.id}/preview`)).status()).toBe(404);

  // A PNG named .pdf is a PNG: accepted as one, named as one.
  const pngResponse = await upload(request, PNG, 'shop photo.pdf', 'TEST_PURCHASE');
  expect(pngResponse.status()).toBe(201);
  const { document: png } = await pngResponse.json();
  expect(png).toMatchObject({ fileName: 'shop photo.png', mimeType: 'image/png', sha256: sha256(PNG) });
  const preview = await request.get(`/api/documents/${png.id}/preview`);
  expect(preview.status()).toBe(200);
  expect(preview.headers()['content-type']).toBe('image/png');
  expect(preview.headers()['content-disposition']).toMatch(/^inline; /);
  expect(preview.headers()['x-content-type-options']).toBe('nosniff');
  expect(preview.headers()['content-security-policy']).toContain('sandbox');
  expect(sha256(await preview.body())).toBe(sha256(PNG));
});

test('an executable renamed .pdf, a file over the cap and an empty file are refused with a clear message', async ({ page }) => {
  const request = await signedInBrandAgent(page);

  const executable = await upload(request, EXECUTABLE, 'certificate.pdf', 'TRADEMARK_CERTIFICATE');
  expect(executable.status()).toBe(415);
  expect(await executable.json()).toEqual({
    error: { message: "This type of file is not accepted here. Accepted: PDF, PNG, JPEG, WebP. The file's content decides its type, not its name." },
  });

  // 26 MB: over the default 25 MB cap.
  const big = Buffer.concat([PNG.subarray(0, 16), Buffer.alloc(26 * 1024 * 1024)]);
  const tooLarge = await upload(request, big, 'huge.png', 'SCREENSHOT');
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toEqual({ error: { message: 'The file is larger than 25 MB. Choose a smaller file.' } });

  const empty = await upload(request, Buffer.alloc(0), 'empty.pdf', 'INVOICE');
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error.message).toBe('The file is empty.');
});

test("another organisation's user gets a not-found for the document, and an anonymous caller nothing", async ({ page, browser, playwright }) => {
  const request = await signedInBrandAgent(page);
  const { document } = await (await upload(request, PNG, 'evidence.png', 'SCREENSHOT')).json();

  const other = await newSession(browser);
  const stranger = await signUp(other, 'seller');
  await signIn(other, stranger.email, stranger.password);
  for (const path of [`/api/documents/${document.id}`, `/api/documents/${document.id}/preview`]) {
    const response = await other.request.get(path);
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: { message: 'There is no such document, or it is not yours to see.' } });
  }

  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const anonymousUpload = await upload(anonymous, PNG, 'x.png', 'SCREENSHOT');
  expect(anonymousUpload.status()).toBe(401);
  // Downloads without a session cookie are turned away by the proxy before the route.
  const anonymousDownload = await anonymous.get(`/api/documents/${document.id}`, { maxRedirects: 0 });
  expect(anonymousDownload.status()).toBe(307);
  expect(anonymousDownload.headers()['location']).toContain('/sign-in');
  await anonymous.dispose();
});
