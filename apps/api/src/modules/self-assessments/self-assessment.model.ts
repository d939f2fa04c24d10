import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompetenceModel } from '../competences/competence-profile.model';
import { ROUND_KINDS } from './assessment-round.entity';
import type { RoundKind as Kind } from './assessment-round.entity';
import { SELF_ASSESSMENT_STATUSES } from './self-assessment.entity';
import type { SelfAssessmentStatus as Status } from './self-assessment.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const RoundKind = asEnum(ROUND_KINDS);
export const SelfAssessmentStatus = asEnum(SELF_ASSESSMENT_STATUSES);
registerEnumType(RoundKind, {
  name: 'AssessmentRoundKind',
  description: 'BASELINE before training; AFTER_MODULE after joint module 1, 2, 3; FINAL at the end.',
});
registerEnumType(SelfAssessmentStatus, {
  name: 'SelfAssessmentStatus',
  description: 'DRAFT: saved as the tutor goes; SUBMITTED: once, then read-only.',
});

@ObjectType('AssessmentRound')
export class AssessmentRoundModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field(() => RoundKind) kind!: Kind;
  @Field(() => Int, { nullable: true, description: 'The joint module (1..3) of an AFTER_MODULE round.' })
  moduleNumber!: number | null;
  @Field() opensAt!: Date;
  @Field() closesAt!: Date;
  @Field(() => ID) profileVersionId!: string;
  @Field(() => Int) profileVersion!: number;
  @Field({ description: 'opensAt ≤ now < closesAt: tutors can save and submit.' }) isOpen!: boolean;
}

@ObjectType('Rating')
export class RatingModel {
  @Field(() => CompetenceModel) competence!: CompetenceModel;
  @Field(() => Int) level!: number;
  @Field(() => String, { nullable: true }) evidence!: string | null;
}

@ObjectType('SelfAssessment', {
  description:
    'A tutor’s self-assessment in a round. Only the tutor reads it, and their tandem partner when shared and submitted.',
})
export class SelfAssessmentModel {
  @Field(() => ID) id!: string;
  @Field(() => AssessmentRoundModel) round!: AssessmentRoundModel;
  @Field(() => SelfAssessmentStatus) status!: Status;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field() updatedAt!: Date;
  @Field({ description: 'The owner lets their tandem partner read it.' }) sharedWithPartner!: boolean;
  @Field({ description: 'The viewer is the owner.' }) isMine!: boolean;
  @Field() ownerName!: string;
  @Field({ description: 'The owner can still change it: a DRAFT in an open round.' }) canEdit!: boolean;
  @Field(() => [RatingModel], { description: 'In the order of the profile.' }) ratings!: RatingModel[];
}

@ObjectType('TandemComparisonRow')
export class TandemComparisonRowModel {
  @Field(() => CompetenceModel) competence!: CompetenceModel;
  @Field(() => Int, { nullable: true }) schoolLevel!: number | null;
  @Field(() => Int, { nullable: true }) companyLevel!: number | null;
  @Field(() => Int, { nullable: true, description: '|school − company| where both rated.' }) difference!: number | null;
}

@ObjectType('TandemComparison', {
  description:
    'School partner vs company partner per competence in one round, where both submitted and shared; biggest differences first.',
})
export class TandemComparisonModel {
  @Field(() => AssessmentRoundModel) round!: AssessmentRoundModel;
  @Field() schoolTutorName!: string;
  @Field() companyTutorName!: string;
  @Field({ description: 'The viewer submitted and shared theirs.' }) mineShared!: boolean;
  @Field({ description: 'The partner submitted and shared theirs.' }) partnerShared!: boolean;
  @Field(() => [TandemComparisonRowModel], { description: 'Empty unless both shared.' })
  rows!: TandemComparisonRowModel[];
}

@ObjectType('CompetenceInsightCell', {
  description:
    'One group of tutors for one competence. A group of fewer than minGroupSize people, or one whose values could be derived from its totals and siblings, is suppressed: no count and no values.',
})
export class InsightCellModel {
  @Field() competenceCode!: string;
  @Field(() => String, { nullable: true, description: 'NULL: all countries in the viewer’s scope together.' })
  countryCode!: string | null;
  @Field(() => String, { nullable: true, description: 'SCHOOL or COMPANY; NULL: both sides.' }) side!: string | null;
  @Field() suppressed!: boolean;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Float, { nullable: true }) meanLevel!: number | null;
  @Field({
    description: 'The change from baseline is suppressed separately (its group: people who submitted both rounds).',
  })
  changeSuppressed!: boolean;
  @Field(() => Int, { nullable: true }) changeCount!: number | null;
  @Field(() => Float, { nullable: true }) meanChange!: number | null;
}

@ObjectType('CompetenceInsights')
export class CompetenceInsightsModel {
  @Field(() => AssessmentRoundModel) round!: AssessmentRoundModel;
  @Field(() => Int) minGroupSize!: number;
  @Field(() => [String], { description: 'The countries in the table the viewer sees.' }) countryCodes!: string[];
  @Field(() => [CompetenceModel], { description: 'The competences of the round’s profile version, in order.' })
  competences!: CompetenceModel[];
  @Field(() => [InsightCellModel]) cells!: InsightCellModel[];
}
