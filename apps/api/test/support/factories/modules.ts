import type { DataSource } from 'typeorm';
import { row, uniqueTag } from '../db';
import type { GivenEdition } from './programmes';

export interface GivenModule {
  id: string;
  code: string;
  kind: 'JOINT' | 'NATIONAL';
  number: number | null;
  countryCode: string | null;
  versionId: string;
  editionId: string;
}

/**
 * A module of the edition: NATIONAL of `countryCode` (EE) unless a joint `number` is given. Its
 * newest version `version` (1) is PUBLISHED by default, or a DRAFT; the versions before it are
 * SUPERSEDED (same texts).
 */
export async function givenModule(
  db: DataSource,
  options: {
    edition: GivenEdition;
    number?: number;
    countryCode?: string;
    code?: string;
    status?: 'DRAFT' | 'PUBLISHED';
    version?: number;
    title?: Record<string, string>;
    contactHours?: number;
    selfStudyHours?: number;
    deliveryMode?: 'IN_PERSON' | 'ONLINE' | 'BLENDED';
  },
): Promise<GivenModule> {
  const kind = options.number !== undefined ? 'JOINT' : 'NATIONAL';
  const countryCode = kind === 'NATIONAL' ? (options.countryCode ?? 'EE') : null;
  const code = options.code ?? (kind === 'JOINT' ? `JM${options.number}` : `${countryCode}-${uniqueTag()}`);
  const module = await row<{ id: string }>(
    db,
    `INSERT INTO module (edition_id, kind, number, country_code, code) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [options.edition.id, kind, options.number ?? null, countryCode, code],
  );
  const newest = options.version ?? 1;
  let version = { id: '' };
  for (let n = 1; n <= newest; n++) {
    const status = n < newest ? 'SUPERSEDED' : (options.status ?? 'PUBLISHED');
    version = await row<{ id: string }>(
      db,
      `INSERT INTO module_version (module_id, version, status, title, contact_hours, self_study_hours, delivery_mode,
                                   change_reason, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $2 > 1 THEN 'Revised' END, CASE WHEN $3 <> 'DRAFT' THEN now() END)
       RETURNING id`,
      [
        module.id,
        n,
        status,
        JSON.stringify(options.title ?? { en: `Module ${code}` }),
        options.contactHours ?? 16,
        options.selfStudyHours ?? 8,
        options.deliveryMode ?? 'IN_PERSON',
      ],
    );
  }
  return {
    id: module.id,
    code,
    kind,
    number: options.number ?? null,
    countryCode,
    versionId: version.id,
    editionId: options.edition.id,
  };
}
