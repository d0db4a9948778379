// A browser-like client for app.inject: keeps cookies, sends the CSRF token and a language.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { unusedTotpCode } from './totp.ts';
import type { Clock } from '../../server/clock.ts';

// TOTP secrets handed out at first login, per app and e-mail, so later logins can answer the second step.
const totpSecrets = new WeakMap<FastifyInstance, Map<string, string>>();
// The step of the last code used per app and e-mail: the server takes each code once.
const totpSteps = new WeakMap<FastifyInstance, Map<string, number>>();

export interface Response<T = any> { status: number; body: T; headers: Record<string, string | string[] | number | undefined>; raw: string; bytes: Buffer }

export class Client {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  /** `clock`: the app's clock when a test fixed it, so that TOTP codes are those of the server's time. */
  constructor(private readonly app: FastifyInstance, public lang: 'sv' | 'en' = 'sv', private readonly clock?: Clock) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(setCookie: string | string[] | undefined) {
    for (const line of ([] as string[]).concat(setCookie ?? [])) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request<T = any>(method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Response<T>> {
    if (method !== 'GET' && this.csrf === null) await this.refreshCsrf();
    const res = await this.app.inject({
      method,
      url,
      headers: {
        'accept-language': this.lang,
        cookie: this.cookieHeader(),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(payload !== undefined ? { payload: typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload) } : {}),
    });
    this.keepCookies(res.headers["set-cookie"] as string | string[] | undefined);
    let body: any = res.body;
    // A compressed answer (the test asked for one with Accept-Encoding) is left to the test to read.
    if (String(res.headers['content-type'] ?? '').includes('json') && res.body && !res.headers['content-encoding']) body = JSON.parse(res.body);
    return { status: res.statusCode, body, headers: res.headers, raw: res.body, bytes: res.rawPayload };
  }

  async refreshCsrf() {
    const res = await this.request<{ csrfToken: string }>('GET', '/api/session');
    this.csrf = res.body.csrfToken;
    return res;
  }

  get<T = any>(url: string) { return this.request<T>('GET', url); }
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>) { return this.request<T>('POST', url, body, headers); }
  delete<T = any>(url: string) { return this.request<T>('DELETE', url); }

  /** One file as a browser's FormData sends it (multipart/form-data, field "file"). */
  async upload<T = any>(url: string, data: Buffer, filename: string, type = 'application/octet-stream', field = 'file') {
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(data)], { type }), filename);
    const encoded = new globalThis.Response(form);
    return this.request<T>('POST', url, Buffer.from(await encoded.arrayBuffer()), { 'content-type': encoded.headers.get('content-type')! });
  }

  async loginTenant(username = 'lunden', password = 'Lunden#2026') {
    const res = await this.post('/api/auth/login/tenant', { username, password });
    if (res.status !== 200) throw new Error(`tenant login failed: ${res.status} ${res.raw}`);
    return res;
  }

  /** Both steps of a staff login; the first time, sets up TOTP as a person with an authenticator app would. */
  async loginStaff(email = 'admin@exempel.se', password = 'Admin#2026') {
    const first = await this.post('/api/auth/login/staff', { email, password });
    if (first.status !== 200) throw new Error(`staff login failed: ${first.status} ${first.raw}`);
    const secrets = totpSecrets.get(this.app) ?? new Map<string, string>();
    totpSecrets.set(this.app, secrets);
    if (first.body.step === 'totp_setup') secrets.set(email.toLowerCase(), first.body.secret);
    const secret = secrets.get(email.toLowerCase());
    if (!secret) throw new Error(`no TOTP secret known for ${email}`);
    const steps = totpSteps.get(this.app) ?? new Map<string, number>();
    totpSteps.set(this.app, steps);
    const { code, step } = await unusedTotpCode(secret, steps.get(email.toLowerCase()), this.clock);
    steps.set(email.toLowerCase(), step);
    const second = await this.post('/api/auth/login/staff/totp', { challengeId: first.body.challengeId, code });
    if (second.status !== 200) throw new Error(`staff second step failed: ${second.status} ${second.raw}`);
    return second;
  }

  /** Tells the client that a test used a code itself, so its next login picks a later one. */
  static usedTotpStep(app: FastifyInstance, email: string, step: number): void {
    const steps = totpSteps.get(app) ?? new Map<string, number>();
    totpSteps.set(app, steps);
    steps.set(email.toLowerCase(), Math.max(step, steps.get(email.toLowerCase()) ?? -Infinity));
  }

  static totpSecretOf(app: FastifyInstance, email: string): string | undefined {
    return totpSecrets.get(app)?.get(email.toLowerCase());
  }
}
