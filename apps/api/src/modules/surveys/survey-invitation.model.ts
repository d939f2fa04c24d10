import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  STAKEHOLDER_GROUPS,
  type StakeholderGroup as StakeholderGroupValue,
  type SurveyKind as SurveyKindValue,
  type SurveyMode as SurveyModeValue,
  type SurveyStatus as SurveyStatusValue,
} from './survey-definitions';
import { SurveyKind, SurveyMode, SurveyQuestionModel, SurveyStatus } from './survey.model';

export const StakeholderGroup = Object.fromEntries(STAKEHOLDER_GROUPS.map((g) => [g, g])) as {
  [K in StakeholderGroupValue]: K;
};
registerEnumType(StakeholderGroup, {
  name: 'StakeholderGroup',
  description: 'Who a stakeholder asked for the needs analysis is.',
});

@ObjectType('StakeholderInvitationReceipt')
export class StakeholderInvitationReceiptModel {
  @Field(() => Int, { description: 'Addresses checked.' }) checkedCount!: number;
  @Field(() => Int, { description: 'Links stored and e-mailed (0 in a dry run).' }) invitedCount!: number;
}

@ObjectType('SurveyInvitationCount', {
  description: 'Stakeholders asked and how many answered: counts only, never who.',
})
export class SurveyInvitationCountModel {
  @Field() countryCode!: string;
  @Field(() => StakeholderGroup, { nullable: true }) stakeholderGroup!: StakeholderGroupValue | null;
  @Field(() => Int) invitedCount!: number;
  @Field(() => Int) answeredCount!: number;
}

@ObjectType('LinkedSurvey', {
  description:
    'What a stakeholder’s one-time link opens: only what answering needs (no ids, no counts, nothing of whether anyone answered).',
})
export class LinkedSurveyModel {
  @Field(() => SurveyKind) kind!: SurveyKindValue;
  @Field(() => SurveyMode) mode!: SurveyModeValue;
  @Field(() => SurveyStatus) status!: SurveyStatusValue;
  @Field({ description: 'The language the texts are in.' }) language!: string;
  @Field() title!: string;
  @Field() intro!: string;
  @Field() thankYou!: string;
  @Field({ description: 'Respondents are told that free texts may be quoted (in groups of 10 or more).' })
  textsMayBeQuoted!: boolean;
  @Field(() => Date, { nullable: true }) closesAt!: Date | null;
  @Field(() => [SurveyQuestionModel]) questions!: SurveyQuestionModel[];
}
