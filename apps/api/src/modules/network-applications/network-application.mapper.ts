import type { NetworkApplication } from './network-application.entity';
import type { NetworkApplicationModel } from './network-application.model';

export function toNetworkApplicationModel(a: NetworkApplication): NetworkApplicationModel {
  return {
    id: a.id,
    organisationName: a.organisationName,
    kind: a.kind,
    country: a.countryCode,
    registryCode: a.registryCode,
    city: a.city,
    website: a.website,
    sector: a.sector,
    sizeClass: a.sizeClass,
    contactGivenName: a.contactGivenName,
    contactFamilyName: a.contactFamilyName,
    contactEmail: a.contactEmail,
    preferredLanguage: a.preferredLanguage,
    message: a.message,
    status: a.status,
    decidedBy: a.decidedBy ? `${a.decidedBy.givenName} ${a.decidedBy.familyName}` : null,
    decidedAt: a.decidedAt,
    rejectionReason: a.rejectionReason,
    createdOrganisationId: a.createdOrganisationId,
    createdAt: a.createdAt,
  };
}
