import { Injectable } from '@nestjs/common';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { TutorView, TutorsService } from '../people/tutors.service';
import { ConsentsService } from '../privacy/consents.service';
import {
  clusterKey,
  PairingCandidate,
  rankPartnerCandidates,
  suggestPartners,
  TandemSuggestionReason,
} from './tandem-rules';
import type { UnpairedView } from './tandem-views';
import { TandemsRepository } from './tandems.repository';
import { TandemsService } from './tandems.service';

const candidate = (t: TutorView): PairingCandidate => ({
  personId: t.person.id,
  side: t.profile.side,
  organisationId: t.organisation.id,
  city: t.organisation.city,
  sector: t.organisation.sector,
});

/**
 * Who could pair with whom: candidates for a tutor looking for a partner, and suggestions for the
 * coordinator's unpaired tutors. Reads only; the ranking rules are the pure ones of `tandem-rules`.
 */
@Injectable()
export class TandemSuggestionsService {
  constructor(
    private readonly repository: TandemsRepository,
    private readonly tandems: TandemsService,
    private readonly tutors: TutorsService,
    private readonly consents: ConsentsService,
  ) {}

  /** Cluster links among the employers of the given tutors, as `clusterKey`s. */
  private async clusterLinks(tutors: readonly TutorView[]): Promise<Set<string>> {
    const schools = [...new Set(tutors.filter((t) => t.profile.side === 'SCHOOL').map((t) => t.organisation.id))];
    const companies = [...new Set(tutors.filter((t) => t.profile.side === 'COMPANY').map((t) => t.organisation.id))];
    const links = schools.length && companies.length ? await this.repository.clusterLinks(schools, companies) : [];
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
    const edition = await this.tandems.edition(this.repository.manager, editionId);
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
    const edition = await this.tandems.edition(this.repository.manager, editionId);
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
