import { ROLE_SCOPE_KINDS } from '@tandem/shared-domain';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { PasswordHasher } from '../../auth/password-hasher';
import { Organisation } from '../../modules/organisations/organisation.entity';
import { Person } from '../../modules/people/person.entity';
import { RoleGrant } from '../../modules/people/role-grant.entity';
import { Programme } from '../../modules/programmes/programme.entity';
import { loadDemoEdition } from './demo-edition';
import { loadDemoNationalProgrammes } from './demo-national-programmes';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-people';

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

  const orgIds = new Map<string, string>();
  for (const o of DEMO_ORGANISATIONS) {
    const { key, ...fields } = o;
    const saved = await manager.save(manager.create(Organisation, fields));
    orgIds.set(key, saved.id);
  }

  for (const p of DEMO_PEOPLE) {
    const person = await manager.save(
      manager.create(Person, {
        email: p.email,
        givenName: p.givenName,
        familyName: p.familyName,
        preferredLanguage: p.preferredLanguage,
        timeZone: p.timeZone,
        passwordHash: await hasher.hash(DEMO_PASSWORD),
        passwordChangedAt: new Date(),
      }),
    );
    for (const g of p.grants) {
      const scopeKind = g.countryCode ? 'COUNTRY' : g.organisationKey ? 'ORGANISATION' : ROLE_SCOPE_KINDS[g.role][0];
      await manager.insert(RoleGrant, {
        personId: person.id,
        role: g.role,
        scopeKind,
        countryCode: g.countryCode ?? null,
        organisationId: g.organisationKey ? (orgIds.get(g.organisationKey) ?? null) : null,
      });
    }
  }

  await loadDemoNationalProgrammes(manager, edition.id);

  await audit.record(manager, {
    actorPersonId: null,
    operation: 'loadDemoData',
    targetType: 'Programme',
    targetId: programme.id,
    summary: `Demo edition loaded with ${DEMO_PEOPLE.length} accounts`,
  });
}
