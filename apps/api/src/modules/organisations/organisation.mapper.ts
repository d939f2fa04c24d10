import type { Organisation } from './organisation.entity';
import type { OrganisationModel } from './organisation.model';

export function toOrganisationModel(o: Organisation): OrganisationModel {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    country: o.countryCode,
    registryCode: o.registryCode,
    city: o.city,
    sector: o.sector,
    sizeClass: o.sizeClass,
    website: o.website,
  };
}
