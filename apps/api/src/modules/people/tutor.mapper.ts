import { toOrganisationModel } from '../organisations/organisation.mapper';
import type { TutorView } from './tutors.service';
import type { TutorModel } from './tutor.model';

/** `contactVisible` comes from Access.canReadContact: the mapper only obeys it. */
export function toTutorModel(view: TutorView): TutorModel {
  const { profile, person, organisation } = view;
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    displayName: `${person.givenName} ${person.familyName}`,
    email: view.contactVisible ? person.email : null,
    side: profile.side,
    organisation: toOrganisationModel(organisation),
    occupationField: profile.occupationField,
    yearsOfExperience: profile.yearsOfExperience,
    languages: profile.languages,
  };
}
