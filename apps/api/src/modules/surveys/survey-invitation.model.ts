import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { STAKEHOLDER_GROUPS, type StakeholderGroup as StakeholderGroupValue } from './survey-definitions';

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
