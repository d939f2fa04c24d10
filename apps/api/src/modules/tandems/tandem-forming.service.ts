import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access, ResourceScope } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { TutorView, TutorsService } from '../people/tutors.service';
import type {
  DissolveTandemInput,
  FormTandemInput,
  InviteTandemPartnerInput,
  RespondToTandemInvitationInput,
} from './dto/tandem.input';
import { pairingErrors, TutorFacts } from './tandem-rules';
import { invitedPartnerOf, tandemScope } from './tandem-views';
import type { Tandem } from './tandem.entity';
import { NewTandem, TandemsRepository } from './tandems.repository';
import { TandemsService } from './tandems.service';

const PG_DEADLOCK = '40P01';

/**
 * The life of a tandem: a coordinator forms one, a tutor invites a partner who accepts or declines,
 * and either partner or the coordinator dissolves it. Each use case is one transaction; the member
 * rows' unique index is what holds "one tandem per tutor and edition" when two pairings race.
 */
@Injectable()
export class TandemFormingService {
  constructor(
    private readonly repository: TandemsRepository,
    private readonly tandems: TandemsService,
    private readonly audit: AuditService,
    private readonly tutors: TutorsService,
  ) {}

  /** Side, country and participation of the named people that have a tutor profile. */
  private async facts(manager: EntityManager, editionId: string, ids: string[]): Promise<Map<string, TutorFacts>> {
    const found = await this.repository.tutorFacts(manager, editionId, ids);
    return new Map(
      found.map((r) => [
        r.person_id,
        {
          personId: r.person_id,
          displayName: r.name,
          side: r.side,
          countryCode: r.country_code,
          inEdition: r.in_edition,
        },
      ]),
    );
  }

  /** The friendly CONFLICT; the partial unique index of tandem_member is what guarantees it under concurrency. */
  private async ensureFree(manager: EntityManager, editionId: string, tutors: TutorFacts[]): Promise<void> {
    const busy = await this.repository.busyMembers(
      manager,
      editionId,
      tutors.map((t) => t.personId),
    );
    const taken = tutors.find((t) => busy.some((b) => b.personId === t.personId));
    if (taken)
      throw Errors.conflict(`${taken.displayName} is already in a tandem (or has an open invitation) in this edition.`);
  }

  /** Inserts the tandem and its two members; a concurrent pairing of either tutor makes the second insert fail with CONFLICT. */
  private async insertTandem(manager: EntityManager, values: NewTandem): Promise<string> {
    try {
      return await this.repository.insertTandem(manager, values);
    } catch (e) {
      const code = pgErrorCode(e);
      if (code === PG_UNIQUE_VIOLATION || code === PG_DEADLOCK) {
        throw Errors.conflict('One of these tutors was paired by someone else just now. Reload to see their tandem.');
      }
      throw e;
    }
  }

  /** A COORDINATOR of the tutors' country (both countries, for a cross-border tandem) or an ADMIN forms an ACTIVE tandem. */
  async form(viewer: Viewer, input: FormTandemInput, requestId: string): Promise<string> {
    return this.repository.transaction(async (manager) => {
      const edition = await this.tandems.edition(manager, input.editionId);
      const facts = await this.facts(manager, edition.id, [input.schoolTutorId, input.companyTutorId]);
      // Scope before anything else: tutors outside the viewer's country give FORBIDDEN, never details.
      for (const f of facts.values()) Access.assert(viewer, 'tandem.form', { countryCode: f.countryCode });
      const school = facts.get(input.schoolTutorId) ?? null;
      const company = facts.get(input.companyTutorId) ?? null;
      const errors = pairingErrors(
        { field: 'schoolTutorId', facts: school, expectedSide: 'SCHOOL' },
        { field: 'companyTutorId', facts: company, expectedSide: 'COMPANY' },
        edition.crossBorderTandems,
      );
      if (errors.length || !school || !company) throw Errors.validation(errors);
      await this.ensureFree(manager, edition.id, [school, company]);
      const id = await this.insertTandem(manager, {
        editionId: edition.id,
        schoolTutorId: school.personId,
        companyTutorId: company.personId,
        status: 'ACTIVE',
        formedById: viewer.personId,
        byInvitation: false,
        activatedAt: new Date(),
      });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'formTandem',
        targetType: 'Tandem',
        targetId: id,
        summary: `Formed the tandem of ${school.displayName} (school) and ${company.displayName} (company) in ${edition.name}`,
        requestId,
      });
      return id;
    });
  }

  /** A tutor invites a tutor of the other side: a FORMING tandem that holds both until the partner answers. */
  async invite(viewer: Viewer, input: InviteTandemPartnerInput, requestId: string): Promise<string> {
    return this.repository.transaction(async (manager) => {
      const edition = await this.tandems.edition(manager, input.editionId);
      const facts = await this.facts(manager, edition.id, [viewer.personId, input.partnerId]);
      const me = facts.get(viewer.personId);
      if (!me) throw Errors.forbidden('Only tutors can invite a tandem partner.');
      if (!me.inEdition) throw Errors.validation([invalid('editionId', 'youNotInEdition')]);
      const other = input.partnerId === viewer.personId ? me : (facts.get(input.partnerId) ?? null);
      const errors = pairingErrors(
        { field: 'editionId', facts: me, expectedSide: me.side },
        { field: 'partnerId', facts: other, expectedSide: me.side === 'SCHOOL' ? 'COMPANY' : 'SCHOOL' },
        edition.crossBorderTandems,
      );
      if (errors.length || !other) throw Errors.validation(errors);
      await this.ensureFree(manager, edition.id, [me, other]);
      const [school, company] = me.side === 'SCHOOL' ? [me, other] : [other, me];
      const id = await this.insertTandem(manager, {
        editionId: edition.id,
        schoolTutorId: school.personId,
        companyTutorId: company.personId,
        status: 'FORMING',
        formedById: viewer.personId,
        byInvitation: true,
      });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'inviteTandemPartner',
        targetType: 'Tandem',
        targetId: id,
        summary: `${me.displayName} invited ${other.displayName} to a tandem in ${edition.name}`,
        requestId,
      });
      return id;
    });
  }

  /** Loads a tandem under a row lock after checking that the viewer may see it (NOT_FOUND otherwise). */
  private async lockVisible(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<{ tandem: Tandem; scope: ResourceScope }> {
    const found = await this.repository.byId(manager, id);
    if (!found) throw Errors.notFound('Tandem');
    const tutors = await this.tutors.byIds(viewer, [found.schoolTutorId, found.companyTutorId], manager);
    const scope = tandemScope(
      found,
      tutors.get(found.schoolTutorId) as TutorView,
      tutors.get(found.companyTutorId) as TutorView,
    );
    if (!Access.can(viewer, 'tandem.read', scope)) throw Errors.notFound('Tandem');
    const tandem = await this.repository.lock(manager, id);
    return { tandem, scope };
  }

  async respond(viewer: Viewer, input: RespondToTandemInvitationInput, requestId: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const { tandem } = await this.lockVisible(manager, viewer, input.tandemId);
      if (!tandem.byInvitation || invitedPartnerOf(tandem) !== viewer.personId) {
        throw Errors.forbidden('Only the invited partner can answer this invitation.');
      }
      if (tandem.status !== 'FORMING') throw Errors.conflict('This invitation has already been answered or withdrawn.');
      const changes: Partial<Tandem> = input.accept
        ? { status: 'ACTIVE', activatedAt: new Date() }
        : {
            status: 'DISSOLVED',
            dissolvedAt: new Date(),
            dissolvedById: viewer.personId,
            dissolutionKind: 'DECLINED',
            dissolutionReason: null,
          };
      await this.repository.update(manager, tandem.id, changes);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'respondToTandemInvitation',
        targetType: 'Tandem',
        targetId: tandem.id,
        summary: input.accept
          ? 'Accepted the tandem invitation (ACTIVE)'
          : 'Declined the tandem invitation (DISSOLVED)',
        requestId,
      });
    });
  }

  async dissolve(viewer: Viewer, input: DissolveTandemInput, requestId: string): Promise<void> {
    const reason = input.reason.trim();
    if (!reason) throw Errors.validation([invalid('reason', 'endReason')]);
    await this.repository.transaction(async (manager) => {
      const { tandem, scope } = await this.lockVisible(manager, viewer, input.tandemId);
      if (!Access.can(viewer, 'tandem.dissolve', scope)) throw Errors.forbidden();
      if (tandem.status === 'DISSOLVED') throw Errors.conflict('This tandem is already dissolved.');
      const withdrawn = tandem.status === 'FORMING' && tandem.formedById === viewer.personId;
      await this.repository.update(manager, tandem.id, {
        status: 'DISSOLVED',
        dissolvedAt: new Date(),
        dissolvedById: viewer.personId,
        dissolutionKind: withdrawn ? 'WITHDRAWN' : 'DISSOLVED',
        dissolutionReason: reason,
      });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'dissolveTandem',
        targetType: 'Tandem',
        targetId: tandem.id,
        summary: `${withdrawn ? 'Withdrew the invitation' : `Dissolved the tandem (was ${tandem.status})`}: ${reason}`,
        requestId,
      });
    });
  }
}
