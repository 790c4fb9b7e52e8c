// Talks to the API like a browser would: JSON over HTTP, keeping the cookies the server sets.
import type { FastifyInstance } from 'fastify';

export interface GraphQLResponse<T = any> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  setCookies: string[];
}

export class GraphQLClient {
  readonly cookies = new Map<string, string>();
  headers: Record<string, string> = {};
  /** The address the requests come from (limits count it); inject's own otherwise. */
  remoteAddress: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...this.headers },
      payload: JSON.stringify({ query, variables }),
      ...(this.remoteAddress ? { remoteAddress: this.remoteAddress } : {}),
    });
    const raw = res.headers['set-cookie'];
    const setCookies = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = (c.expires && c.expires.getTime() <= Date.now()) || c.maxAge === 0 || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const body = JSON.parse(res.body);
    return { status: res.statusCode, data: body.data, errors: body.errors, setCookies };
  }
}
