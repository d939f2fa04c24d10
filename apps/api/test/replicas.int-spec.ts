import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RemindersService } from '../src/modules/training-sessions/reminders.service';
import { AppProcess, freePort, startAppProcess, waitReady } from './support/app-process';
import { givenEdition, givenNationalModule, givenSession, givenTandems } from './support/factories/training-sessions';
import { createPerson, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient } from './support/gql-client';
import { startSmtpPeer } from './support/smtp-peer';
import { createTestDatabase } from './support/test-db';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id status } }`;
const CANCEL = `mutation C($input: CancelEnrolmentInput!) { cancelEnrolment(input: $input) { id status } }`;
const ME = `{ me { id } }`;
const SECRET = 'replica-secret-'.padEnd(48, 'x');

/** The same client (cookie, address) talking to another replica. */
const on = (client: GqlClient, baseUrl: string) => {
  const other = new GqlClient(baseUrl, client.ip);
  other.cookie = client.cookie;
  return other;
};

/**
 * The API keeps no state of its own: two API processes on one PostgreSQL behave as one. A session
 * signed in on one works on the other, a burst of bookings spread over both keeps every seat
 * invariant, each mail job is delivered once, and each reminder is sent once.
 */
describe('two API replicas on one PostgreSQL', () => {
  let url: string;
  let seeder: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  const replicas: AppProcess[] = [];

  beforeAll(async () => {
    url = await createTestDatabase();
    smtp = await startSmtpPeer();
    const env = async () => ({
      DATABASE_URL: url,
      SESSION_SECRET: SECRET,
      PORT: String(await freePort()),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'tandem-replica-')),
      JOBS_ENABLED: 'true',
      SMTP_URL: smtp.url,
      TRUST_PROXY: 'true',
    });
    replicas.push(startAppProcess(await env()), startAppProcess(await env()));
    // In this process: the same database and secret, to lay out data and sign cookies.
    seeder = await startTestApp({ SESSION_SECRET: SECRET }, [], url);
    await Promise.all(replicas.map((r) => waitReady(r)));
  }, 180_000);
  afterAll(async () => {
    for (const r of replicas) r.child.kill('SIGTERM');
    await Promise.all(replicas.map((r) => r.exited));
    await seeder?.close();
    await smtp?.close();
  });

  it('accepts a session signed in on one replica on the other, and ends it on both', async () => {
    const person = await createPerson(seeder.db);
    const [a, b] = replicas.map((r) => r.baseUrl);
    const onA = new GqlClient(a);
    expect((await onA.login(person.email, TEST_PASSWORD)).errors).toBeUndefined();
    const onB = on(onA, b);
    expect((await onB.request<{ me: { id: string } }>(ME)).data?.me.id).toBe(person.id);
    await onB.request(`mutation { logout }`);
    expect(errorCode(await on(onA, a).request(ME))).toBe('UNAUTHENTICATED');
  });

  it('keeps every seat invariant under a burst of bookings spread over both, and delivers each mail once', async () => {
    const { editionId } = await givenEdition(seeder.db);
    const module = await givenNationalModule(seeder.db, editionId, 'EE');
    const sessionId = await givenSession(seeder.db, { ...module, editionId }, { capacity: 40, inDays: 30 });
    const tandems = await givenTandems(seeder, editionId, 60);
    const answers = await Promise.all(
      tandems.map((td, i) => on(td.school.client, replicas[i % 2].baseUrl).request(BOOK, { input: { sessionId } })),
    );
    expect(answers.map(errorCode).filter(Boolean)).toEqual([]);
    const state = async () =>
      (
        await seeder.db.query(
          `SELECT s.seats_taken, s.capacity,
                  (SELECT coalesce(sum(seats), 0)::int FROM enrolment WHERE session_id = s.id AND status = 'CONFIRMED') AS confirmed,
                  (SELECT count(*)::int FROM enrolment WHERE session_id = s.id AND status = 'WAITLISTED') AS waiting
             FROM training_session s WHERE s.id = $1`,
          [sessionId],
        )
      )[0];
    expect(await state()).toEqual({ seats_taken: 40, capacity: 40, confirmed: 40, waiting: 40 });

    // Cancellations on both replicas at once: each frees two seats, the next pair moves up.
    const confirmed: { id: string; tandem_id: string }[] = await seeder.db.query(
      `SELECT id, tandem_id FROM enrolment WHERE session_id = $1 AND status = 'CONFIRMED' ORDER BY queued_at LIMIT 6`,
      [sessionId],
    );
    const byTandem = new Map(tandems.map((td) => [td.id, td]));
    const cancels = await Promise.all(
      confirmed.map((e, i) =>
        on(byTandem.get(e.tandem_id)!.company.client, replicas[i % 2].baseUrl).request(CANCEL, {
          input: { enrolmentId: e.id },
        }),
      ),
    );
    expect(cancels.map(errorCode).filter(Boolean)).toEqual([]);
    expect(await state()).toEqual({ seats_taken: 40, capacity: 40, confirmed: 40, waiting: 34 });

    // Twelve promoted people are mailed (and each booking or cancellation tells the partner who did not
    // make it); either replica's job worker delivers each message, once.
    const promoted: { n: number }[] = await seeder.db.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'ENROLMENT_PROMOTED'`,
    );
    expect(promoted).toEqual([{ n: 12 }]);
    const outbox: { id: string; recipient_email: string }[] = await seeder.db.query(
      `SELECT id, recipient_email FROM outbox_message`,
    );
    await waitFor(async () => smtp.received.length >= outbox.length, 60_000);
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would arrive now
    const recipients = smtp.received.flatMap((m) => m.to).sort();
    expect(recipients).toEqual(outbox.map((o) => o.recipient_email).sort());
    const statuses = await seeder.db.query(`SELECT status, count(*)::int AS n FROM outbox_message GROUP BY status`);
    expect(statuses).toEqual([{ status: 'SENT', n: outbox.length }]);
  }, 120_000);

  it('sends each reminder once when the reminder run happens on several replicas at the same moment', async () => {
    const other = await startTestApp({ SESSION_SECRET: SECRET }, [], url);
    try {
      const { editionId } = await givenEdition(seeder.db);
      const module = await givenNationalModule(seeder.db, editionId, 'EE');
      const sessionId = await givenSession(seeder.db, { ...module, editionId }, { capacity: 20, inDays: 1 });
      const tandems = await givenTandems(seeder, editionId, 5);
      for (const td of tandems) await td.school.client.request(BOOK, { input: { sessionId } }).then(() => undefined);
      const [{ starts_at }] = await seeder.db.query(`SELECT starts_at FROM training_session WHERE id = $1`, [
        sessionId,
      ]);
      const dayBefore = new Date(starts_at.getTime() - 23 * 3600_000);
      const runs = [seeder, other, seeder, other].map((app) => app.app.get(RemindersService).sendDue(dayBefore));
      const sent = (await Promise.all(runs)).reduce((a, b) => a + b, 0);
      expect(sent).toBe(10);
      const [{ n }] = await seeder.db.query(
        `SELECT count(*)::int AS n FROM session_reminder WHERE session_id = $1 AND kind = 'HOURS_24'`,
        [sessionId],
      );
      expect(n).toBe(10);
    } finally {
      await other.close();
    }
  }, 60_000);
});
