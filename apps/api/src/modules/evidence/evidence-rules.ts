import { PROGRAMME_COUNTRIES, type AuditOperation } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError } from '../../common/domain-error';
import type { CitationSourceInput } from './dto/evidence.input';
import type { CitationSource } from './evidence.entity';
import type { FindingRow } from './evidence.repository';

/** The rules the evidence services share: who sees and writes what, and the outcomes they refuse with. */

export const stale = (what: string) =>
  new DomainError(
    'STALE_WRITE',
    `Someone else changed this ${what} since you opened it. Reload to see their changes, then make yours again.`,
  );
export const published = () =>
  new DomainError('FINDING_PUBLISHED', 'This finding is published: it takes no more edits, citations or comments.');

/** The countries a finding concerns: those it names, or all programme countries when it names none. */
const concerned = (f: Pick<FindingRow, 'country_codes'>): readonly string[] =>
  f.country_codes.length ? f.country_codes : PROGRAMME_COUNTRIES;

export const source = (s: CitationSourceInput): CitationSource =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null && v !== undefined)) as CitationSource;

/** RESEARCHER and ADMIN: programme-wide writers. */
export const canWrite = (viewer: Viewer): boolean => Access.countries(viewer, 'evidence.write') === 'ALL';

export const readsDraft = (viewer: Viewer, f: FindingRow): boolean =>
  Access.can(viewer, 'evidence.readDrafts', { countryCodes: concerned(f) });

export const visible = (viewer: Viewer, f: FindingRow): boolean =>
  f.status === 'PUBLISHED' ? Access.allows(viewer, 'evidence.read') : readsDraft(viewer, f);

export const canComment = (viewer: Viewer, f: FindingRow): boolean =>
  f.status === 'DRAFT' && Access.can(viewer, 'evidence.comment', { countryCodes: concerned(f) });

/** One audit event of an evidence use case, in its transaction. */
export function recordEvidence(
  audit: AuditService,
  db: EntityManager,
  viewer: Viewer,
  event: { operation: AuditOperation; targetType: string; targetId: string; summary: string; requestId?: string },
) {
  return audit.record(db, { actorPersonId: viewer.personId, ...event });
}
