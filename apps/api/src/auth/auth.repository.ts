import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** What sign-in and password changes read of a person. */
export interface CredentialRow {
  id: string;
  email: string;
  given_name: string;
  preferred_language: string;
  password_hash: string | null;
  deactivated_at: Date | null;
}

const CREDENTIALS = `SELECT id, email, given_name, preferred_language, password_hash, deactivated_at FROM person`;

/** The SQL of sign-in and password changes. */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async credentialsByEmail(email: string): Promise<CredentialRow | null> {
    const [row]: CredentialRow[] = await this.db.query(`${CREDENTIALS} WHERE email = $1`, [email]);
    return row ?? null;
  }

  async credentialsById(personId: string): Promise<CredentialRow | null> {
    const [row]: CredentialRow[] = await this.db.query(`${CREDENTIALS} WHERE id = $1`, [personId]);
    return row ?? null;
  }

  /** The person's row locked until commit (two password changes at once: the second sees the first). */
  async lockCredentials(manager: EntityManager, personId: string): Promise<CredentialRow> {
    const [row]: CredentialRow[] = await manager.query(`${CREDENTIALS} WHERE id = $1 FOR UPDATE`, [personId]);
    return row;
  }

  /**
   * The person's row share-locked until commit: a sign-in holds it while it creates the session, so an
   * erasure or deactivation (which update the row) either waits for the sign-in or is seen by it.
   */
  async shareCredentials(manager: EntityManager, personId: string): Promise<CredentialRow | null> {
    const [row]: CredentialRow[] = await manager.query(`${CREDENTIALS} WHERE id = $1 FOR SHARE`, [personId]);
    return row ?? null;
  }

  async setPassword(manager: EntityManager, personId: string, passwordHash: string): Promise<void> {
    await manager.query(
      `UPDATE person SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`,
      [personId, passwordHash],
    );
  }
}
