import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { EvidenceSnapshotsService } from '../evidence/evidence-snapshots.service';
import { recordEvidence, source, stale } from '../evidence/evidence-rules';
import { EditionsService } from '../programmes/editions.service';
import type {
  CiteInPolicyRecommendationInput,
  CommentOnPolicyRecommendationInput,
  CreatePolicyRecommendationInput,
  PolicyRecommendationFieldsInput,
  SetPolicyRecommendationStatusInput,
  UpdatePolicyRecommendationInput,
} from './dto/policy-recommendation.input';
import { audienceCountryError } from './policy-recommendation-reads.service';
import { assertNextStatus, canComment, notInConsultation, readOnly, visible } from './policy-recommendation-rules';
import {
  PolicyRecommendationsRepository,
  type RecommendationFields,
  type RecommendationRow,
} from './policy-recommendations.repository';

/**
 * Writing policy recommendations: RESEARCHER and ADMIN write, cite and move them DRAFT →
 * IN_CONSULTATION → PUBLISHED; during the consultation coordinators and observers of the audience's
 * country (a Baltic or all-country audience: all of them) comment. One transaction per use case; the
 * row is locked while it changes and its lock version refuses a stale edit.
 */
@Injectable()
export class PolicyRecommendationsService {
  constructor(
    private readonly repo: PolicyRecommendationsRepository,
    private readonly evidence: EvidenceRepository,
    private readonly snapshots: EvidenceSnapshotsService,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  private async checkFields(
    db: EntityManager,
    editionId: string,
    input: PolicyRecommendationFieldsInput,
  ): Promise<RecommendationFields & { findingIds: string[] }> {
    const countryCode = input.countryCode?.toUpperCase() ?? null;
    const findingIds = [...new Set(input.findingIds)];
    const known = new Set(await this.repo.publishedFindings(db, editionId, findingIds));
    const errors = findingIds.flatMap((id, i) =>
      known.has(id) ? [] : [invalid(`findingIds.${i}`, 'notPublishedFinding')],
    );
    const audience = audienceCountryError(input.audience, countryCode);
    if (audience) errors.push(audience);
    else if (countryCode && !['EE', 'LV', 'LT'].includes(countryCode))
      errors.push(invalid('countryCode', 'balticCountry'));
    if (errors.length) throw Errors.validation(errors);
    return { title: input.title.trim(), text: input.text.trim(), audience: input.audience, countryCode, findingIds };
  }

  async create(viewer: Viewer, input: CreatePolicyRecommendationInput, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const editionId = input.editionId ?? (await this.editions.currentId());
      if (!editionId) throw Errors.notFound('Edition');
      const edition = await this.editions.get(editionId, db);
      const { findingIds, ...fields } = await this.checkFields(db, edition.id, input);
      const id = await this.repo.insert(db, {
        ...fields,
        editionId: edition.id,
        language: input.language ?? (await this.evidence.language(db, viewer.personId)),
        createdById: viewer.personId,
      });
      await this.repo.replaceFindings(db, id, findingIds);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'createPolicyRecommendation',
        targetType: 'PolicyRecommendation',
        targetId: id,
        summary: `Drafted "${fields.title}" for ${fields.audience}${fields.countryCode ? ` ${fields.countryCode}` : ''}`,
        requestId,
      });
      return id;
    });
  }

  /** Locks a recommendation that still takes edits; STALE_WRITE when the viewer's lock version is not the current one. */
  private async lockEditable(db: EntityManager, id: string, expected?: number | null): Promise<RecommendationRow> {
    const r = await this.repo.get(db, id, true);
    if (!r) throw Errors.notFound('Policy recommendation');
    if (expected !== undefined && expected !== null && r.lock_version !== expected) throw stale('recommendation');
    if (r.status === 'PUBLISHED') throw readOnly();
    return r;
  }

  async update(viewer: Viewer, input: UpdatePolicyRecommendationInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const r = await this.lockEditable(db, input.id, input.expectedLockVersion);
      const { findingIds, ...fields } = await this.checkFields(db, r.edition_id, input);
      await this.repo.update(db, r.id, fields);
      await this.repo.replaceFindings(db, r.id, findingIds);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'updatePolicyRecommendation',
        targetType: 'PolicyRecommendation',
        targetId: r.id,
        summary: `Changed "${fields.title}"`,
        requestId,
      });
    });
  }

  /** Takes the snapshot now, like a finding's citation (same kinds, same suppression), and keeps it as it is. */
  async cite(viewer: Viewer, input: CiteInPolicyRecommendationInput, requestId?: string): Promise<void> {
    const before = await this.repo.get(this.repo.manager, input.recommendationId);
    if (!before) throw Errors.notFound('Policy recommendation');
    if (before.status === 'PUBLISHED') throw readOnly();
    const cited = source(input.source);
    const snapshot = await this.snapshots.take(viewer, before.edition_id, input.kind, cited);
    await this.repo.transaction(async (db) => {
      const r = await this.lockEditable(db, input.recommendationId);
      await this.repo.insertCitation(db, {
        recommendationId: r.id,
        kind: input.kind,
        source: cited,
        snapshot,
        citedById: viewer.personId,
      });
      await this.repo.touch(db, r.id);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'citeInPolicyRecommendation',
        targetType: 'PolicyRecommendation',
        targetId: r.id,
        summary: `Cited ${input.kind}: ${snapshot.label}`,
        requestId,
      });
    });
  }

  async removeCitation(viewer: Viewer, citationId: string, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const c = await this.repo.citation(db, citationId);
      if (!c) throw Errors.notFound('Citation');
      const r = await this.lockEditable(db, c.recommendation_id);
      await this.repo.deleteCitation(db, c.id);
      await this.repo.touch(db, r.id);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'removePolicyRecommendationCitation',
        targetType: 'PolicyRecommendation',
        targetId: r.id,
        summary: `Removed ${c.kind}: ${c.snapshot.label}`,
        requestId,
      });
      return r.id;
    });
  }

  /** One step forward; publishing needs evidence: a cited figure or a finding it rests on. */
  async setStatus(viewer: Viewer, input: SetPolicyRecommendationStatusInput, requestId?: string): Promise<void> {
    await this.repo.transaction(async (db) => {
      const r = await this.repo.get(db, input.id, true);
      if (!r) throw Errors.notFound('Policy recommendation');
      if (
        input.expectedLockVersion !== undefined &&
        input.expectedLockVersion !== null &&
        r.lock_version !== input.expectedLockVersion
      )
        throw stale('recommendation');
      assertNextStatus(r.status, input.status);
      if (input.status === 'PUBLISHED' && !r.finding_ids.length && !(await this.repo.countCitations(db, r.id)))
        throw Errors.validation([invalid('citations', 'recommendationEvidenceNeeded')]);
      await this.repo.setStatus(db, r.id, input.status as 'IN_CONSULTATION' | 'PUBLISHED');
      await recordEvidence(this.audit, db, viewer, {
        operation: 'setPolicyRecommendationStatus',
        targetType: 'PolicyRecommendation',
        targetId: r.id,
        summary: `${r.status} → ${input.status}`,
        requestId,
      });
    });
  }

  async comment(viewer: Viewer, input: CommentOnPolicyRecommendationInput, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const r = await this.repo.get(db, input.recommendationId, true);
      if (!r || !visible(viewer, r)) throw Errors.notFound('Policy recommendation');
      if (r.status !== 'IN_CONSULTATION') throw notInConsultation(r.status);
      if (!canComment(viewer, r)) throw Errors.forbidden('This recommendation’s consultation is not of your country.');
      await this.repo.insertComment(db, { recommendationId: r.id, authorId: viewer.personId, text: input.text.trim() });
      await recordEvidence(this.audit, db, viewer, {
        operation: 'commentOnPolicyRecommendation',
        targetType: 'PolicyRecommendation',
        targetId: r.id,
        summary: 'Commented in the consultation',
        requestId,
      });
      return r.id;
    });
  }
}
