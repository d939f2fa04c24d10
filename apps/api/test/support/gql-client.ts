import { randomInt } from 'node:crypto';

export interface GqlError {
  message: string;
  path?: string[];
  extensions: { code: string; [key: string]: unknown };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: GqlError[];
}

/** A browser-like client: keeps the session cookie, posts JSON, has its own client address. */
export class GqlClient {
  cookie: string | null = null;
  /** Several clients may share an address (a classroom behind one router). */
  constructor(
    private readonly baseUrl: string,
    readonly ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`,
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.ip,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('tandem_session='));
    if (setCookie) {
      const value = setCookie.split(';')[0];
      this.cookie = value === 'tandem_session=' ? null : value;
    }
    const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  }

  async login(email: string, password: string): Promise<GqlResponse<{ login: { id: string; email: string } }>> {
    return this.request(`mutation Login($input: LoginInput!) { login(input: $input) { id email } }`, {
      input: { email, password },
    });
  }
}

export function errorCode(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions.code;
}
