import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TargetSplit')
export class TargetSplitModel {
  @Field() key!: string;
  @Field(() => Int) value!: number;
}

@ObjectType('Target', {
  description: 'Trained tutors an edition sets out to reach, optionally split by country and by side.',
})
export class TargetModel {
  @Field(() => ID) editionId!: string;
  @Field(() => Int) total!: number;
  @Field(() => [TargetSplitModel]) byCountry!: TargetSplitModel[];
  @Field(() => [TargetSplitModel]) bySide!: TargetSplitModel[];
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
  @Field() canEdit!: boolean;
}
