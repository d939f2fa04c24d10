import { AccessFactsRepository } from '../src/access-facts/access-facts.repository';
import { AccessFactsSql } from '../src/access-facts/access-facts.sql';
import { rows, sql } from '../src/database/sql';
import { givenEdition, givenOrganisation, givenPerson, givenTandem, givenTutor } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('access facts', () => {
  let t: TestApp;
  let facts: AccessFactsRepository;

  beforeAll(async () => {
    t = await startTestApp();
    facts = t.app.get(AccessFactsRepository);
  });
  afterAll(() => t.close());

  it('places a tutor in their organisation and its country, and a tandem in both tutors’ countries', async () => {
    const edition = await givenEdition(t.db, { crossBorderTandems: true });
    const school = await givenTutor(t.db, { edition, side: 'SCHOOL', countryCode: 'LV' });
    const company = await givenTutor(t.db, { edition, side: 'COMPANY', countryCode: 'EE' });
    const tandem = await givenTandem(t.db, { edition, school, company });

    const tutors = await facts.tutors(t.db.manager, [school.id, company.id]);
    expect(tutors.get(school.id)).toMatchObject({ countryCode: 'LV', organisationId: school.organisationId });
    expect(tutors.get(company.id)).toMatchObject({ countryCode: 'EE', side: 'COMPANY' });

    const byId = await facts.tandems(t.db.manager, [tandem.id]);
    expect(byId.get(tandem.id)).toMatchObject({
      status: 'ACTIVE',
      countryCodes: ['EE', 'LV'],
      organisationIds: [school.organisationId, company.organisationId].sort(),
    });
    expect((await facts.tandemOf(t.db.manager, edition.id, company.id, ['ACTIVE']))?.id).toBe(tandem.id);
    expect(await facts.tandemOf(t.db.manager, edition.id, company.id, ['COMPLETED'])).toBeNull();

    const participants = await facts.participants(t.db.manager, edition.id, [school.id]);
    expect(participants.get(school.id)?.memberIds.sort()).toEqual([school.id, company.id].sort());
  });

  it('filters lists in SQL: tandems of a country, and people of a country through grants or their employer', async () => {
    const edition = await givenEdition(t.db);
    const ee = await givenTandem(t.db, { edition, countryCode: 'EE' });
    const lt = await givenTandem(t.db, { edition, countryCode: 'LT' });
    const inLt = await rows<{ id: string }>(
      t.db.manager,
      sql`SELECT t.id FROM tandem t WHERE t.id = ANY(${[ee.id, lt.id]}::uuid[])
            AND ${AccessFactsSql.tandemInCountries(sql.raw('t.id'), ['LT'])}`,
    );
    expect(inLt.map((r) => r.id)).toEqual([lt.id]);

    const org = await givenOrganisation(t.db, { countryCode: 'LT' });
    const manager = await givenPerson(t.db, { grants: [{ role: 'MANAGER', organisationId: org.id }] });
    const coordinator = await givenPerson(t.db, { grants: [{ role: 'COORDINATOR', countryCode: 'LT' }] });
    const outsider = await givenPerson(t.db, { grants: [{ role: 'COORDINATOR', countryCode: 'EE' }] });
    const ids = [manager.id, coordinator.id, outsider.id, lt.school.id];
    const found = await rows<{ id: string }>(
      t.db.manager,
      sql`SELECT p.id FROM person p WHERE p.id = ANY(${ids}::uuid[])
            AND ${AccessFactsSql.personInCountries(sql.raw('p.id'), ['LT'])}`,
    );
    expect(found.map((r) => r.id).sort()).toEqual([manager.id, coordinator.id, lt.school.id].sort());

    const people = await facts.people(t.db.manager, ids);
    expect(people.get(manager.id)).toMatchObject({ countryCodes: ['LT'], organisationIds: [org.id] });
    expect(people.get(lt.school.id)).toMatchObject({
      countryCodes: ['LT'],
      organisationIds: [lt.school.organisationId],
    });
  });
});
