import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { scopeOf } from '../../access-facts/access-facts';
import { AccessFactsRepository } from '../../access-facts/access-facts.repository';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { displayNames } from '../../database/display-names';
import { EditionsService } from '../programmes/editions.service';
import type { CompletionRule } from './completion-rule.entity';
import { CompletionRepository, type ProgressRow, type StatusChangeRow } from './completion.repository';
import { completionQuery } from './completion.sql';
import { CompletionService } from './completion.service';
import type { ProgressRequirementModel, TutorProgressModel } from './completion.model';

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
    private readonly repository: CompletionRepository,
    private readonly facts: AccessFactsRepository,
    private readonly editions: EditionsService,
    private readonly completion: CompletionService,
  ) {}

  /** The edition asked for, else the current one; NOT_FOUND when neither (for the resolvers over progress). */
  editionId(asked?: string | null): Promise<string> {
    return this.editions.requireId(asked);
  }

  async ofPerson(viewer: Viewer, personId: string, askedEdition?: string | null): Promise<TutorProgressModel | null> {
    const editionId = await this.editionId(askedEdition);
    const who = (await this.facts.participants(this.db.manager, editionId, [personId])).get(personId);
    const allowed = who && Access.can(viewer, 'progress.read', scopeOf.participant(who));
    if (!allowed) {
      if (personId === viewer.personId) return null; // not a tutor of this edition: nothing to show
      throw Errors.notFound('Tutor');
    }
    return this.compute(editionId, personId);
  }

  /** The person's completion status history (all editions), with no access check, like `compute`. */
  history(personId: string): Promise<StatusChangeRow[]> {
    return this.repository.statusHistory(this.db.manager, personId);
  }

  /**
   * The tutor's progress in the edition, with no access check: for callers that decided access
   * themselves (the person record, whose readers differ from this page's).
   */
  async compute(editionId: string, personId: string): Promise<TutorProgressModel> {
    const rule = await this.completion.rule(editionId);
    const row = await this.repository.progress(this.db.manager, completionQuery(editionId, [personId], rule));
    return {
      personId,
      name: (await displayNames(this.db.manager, [personId])).get(personId) ?? '',
      editionId,
      status: row.status,
      trainedAt: row.trained_at,
      onTrack: row.on_track,
      requirements: requirementsOf(rule, row),
      computedAt: row.computed_at,
    };
  }
}
