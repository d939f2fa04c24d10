import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access, ResourceScope } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { Person } from '../people/person.entity';
import type { TutorSide } from '../people/tutor-profile.entity';
import { TutorView, TutorsService } from '../people/tutors.service';
import { Edition } from '../programmes/edition.entity';
import { EditionsService } from '../programmes/editions.service';
import type {
  DissolveTandemInput,
  FormTandemInput,
  InviteTandemPartnerInput,
  RespondToTandemInvitationInput,
  TandemsArgs,
} from './dto/tandem.input';
import { TandemMember } from './tandem-member.entity';
import {
  clusterKey,
  PairingCandidate,
  pairingErrors,
  rankPartnerCandidates,
  suggestPartners,
  TandemSuggestionReason,
  TutorFacts,
} from './tandem-rules';
import { Tandem } from './tandem.entity';
import { ConsentsService } from '../privacy/consents.service';
import { invalid } from '../../common/field-error';

const PG_DEADLOCK = '40P01';

export interface TandemView {
  tandem: Tandem;
  school: TutorView;
  company: TutorView;
  formedByName: string | null;
  dissolvedByName: string | null;
  canRespond: boolean;
  canDissolve: boolean;
  canSeeReason: boolean;
}

export interface UnpairedView {
  tutor: TutorView;
  suggestions: { tutor: TutorView; reason: TandemSuggestionReason }[];
}

function tandemScope(t: Tandem, school: TutorView, company: TutorView): ResourceScope {
  return {
    countryCodes: [school.organisation.countryCode, company.organisation.countryCode],
    organisationIds: [school.organisation.id, company.organisation.id],
    memberIds: [t.schoolTutorId, t.companyTutorId],
  };
}

const candidate = (t: TutorView): PairingCandidate => ({
  personId: t.person.id,
  side: t.profile.side,
  organisationId: t.organisation.id,
  city: t.organisation.city,
  sector: t.organisation.sector,
});

const invitedPartnerOf = (t: Tandem) => (t.formedById === t.schoolTutorId ? t.companyTutorId : t.schoolTutorId);

@Injectable()
export class TandemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly editions: EditionsService,
    private readonly tutors: TutorsService,
    private readonly consents: ConsentsService,
  ) {}

  private async edition(manager: EntityManager, editionId?: string): Promise<Edition> {
    const edition = editionId
      ? await manager.getRepository(Edition).findOneBy({ id: editionId })
      : await this.editions.current();
    if (!edition) throw Errors.notFound('Edition');
    return edition;
  }

  /** Side, country and participation of the named people that have a tutor profile. */
  private async facts(manager: EntityManager, editionId: string, ids: string[]): Promise<Map<string, TutorFacts>> {
    const rows: { person_id: string; name: string; side: TutorSide; country_code: string; in_edition: boolean }[] =
      await manager.query(
        `SELECT tp.person_id, p.given_name || ' ' || p.family_name AS name, tp.side, o.country_code,
              EXISTS (SELECT 1 FROM tutor_participation x WHERE x.edition_id = $1 AND x.person_id = tp.person_id) AS in_edition
         FROM tutor_profile tp
         JOIN person p ON p.id = tp.person_id
         JOIN organisation o ON o.id = tp.organisation_id
        WHERE tp.person_id = ANY($2::uuid[])`,
        [editionId, ids],
      );
    return new Map(
      rows.map((r) => [
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
    const busy = await manager.getRepository(TandemMember).find({
      select: { personId: true },
      where: {
        editionId,
        personId: In(tutors.map((t) => t.personId)),
        tandemStatus: In(['FORMING', 'ACTIVE', 'COMPLETED']),
      },
    });
    const taken = tutors.find((t) => busy.some((b) => b.personId === t.personId));
    if (taken)
      throw Errors.conflict(`${taken.displayName} is already in a tandem (or has an open invitation) in this edition.`);
  }

  /** Inserts the tandem and its two members; a concurrent pairing of either tutor makes the second insert fail with CONFLICT. */
  private async insertTandem(
    manager: EntityManager,
    values: Partial<Tandem> & Pick<Tandem, 'editionId' | 'schoolTutorId' | 'companyTutorId' | 'status'>,
  ): Promise<string> {
    try {
      const inserted = await manager.insert(Tandem, values);
      const id = inserted.identifiers[0]['id'] as string;
      const members = [
        {
          tandemId: id,
          editionId: values.editionId,
          tandemStatus: values.status,
          personId: values.schoolTutorId,
          side: 'SCHOOL' as const,
        },
        {
          tandemId: id,
          editionId: values.editionId,
          tandemStatus: values.status,
          personId: values.companyTutorId,
          side: 'COMPANY' as const,
        },
      ].sort((a, b) => a.personId.localeCompare(b.personId)); // one lock order for every pairing: no deadlocks
      await manager.insert(TandemMember, members);
      return id;
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
    return this.db.transaction(async (manager) => {
      const edition = await this.edition(manager, input.editionId);
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
    return this.db.transaction(async (manager) => {
      const edition = await this.edition(manager, input.editionId);
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
    const found = await manager.getRepository(Tandem).findOneBy({ id });
    if (!found) throw Errors.notFound('Tandem');
    const tutors = await this.tutors.byIds(viewer, [found.schoolTutorId, found.companyTutorId], manager);
    const scope = tandemScope(
      found,
      tutors.get(found.schoolTutorId) as TutorView,
      tutors.get(found.companyTutorId) as TutorView,
    );
    if (!Access.can(viewer, 'tandem.read', scope)) throw Errors.notFound('Tandem');
    const tandem = await manager
      .getRepository(Tandem)
      .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return { tandem, scope };
  }

  async respond(viewer: Viewer, input: RespondToTandemInvitationInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
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
      // The status change reaches tandem_member through ON UPDATE CASCADE.
      await manager.update(Tandem, { id: tandem.id }, changes);
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
    await this.db.transaction(async (manager) => {
      const { tandem, scope } = await this.lockVisible(manager, viewer, input.tandemId);
      if (!Access.can(viewer, 'tandem.dissolve', scope)) throw Errors.forbidden();
      if (tandem.status === 'DISSOLVED') throw Errors.conflict('This tandem is already dissolved.');
      const withdrawn = tandem.status === 'FORMING' && tandem.formedById === viewer.personId;
      await manager.update(
        Tandem,
        { id: tandem.id },
        {
          status: 'DISSOLVED',
          dissolvedAt: new Date(),
          dissolvedById: viewer.personId,
          dissolutionKind: withdrawn ? 'WITHDRAWN' : 'DISSOLVED',
          dissolutionReason: reason,
        },
      );
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

  /** Tutors, names and the viewer's capabilities for tandems, in a fixed number of queries. */
  private async views(viewer: Viewer, tandems: Tandem[]): Promise<TandemView[]> {
    if (!tandems.length) return [];
    const tutors = await this.tutors.byIds(
      viewer,
      tandems.flatMap((t) => [t.schoolTutorId, t.companyTutorId]),
    );
    const actorIds = [
      ...new Set(tandems.flatMap((t) => [t.formedById, t.dissolvedById]).filter((id): id is string => !!id)),
    ];
    const actors = actorIds.length
      ? await this.db
          .getRepository(Person)
          .find({ where: { id: In(actorIds) }, select: { id: true, givenName: true, familyName: true } })
      : [];
    const names = new Map(actors.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
    return tandems.map((tandem) => {
      const school = tutors.get(tandem.schoolTutorId) as TutorView;
      const company = tutors.get(tandem.companyTutorId) as TutorView;
      const scope = tandemScope(tandem, school, company);
      return {
        tandem,
        school,
        company,
        formedByName: tandem.formedById ? (names.get(tandem.formedById) ?? null) : null,
        dissolvedByName: tandem.dissolvedById ? (names.get(tandem.dissolvedById) ?? null) : null,
        canRespond: tandem.status === 'FORMING' && tandem.byInvitation && invitedPartnerOf(tandem) === viewer.personId,
        canDissolve: tandem.status !== 'DISSOLVED' && Access.can(viewer, 'tandem.dissolve', scope),
        canSeeReason: Access.can(viewer, 'tandem.dissolve', scope),
      };
    });
  }

  async get(viewer: Viewer, id: string): Promise<TandemView> {
    const tandem = await this.db.getRepository(Tandem).findOneBy({ id });
    if (!tandem) throw Errors.notFound('Tandem');
    const [view] = await this.views(viewer, [tandem]);
    if (!Access.can(viewer, 'tandem.read', tandemScope(tandem, view.school, view.company)))
      throw Errors.notFound('Tandem');
    return view;
  }

  /** The viewer's tandem in the edition that is not dissolved (FORMING, ACTIVE or COMPLETED), or null. */
  async mine(viewer: Viewer, editionId?: string): Promise<TandemView | null> {
    const edition = await this.edition(this.db.manager, editionId);
    const member = await this.db.getRepository(TandemMember).findOne({
      where: { editionId: edition.id, personId: viewer.personId, tandemStatus: In(['FORMING', 'ACTIVE', 'COMPLETED']) },
    });
    if (!member) return null;
    const tandem = await this.db.getRepository(Tandem).findOneByOrFail({ id: member.tandemId });
    return (await this.views(viewer, [tandem]))[0];
  }

  /** Tandems of the viewer's countries (every country for programme-wide grants), newest first, a keyset page at a time. */
  async list(viewer: Viewer, args: TandemsArgs): Promise<Page<TandemView>> {
    const edition = await this.edition(this.db.manager, args.editionId);
    const visible = Access.countries(viewer, 'tandem.list');
    const country = args.country?.toUpperCase();
    if (country && visible !== 'ALL' && !visible.includes(country)) throw Errors.forbidden();
    const countries = country ? [country] : visible;
    const qb = this.db
      .getRepository(Tandem)
      .createQueryBuilder('t')
      .where('t.edition_id = :editionId', { editionId: edition.id });
    if (countries !== 'ALL') {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
                  WHERE tp.person_id IN (t.school_tutor_id, t.company_tutor_id) AND o.country_code = ANY(:countries))`,
        { countries },
      );
    }
    if (args.status) qb.andWhere('t.status = :status', { status: args.status });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [afterId] = decodeCursor(args.after, ['uuid']);
      // The key is read from the row itself: timestamps keep their microseconds, which a cursor in JSON would lose.
      qb.andWhere(
        '(t.created_at, t.id) < (SELECT a.created_at, a.id FROM tandem a WHERE a.id = CAST(:afterId AS uuid))',
        { afterId },
      );
    }
    const rows = await qb
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(args.first + 1)
      .getMany();
    const views = new Map((await this.views(viewer, rows.slice(0, args.first))).map((v) => [v.tandem.id, v]));
    return toPage(
      rows,
      args.first,
      totalCount,
      (t) => [t.id],
      (t) => views.get(t.id) as TandemView,
    );
  }

  /** Cluster links among the employers of the given tutors, as `clusterKey`s. */
  private async clusterLinks(tutors: readonly TutorView[]): Promise<Set<string>> {
    const schools = [...new Set(tutors.filter((t) => t.profile.side === 'SCHOOL').map((t) => t.organisation.id))];
    const companies = [...new Set(tutors.filter((t) => t.profile.side === 'COMPANY').map((t) => t.organisation.id))];
    const links: { school_id: string; company_id: string }[] =
      schools.length && companies.length
        ? await this.db.query(
            `SELECT school_id, company_id FROM cluster_link WHERE school_id = ANY($1::uuid[]) AND company_id = ANY($2::uuid[])`,
            [schools, companies],
          )
        : [];
    return new Set(links.map((l) => clusterKey(l.school_id, l.company_id)));
  }

  /**
   * For a tutor without a tandem in the edition: the unpaired tutors of the other side in their own
   * country (cross-border pairs are formed by the coordinators). The list carries no contact details:
   * the tutor views are built for this viewer, who is nobody's partner yet.
   */
  async partnerCandidates(
    viewer: Viewer,
    editionId?: string,
  ): Promise<{ tutor: TutorView; reason: TandemSuggestionReason | null }[]> {
    const edition = await this.edition(this.db.manager, editionId);
    const me = (await this.tutors.byIds(viewer, [viewer.personId])).get(viewer.personId);
    if (!me) throw Errors.forbidden('Only tutors look for a tandem partner.');
    const unpaired = await this.tutors.unpaired(viewer, edition.id, me.organisation.countryCode);
    // Not taking part in the edition, or already in a tandem: nobody to invite.
    if (!unpaired.some((t) => t.person.id === viewer.personId)) return [];
    // Only tutors who agreed to be suggested as a partner are offered (issue 17), at once after a change.
    const consenting = await this.consents.grantedAmong(
      unpaired.map((t) => t.person.id),
      'PARTNER_SUGGESTIONS',
    );
    const offered = unpaired.filter((t) => t.person.id !== viewer.personId && consenting.has(t.person.id));
    const links = await this.clusterLinks(unpaired);
    const candidates = offered.map((t) => ({
      ...candidate(t),
      name: `${t.person.familyName} ${t.person.givenName}`,
      view: t,
    }));
    return rankPartnerCandidates(candidate(me), candidates, links).map(({ candidate: c, reason }) => ({
      tutor: c.view,
      reason,
    }));
  }

  /** For the coordinator of the country: its unpaired tutors of the edition, each with partners to suggest. */
  async unpaired(viewer: Viewer, countryCode: string, editionId?: string): Promise<UnpairedView[]> {
    const country = countryCode.toUpperCase();
    Access.assert(viewer, 'tandem.form', { countryCode: country });
    const edition = await this.edition(this.db.manager, editionId);
    const tutors = await this.tutors.unpaired(viewer, edition.id, country);
    const clusterLinks = await this.clusterLinks(tutors);
    const byId = new Map(tutors.map((t) => [t.person.id, t]));
    const candidates = tutors.map(candidate);
    return tutors.map((tutor) => ({
      tutor,
      suggestions: suggestPartners(candidate(tutor), candidates, clusterLinks).map((s) => ({
        tutor: byId.get(s.personId) as TutorView,
        reason: s.reason,
      })),
    }));
  }
}
