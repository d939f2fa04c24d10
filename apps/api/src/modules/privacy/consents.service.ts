import { Injectable } from '@nestjs/common';
import { CONSENT_PURPOSES, CONSENT_TEXT_VERSION, type ConsentPurpose } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { AuditService } from '../../audit/audit.service';
import { Errors } from '../../common/domain-error';
import type { ConsentChangeModel, ConsentCountModel, ConsentModel } from './consent.model';
import { PrivacyRepository, type ConsentRow } from './privacy.repository';
import { invalid } from '../../common/field-error';

export interface ConsentDecision {
  purpose: ConsentPurpose;
  granted: boolean;
}

function toConsents(rows: ConsentRow[]): ConsentModel[] {
  const byPurpose = new Map(rows.map((r) => [r.purpose, r]));
  return CONSENT_PURPOSES.map((purpose) => {
    const row = byPurpose.get(purpose);
    return {
      purpose,
      granted: row?.granted ?? false,
      answered: !!row,
      textVersion: row?.text_version ?? null,
      changedAt: row?.changed_at ?? null,
    };
  });
}

/**
 * Consent per purpose: the person's decisions (every change kept, with the text version shown), in
 * force at once for the partner suggestions, the rosters and the research export, which join on
 * `person_consent`; coordinators see counts of their country, never who refused.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly repo: PrivacyRepository,
    private readonly audit: AuditService,
  ) {}

  async mine(viewer: Viewer): Promise<ConsentModel[]> {
    return toConsents(await this.repo.consents(this.repo.manager, viewer.personId));
  }

  async history(viewer: Viewer): Promise<ConsentChangeModel[]> {
    return (await this.repo.consentHistory(this.repo.manager, viewer.personId)).map((r) => ({
      purpose: r.purpose as ConsentPurpose,
      granted: r.granted,
      textVersion: r.text_version,
      changedAt: r.changed_at,
    }));
  }

  /** Records the decisions of the signed-in person in one transaction (unchanged ones leave no event). */
  async set(viewer: Viewer, decisions: ConsentDecision[], requestId: string | null): Promise<ConsentModel[]> {
    const purposes = decisions.map((d) => d.purpose);
    if (new Set(purposes).size !== purposes.length) throw Errors.validation([invalid('consents', 'purposeTwice')]);
    return this.repo.transaction(async (manager) => {
      await this.record(manager, viewer.personId, decisions, new Date());
      const changed = decisions.map((d) => `${d.purpose} ${d.granted ? 'given' : 'withdrawn'}`).join(', ');
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'setConsents',
        targetType: 'Person',
        targetId: viewer.personId,
        summary: `Consents (text ${CONSENT_TEXT_VERSION}): ${changed}`,
        requestId,
      });
      return toConsents(await this.repo.consents(manager, viewer.personId));
    });
  }

  /** Inside the caller's transaction (the invitation's acceptance records the research consent so). */
  async record(manager: EntityManager, personId: string, decisions: ConsentDecision[], at: Date): Promise<void> {
    await this.repo.lockPerson(manager, personId);
    for (const d of decisions)
      await this.repo.setConsent(manager, {
        personId,
        purpose: d.purpose,
        granted: d.granted,
        textVersion: CONSENT_TEXT_VERSION,
        at,
      });
  }

  /** Which of these people have given consent to `purpose` now (not asked yet: no). */
  grantedAmong(personIds: readonly string[], purpose: ConsentPurpose): Promise<Set<string>> {
    return this.repo.grantedAmong(personIds, purpose);
  }

  async counts(viewer: Viewer, countryCode: string): Promise<ConsentCountModel[]> {
    const country = countryCode.toUpperCase();
    Access.assert(viewer, 'consent.counts', { countryCode: country });
    return (await this.repo.consentCounts([country], CONSENT_PURPOSES)).map((r) => ({
      purpose: r.purpose as ConsentPurpose,
      granted: r.granted,
      refused: r.refused,
      notAsked: r.not_asked,
    }));
  }
}
