import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Role as RoleName } from '@tandem/shared-domain';
import { Role } from '../people/role-grant.model';
import { CyclePhaseModel } from './cycle-phase.model';
import { EditionModel } from './edition.model';
import { NEXT_STEP_KINDS, NextStepKind as Kind } from './next-steps';

export const NextStepKind = Object.fromEntries(NEXT_STEP_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(NextStepKind, {
  name: 'NextStepKind',
  description: 'Something a person should do now; the client translates it.',
});

@ObjectType('NextStep')
export class NextStepModel {
  @Field(() => Role, { description: 'The role this step belongs to.' }) role!: RoleName;
  @Field(() => NextStepKind) kind!: Kind;
}

@ObjectType('WhereWeAreNow')
export class WhereWeAreNowModel {
  @Field(() => EditionModel) edition!: EditionModel;
  @Field(() => CyclePhaseModel, { nullable: true }) currentPhase!: CyclePhaseModel | null;
  @Field(() => [NextStepModel], { description: "What the viewer should do next, for each of the viewer's roles." })
  nextSteps!: NextStepModel[];
}
