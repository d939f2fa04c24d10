import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { EditionsService } from '../programmes/editions.service';
import type { CompletionRule } from './completion-rule.entity';
import type { CompletionStatusValue } from './completion-status.entity';
import { PROGRESS_SQL, ruleParams } from './completion.sql';
import { CompletionService } from './completion.service';
import type { ProgressRequirementModel, TutorProgressModel } from './completion.model';

interface ProgressRow {
  person_id: string;
  status: CompletionStatusValue;
  trained_at: Date | null;
  on_track: boolean;
  national_hours: number;
  joint_attended: number[];
  self_assessment_done: boolean;
  assignments_accepted: number;
  assignments_required: number;
  hours_ahead: number;
  joint_ahead: number[];
  computed_at: Date;
}

/** Each condition of the rule, done or missing, for the page that tells a tutor what to do next. */
export function requirementsOf(rule: CompletionRule, row: ProgressRow): ProgressRequirementModel[] {
  const items: ProgressRequirementModel[] = [];
  const base = { moduleNumber: null, roundKind: null, bookedAhead: null };
  for (const n of rule.requiredJointNumbers) {
    const done = row.joint_attended.includes(n);
    items.push({
      ...base,
      kind: 'JOINT_MODULE',
      done,
      achieved: done ? 1 : 0,
      required: 1,
      moduleNumber: n,
      bookedAhead: row.joint_ahead.includes(n) ? 1 : 0,
    });
  }
  if (rule.minJointModules > 0)
    items.push({
      ...base,
      kind: 'JOINT_MODULE_COUNT',
      done: row.joint_attended.length >= rule.minJointModules,
      achieved: row.joint_attended.length,
      required: rule.minJointModules,
      bookedAhead: row.joint_ahead.filter((n) => !row.joint_attended.includes(n)).length,
    });
  const hours = Number(rule.minNationalHours);
  if (hours > 0)
    items.push({
      ...base,
      kind: 'NATIONAL_HOURS',
      done: row.national_hours >= hours,
      achieved: row.national_hours,
      required: hours,
      bookedAhead: row.hours_ahead,
    });
  if (rule.selfAssessmentKind)
    items.push({
      ...base,
      kind: 'SELF_ASSESSMENT',
      done: row.self_assessment_done,
      achieved: row.self_assessment_done ? 1 : 0,
      required: 1,
      roundKind: rule.selfAssessmentKind,
      moduleNumber: rule.selfAssessmentModuleNumber,
    });
  if (rule.assignmentsMode !== 'NONE')
    items.push({
      ...base,
      kind: 'ASSIGNMENTS',
      done: row.assignments_accepted >= row.assignments_required,
      achieved: row.assignments_accepted,
      required: row.assignments_required,
    });
  return items;
}

/**
 * A tutor's progress, computed live for one person (cheap) so the page never lags behind the facts.
 * Readers: the tutor and their tandem partner, the COORDINATOR of the tutor's country, a MANAGER of
 * their organisation, ADMIN; anyone else gets NOT_FOUND.
 */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly editions: EditionsService,
    private readonly completion: CompletionService,
  ) {}

  async editionId(asked?: string | null): Promise<string> {
    if (asked) return (await this.editions.get(asked)).id;
    const current = await this.editions.current();
    if (!current) throw Errors.notFound('Edition');
    return current.id;
  }

  async ofPerson(viewer: Viewer, personId: string, askedEdition?: string | null): Promise<TutorProgressModel | null> {
    const editionId = await this.editionId(askedEdition);
    const [who]: {
      name: string;
      country_code: string;
      organisation_id: string;
      members: string[] | null;
    }[] = await this.db.query(
      `SELECT p.given_name || ' ' || p.family_name AS name, o.country_code::text AS country_code, o.id AS organisation_id,
              (SELECT array_agg(m2.person_id) FROM tandem_member m1 JOIN tandem_member m2 ON m2.tandem_id = m1.tandem_id
                WHERE m1.person_id = p.id AND m1.edition_id = $2 AND m1.tandem_status <> 'DISSOLVED') AS members
         FROM tutor_participation tp JOIN person p ON p.id = tp.person_id
         JOIN tutor_profile prof ON prof.person_id = p.id JOIN organisation o ON o.id = prof.organisation_id
        WHERE tp.person_id = $1 AND tp.edition_id = $2`,
      [personId, editionId],
    );
    const allowed =
      who &&
      Access.can(viewer, 'progress.read', {
        personId,
        countryCode: who.country_code,
        organisationId: who.organisation_id,
        memberIds: who.members ?? [],
      });
    if (!allowed) {
      if (personId === viewer.personId) return null; // not a tutor of this edition: nothing to show
      throw Errors.notFound('Tutor');
    }
    const rule = await this.completion.rule(editionId);
    const params = ruleParams(rule).slice(0, 7);
    const [row]: ProgressRow[] = await this.db.query(PROGRESS_SQL, [editionId, [personId], ...params]);
    return {
      personId,
      name: who.name,
      editionId,
      status: row.status,
      trainedAt: row.trained_at,
      onTrack: row.on_track,
      requirements: requirementsOf(rule, row),
      computedAt: row.computed_at,
    };
  }
}
