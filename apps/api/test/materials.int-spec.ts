import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@tandem/shared-domain';
import { StoredFile } from '../src/storage/stored-file.entity';
import { givenEdition, givenModule } from './support/factories';
import { errorCode, GqlClient } from './support/gql-client';
import { signInAs } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface Material {
  id: string;
  kind: string;
  title: string;
  url: string | null;
  downloadUrl: string | null;
  fileName: string | null;
  contentType: string | null;
}
interface ModuleShape {
  id: string;
  code: string;
  version: number;
  status: string;
  lockVersion: number;
  materials: Material[];
}
const FIELDS = `id code version status lockVersion materials { id kind title url downloadUrl fileName contentType }`;
const GET = `query G($id: ID!, $draft: Boolean!) { module(id: $id, draft: $draft) { ${FIELDS} } }`;
const ADD_LINK = `mutation A($input: AddModuleMaterialLinkInput!) { addModuleMaterialLink(input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation R($input: RemoveModuleMaterialInput!) { removeModuleMaterial(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation P($input: PublishModuleInput!) { publishModule(input: $input) { ${FIELDS} } }`;
const SAVE = `mutation S($input: SaveModuleDraftInput!) { saveModuleDraft(input: $input) { ${FIELDS} } }`;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]);

describe('module materials and file storage', () => {
  let t: TestApp;
  let dataDir: string;
  const clients: Record<string, GqlClient> = {};
  /** One signed-in person per role and country, e.g. `as('COORDINATOR', 'EE')`. */
  const as = async (role: Role, countryCode?: string) => {
    const key = `${role}/${countryCode ?? ''}`;
    clients[key] ??= await signInAs(t, role, { countryCode });
    return clients[key];
  };
  const moduleIds = new Map<string, string>();
  const moduleId = async (code: string) => moduleIds.get(code) as string;
  const storedFiles = () =>
    existsSync(join(dataDir, 'files'))
      ? readdirSync(join(dataDir, 'files'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length
      : 0;

  const upload = async (
    client: GqlClient,
    id: string,
    parts: { lockVersion?: number; title?: string; file?: { name: string; bytes: Buffer; type?: string } },
    headers: Record<string, string> = { 'x-tandem-upload': '1' },
  ) => {
    const form = new FormData();
    if (parts.lockVersion !== undefined) form.append('lockVersion', String(parts.lockVersion));
    if (parts.title !== undefined) form.append('title', parts.title);
    if (parts.file)
      form.append(
        'file',
        new Blob([new Uint8Array(parts.file.bytes)], { type: parts.file.type ?? 'application/pdf' }),
        parts.file.name,
      );
    const res = await fetch(`${t.baseUrl}/api/modules/${id}/materials`, {
      method: 'POST',
      headers: { ...headers, 'x-forwarded-for': client.ip, ...(client.cookie ? { cookie: client.cookie } : {}) },
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        ok?: boolean;
        error?: { code: string; fields?: { field: string; message: string }[] };
      },
    };
  };
  const download = (client: GqlClient | null, url: string) =>
    fetch(`${t.baseUrl}${url}`, {
      headers: client?.cookie ? { cookie: client.cookie, 'x-forwarded-for': client.ip } : {},
    });

  beforeAll(async () => {
    dataDir = (await import('node:fs')).mkdtempSync(join((await import('node:os')).tmpdir(), 'tandem-files-test-'));
    t = await startTestApp({ DATA_DIR: dataDir, STORAGE_MAX_FILE_BYTES: String(64 * 1024) });
    const edition = await givenEdition(t.db);
    for (const code of ['EE-N1', 'EE-N2', 'EE-N3', 'LV-N1', 'LT-N1'])
      moduleIds.set(code, (await givenModule(t.db, { edition, countryCode: code.slice(0, 2), code })).id);
  });
  afterAll(() => t.close());

  it('adds a PDF to the draft of a published module, serves it as an attachment once published', async () => {
    const coordinator = await as('COORDINATOR', 'EE');
    const id = await moduleId('EE-N1');
    const before = (await coordinator.request<{ module: ModuleShape }>(GET, { id, draft: true })).data!.module;
    const up = await upload(coordinator, id, {
      lockVersion: before.lockVersion,
      title: 'Session plan',
      file: { name: 'plan.pdf', bytes: PDF },
    });
    expect(up).toEqual({ status: 201, body: { ok: true } });

    const draft = (await coordinator.request<{ module: ModuleShape }>(GET, { id, draft: true })).data!.module;
    expect(draft).toMatchObject({ status: 'DRAFT', version: before.version + 1 });
    const file = draft.materials.find((m) => m.kind === 'FILE')!;
    expect(file).toMatchObject({ title: 'Session plan', fileName: 'plan.pdf', contentType: 'application/pdf' });

    // A tutor sees the published version, which does not have the file yet: not even its existence.
    const tutor = await as('TUTOR');
    expect((await download(tutor, file.downloadUrl!)).status).toBe(404);
    const own = await download(coordinator, file.downloadUrl!);
    expect(own.status).toBe(200);

    const published = await coordinator.request<{ publishModule: ModuleShape }>(PUBLISH, {
      input: { moduleId: id, lockVersion: draft.lockVersion },
    });
    expect(errorCode(published)).toBe('VALIDATION_FAILED'); // version 2+ needs a reason
    const saved = await coordinator.request<{ saveModuleDraft: ModuleShape }>(SAVE, {
      input: { moduleId: id, lockVersion: draft.lockVersion, changeReason: 'Added the session plan' },
    });
    await coordinator.request(PUBLISH, {
      input: { moduleId: id, lockVersion: saved.data!.saveModuleDraft.lockVersion },
    });

    const res = await download(tutor, file.downloadUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="plan.pdf"/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await download(null, file.downloadUrl!)).status).toBe(401);

    const history = await tutor.request<{ moduleHistory: { changes: { field: string; after: string | null }[] }[] }>(
      `query H($id: ID!) { moduleHistory(moduleId: $id) { changes { field after } } }`,
      { id },
    );
    expect(history.data!.moduleHistory[0].changes).toContainEqual({ field: 'materials', after: 'Session plan' });
  });

  it('refuses an executable named .pdf, an oversized file and an empty one, storing nothing', async () => {
    const coordinator = await as('COORDINATOR', 'EE');
    const id = await moduleId('EE-N2');
    const before = (await coordinator.request<{ module: ModuleShape }>(GET, { id, draft: true })).data!.module;
    const rows = await t.db.getRepository(StoredFile).count();
    const files = storedFiles();

    const disguised = await upload(coordinator, id, {
      lockVersion: before.lockVersion,
      file: { name: 'syllabus.pdf', bytes: EXE },
    });
    expect(disguised.status).toBe(400);
    expect(disguised.body.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'file' }] });
    expect(disguised.body.error!.fields![0].message).toContain('exe');

    const big = await upload(coordinator, id, {
      lockVersion: before.lockVersion,
      file: { name: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(70 * 1024)]) },
    });
    expect(big.status).toBe(400);
    expect(big.body.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'file' }] });

    const empty = await upload(coordinator, id, {
      lockVersion: before.lockVersion,
      file: { name: 'empty.pdf', bytes: Buffer.alloc(0) },
    });
    expect(empty.body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    const noLock = await upload(coordinator, id, { file: { name: 'plan.pdf', bytes: PDF } });
    expect(noLock.body.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'lockVersion' }] });

    expect(await t.db.getRepository(StoredFile).count()).toBe(rows);
    expect(storedFiles()).toBe(files);
    const after = (await coordinator.request<{ module: ModuleShape }>(GET, { id, draft: true })).data!.module;
    expect(after).toEqual(before);
  });

  it('refuses uploads from the wrong country, the wrong role, a stale version or without the upload header', async () => {
    const id = await moduleId('EE-N3');
    const coordinatorEe = await as('COORDINATOR', 'EE');
    const { lockVersion } = (await coordinatorEe.request<{ module: ModuleShape }>(GET, { id, draft: true })).data!
      .module;
    const rows = await t.db.getRepository(StoredFile).count();
    const file = { name: 'plan.pdf', bytes: PDF };

    expect((await upload(await as('COORDINATOR', 'LV'), id, { lockVersion, file })).body.error?.code).toBe('FORBIDDEN');
    expect((await upload(await as('TUTOR'), id, { lockVersion, file })).body.error?.code).toBe('FORBIDDEN');
    const stale = await upload(coordinatorEe, id, { lockVersion: lockVersion - 1, file });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'STALE_WRITE' } } });
    expect((await upload(coordinatorEe, id, { lockVersion, file }, {})).body.error?.code).toBe('FORBIDDEN');
    expect(await t.db.getRepository(StoredFile).count()).toBe(rows);
  });

  it('adds and removes links with validation, optimistic locking and scope', async () => {
    const coordinator = await as('COORDINATOR', 'LV');
    const id = await moduleId('LV-N1');
    const start = (await coordinator.request<{ module: ModuleShape }>(GET, { id, draft: true })).data!.module;

    const bad = await coordinator.request(ADD_LINK, {
      input: { moduleId: id, lockVersion: start.lockVersion, title: 'Guide', url: 'javascript:alert(1)' },
    });
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(bad.errors)).toContain('url');

    const added = await coordinator.request<{ addModuleMaterialLink: ModuleShape }>(ADD_LINK, {
      input: {
        moduleId: id,
        lockVersion: start.lockVersion,
        title: 'Cedefop guide',
        url: 'https://www.cedefop.europa.eu/',
      },
    });
    const link = added.data!.addModuleMaterialLink.materials.at(-1)!;
    expect(link).toMatchObject({
      kind: 'LINK',
      title: 'Cedefop guide',
      url: 'https://www.cedefop.europa.eu/',
      downloadUrl: null,
    });

    const stale = await coordinator.request(ADD_LINK, {
      input: { moduleId: id, lockVersion: start.lockVersion, title: 'Again', url: 'https://example.org/' },
    });
    expect(errorCode(stale)).toBe('STALE_WRITE');
    const otherCountry = await (
      await as('COORDINATOR', 'EE')
    ).request(ADD_LINK, {
      input: {
        moduleId: id,
        lockVersion: added.data!.addModuleMaterialLink.lockVersion,
        title: 'x',
        url: 'https://example.org/',
      },
    });
    expect(errorCode(otherCountry)).toBe('FORBIDDEN');

    const removed = await coordinator.request<{ removeModuleMaterial: ModuleShape }>(REMOVE, {
      input: { moduleId: id, lockVersion: added.data!.addModuleMaterialLink.lockVersion, materialId: link.id },
    });
    expect(removed.data!.removeModuleMaterial.materials.some((m) => m.id === link.id)).toBe(false);
  });

  it('lets exactly one of two concurrent material edits of the same draft win', async () => {
    const coordinator = await as('COORDINATOR', 'LT');
    const id = await moduleId('LT-N1');
    const { lockVersion } = (await coordinator.request<{ module: ModuleShape }>(GET, { id, draft: true })).data!.module;
    const results = await Promise.all(
      ['A', 'B'].map((title) =>
        coordinator.request(ADD_LINK, {
          input: { moduleId: id, lockVersion, title, url: `https://example.org/${title}` },
        }),
      ),
    );
    expect(results.map(errorCode).sort()).toEqual(['STALE_WRITE', undefined]);
  });
});
