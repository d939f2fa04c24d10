import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CitationModel } from '../evidence/evidence.model';
import { RECOMMENDATION_AUDIENCES, RECOMMENDATION_STATUSES } from './policy-recommendation.entity';

const enumOf = <T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };

export const RecommendationStatusEnum = enumOf(RECOMMENDATION_STATUSES);
export const RecommendationAudienceEnum = enumOf(RECOMMENDATION_AUDIENCES);
registerEnumType(RecommendationStatusEnum, {
  name: 'PolicyRecommendationStatus',
  description: 'DRAFT → IN_CONSULTATION → PUBLISHED, one step at a time, never back.',
});
registerEnumType(RecommendationAudienceEnum, {
  name: 'PolicyRecommendationAudience',
  description:
    'NATIONAL_AUTHORITY (of one country), SOCIAL_PARTNERS, VET_INSTITUTIONS, COMPANIES (of one country or all), BALTIC (the Baltic level).',
});

@ObjectType('PolicyRecommendationFinding', {
  description: 'A published finding a recommendation rests on, with its evidence.',
})
export class RecommendationFindingModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'As written (in `language`).' }) statement!: string;
  @Field() language!: string;
  @Field(() => [CitationModel]) citations!: CitationModel[];
}

@ObjectType('PolicyRecommendationComment')
export class RecommendationCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field() text!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('PolicyRecommendation', {
  description: 'A policy recommendation or guideline for an audience, with the findings and figures it rests on.',
})
export class PolicyRecommendationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field({ description: 'As written (in `language`).' }) title!: string;
  @Field({ description: 'As written (in `language`).' }) text!: string;
  @Field() language!: string;
  @Field(() => RecommendationAudienceEnum) audience!: string;
  @Field(() => String, { nullable: true, description: 'The audience’s country; none: all countries.' })
  countryCode!: string | null;
  @Field(() => RecommendationStatusEnum) status!: string;
  @Field(() => [RecommendationFindingModel]) findings!: RecommendationFindingModel[];
  @Field(() => [CitationModel], { description: 'Figures cited by the recommendation itself (frozen snapshots).' })
  citations!: CitationModel[];
  @Field(() => [RecommendationCommentModel], {
    description: 'The consultation’s comments (for writers and those who may comment on it).',
  })
  comments!: RecommendationCommentModel[];
  @Field(() => Date, { nullable: true }) consultationStartedAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Int, { description: 'Send it back with an edit; a stale one gets STALE_WRITE.' }) lockVersion!: number;
  @Field() canEdit!: boolean;
  @Field() canComment!: boolean;
}

@ObjectType('PolicyBriefSummary', { description: 'An audience with published recommendations.' })
export class PolicyBriefSummaryModel {
  @Field(() => RecommendationAudienceEnum) audience!: string;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => Int) recommendationCount!: number;
}

@ObjectType('PolicyBrief', {
  description:
    'The published recommendations of one audience as a document: each statement followed by its evidence. The PDF is drawn from the same data.',
})
export class PolicyBriefModel {
  @Field(() => ID) editionId!: string;
  @Field() editionName!: string;
  @Field(() => RecommendationAudienceEnum) audience!: string;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => [PolicyRecommendationModel]) recommendations!: PolicyRecommendationModel[];
  @Field(() => Int, { description: 'Pieces of evidence in the brief (own citations and those of the findings).' })
  evidenceCount!: number;
  @Field(() => Date, { nullable: true, description: 'When the latest recommendation of the brief was published.' })
  publishedAt!: Date | null;
  @Field({ description: 'The address of the brief as a PDF (add `lang` for the fixed texts’ language).' })
  pdfPath!: string;
}
