import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CalendarState {
  sessionId: string;
  cancelled: boolean;
  sessionSequence: number;
  /** What the entry's SEQUENCE would be from the session alone (the floor of any new issue). */
  floor: number;
}

/** The SQL of calendar files: feeds, the person's entries, and the SEQUENCE issued per entry. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async languageOf(personId: string): Promise<string | null> {
    const [p]: { preferred_language: string }[] = await this.db.query(
      `SELECT preferred_language FROM person WHERE id = $1`,
      [personId],
    );
    return p?.preferred_language ?? null;
  }

  async feedOwner(tokenHash: string): Promise<string | null> {
    const [row]: { person_id: string }[] = await this.db.query(
      `SELECT person_id FROM calendar_feed WHERE token_hash = $1`,
      [tokenHash],
    );
    return row?.person_id ?? null;
  }

  /** Every session the person was ever enrolled in, and whether all their enrolments in it are cancelled. */
  async entriesOf(personId: string): Promise<{ session_id: string; cancelled: boolean }[]> {
    return this.db.query(
      `SELECT session_id, bool_and(enrolment_status = 'CANCELLED') AS cancelled
         FROM enrolment_person WHERE person_id = $1 GROUP BY session_id ORDER BY session_id`,
      [personId],
    );
  }

  /**
   * The SEQUENCE to issue for each entry: the one issued before when the state is the same, else one
   * more than before (and never below the session's own), stored for next time. One statement, so
   * two downloads at once cannot issue the same number for different states.
   */
  async sequences(personId: string, states: readonly CalendarState[]): Promise<Map<string, number>> {
    if (!states.length) return new Map();
    const rows: { session_id: string; sequence: number }[] = await this.db.query(
      `INSERT INTO calendar_sequence (person_id, session_id, sequence, cancelled, session_sequence)
       SELECT $1, x.session_id, x.floor, x.cancelled, x.session_sequence
         FROM unnest($2::uuid[], $3::boolean[], $4::int[], $5::int[]) AS x(session_id, cancelled, session_sequence, floor)
       ON CONFLICT (person_id, session_id) DO UPDATE SET
         sequence = CASE WHEN calendar_sequence.cancelled <> excluded.cancelled
                           OR calendar_sequence.session_sequence <> excluded.session_sequence
                         THEN GREATEST(calendar_sequence.sequence + 1, excluded.sequence)
                         ELSE calendar_sequence.sequence END,
         cancelled = excluded.cancelled,
         session_sequence = excluded.session_sequence
       RETURNING session_id, sequence`,
      [
        personId,
        states.map((s) => s.sessionId),
        states.map((s) => s.cancelled),
        states.map((s) => s.sessionSequence),
        states.map((s) => s.floor),
      ],
    );
    return new Map(rows.map((r) => [r.session_id, r.sequence]));
  }

  async saveFeed(personId: string, tokenHash: string): Promise<void> {
    await this.db.query(
      `INSERT INTO calendar_feed (person_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (person_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()`,
      [personId, tokenHash],
    );
  }

  async deleteFeed(personId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`DELETE FROM calendar_feed WHERE person_id = $1 RETURNING person_id`, [
      personId,
    ]);
    return rows.length > 0;
  }

  async hasFeed(personId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM calendar_feed WHERE person_id = $1`, [personId]);
    return rows.length > 0;
  }
}
