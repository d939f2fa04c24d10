import { LOCALES } from '@tandem/shared-domain';
import { MAX_MAIL_ATTEMPTS, MailService } from '../src/modules/mail/mail.service';
import { OutboxMessage } from '../src/modules/mail/outbox-message.entity';
import { renderMail } from '../src/modules/mail/templates';
import { createPerson, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient } from './support/gql-client';
import { signInAs } from './support/sign-in';
import { startSmtpPeer } from './support/smtp-peer';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const OUTBOX = `query Outbox($first: Int, $after: String) {
  outboxMessages(first: $first, after: $after) {
    totalCount
    edges { node { id recipientEmail language kind subject textBody status attempts deliveryNote } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const invitation = (to: string, language: string) => ({
  to,
  recipientPersonId: null,
  language,
  kind: 'INVITATION' as const,
  params: {
    givenName: 'Mari',
    inviterName: 'Coordinator Kask',
    link: 'http://localhost:3000/invitation/abc123',
    validUntil: '2026-12-01',
  },
});

async function queue(t: TestApp, requests: ReturnType<typeof invitation>[]): Promise<string[]> {
  const mail = t.app.get(MailService);
  return t.db.transaction((manager) => mail.queueMany(manager, requests));
}

/** SMTP bodies are quoted-printable: undo the soft line breaks and the =XX escapes that matter here. */
const unfold = (raw: string) => raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');

describe('mail outbox', () => {
  it('renders every template in each of the five languages, English for an unknown one', () => {
    for (const kind of ['INVITATION', 'PASSWORD_RESET'] as const) {
      const params = {
        givenName: 'Mari',
        inviterName: 'Jaan',
        link: 'http://x/link-token',
        validUntil: '2026-12-01',
        validMinutes: 60,
      };
      const subjects = LOCALES.map((l) => renderMail(kind, l, params));
      expect(new Set(subjects.map((s) => s.subject)).size).toBe(5);
      for (const s of subjects) expect(s.text).toContain('http://x/link-token');
      expect(renderMail(kind, 'de', params)).toEqual({ ...renderMail(kind, 'en', params), language: 'en' });
    }
    expect(renderMail('INVITATION', 'et', invitation('a@b.c', 'et').params).subject).toBe('Kutse Tandemisse');
    expect(renderMail('PASSWORD_RESET', 'ru', { givenName: 'Ivan', link: 'l', validMinutes: 60 }).text).toContain(
      'Здравствуйте, Ivan',
    );
  });

  describe('without SMTP_URL', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('keeps messages QUEUED and shows them to an admin, rendered in the recipient language, newest first', async () => {
      await queue(t, [invitation('first@test.example', 'lv')]);
      await queue(t, [invitation('second@test.example', 'lt')]);
      const client = await signInAs(t, 'ADMIN');
      type Res = {
        outboxMessages: {
          totalCount: number;
          edges: { node: Record<string, unknown> }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      };
      const page1 = await client.request<Res>(OUTBOX, { first: 1 });
      expect(page1.data?.outboxMessages.totalCount).toBe(2);
      expect(page1.data?.outboxMessages.edges[0].node).toMatchObject({
        recipientEmail: 'second@test.example',
        language: 'lt',
        kind: 'INVITATION',
        subject: 'Kvietimas prisijungti prie Tandem',
        status: 'QUEUED',
        attempts: 0,
        deliveryNote: 'not sent: no SMTP configured',
      });
      const page2 = await client.request<Res>(OUTBOX, {
        first: 1,
        after: page1.data?.outboxMessages.pageInfo.endCursor,
      });
      expect(page2.data?.outboxMessages.edges[0].node).toMatchObject({
        recipientEmail: 'first@test.example',
        subject: 'Ielūgums uz Tandem',
      });
      expect(page2.data?.outboxMessages.pageInfo.hasNextPage).toBe(false);
    });

    it('delivering without SMTP changes nothing', async () => {
      const [id] = await queue(t, [invitation('nobody@test.example', 'en')]);
      expect(await t.app.get(MailService).deliver(id)).toBe('QUEUED');
      expect(await t.db.getRepository(OutboxMessage).findOneByOrFail({ id })).toMatchObject({
        status: 'QUEUED',
        attempts: 0,
      });
    });

    it('refuses the outbox to anyone but an admin', async () => {
      const client = await signInAs(t, 'COORDINATOR', { countryCode: 'EE' });
      expect(errorCode(await client.request(OUTBOX))).toBe('FORBIDDEN');
      expect(errorCode(await new GqlClient(t.baseUrl).request(OUTBOX))).toBe('UNAUTHENTICATED');
    });
  });

  it('refuses the outbox in production, even to an admin', async () => {
    const t = await startTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://ignored/x',
    });
    try {
      const admin = await createPerson(t.db, [{ role: 'ADMIN' }]);
      const client = new GqlClient(t.baseUrl);
      await client.login(admin.email, TEST_PASSWORD);
      expect(client.cookie).not.toBeNull();
      expect(errorCode(await client.request(OUTBOX))).toBe('FORBIDDEN');
    } finally {
      await t.close();
    }
  });

  describe('with SMTP_URL and the job queue running', () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
    beforeAll(async () => {
      smtp = await startSmtpPeer({ rejectRecipients: /^bounce/ });
      t = await startTestApp({ SMTP_URL: smtp.url, JOBS_ENABLED: 'true', MAIL_FROM: 'Tandem <tandem@test.example>' });
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });

    it('sends a queued message through pg-boss and SMTP and marks it SENT', async () => {
      const [id] = await queue(t, [invitation('mari@test.example', 'et')]);
      await t.app.get(MailService).dispatch([id]);
      const sent = await waitFor(async () => {
        const m = await t.db.getRepository(OutboxMessage).findOneByOrFail({ id });
        return m.status === 'SENT' ? m : null;
      });
      expect(sent).toMatchObject({ attempts: 1, lastError: null });
      expect(sent.sentAt).toBeInstanceOf(Date);
      const mail = smtp.received.find((r) => r.to.includes('mari@test.example'));
      expect(mail?.from).toBe('tandem@test.example');
      expect(unfold(mail!.raw)).toContain('http://localhost:3000/invitation/abc123');
      expect(mail!.raw).toMatch(/^Subject: Kutse Tandemisse/m);
    });

    it('sends a message only once, however often it is delivered', async () => {
      const [id] = await queue(t, [invitation('once@test.example', 'en')]);
      const mail = t.app.get(MailService);
      await Promise.all([mail.deliver(id), mail.deliver(id), mail.deliver(id)]);
      await mail.deliver(id);
      expect(smtp.received.filter((r) => r.to.includes('once@test.example'))).toHaveLength(1);
    });

    it('counts failed attempts with the error, retries, and gives up as FAILED after the last one', async () => {
      const [id] = await queue(t, [invitation('bounce@test.example', 'en')]);
      const mail = t.app.get(MailService);
      await expect(mail.deliver(id, { throwToRetry: true })).rejects.toThrow(/mailbox unavailable/);
      const after1 = await t.db.getRepository(OutboxMessage).findOneByOrFail({ id });
      expect(after1).toMatchObject({ status: 'QUEUED', attempts: 1 });
      expect(after1.lastError).toMatch(/mailbox unavailable/);
      for (let i = 2; i <= MAX_MAIL_ATTEMPTS; i++) await mail.deliver(id);
      expect(await t.db.getRepository(OutboxMessage).findOneByOrFail({ id })).toMatchObject({
        status: 'FAILED',
        attempts: MAX_MAIL_ATTEMPTS,
      });
      expect(await mail.deliver(id)).toBe('FAILED');
    });
  });
});
