import pino from 'pino';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { createPerson, TEST_PASSWORD } from './support/fixtures';
import { GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The import benchmark (skipped unless IMPORT_BENCH_ROWS is set; run it with
 * `node tools/bench/import-bench.mjs`): N generated rows uploaded over HTTP, dry run then import.
 */
const ROWS = Number(process.env['IMPORT_BENCH_ROWS'] ?? 0);
const run = ROWS > 0 ? it : it.skip;

describe('tutor import benchmark', () => {
  let t: TestApp | undefined;
  afterAll(() => t?.close());

  run(
    `imports ${ROWS} rows in under 30 s`,
    async () => {
      t = await startTestApp({ STORAGE_MAX_FILE_BYTES: String(50 * 1024 * 1024) });
      const app = t;
      await loadDemoData(app.db, pino({ level: 'silent' }), 'test');
      const orgs = app.db.getRepository(Organisation);
      const codes = ['BENCH-S1', 'BENCH-S2', 'BENCH-C1', 'BENCH-C2'];
      await orgs.save(
        codes.map((code) =>
          orgs.create({
            name: code,
            kind: code.includes('-S') ? 'VET_INSTITUTION' : 'COMPANY',
            countryCode: 'EE',
            registryCode: code,
          }),
        ),
      );
      const person = await createPerson(app.db, [{ role: 'COORDINATOR', countryCode: 'EE' }]);
      const client = new GqlClient(app.baseUrl);
      await client.login(person.email, TEST_PASSWORD);

      const lines = [
        'email,given_name,family_name,organisation_registry_code,occupation_field,years_of_experience,languages,preferred_language',
      ];
      for (let i = 0; i < ROWS; i++)
        lines.push(`bench.tutor${i}@test.example,Mari${i},Tamm,${codes[i % 4]},Welding,${i % 40},"et,en",et`);
      const body = Buffer.from(lines.join('\n'), 'utf8');
      const post = async (dryRun: boolean) => {
        const form = new FormData();
        form.append('dryRun', String(dryRun));
        form.append('sendInvitations', 'true');
        form.append('file', new Blob([new Uint8Array(body)]), 'bench.csv');
        const started = performance.now();
        const res = await fetch(`${app.baseUrl}/api/imports/tutors`, {
          method: 'POST',
          headers: { 'x-tandem-upload': '1', cookie: client.cookie!, 'x-forwarded-for': client.ip },
          body: form,
        });
        const json = (await res.json()) as { importJob?: { status: string; summary: unknown }; summary?: unknown };
        return { ms: performance.now() - started, json };
      };
      const dry = await post(true);
      const real = await post(false);
      const again = await post(false);
      const report = {
        rows: ROWS,
        fileBytes: body.length,
        dryRunMs: Math.round(dry.ms),
        importMs: Math.round(real.ms),
        reimportMs: Math.round(again.ms),
        importSummary: real.json.importJob?.summary,
        reimportSummary: again.json.importJob?.summary,
      };
      process.stdout.write(`\nIMPORT BENCH ${JSON.stringify(report)}\n`);
      expect(real.json.importJob?.status).toBe('SUCCEEDED');
      expect(real.json.importJob?.summary).toEqual({ new: ROWS, updated: 0, unchanged: 0 });
      expect(again.json.importJob?.summary).toEqual({ new: 0, updated: 0, unchanged: ROWS });
      expect(real.ms).toBeLessThan(30_000);
    },
    180_000,
  );
});
