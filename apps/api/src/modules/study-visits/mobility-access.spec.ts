import type { Viewer } from '../../auth/viewer';
import { MobilityAccess, organisationScope } from './mobility-access';

const viewer = (grants: Viewer['grants']): Viewer => ({ personId: 'p1', sessionId: 's1', grants });
const grant = (role: Viewer['grants'][number]['role'], scope: Partial<Viewer['grants'][number]> = {}) => ({
  role,
  scopeKind: 'COUNTRY' as const,
  countryCode: null,
  organisationId: null,
  ...scope,
});

const eeSchool = { fromCountry: 'EE', fromOrganisationId: 'o-ee', personId: 'someone-else' };

describe('who reads and records a mobility', () => {
  it('lets a trainer read the mobilities they went on, not every one of their country', () => {
    const trainer = viewer([grant('TRAINER', { countryCode: 'EE' })]);
    expect(MobilityAccess.canRead(trainer, eeSchool)).toBe(false);
    expect(MobilityAccess.canRead(trainer, { ...eeSchool, personId: 'p1' })).toBe(true);
    expect(MobilityAccess.readScope(trainer)).toEqual({
      all: false,
      countries: [],
      organisationIds: [],
      personId: 'p1',
    });
  });

  it('lets a coordinator read and record from their country’s organisations only', () => {
    const coordinator = viewer([grant('COORDINATOR', { countryCode: 'EE' })]);
    expect(MobilityAccess.canRead(coordinator, eeSchool)).toBe(true);
    expect(MobilityAccess.canRead(coordinator, { ...eeSchool, fromCountry: 'LV' })).toBe(false);
    expect(MobilityAccess.canRecordFrom(coordinator, 'EE')).toBe(true);
    expect(MobilityAccess.canRecordFrom(coordinator, 'LV')).toBe(false);
  });

  it('lets a manager read their organisation’s mobilities and record none', () => {
    const manager = viewer([grant('MANAGER', { scopeKind: 'ORGANISATION', organisationId: 'o-ee' })]);
    expect(MobilityAccess.canRead(manager, eeSchool)).toBe(true);
    expect(MobilityAccess.canRead(manager, { ...eeSchool, fromOrganisationId: 'o-other' })).toBe(false);
    expect(MobilityAccess.canRecordFrom(manager, 'EE')).toBe(false);
    expect(organisationScope(manager, 'mobility.readOrganisations').organisationIds).toEqual(['o-ee']);
  });

  it('gives a researcher and an observer nothing, not even a mobility in their name', () => {
    for (const role of ['RESEARCHER', 'OBSERVER'] as const) {
      const someone = viewer([grant(role, { scopeKind: 'PROGRAMME' })]);
      expect(MobilityAccess.canRead(someone, { ...eeSchool, personId: 'p1' })).toBe(false);
      expect(MobilityAccess.readScope(someone)).toEqual({
        all: false,
        countries: [],
        organisationIds: [],
        personId: null,
      });
    }
  });
});
