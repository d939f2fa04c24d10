import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResourceKind as ResourceKindEnum, ResourceDecision } from '../resources/resource.model';
import type { ResourceKind } from '../resources/resource.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const PROPOSAL_KINDS = ['RESOURCE', 'GLOSSARY_ENTRY'] as const;
export type ProposalKindCode = (typeof PROPOSAL_KINDS)[number];
export const ProposalKind = enumOf(PROPOSAL_KINDS);
registerEnumType(ProposalKind, {
  name: 'ProposalKind',
  description: 'A resource of the toolbox, or one language entry of a dictionary term.',
});
export const PROPOSAL_STATUSES = ['PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED'] as const;
export type ProposalStatusCode = (typeof PROPOSAL_STATUSES)[number];
export const ProposalStatus = enumOf(PROPOSAL_STATUSES);
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description:
    'PENDING until a reviewer decides; a resource may be APPROVED (published), CHANGES_REQUESTED or REJECTED (both with a reason); a dictionary entry becomes APPROVED when an editor marks it reviewed.',
});
export type ProposalDecisionCode = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';

@ObjectType('Proposal', { description: 'Something the viewer proposed, and what its reviewer decided.' })
export class ProposalModel {
  @Field(() => ID, { description: 'The resource’s id, or `termId:language` for a dictionary entry.' })
  id!: string;
  @Field(() => ProposalKind) kind!: ProposalKindCode;
  @Field(() => ID, { description: 'The resource or the dictionary term.' }) targetId!: string;
  @Field(() => ResourceKindEnum, { nullable: true, description: 'For a resource.' })
  resourceKind!: ResourceKind | null;
  @Field({ description: 'The resource’s title in the reader’s language (else English), or the term as proposed.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'The language of a dictionary entry.' })
  language!: string | null;
  @Field(() => ProposalStatus) status!: ProposalStatusCode;
  @Field(() => ResourceDecision, { nullable: true, description: 'The reviewer’s decision; null while pending.' })
  decision!: ProposalDecisionCode | null;
  @Field(() => String, { nullable: true, description: 'The reviewer’s reason (asked for changes or rejected).' })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: 'Who decided (resources; the dictionary does not record it).' })
  reviewerName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field() proposedAt!: Date;
}
