import { Algorithm, hash } from '@node-rs/argon2';
import type { Role } from '@tandem/shared-domain';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { Person } from '../../src/modules/people/person.entity';
import { RoleGrant } from '../../src/modules/people/role-grant.entity';

export const TEST_PASSWORD = 'correct horse battery staple';
// Hashing is deliberately slow; one hash serves every test person.
let passwordHash: Promise<string> | undefined;

export interface PersonFixture {
  id: string;
  email: string;
}

/** Inserts a person with the given grants directly, as an already-invited, active account. */
export async function createPerson(
  db: DataSource,
  grants: { role: Role; countryCode?: string; organisationId?: string }[] = [],
  overrides: Partial<Person> = {},
): Promise<PersonFixture> {
  passwordHash ??= hash(TEST_PASSWORD, { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2 });
  const email = `person-${randomBytes(5).toString('hex')}@test.example`;
  const person = await db.getRepository(Person).save(
    db.getRepository(Person).create({
      email,
      givenName: 'Test',
      familyName: 'Person',
      preferredLanguage: 'en',
      passwordHash: await passwordHash,
      ...overrides,
    }),
  );
  for (const g of grants) {
    const scopeKind = g.countryCode
      ? 'COUNTRY'
      : g.organisationId
        ? 'ORGANISATION'
        : g.role === 'TUTOR'
          ? 'SELF'
          : 'PROGRAMME';
    await db.getRepository(RoleGrant).insert({
      personId: person.id,
      role: g.role,
      scopeKind,
      countryCode: g.countryCode ?? null,
      organisationId: g.organisationId ?? null,
    });
  }
  return { id: person.id, email: person.email };
}

export async function createOrganisation(db: DataSource, countryCode = 'EE'): Promise<Organisation> {
  const repo = db.getRepository(Organisation);
  return repo.save(
    repo.create({
      name: 'Test OÜ',
      kind: 'COMPANY',
      countryCode,
      registryCode: randomBytes(4).toString('hex'),
      city: 'Tartu',
    }),
  );
}
