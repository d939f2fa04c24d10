import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import { LoginThrottleService } from '../../auth/login-throttle.service';
import type { Viewer } from '../../auth/viewer';
import { pgErrorCode, PG_UNIQUE_VIOLATION } from '../../common/db-errors';
import { DomainError, Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { InvitationsService } from '../invitations/invitations.service';
import { RoleGrantsService } from '../invitations/role-grants.service';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { ApplyToJoinNetworkInput, NetworkApplicationsArgs } from './dto/network-application.inputs';
import type { NetworkApplication } from './network-application.entity';
import { NetworkApplicationsRepository } from './network-applications.repository';

const clean = (text: string | null | undefined) => {
  const t = text?.trim();
  return t ? t : null;
};

export interface ApprovalResult {
  application: NetworkApplication;
  /** False when the contact already had an account: they were granted MANAGER without an invitation. */
  invited: boolean;
}

/**
 * "Join the network": the public form files an application; the coordinator of its country decides.
 * The form answers the same whatever it is sent (no enumeration of accounts or organisations); it is
 * throttled per e-mail and per address like sign-in.
 */
@Injectable()
export class NetworkApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly applications: NetworkApplicationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: LoginThrottleService,
    private readonly invitations: InvitationsService,
    private readonly grants: RoleGrantsService,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** A keyed hash: the raw address is not stored, and the hash cannot be reversed by trying all addresses. */
  private ipHash(req: FastifyRequest): string {
    return createHmac('sha256', this.config.SESSION_SECRET)
      .update(`network-application:${req.ip ?? 'unknown'}`)
      .digest('hex');
  }

  /**
   * Files the application and tells the country's coordinators. A second pending application for the
   * same registry code is dropped silently; an existing organisation or account changes nothing here
   * (the coordinator sees it when deciding). Every request counts against the throttle alike.
   */
  async apply(input: ApplyToJoinNetworkInput, req: FastifyRequest): Promise<void> {
    const contactEmail = input.contactEmail.trim().toLowerCase();
    const requesterIpHash = this.ipHash(req);
    await this.throttle.countRequest('NETWORK_APPLICATION', contactEmail, requesterIpHash);
    await this.db.transaction(async (manager) => {
      const id = await this.applications.insert(manager, {
        organisationName: input.organisationName.trim(),
        kind: input.kind,
        countryCode: input.country,
        registryCode: input.registryCode.trim().toUpperCase(),
        city: input.city.trim(),
        website: clean(input.website),
        sector: input.sector ?? null,
        sizeClass: input.sizeClass ?? null,
        contactGivenName: input.contactGivenName.trim(),
        contactFamilyName: input.contactFamilyName.trim(),
        contactEmail,
        preferredLanguage: input.preferredLanguage,
        message: clean(input.message),
        requesterIpHash,
      });
      if (!id) return;
      const coordinators = await this.notifications.holdersOf(manager, 'COORDINATOR', input.country);
      await this.notifications.notify(manager, coordinators, 'NETWORK_APPLICATION_RECEIVED', {
        targetType: 'NetworkApplication',
        targetId: id,
        organisationName: input.organisationName.trim(),
        countryCode: input.country,
      });
      await this.audit.record(manager, {
        actorPersonId: null,
        operation: 'applyToJoinNetwork',
        targetType: 'NetworkApplication',
        targetId: id,
        summary: `Application of ${input.organisationName.trim()} (${input.country} ${input.registryCode.trim().toUpperCase()})`,
        requestId: req.id,
      });
    });
  }

  /** The viewer's countries' applications, oldest first (the queue order); keyset on (created_at, id). */
  async list(viewer: Viewer, args: NetworkApplicationsArgs): Promise<Page<NetworkApplication>> {
    const countries = Access.countries(viewer, 'networkApplication.decide');
    if (countries !== 'ALL' && !countries.length)
      return toPage(
        [],
        args.first,
        0,
        () => [],
        (a) => a,
      );
    const filter = { countries, status: args.status };
    const totalCount = await this.applications.count(this.db.manager, filter);
    let after: { at: string; id: string } | null = null;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
      after = { at, id };
    }
    const rows = await this.applications.page(this.db.manager, filter, after, args.first + 1);
    return toPage(
      rows,
      args.first,
      totalCount,
      (a) => [a.createdAt.toISOString(), a.id],
      (a) => a,
    );
  }

  /** One application; another country's is NOT_FOUND (it does not say that it exists). */
  async get(viewer: Viewer, id: string, manager: EntityManager = this.db.manager): Promise<NetworkApplication> {
    const application = await this.applications.find(manager, id);
    if (!application || !Access.can(viewer, 'networkApplication.decide', { countryCode: application.countryCode }))
      throw Errors.notFound('Network application');
    return application;
  }

  /** Locks the application for a decision: of two deciding at once, the second waits and then finds it decided. */
  private async lockPending(manager: EntityManager, viewer: Viewer, id: string): Promise<NetworkApplication> {
    const application = await this.applications.lock(manager, id);
    if (!application || !Access.can(viewer, 'networkApplication.decide', { countryCode: application.countryCode }))
      throw Errors.notFound('Network application');
    if (application.status !== 'PENDING')
      throw new DomainError(
        'ALREADY_DECIDED',
        `This application was already ${application.status === 'APPROVED' ? 'approved' : 'rejected'}.`,
        { status: application.status },
      );
    return application;
  }

  /**
   * Creates the organisation and makes the contact its MANAGER: an invitation when they have no
   * account yet, a grant when they do. All in one transaction with the decision and its audit.
   */
  async approve(viewer: Viewer, id: string, requestId: string): Promise<ApprovalResult> {
    const duplicate = (a: { countryCode: string; registryCode: string }) =>
      new DomainError(
        'DUPLICATE_ORGANISATION',
        `An organisation with registry code ${a.registryCode} already exists in ${a.countryCode}.`,
        { registryCode: a.registryCode, countryCode: a.countryCode },
      );
    let pending: NetworkApplication | null = null;
    try {
      const { mailId, invited } = await this.db.transaction(async (manager) => {
        const application = await this.lockPending(manager, viewer, id);
        pending = application;
        if (await this.applications.organisationExists(manager, application.countryCode, application.registryCode))
          throw duplicate(application);
        const organisationId = await this.applications.insertOrganisation(manager, application);
        const grant = { role: 'MANAGER' as const, organisationId };
        const existing = await this.applications.accountOf(manager, application.contactEmail);
        let mailId: string | null = null;
        if (existing?.passwordHash && !existing.deactivatedAt) {
          await this.grants.apply(manager, existing.id, await this.grants.resolve(manager, viewer, grant));
        } else {
          ({ mailId } = await this.invitations.inviteWithin(
            manager,
            viewer,
            {
              email: application.contactEmail,
              givenName: application.contactGivenName,
              familyName: application.contactFamilyName,
              preferredLanguage: application.preferredLanguage,
              ...grant,
            },
            requestId,
          ));
        }
        await this.applications.decide(manager, application.id, {
          status: 'APPROVED',
          decidedById: viewer.personId,
          decidedAt: new Date(),
          createdOrganisationId: organisationId,
        });
        await this.audit.record(manager, {
          actorPersonId: viewer.personId,
          operation: 'approveNetworkApplication',
          targetType: 'NetworkApplication',
          targetId: application.id,
          summary: `Approved ${application.organisationName} (${application.countryCode} ${application.registryCode}); organisation ${organisationId}; contact ${mailId ? 'invited' : 'granted MANAGER'}`,
          requestId,
        });
        return { mailId, invited: !!mailId };
      });
      if (mailId) await this.mail.dispatch([mailId]);
      return { application: await this.get(viewer, id), invited };
    } catch (e) {
      // A concurrent approval of another application with the same code got there first.
      if (pgErrorCode(e) === PG_UNIQUE_VIOLATION && pending) throw duplicate(pending);
      throw e;
    }
  }

  /** Rejects with a reason, mailed to the contact in their language. */
  async reject(viewer: Viewer, id: string, reason: string, requestId: string): Promise<NetworkApplication> {
    const mailId = await this.db.transaction(async (manager) => {
      const application = await this.lockPending(manager, viewer, id);
      const rejectionReason = reason.trim();
      await this.applications.decide(manager, application.id, {
        status: 'REJECTED',
        decidedById: viewer.personId,
        decidedAt: new Date(),
        rejectionReason,
      });
      const mailId = await this.mail.queue(manager, {
        to: application.contactEmail,
        recipientPersonId: null,
        language: application.preferredLanguage,
        kind: 'NETWORK_APPLICATION_REJECTED',
        params: {
          givenName: application.contactGivenName,
          organisationName: application.organisationName,
          reason: rejectionReason,
        },
      });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'rejectNetworkApplication',
        targetType: 'NetworkApplication',
        targetId: application.id,
        summary: `Rejected ${application.organisationName} (${application.countryCode} ${application.registryCode}): ${rejectionReason}`,
        requestId,
      });
      return mailId;
    });
    await this.mail.dispatch([mailId]);
    return this.get(viewer, id);
  }
}
