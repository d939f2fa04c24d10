import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { ResourceStatus } from '../resources/resource.entity';
import type { ProposalDecisionCode, ProposalModel, ProposalStatusCode } from './proposal.model';
import { ProposalsRepository } from './proposals.repository';

/** The most proposals listed (of each kind); a proposer has a handful, a busy one a few dozen. */
export const MY_PROPOSALS_LIMIT = 200;

const RESOURCE_OUTCOME: Record<ResourceStatus, [ProposalStatusCode, ProposalDecisionCode | null]> = {
  PROPOSED: ['PENDING', null],
  CHANGES_REQUESTED: ['CHANGES_REQUESTED', 'REQUEST_CHANGES'],
  PUBLISHED: ['APPROVED', 'APPROVE'],
  REJECTED: ['REJECTED', 'REJECT'],
};

/** What happened to what the viewer proposed to the toolbox and the dictionary. */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalsRepository,
  ) {}

  async mine(viewer: Viewer, language: string): Promise<ProposalModel[]> {
    const [resources, entries] = await Promise.all([
      this.proposals.resources(this.db.manager, viewer.personId, MY_PROPOSALS_LIMIT),
      this.proposals.entries(this.db.manager, viewer.personId, MY_PROPOSALS_LIMIT),
    ]);
    const list: ProposalModel[] = [
      ...resources.map((r) => {
        const [status, decision] = RESOURCE_OUTCOME[r.status];
        return {
          id: r.id,
          kind: 'RESOURCE' as const,
          targetId: r.id,
          resourceKind: r.kind,
          title: r.title[language] ?? r.title['en'] ?? '',
          language: null,
          status,
          decision,
          reason: decision && decision !== 'APPROVE' ? r.review_reason : null,
          reviewerName: decision ? r.reviewer_name : null,
          decidedAt: decision ? r.reviewed_at : null,
          proposedAt: r.created_at,
        };
      }),
      ...entries.map((e) => {
        const reviewed = e.status === 'REVIEWED';
        return {
          id: `${e.term_id}:${e.language}`,
          kind: 'GLOSSARY_ENTRY' as const,
          targetId: e.term_id,
          resourceKind: null,
          title: e.term,
          language: e.language,
          status: reviewed ? ('APPROVED' as const) : ('PENDING' as const),
          decision: reviewed ? ('APPROVE' as const) : null,
          reason: null,
          reviewerName: null,
          decidedAt: reviewed ? e.updated_at : null,
          proposedAt: e.proposed_at,
        };
      }),
    ];
    return list.sort((a, b) => b.proposedAt.getTime() - a.proposedAt.getTime() || a.id.localeCompare(b.id));
  }
}
