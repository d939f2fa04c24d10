import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ErasureHolds', {
  description: 'What must stay for the programme (kept without a link to the person after erasure).',
})
export class ErasureHoldsModel {
  @Field(() => Int, { description: 'Certificates issued to the person (the register keeps their numbers).' })
  certificates!: number;
  @Field(() => Int, { description: 'Attendance records a funder needs (kept as anonymous counts).' })
  attendance!: number;
  @Field(() => Int, { description: 'Tandem submissions shared with a partner (the partner keeps them).' })
  sharedSubmissions!: number;
}

@ObjectType('ErasureRequest')
export class ErasureRequestModel {
  @Field(() => ID) id!: string;
  @Field() status!: string;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'For deciders, until erased.' }) personName!: string | null;
  @Field(() => ErasureHoldsModel, { nullable: true, description: 'For deciders.' }) holds!: ErasureHoldsModel | null;
}
