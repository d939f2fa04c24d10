import type { ErrorCode, FieldError, ModuleKind } from '@tandem/shared-domain';
import type { NationalProgrammeStatus } from './national-programme.entity';
import { invalid } from '../../common/field-error';

/** What the rules need to know about a module named in a programme. */
export interface ModuleFacts {
  editionId: string;
  kind: ModuleKind;
  countryCode: string | null;
  code: string;
  published: boolean;
  /** Whether the viewer may know the module exists (published, or the viewer edits it). */
  visible: boolean;
}

/**
 * Field errors for an ordered module list of a programme of `countryCode` in `editionId`: every
 * module once, known, of the edition, JOINT or NATIONAL of that country, and published.
 */
export function moduleListErrors(
  moduleIds: readonly string[],
  modules: ReadonlyMap<string, ModuleFacts>,
  target: { editionId: string; countryCode: string },
): FieldError[] {
  const seen = new Set<string>();
  return moduleIds.flatMap((id, i): FieldError[] => {
    const field = `moduleIds.${i}`;
    if (seen.has(id)) return [invalid(field, 'moduleTwice')];
    seen.add(id);
    const m = modules.get(id);
    if (!m || !m.visible) return [invalid(field, 'unknownModule')];
    if (m.editionId !== target.editionId) return [invalid(field, 'moduleOtherEdition', { code: m.code })];
    if (m.kind === 'NATIONAL' && m.countryCode !== target.countryCode) {
      return [
        invalid(field, 'moduleOtherCountry', {
          code: m.code,
          country: m.countryCode ?? '',
          target: target.countryCode,
        }),
      ];
    }
    if (!m.published) return [invalid(field, 'moduleNotPublished', { code: m.code })];
    return [];
  });
}

export type ProgrammeTransition = 'submit' | 'approve' | 'return';

const ALLOWED_FROM: Record<ProgrammeTransition, readonly NationalProgrammeStatus[]> = {
  submit: ['DRAFT', 'RETURNED'],
  approve: ['SUBMITTED'],
  return: ['SUBMITTED'],
};

/** Why a transition cannot happen from this status (a code and a message), or null when it can. */
export function transitionConflict(
  from: NationalProgrammeStatus,
  transition: ProgrammeTransition,
): { code: ErrorCode; message: string } | null {
  if (ALLOWED_FROM[transition].includes(from)) return null;
  if (from === 'APPROVED') {
    return {
      code: 'ALREADY_DECIDED',
      message:
        transition === 'approve'
          ? 'The programme is already approved.'
          : 'The programme is approved and locked; save a change to start a new revision.',
    };
  }
  if (from === 'SUBMITTED')
    return { code: 'ALREADY_SUBMITTED', message: 'The programme is already submitted and waits for a decision.' };
  return {
    code: 'NOT_SUBMITTED',
    message: 'The programme has not been submitted: only a submitted programme can be approved or returned.',
  };
}

/** Where a national module goes among the joint ones: national trainings come before each joint module (DESIGN.md, the cycle). */
export function interleave<T>(national: readonly T[], joint: readonly T[]): T[] {
  if (!joint.length) return [...national];
  const out: T[] = [];
  let next = 0;
  joint.forEach((j, k) => {
    const share = Math.ceil((national.length - next) / (joint.length - k));
    out.push(...national.slice(next, next + share), j);
    next += share;
  });
  return out.concat(national.slice(next));
}
