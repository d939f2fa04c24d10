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
import { Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { InvitationsService } from '../invitations/invitations.service';
import { RoleGrantsService } from '../invitations/role-grants.service';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import type { ApplyToJoinNetworkInput, NetworkApplicationsArgs } from './dto/network-application.inputs';
import { NetworkApplication } from './network-application.entity';

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
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(NetworkApplication)
        .values({
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
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
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
    const qb = this.db.getRepository(NetworkApplication).createQueryBuilder('a').leftJoinAndSelect('a.decidedBy', 'd');
    if (countries !== 'ALL') {
      if (!countries.length)
        return toPage(
          [],
          args.first,
          0,
          () => [],
          (a) => a,
        );
      qb.andWhere('a.country_code IN (:...countries)', { countries });
    }
    if (args.status) qb.andWhere('a.status = :status', { status: args.status });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      if (Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id))
        throw Errors.validation([{ field: 'after', message: 'is not a cursor of this list' }]);
      qb.andWhere('(a.created_at, a.id) > (CAST(:at AS timestamptz), CAST(:id AS uuid))', { at, id });
    }
    const rows = await qb
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
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
    const application = await manager
      .getRepository(NetworkApplication)
      .findOne({ where: { id }, relations: { decidedBy: true } });
    if (!application || !Access.can(viewer, 'networkApplication.decide', { countryCode: application.countryCode }))
      throw Errors.notFound('Network application');
    return application;
  }

  /** Locks the application for a decision: of two deciding at once, the second waits and then finds it decided. */
  private async lockPending(manager: EntityManager, viewer: Viewer, id: string): Promise<NetworkApplication> {
    const application = await manager
      .getRepository(NetworkApplication)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!application || !Access.can(viewer, 'networkApplication.decide', { countryCode: application.countryCode }))
      throw Errors.notFound('Network application');
    if (application.status !== 'PENDING')
      throw Errors.conflict(
        `This application was already ${application.status === 'APPROVED' ? 'approved' : 'rejected'}.`,
      );
    return application;
  }

  /**
   * Creates the organisation and makes the contact its MANAGER: an invitation when they have no
   * account yet, a grant when they do. All in one transaction with the decision and its audit.
   */
  async approve(viewer: Viewer, id: string, requestId: string): Promise<ApprovalResult> {
    const duplicate = (a: { countryCode: string; registryCode: string }) =>
      Errors.conflict(`An organisation with registry code ${a.registryCode} already exists in ${a.countryCode}.`);
    let pending: NetworkApplication | null = null;
    try {
      const { mailId, invited } = await this.db.transaction(async (manager) => {
        const application = await this.lockPending(manager, viewer, id);
        pending = application;
        if (
          await manager
            .getRepository(Organisation)
            .existsBy({ countryCode: application.countryCode, registryCode: application.registryCode })
        ) {
          throw duplicate(application);
        }
        const created = await manager.insert(Organisation, {
          name: application.organisationName,
          kind: application.kind,
          countryCode: application.countryCode,
          registryCode: application.registryCode,
          city: application.city,
          website: application.website,
          sector: application.sector,
          sizeClass: application.sizeClass,
        });
        const organisationId = created.identifiers[0]['id'] as string;
        const grant = { role: 'MANAGER' as const, organisationId };
        const existing = await manager
          .getRepository(Person)
          .createQueryBuilder('p')
          .addSelect('p.passwordHash')
          .where('p.email = :email', { email: application.contactEmail })
          .getOne();
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
        await manager.update(NetworkApplication, application.id, {
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
      await manager.update(NetworkApplication, application.id, {
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
