import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { AUDIENCES, RESOURCE_KINDS, RESOURCE_STATUSES } from './resource.entity';
import type { Audience as AudienceCode, ResourceKind as Kind, ResourceStatus as Status } from './resource.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ResourceKind = enumOf(RESOURCE_KINDS);
registerEnumType(ResourceKind, { name: 'ResourceKind' });
export const ResourceStatus = enumOf(RESOURCE_STATUSES);
registerEnumType(ResourceStatus, {
  name: 'ResourceStatus',
  description: 'PROPOSED → PUBLISHED, CHANGES_REQUESTED (with a reason) or REJECTED (with a reason).',
});
export const Audience = enumOf(AUDIENCES);
registerEnumType(Audience, { name: 'Audience', description: 'Who a resource is written for.' });
export const ResourceDecision = enumOf(['APPROVE', 'REQUEST_CHANGES', 'REJECT'] as const);
registerEnumType(ResourceDecision, { name: 'ResourceDecision' });
export const ResourceSort = enumOf(['RELEVANCE', 'NEWEST', 'MOST_USED'] as const);
registerEnumType(ResourceSort, { name: 'ResourceSort', description: 'RELEVANCE applies to a search (else NEWEST).' });

@ObjectType('ResourceText')
export class LocalisedTextModel {
  @Field() language!: string;
  @Field() text!: string;
}

@ObjectType('ResourceVersion', { description: 'A language version of the resource’s text or link.' })
export class ResourceVersionModel {
  @Field(() => ID) id!: string;
  @Field() language!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('ResourceItem', { description: 'A part of a collection (a way of collaboration, a handbook chapter).' })
export class ResourceItemModel {
  @Field(() => ID) id!: string;
  @Field(() => ResourceKind) kind!: Kind;
  @Field(() => Int, { nullable: true }) position!: number | null;
  @Field() title!: string;
}

@ObjectType('Resource', { description: 'A resource of the toolbox, shown in the reader’s language (else English).' })
export class ResourceModel {
  @Field(() => ID) id!: string;
  @Field(() => ResourceKind) kind!: Kind;
  @Field(() => ResourceStatus) status!: Status;
  @Field(() => String, { nullable: true, description: 'Whose coordinator reviews it; null: Baltic-wide.' })
  countryCode!: string | null;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'The language title, summary and content are shown in.' }) shownLanguage!: string;
  @Field(() => [String], { description: 'The languages the resource has a version in (en, et, lv, lt, ru order).' })
  languages!: string[];
  @Field(() => [LocalisedTextModel]) titles!: LocalisedTextModel[];
  @Field(() => [LocalisedTextModel]) summaries!: LocalisedTextModel[];
  @Field(() => [Audience]) audience!: AudienceCode[];
  @Field(() => String, { nullable: true }) licence!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true }) author!: string | null;
  @Field(() => Int) downloadCount!: number;
  @Field(() => String, { nullable: true, description: 'Why changes were asked for or it was rejected.' })
  reviewReason!: string | null;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Int, { nullable: true }) position!: number | null;
  @Field(() => [ID]) competenceIds!: string[];
  @Field(() => [ID]) moduleIds!: string[];
  @Field() createdAt!: Date;
  @Field({ description: 'Whether the viewer may decide on it now.' }) canReview!: boolean;
  @Field(() => ResourceVersionModel, {
    nullable: true,
    description: 'The newest version in the shown language (list views leave it out).',
  })
  content!: ResourceVersionModel | null;
  @Field(() => [ResourceVersionModel], { description: 'Every version, newest first (list views: empty).' })
  versions!: ResourceVersionModel[];
  @Field(() => [ResourceItemModel], { description: 'The parts of a collection, in order (list views: empty).' })
  items!: ResourceItemModel[];
}

@ObjectType('ResourceEdge')
export class ResourceEdgeModel {
  @Field() cursor!: string;
  @Field(() => ResourceModel) node!: ResourceModel;
}

@ObjectType('ResourceConnection')
export class ResourceConnectionModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ResourceEdgeModel]) edges!: ResourceEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}

@ObjectType('SuggestionReason', {
  description: 'A competence a resource is suggested for, and the level the tutor gave themself there.',
})
export class SuggestionReasonModel {
  @Field(() => ID) competenceId!: string;
  @Field() code!: string;
  @Field({ description: 'In the reader’s language, else English.' }) title!: string;
  @Field(() => Int, { description: 'The level of the tutor’s latest submitted self-assessment.' }) level!: number;
  @Field(() => Int, { description: 'The top level of that profile’s scale.' }) scaleLevels!: number;
}

@ObjectType('SuggestedResource')
export class SuggestedResourceModel {
  @Field(() => ResourceModel) resource!: ResourceModel;
  @Field(() => [SuggestionReasonModel], {
    description: 'Lowest level first; empty when the suggestion is not personal (no submitted self-assessment).',
  })
  reasons!: SuggestionReasonModel[];
}
