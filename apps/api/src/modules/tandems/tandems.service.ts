import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { TutorView, TutorsService } from '../people/tutors.service';
import type { Edition } from '../programmes/edition.entity';
import { EditionsService } from '../programmes/editions.service';
import type { TandemsArgs } from './dto/tandem.input';
import type { Tandem } from './tandem.entity';
import { invitedPartnerOf, tandemScope, TandemView } from './tandem-views';
import { TandemsRepository } from './tandems.repository';

/**
 * Reading tandems: one, the viewer's own, and the list. Forming and dissolving live in
 * `TandemFormingService`, partner suggestions in `TandemSuggestionsService`; all three read the
 * edition the same way through `edition()`.
 */
@Injectable()
export class TandemsService {
  constructor(
    private readonly repository: TandemsRepository,
    private readonly editions: EditionsService,
    private readonly tutors: TutorsService,
  ) {}

  /** The named edition, or the one running today. */
  async edition(manager: EntityManager, editionId?: string): Promise<Edition> {
    const edition = editionId ? await this.repository.edition(manager, editionId) : await this.editions.current();
    if (!edition) throw Errors.notFound('Edition');
    return edition;
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
    const actors = actorIds.length ? await this.repository.actors(actorIds) : [];
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
    const tandem = await this.repository.byId(this.repository.manager, id);
    if (!tandem) throw Errors.notFound('Tandem');
    const [view] = await this.views(viewer, [tandem]);
    if (!Access.can(viewer, 'tandem.read', tandemScope(tandem, view.school, view.company)))
      throw Errors.notFound('Tandem');
    return view;
  }

  /** The viewer's tandem in the edition that is not dissolved (FORMING, ACTIVE or COMPLETED), or null. */
  async mine(viewer: Viewer, editionId?: string): Promise<TandemView | null> {
    const edition = await this.edition(this.repository.manager, editionId);
    const tandem = await this.repository.holding(edition.id, viewer.personId);
    if (!tandem) return null;
    return (await this.views(viewer, [tandem]))[0];
  }

  /** Tandems of the viewer's countries (every country for programme-wide grants), newest first, a keyset page at a time. */
  async list(viewer: Viewer, args: TandemsArgs): Promise<Page<TandemView>> {
    const edition = await this.edition(this.repository.manager, args.editionId);
    const visible = Access.countries(viewer, 'tandem.list');
    const country = args.country?.toUpperCase();
    if (country && visible !== 'ALL' && !visible.includes(country)) throw Errors.forbidden();
    const { rows, totalCount } = await this.repository.page({
      editionId: edition.id,
      countries: country ? [country] : visible,
      status: args.status,
      afterId: args.after ? decodeCursor(args.after, ['uuid'])[0] : undefined,
      first: args.first,
    });
    const views = new Map((await this.views(viewer, rows.slice(0, args.first))).map((v) => [v.tandem.id, v]));
    return toPage(
      rows,
      args.first,
      totalCount,
      (t) => [t.id],
      (t) => views.get(t.id) as TandemView,
    );
  }
}
