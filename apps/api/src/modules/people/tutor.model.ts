import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganisationModel } from '../organisations/organisation.model';
import { TUTOR_SIDES } from './tutor-profile.entity';
import type { TutorSide as Side } from './tutor-profile.entity';

export const TutorSide = Object.fromEntries(TUTOR_SIDES.map((v) => [v, v])) as { [K in Side]: K };
registerEnumType(TutorSide, {
  name: 'TutorSide',
  description: 'SCHOOL for tutors of a VET institution, COMPANY for tutors of a company.',
});

@ObjectType('Tutor', { description: 'A person with a tutor profile, as the viewer may see them.' })
export class TutorModel {
  @Field(() => ID, { description: 'The person id.' }) id!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field() displayName!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Only for the tutor, their tandem partner, ADMIN, the COORDINATOR of their country and a MANAGER of their organisation; null for everyone else.',
  })
  email!: string | null;
  @Field(() => TutorSide) side!: Side;
  @Field(() => OrganisationModel, { description: 'The employer.' }) organisation!: OrganisationModel;
  @Field(() => String, { nullable: true }) occupationField!: string | null;
  @Field(() => Int, { nullable: true }) yearsOfExperience!: number | null;
  @Field(() => [String], { description: 'ISO 639-1 codes.' }) languages!: string[];
}
