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
 * A module of the edition with version 1 (PUBLISHED by default, or a DRAFT): NATIONAL of
 * `countryCode` (EE) unless a joint `number` is given.
 */
export async function givenModule(
  db: DataSource,
  options: {
    edition: GivenEdition;
    number?: number;
    countryCode?: string;
    code?: string;
    status?: 'DRAFT' | 'PUBLISHED';
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
  const status = options.status ?? 'PUBLISHED';
  const version = await row<{ id: string }>(
    db,
    `INSERT INTO module_version (module_id, version, status, title, contact_hours, self_study_hours, delivery_mode, published_at)
     VALUES ($1, 1, $2, $3, $4, $5, $6, CASE WHEN $2 = 'PUBLISHED' THEN now() END) RETURNING id`,
    [
      module.id,
      status,
      JSON.stringify(options.title ?? { en: `Module ${code}` }),
      options.contactHours ?? 16,
      options.selfStudyHours ?? 8,
      options.deliveryMode ?? 'IN_PERSON',
    ],
  );
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
