import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CYCLE_PHASE_KINDS, CYCLE_PHASE_STATUSES } from '@tandem/shared-domain';
import type { CyclePhaseKind as Kind, CyclePhaseStatus as Status } from '@tandem/shared-domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const CyclePhaseKind = asEnum(CYCLE_PHASE_KINDS);
export const CyclePhaseStatus = asEnum(CYCLE_PHASE_STATUSES);
registerEnumType(CyclePhaseKind, {
  name: 'CyclePhaseKind',
  description: 'The steps of the train-the-trainer cycle, in order.',
});
registerEnumType(CyclePhaseStatus, { name: 'CyclePhaseStatus' });

@ObjectType('CyclePhase')
export class CyclePhaseModel {
  @Field(() => ID) id!: string;
  @Field(() => CyclePhaseKind) kind!: Kind;
  @Field(() => Int, { description: '1-based order in the cycle.' }) position!: number;
  @Field({ description: 'ISO date.' }) startsOn!: string;
  @Field({ description: 'ISO date.' }) endsOn!: string;
  @Field(() => CyclePhaseStatus) status!: Status;
}
