import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/database/typeorm-options';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase } from './support/test-db';

/** What `migration:generate` would write: empty when the entities and migrations agree. */
async function pendingSchemaChanges(db: DataSource): Promise<string[]> {
  const log = await db.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

describe('migrations', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource(typeormOptions(await createTestDatabase())).initialize();
  });
  afterAll(() => db.destroy());

  it('agree with the entities: generating a migration would find nothing to do', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('are all applied in the template, in order', async () => {
    const applied = await db.query(`SELECT name FROM migrations ORDER BY id`);
    expect(applied.map((r: { name: string }) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('revert the latest migration and re-apply it to the same schema', async () => {
    await db.undoLastMigration({ transaction: 'each' });
    const afterRevert = await db.query(`SELECT count(*)::int AS n FROM migrations`);
    expect(afterRevert[0].n).toBe(MIGRATIONS.length - 1);
    const reapplied = await db.runMigrations({ transaction: 'each' });
    expect(reapplied).toHaveLength(1);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('keep the invariants in the database: one grant per person, role and scope, even with NULL scope columns', async () => {
    const [person] = await db.query(
      `INSERT INTO person (email, given_name, family_name) VALUES ('grant-test@test.example', 'A', 'B') RETURNING id`,
    );
    const insert = () =>
      db.query(`INSERT INTO role_grant (person_id, role, scope_kind) VALUES ($1, 'ADMIN', 'PROGRAMME')`, [person.id]);
    const results = await Promise.allSettled([insert(), insert(), insert()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    await expect(
      db.query(`INSERT INTO role_grant (person_id, role, scope_kind) VALUES ($1, 'COORDINATOR', 'COUNTRY')`, [
        person.id,
      ]),
    ).rejects.toThrow(/ck_role_grant_scope/);
    await expect(
      db.query(`INSERT INTO person (email, given_name, family_name) VALUES ('Upper@Test.example', 'A', 'B')`),
    ).rejects.toThrow(/ck_person_email_lowercase/);
  });
});
