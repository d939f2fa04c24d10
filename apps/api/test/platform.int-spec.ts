import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POLICY_KEY } from '../src/auth/policy.decorator';
import { errorCode, GqlClient } from './support/gql-client';
import { signInAs } from './support/sign-in';
import { ProbeModule } from './support/probe.module';
import { startTestApp, TestApp } from './support/test-app';

const post = (t: TestApp, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers, body });

describe('the API platform', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'tandem-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
    t = await startTestApp({ WEB_DIST: webDist }, [ProbeModule]);
  });
  afterAll(() => t.close());

  describe('errors', () => {
    it('masks an unexpected error as INTERNAL_SERVER_ERROR with a correlation id and no stack or SQL', async () => {
      const res = await new GqlClient(t.baseUrl).request(`{ probeCrash }`);
      const error = res.errors![0];
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions['correlationId']).toMatch(/^[0-9a-f-]{36}$/);
      const text = JSON.stringify(res);
      expect(text).not.toMatch(/secret_table|password_hash|SELECT|stacktrace|at .*\.ts/);
    });

    it('answers VALIDATION_FAILED with the failing fields for bad input', async () => {
      const res = await new GqlClient(t.baseUrl).login('not-an-email', 'x');
      expect(errorCode(res)).toBe('VALIDATION_FAILED');
      expect(res.errors![0].extensions['fields']).toEqual([
        { field: 'email', rule: 'email', message: 'must be an e-mail address' },
      ]);
    });

    it('answers GRAPHQL_VALIDATION_FAILED for an unknown field, without a stack', async () => {
      const res = await new GqlClient(t.baseUrl).request(`{ nope }`);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(res)).not.toContain('stacktrace');
    });

    it('refuses a signed-in person without the role with FORBIDDEN', async () => {
      const client = await signInAs(t, 'COORDINATOR', { countryCode: 'EE' });
      expect(errorCode(await client.request(`{ auditEvents { total } }`))).toBe('FORBIDDEN');
    });
  });

  describe('deny by default', () => {
    it('refuses an operation that declares no policy, even for an admin', async () => {
      const client = await signInAs(t, 'ADMIN');
      const res = await client.request(`{ probeUndeclared }`);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    });

    it('declares a policy on every Query and Mutation field of the real schema', async () => {
      const app = t.app;
      const reflector = app.get(Reflector);
      const declared = new Set<string>();
      const providers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.providers.values()]);
      for (const wrapper of providers) {
        const instance = wrapper.instance as Record<string, unknown> | undefined;
        if (!instance || typeof instance !== 'object') continue;
        const proto = Object.getPrototypeOf(instance);
        for (const method of Object.getOwnPropertyNames(proto)) {
          const handler = Object.getOwnPropertyDescriptor(proto, method)?.value;
          if (method === 'constructor' || typeof handler !== 'function') continue;
          const type = Reflect.getMetadata('graphql:resolver_type', handler);
          if (type !== 'Query' && type !== 'Mutation') continue;
          const name = Reflect.getMetadata('graphql:resolver_name', handler) ?? method;
          if (reflector.get(POLICY_KEY, handler)) declared.add(`${type}.${name}`);
        }
      }
      const schema = app.get(GraphQLSchemaHost).schema;
      const fields = [
        ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
        ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ];
      const undeclared = fields.filter((f) => !declared.has(f));
      // The probe's deliberately undeclared field proves the walk can find a gap.
      expect(undeclared).toEqual(['Query.probeUndeclared']);
      expect(fields.length).toBeGreaterThan(8);
    });
  });

  describe('limits', () => {
    it('refuses a query deeper than the limit', async () => {
      const deep = `{ probeNode { ${'child { '.repeat(12)} name ${'} '.repeat(12)} } }`;
      const res = await new GqlClient(t.baseUrl).request(deep);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors![0].message).toMatch(/depth/i);
    });

    it('accepts a query within the depth limit', async () => {
      const ok = `{ probeNode { ${'child { '.repeat(5)} name ${'} '.repeat(5)} } }`;
      expect((await new GqlClient(t.baseUrl).request(ok)).errors).toBeUndefined();
    });

    it('refuses a query that costs more than the limit', async () => {
      const client = await signInAs(t, 'ADMIN');
      const pages = Array.from(
        { length: 10 },
        (_, i) => `p${i}: tandems(first: 100) { edges { node { id schoolTutor { id } companyTutor { id } } } }`,
      );
      const res = await client.request(`{ ${pages.join(' ')} }`);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors![0].extensions['limit']).toBe('cost');
      const fine = await client.request(
        `{ auditEvents(first: 100) { total items { id occurredAt actorName operation targetType targetId summary } } }`,
      );
      expect(fine.errors).toBeUndefined();
    });

    it('refuses too many aliases', async () => {
      const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
      const res = await new GqlClient(t.baseUrl).request(`{ ${aliases} }`);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors![0].extensions['limit']).toBe('aliases');
    });

    it('refuses a request body over the size limit with 413', async () => {
      const res = await post(t, JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_100_000) } }));
      expect(res.status).toBe(413);
    });
  });

  describe('CSRF', () => {
    it('refuses a simple cross-site form post (text/plain) without executing it', async () => {
      const res = await post(t, JSON.stringify({ query: 'mutation { logout }' }), { 'content-type': 'text/plain' });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF|preflight/i);
    });

    it('refuses a GET query without a preflight header', async () => {
      const res = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
      expect(res.status).toBe(400);
    });
  });

  describe('HTTP', () => {
    it('answers the health probes', async () => {
      expect((await fetch(`${t.baseUrl}/health/live`)).status).toBe(200);
      const ready = await fetch(`${t.baseUrl}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
    });

    it('serves the web app at / and for client-side routes', async () => {
      for (const path of ['/', '/sign-in', '/admin/audit']) {
        const res = await fetch(`${t.baseUrl}${path}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/text\/html/);
        expect(await res.text()).toContain('<div id="root">');
      }
    });

    it('echoes a safe request id and replaces an unsafe one', async () => {
      const ok = await fetch(`${t.baseUrl}/health/live`, { headers: { 'x-request-id': 'abc-123' } });
      expect(ok.headers.get('x-request-id')).toBe('abc-123');
      const bad = await fetch(`${t.baseUrl}/health/live`, { headers: { 'x-request-id': 'a b<script>' } });
      expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
