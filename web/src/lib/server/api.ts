// The bridge from SvelteKit to the API: GraphQL operations (gql) and multipart uploads to its plain routes (upload,
// e.g. listing photos). In production the API server hosts this app and exposes an
// in-process entry point (Fastify inject) as globalThis.__exchangeApi, so a page costs no extra HTTP hop; under
// `vite dev` there is no host, so the bridge posts to API_ORIGIN over HTTP instead. Either way the API sees the
// browser's cookies and language, and the cookies it sets (the `sid` session) reach the browser.
import { error, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { parseSetCookie, type Cookie } from 'set-cookie-parser';
import { LOCALE_COOKIE } from '$lib/i18n';
import { localeOfPath } from '$lib/i18n/url';

export interface ApiRequest {
  query: string;
  variables?: Record<string, unknown>;
  headers: Record<string, string>;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface UploadFile {
  /** The multipart field the API reads the file from, e.g. `image`. */
  field: string;
  name: string;
  data: Uint8Array;
}

export interface UploadRequest {
  url: string;
  fields: Record<string, string>;
  files: UploadFile[];
  headers: Record<string, string>;
}

export interface ExchangeApi {
  graphql(request: ApiRequest): Promise<ApiResponse>;
  /** A multipart POST to a plain API route (e.g. `/api/listings/{id}/images`, `/api/inquiries/{id}/messages`). */
  upload(request: UploadRequest): Promise<ApiResponse>;
  /** Settings shared with the API (server/plugins/web.ts). */
  settings: ApiSettings;
  /** Writes an unexpected failure of a page to the API server's log. */
  logError(details: Record<string, unknown>, message: string): void;
}

export interface ApiSettings {
  /** Cookies are Secure (COOKIE_SECURE, or PUBLIC_URL is https). */
  secureCookies: boolean;
  /** The largest body of a form without files (the API's BODY_LIMIT_BYTES). */
  formBodyLimit: number;
  /** PUBLIC_URL's origin, when set. */
  publicOrigin?: string;
}

/** The API's settings, or what `vite dev` (no host process) can tell from the request. */
export function apiSettings(url: URL): ApiSettings {
  return globalThis.__exchangeApi?.settings ?? { secureCookies: url.protocol === 'https:', formBodyLimit: 1_048_576 };
}

/** Where people reach the site (PUBLIC_URL), else the address this request came to: absolute links start with it. */
export function publicOrigin(url: URL): string {
  return apiSettings(url).publicOrigin ?? url.origin;
}

/** What a plain API route answered: its status and its JSON body (null when the body is not JSON). */
export interface UploadResponse<T> {
  status: number;
  body: T | null;
}

declare global {
  var __exchangeApi: ExchangeApi | undefined;
}

interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The API refused or failed the operation as a whole (as opposed to a typed InputError result). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: GraphQLError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

type BridgeEvent = Pick<RequestEvent, 'cookies' | 'request' | 'getClientAddress'>;

/** Operations without required variables may omit them; the others must pass them. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

const printed = new WeakMap<object, string>();

function queryText(document: TypedDocumentNode<unknown, never>): string {
  let text = printed.get(document);
  if (!text) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** What the API must see of the browser: its cookies, language, user agent and address. */
function browserHeaders(event: BridgeEvent): Record<string, string> {
  // Raw values (no decoding) so the API reads exactly what the browser sent, plus any cookie the API set
  // earlier in this same request (e.g. the session right after signIn).
  // The API answers in the page's language (its address), whatever language cookie the browser holds.
  const cookie = event.cookies
    .getAll({ decode: (value: string) => value })
    .filter(({ name, value }) => value !== '' && name !== LOCALE_COOKIE)
    .map(({ name, value }) => `${name}=${value}`)
    .concat(`${LOCALE_COOKIE}=${localeOfPath(new URL(event.request.url).pathname)}`)
    .join('; ');
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  const language = event.request.headers.get('accept-language');
  if (language) headers['accept-language'] = language;
  const userAgent = event.request.headers.get('user-agent');
  if (userAgent) headers['user-agent'] = userAgent;
  // The API logs its requests for this page under the page's id (server/plugins/request-log.ts).
  const pageRequest = event.request.headers.get('x-request-id');
  if (pageRequest) headers['x-exchange-parent-request'] = pageRequest;
  try {
    headers['x-forwarded-for'] = event.getClientAddress();
  } catch {
    // Not every adapter context knows the client address; the API then sees the host's own.
  }
  return headers;
}

async function send(request: ApiRequest): Promise<ApiResponse> {
  if (globalThis.__exchangeApi) return globalThis.__exchangeApi.graphql(request);
  const origin = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: request.headers,
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  return {
    status: response.status,
    headers: { 'set-cookie': response.headers.getSetCookie() },
    body: await response.text(),
  };
}

function sameSite(value: string | undefined): 'lax' | 'strict' | 'none' | undefined {
  const lower = value?.toLowerCase();
  return lower === 'lax' || lower === 'strict' || lower === 'none' ? lower : undefined;
}

function applyCookie(cookies: Cookies, cookie: Cookie): void {
  cookies.set(cookie.name, cookie.value, {
    path: cookie.path ?? '/',
    domain: cookie.domain,
    httpOnly: cookie.httpOnly ?? false,
    secure: cookie.secure ?? false,
    sameSite: sameSite(cookie.sameSite) ?? 'lax',
    maxAge: cookie.maxAge,
    expires: cookie.expires,
    // The API already encoded the value; encoding it again would corrupt signed session ids.
    encode: (value: string) => value,
  });
}

/** Cookies the API set (the `sid` session, renewed or cleared) reach the browser. */
function applySetCookies(event: BridgeEvent, response: ApiResponse): void {
  const setCookie = response.headers['set-cookie'];
  if (!setCookie) return;
  for (const cookie of parseSetCookie(setCookie, { decodeValues: false })) applyCookie(event.cookies, cookie);
}

/** The message of a refusal's JSON body: a GraphQL error's, or a plain route's `{ message }`. */
function firstErrorMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: string; errors?: GraphQLError[] };
    return parsed.errors?.[0]?.message ?? parsed.message;
  } catch {
    return undefined;
  }
}

/** Runs a typed GraphQL operation as the browser that made `event`, and returns its data. */
export async function gql<TData, TVariables extends Record<string, unknown>>(
  event: BridgeEvent,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TData> {
  const response = await send({
    query: queryText(document as TypedDocumentNode<unknown, never>),
    variables,
    headers: { ...browserHeaders(event), 'content-type': 'application/json', accept: 'application/json' },
  });
  applySetCookies(event, response);
  // The form's text was more than the API takes: the person's request is too large, not our failure.
  if (response.status === 413) error(413, 'Payload Too Large');
  // Over a per-minute limit: the API's message (in the person's language) says how long to wait.
  if (response.status === 429) error(429, firstErrorMessage(response.body) ?? 'Too Many Requests');

  let payload: { data?: TData | null; errors?: GraphQLError[] };
  try {
    payload = JSON.parse(response.body);
  } catch {
    throw new ApiError(`GraphQL API answered ${response.status} with a body that is not JSON`, response.status);
  }
  if (payload.errors?.length) {
    const summary = payload.errors.map((e) => `${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`);
    throw new ApiError(`GraphQL API error: ${summary.join('; ')}`, response.status, payload.errors);
  }
  if (payload.data == null) throw new ApiError(`GraphQL API answered ${response.status} without data`, response.status);
  return payload.data;
}

async function sendUpload(request: UploadRequest): Promise<ApiResponse> {
  if (globalThis.__exchangeApi) return globalThis.__exchangeApi.upload(request);
  const origin = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';
  const body = new FormData();
  for (const [name, value] of Object.entries(request.fields)) body.append(name, value);
  for (const file of request.files) body.append(file.field, new Blob([new Uint8Array(file.data)]), file.name);
  // fetch writes the multipart content type (with its boundary) itself.
  const response = await fetch(`${origin}${request.url}`, { method: 'POST', headers: request.headers, body });
  return {
    status: response.status,
    headers: { 'set-cookie': response.headers.getSetCookie() },
    body: await response.text(),
  };
}

/**
 * Posts files (multipart) to a plain API route as the browser that made `event`, e.g. a listing photo to
 * `/api/listings/{id}/images` with `file.field` = `image`, or a message's files to `/api/inquiries/{id}/messages`.
 * Answers the status and the JSON body; reading what a refusal means (400 with field errors, 401, 403, 404) is the
 * caller's business.
 */
export async function upload<T = unknown>(
  event: BridgeEvent,
  url: string,
  fields: Record<string, string>,
  file: UploadFile | UploadFile[],
): Promise<UploadResponse<T>> {
  const files = Array.isArray(file) ? file : [file];
  const response = await sendUpload({ url, fields, files, headers: { ...browserHeaders(event), accept: 'application/json' } });
  applySetCookies(event, response);
  if (response.status === 429) error(429, firstErrorMessage(response.body) ?? 'Too Many Requests');
  let body: T | null = null;
  try {
    body = JSON.parse(response.body) as T;
  } catch {
    // A proxy's or the server's own error page: the status says enough.
  }
  return { status: response.status, body };
}
