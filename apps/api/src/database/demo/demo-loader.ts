import { ROLE_SCOPE_KINDS } from '@tandem/shared-domain';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { PasswordHasher } from '../../auth/password-hasher';
import { Organisation } from '../../modules/organisations/organisation.entity';
import { Person } from '../../modules/people/person.entity';
import { RoleGrant } from '../../modules/people/role-grant.entity';
import { Programme } from '../../modules/programmes/programme.entity';
import { loadDemoAssignments } from './demo-assignments';
import { loadDemoCertificateData } from './demo-certificates';
import { loadDemoCompetences } from './demo-competences';
import { loadDemoCompletion } from './demo-completion';
import { loadDemoEdition } from './demo-edition';
import { loadDemoPrivacy } from './demo-privacy';
import { loadDemoNationalProgrammes } from './demo-national-programmes';
import { loadDemoNetworkApplications } from './demo-network-applications';
import { DEMO_TANDEMS, DEMO_TUTORS, loadDemoNetwork } from './demo-network';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PEOPLE, DemoPerson } from './demo-people';
import { loadDemoNeedsAnalysis, loadDemoSurveys } from './demo-surveys';
import { loadDemoToolbox } from './demo-toolbox';
import { loadDemoTrainingSessions } from './demo-training-sessions';

export const DEMO_PROGRAMME = 'Baltic WBL tutors';

/**
 * Loads the demo edition into an empty database. Idempotent: it does nothing when the programme
 * already exists. Later issues add their demo data as further steps of `loadDemo`.
 */
export async function loadDemoData(db: DataSource, logger: Logger, nodeEnv: string): Promise<boolean> {
  if (nodeEnv === 'production') {
    throw new Error('The demo loader refuses to run with NODE_ENV=production.');
  }
  const loaded = await db.transaction(async (manager) => {
    // Serialise concurrent loaders (two replicas starting at once) on a transaction-level lock.
    await manager.query('SELECT pg_advisory_xact_lock(72026002)');
    if (await manager.getRepository(Programme).existsBy({ name: DEMO_PROGRAMME })) return false;
    await loadDemo(manager);
    return true;
  });
  if (loaded) logger.info('loaded the demo edition');
  return loaded;
}

async function loadDemo(manager: EntityManager): Promise<void> {
  const hasher = new PasswordHasher();
  const audit = new AuditService();

  const programme = await manager.save(manager.create(Programme, { name: DEMO_PROGRAMME }));
  const edition = await loadDemoEdition(manager, programme.id);

  // Bulk inserts (one statement per table) keep the first start fast; RETURNING keeps the input order.
  const orgRows = DEMO_ORGANISATIONS.map(({ key: _key, sector, sizeClass, website, ...fields }) => ({
    ...fields,
    sector: sector ?? null,
    sizeClass: sizeClass ?? null,
    website: website ?? null,
  }));
  const orgs = await manager.insert(Organisation, orgRows);
  const orgIds = new Map(DEMO_ORGANISATIONS.map((o, i) => [o.key, orgs.identifiers[i]['id'] as string]));

  // argon2 is slow on purpose: one hash serves every demo account (each still verifies on its own).
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  const passwordChangedAt = new Date();
  const accounts: DemoPerson[] = [
    ...DEMO_PEOPLE,
    ...DEMO_TUTORS.map((t): DemoPerson => ({ ...t, grants: [{ role: 'TUTOR' }] })),
  ];
  const people = await manager.insert(
    Person,
    accounts.map((p) => ({
      email: p.email,
      givenName: p.givenName,
      familyName: p.familyName,
      preferredLanguage: p.preferredLanguage,
      timeZone: p.timeZone,
      passwordHash,
      passwordChangedAt,
    })),
  );
  const personIds = new Map(accounts.map((p, i) => [p.email, people.identifiers[i]['id'] as string]));
  await manager.insert(
    RoleGrant,
    accounts.flatMap((p) =>
      p.grants.map((g) => ({
        personId: personIds.get(p.email) as string,
        role: g.role,
        scopeKind: g.countryCode ? 'COUNTRY' : g.organisationKey ? 'ORGANISATION' : ROLE_SCOPE_KINDS[g.role][0],
        countryCode: g.countryCode ?? null,
        organisationId: g.organisationKey ? (orgIds.get(g.organisationKey) ?? null) : null,
      })),
    ),
  );

  await loadDemoNetwork(manager, edition.id, orgIds, personIds);
  await loadDemoNationalProgrammes(manager, edition.id);
  await loadDemoAssignments(manager, edition.id, personIds);
  await loadDemoNetworkApplications(manager, personIds.get('coordinator.lv@tandem.example') ?? null);
  await loadDemoTrainingSessions(manager, edition.id, personIds);
  // After the sessions demo (issue 6) and before the completion demo (issue 8).
  await loadDemoCompetences(manager, edition.id);
  // The completion demo (issue 8): target, rule, a historical cohort, then everyone's status.
  await loadDemoCompletion(manager, edition.id, passwordHash);
  // The certificates demo (issue 16): the trained demo tutor and the edition's issuer; main.ts signs after the commit.
  await loadDemoCertificateData(manager, edition.id);
  // The privacy demo (issue 17): everyone's consents, but for the privacy journey's own tutor.
  await loadDemoPrivacy(manager);
  // The surveys demo (issue 14): feedback of every session, answered after the completed ones.
  await loadDemoSurveys(manager, edition.id);
  await loadDemoNeedsAnalysis(manager, edition.id);
  // The toolbox demo (issue 18): dictionary, resources, the study visit to Finland, mobilities.
  await loadDemoToolbox(
    manager,
    edition.id,
    personIds,
    DEMO_TUTORS.slice(0, 20).map((t) => personIds.get(t.email) as string),
  );

  await audit.record(manager, {
    actorPersonId: null,
    operation: 'loadDemoData',
    targetType: 'Programme',
    targetId: programme.id,
    summary: `Demo edition loaded with ${accounts.length} accounts and ${DEMO_TANDEMS.length} tandems`,
  });
}
