import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ASSIGNMENT_RULE_MODES, RULE_ROUND_KINDS } from './completion-rule.entity';
import type { AssignmentRuleMode, RuleRoundKind } from './completion-rule.entity';
import { COMPLETION_STATUSES } from './completion-status.entity';
import type { CompletionStatusValue } from './completion-status.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const CompletionStatusEnum = asEnum(COMPLETION_STATUSES);
export const AssignmentRuleModeEnum = asEnum(ASSIGNMENT_RULE_MODES);
export const RuleRoundKindEnum = asEnum(RULE_ROUND_KINDS);
export const REQUIREMENT_KINDS = [
  'JOINT_MODULE',
  'JOINT_MODULE_COUNT',
  'NATIONAL_HOURS',
  'SELF_ASSESSMENT',
  'ASSIGNMENTS',
] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export const RequirementKindEnum = asEnum(REQUIREMENT_KINDS);
registerEnumType(CompletionStatusEnum, {
  name: 'CompletionStatus',
  description:
    'Derived from the data, never typed in: REGISTERED → IN_TANDEM → IN_TRAINING (first attendance) → TRAINED, or WITHDRAWN.',
});
registerEnumType(AssignmentRuleModeEnum, {
  name: 'AssignmentRuleMode',
  description:
    'NONE; ATTENDED_MODULES: the assignments of every module the tutor attended; ALL: every assignment of the tutor’s modules; AT_LEAST: n accepted.',
});
registerEnumType(RuleRoundKindEnum, { name: 'RuleRoundKind' });
registerEnumType(RequirementKindEnum, { name: 'RequirementKind' });

@ObjectType('CompletionRule', {
  description: 'What "trained" means in an edition; every condition must hold.',
})
export class CompletionRuleModel {
  @Field(() => ID) editionId!: string;
  @Field(() => [Int]) requiredJointNumbers!: number[];
  @Field(() => Int) minJointModules!: number;
  @Field(() => Float) minNationalHours!: number;
  @Field(() => RuleRoundKindEnum, { nullable: true })
  selfAssessmentKind!: RuleRoundKind | null;
  @Field(() => Int, { nullable: true }) selfAssessmentModuleNumber!: number | null;
  @Field(() => AssignmentRuleModeEnum) assignmentsMode!: AssignmentRuleMode;
  @Field(() => Int) minAcceptedAssignments!: number;
  @Field(() => Int) revision!: number;
  @Field() updatedAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'When everyone’s status was last recomputed.',
  })
  refreshedAt!: Date | null;
  @Field() canEdit!: boolean;
}

@ObjectType('ProgressRequirement', {
  description: 'One condition of the rule for one tutor: done or what is missing.',
})
export class ProgressRequirementModel {
  @Field(() => RequirementKindEnum) kind!: RequirementKind;
  @Field() done!: boolean;
  @Field(() => Float, {
    description: 'Hours attended, modules attended, assignments accepted; 1/0 for a yes-no condition.',
  })
  achieved!: number;
  @Field(() => Float) required!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'The joint module (JOINT_MODULE) or the round’s module (SELF_ASSESSMENT).',
  })
  moduleNumber!: number | null;
  @Field(() => RuleRoundKindEnum, { nullable: true })
  roundKind!: RuleRoundKind | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Confirmed future bookings that would count (hours or modules).',
  })
  bookedAhead!: number | null;
}

@ObjectType('TutorProgress', {
  description: 'A tutor’s completion: status, each condition, and when it was computed.',
})
export class TutorProgressModel {
  @Field(() => ID) personId!: string;
  @Field() name!: string;
  @Field(() => ID) editionId!: string;
  @Field(() => CompletionStatusEnum) status!: CompletionStatusValue;
  @Field(() => Date, { nullable: true }) trainedAt!: Date | null;
  @Field() onTrack!: boolean;
  @Field(() => [ProgressRequirementModel])
  requirements!: ProgressRequirementModel[];
  @Field({ description: 'Computed live from the facts when asked.' })
  computedAt!: Date;
}
