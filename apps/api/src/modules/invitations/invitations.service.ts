import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { LoginThrottleService } from '../../auth/login-throttle.service';
import { PasswordHasher } from '../../auth/password-hasher';
import { SessionsService } from '../../auth/sessions.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MailService } from '../mail/mail.service';
import type { Person } from '../people/person.entity';
import {
  checkAccountToken,
  claimAccountToken,
  hashAccountToken,
  INVITATION_VALID_DAYS,
  issueAccountToken,
  publicBaseUrl,
} from './account-tokens';
import type { AcceptInvitationInput, InvitePersonInput } from './dto/invitation.inputs';
import type { InvitationModel } from './invitation.model';
import { ConsentsService } from '../privacy/consents.service';
import { InvitationsRepository } from './invitations.repository';
import { RoleGrantsService } from './role-grants.service';

const fullName = (p: Pick<Person, 'givenName' | 'familyName'>) => `${p.givenName} ${p.familyName}`;

/** People join by invitation: a single-use link, valid 7 days, that sets the password and consents. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly repository: InvitationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly grants: RoleGrantsService,
    private readonly mail: MailService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly consents: ConsentsService,
  ) {}

  /**
   * Creates the account (without a password) and the grant, and mails the link in the invitee's
   * language. Inviting someone who has not accepted yet sends a fresh link (the old one stops
   * working); someone who already has a password gets CONFLICT: grant them the role instead.
   */
  async invite(viewer: Viewer, input: InvitePersonInput, requestId: string): Promise<string> {
    const { personId, mailId } = await this.repository.transaction((manager) =>
      this.inviteWithin(manager, viewer, input, requestId),
    );
    await this.mail.dispatch([mailId]);
    return personId;
  }

  /**
   * `invite` inside the caller's transaction (approving a network application creates the
   * organisation and invites its contact at once); the caller dispatches the mail after commit.
   */
  async inviteWithin(
    manager: EntityManager,
    viewer: Viewer,
    input: InvitePersonInput,
    requestId: string,
  ): Promise<{ personId: string; mailId: string }> {
    const email = input.email.trim().toLowerCase();
    const resolved = await this.grants.resolve(manager, viewer, input);
    let person = await this.repository.lockByEmail(manager, email);
    if (person?.passwordHash) throw Errors.conflict('This person already has an account: grant them the role instead.');
    if (person?.deactivatedAt) throw Errors.conflict('This account is deactivated.');
    if (!person) {
      person = await this.repository.createOrFind(manager, {
        email,
        givenName: input.givenName.trim(),
        familyName: input.familyName.trim(),
        preferredLanguage: input.preferredLanguage,
      });
    }
    await this.grants.apply(manager, person.id, resolved);
    const { token, expiresAt } = await issueAccountToken(
      manager,
      person.id,
      'INVITATION',
      INVITATION_VALID_DAYS * 86400_000,
      viewer.personId,
    );
    const inviter = await this.repository.personOrFail(manager, viewer.personId);
    const mailId = await this.mail.queue(manager, {
      to: person.email,
      recipientPersonId: person.id,
      language: person.preferredLanguage,
      kind: 'INVITATION',
      params: {
        givenName: person.givenName,
        inviterName: fullName(inviter),
        link: `${publicBaseUrl(this.config)}/invitation/${token}`,
        validUntil: expiresAt.toISOString().slice(0, 10),
      },
    });
    await this.audit.record(manager, {
      actorPersonId: viewer.personId,
      operation: 'invitePerson',
      targetType: 'Person',
      targetId: person.id,
      summary: `Invited ${person.email} as ${input.role}${resolved.country ? ` in ${resolved.country}` : ''}`,
      requestId,
    });
    return { personId: person.id, mailId };
  }

  /** What the invitation page shows; an unknown token is NOT_FOUND. */
  async describe(token: string): Promise<InvitationModel> {
    const row = await this.repository.invitation(hashAccountToken(token));
    if (!row || !row.person || row.person.deactivatedAt) throw Errors.notFound('Invitation');
    return {
      email: row.person.email,
      givenName: row.person.givenName,
      familyName: row.person.familyName,
      preferredLanguage: row.person.preferredLanguage,
      invitedBy: row.createdBy ? fullName(row.createdBy) : null,
      expiresAt: row.expiresAt,
      expired: row.expiresAt.getTime() <= Date.now(),
      used: !!row.usedAt,
    };
  }

  /** Sets the password, language and consents, uses up the token and signs the person in: all or nothing. */
  async accept(input: AcceptInvitationInput, req: FastifyRequest, reply: FastifyReply): Promise<string> {
    // The token first (bad ones throttled per address), then the costly hash.
    await this.throttle.checkToken(req.ip ?? 'unknown', () =>
      checkAccountToken(this.repository.manager, input.token, 'INVITATION'),
    );
    const passwordHash = await this.hasher.hash(input.password);
    const { personId, token } = await this.repository.transaction(async (manager) => {
      const claimed = await claimAccountToken(manager, input.token, 'INVITATION');
      const person = await this.repository.person(manager, claimed.personId);
      if (!person || person.deactivatedAt) throw Errors.notFound('Invitation');
      const now = new Date();
      await this.repository.updatePerson(manager, person.id, {
        passwordHash,
        passwordChangedAt: now,
        preferredLanguage: input.preferredLanguage,
        privacyNoticeAcceptedAt: now,
      });
      await this.consents.record(manager, person.id, [{ purpose: 'RESEARCH', granted: input.researchConsent }], now);
      const { token, sessionId } = await this.sessions.create(manager, person.id, req);
      await this.audit.record(manager, {
        actorPersonId: person.id,
        operation: 'acceptInvitation',
        targetType: 'Person',
        targetId: person.id,
        summary: `Accepted the invitation; research consent ${input.researchConsent ? 'given' : 'declined'}; session ${sessionId}`,
        requestId: req.id,
      });
      return { personId: person.id, token };
    });
    this.sessions.setCookie(reply, token);
    return personId;
  }
}
