import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rows, sql } from '../../database/sql';
import type { LocalisedText, ResourceKind, ResourceStatus } from '../resources/resource.entity';
import type { GlossaryEntryStatus } from '../glossary/glossary-term.entity';

export interface ResourceProposalRow {
  id: string;
  kind: ResourceKind;
  title: LocalisedText;
  status: ResourceStatus;
  review_reason: string | null;
  reviewed_at: Date | null;
  reviewer_name: string | null;
  created_at: Date;
}

export interface EntryProposalRow {
  term_id: string;
  language: string;
  term: string;
  status: GlossaryEntryStatus;
  proposed_at: Date;
  updated_at: Date;
}

/** The viewer's own proposals; every query is bound to the proposer (one never reads another's). */
@Injectable()
export class ProposalsRepository {
  resources(db: EntityManager, personId: string, limit: number): Promise<ResourceProposalRow[]> {
    return rows<ResourceProposalRow>(
      db,
      sql`SELECT r.id, r.kind, r.title, r.status, r.review_reason, r.reviewed_at, r.created_at,
                 p.given_name || ' ' || p.family_name AS reviewer_name
            FROM resource r LEFT JOIN person p ON p.id = r.reviewed_by_id
           WHERE r.proposed_by_id = ${personId}
           ORDER BY r.created_at DESC, r.id LIMIT ${limit}`,
    );
  }

  /**
   * Dictionary entries the person wrote as proposals: an editor's own saves also carry their id as
   * proposer, so an entry counts when the person's proposal of that term is in the audit trail.
   */
  entries(db: EntityManager, personId: string, limit: number): Promise<EntryProposalRow[]> {
    return rows<EntryProposalRow>(
      db,
      sql`SELECT e.term_id, e.language, e.term, e.status, e.updated_at, a.proposed_at
            FROM glossary_entry e
            JOIN LATERAL (SELECT min(ae.occurred_at) AS proposed_at FROM audit_event ae
                           WHERE ae.operation = 'proposeGlossaryTerm' AND ae.target_type = 'GlossaryTerm'
                             AND ae.target_id = e.term_id::text AND ae.actor_person_id = ${personId}) a
              ON a.proposed_at IS NOT NULL
           WHERE e.proposed_by_id = ${personId}
           ORDER BY a.proposed_at DESC, e.term_id, e.language LIMIT ${limit}`,
    );
  }
}
