import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CyclePhaseModel } from './cycle-phase.model';

@ObjectType('Edition')
export class EditionModel {
  @Field(() => ID) id!: string;
  @Field() programmeName!: string;
  @Field() name!: string;
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) startsOn!: string;
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) endsOn!: string;
  @Field(() => Int, { description: 'How many tutors the edition sets out to train.' }) targetTrained!: number;
  @Field(() => [String], { description: 'Working languages (en always, then et, lv, lt, ru).' }) languages!: string[];
  @Field({ description: 'Whether tandems may pair tutors from different countries.' }) crossBorderTandems!: boolean;
  @Field({ description: 'IANA time zone of the edition dates.' }) timeZone!: string;
  @Field(() => Float, {
    description: 'The longest a training session may last in one day, in hours (a longer training is a series).',
  })
  maxSessionHoursPerDay!: number;
  @Field(() => [CyclePhaseModel], { description: 'The cycle, in order.' }) phases!: CyclePhaseModel[];
  @Field(() => CyclePhaseModel, {
    nullable: true,
    description: 'Where the edition stands: the first OPEN phase, else the next PLANNED one, else the last.',
  })
  currentPhase!: CyclePhaseModel | null;
}
