import { Field, ObjectType } from '@nestjs/graphql';
import { TutorModel } from '../people/tutor.model';
import { OrganisationModel } from './organisation.model';

// A file of its own: Tutor refers to Organisation, and this type to both (no import cycle).
@ObjectType('OrganisationDetail', { description: 'An organisation with its cluster and its tutors.' })
export class OrganisationDetailModel extends OrganisationModel {
  @Field(() => [OrganisationModel], {
    description:
      'For a school: the companies its learners train in; for a company: the schools it works with. By name.',
  })
  cluster!: OrganisationModel[];

  @Field(() => [TutorModel], {
    description: 'Its tutors by name; e-mail addresses only where the viewer may read them.',
  })
  tutors!: TutorModel[];
}
