import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { EditionsService } from '../programmes/editions.service';
import { toPeerReviewModel } from './peer-review.mapper';
import type { PeerReviewModel, TrainedPeerModel } from './peer-review.model';
import { PeerReviewsRepository, type PeerReviewRow } from './peer-reviews.repository';
import { canManage, isAssignedPeer, isCountryTeam } from './peer-review-rules';

/** The peer reviews as their readers see them (ADMIN, coordinators, researchers, observers: all of them). */
@Injectable()
export class PeerReviewReadsService {
  constructor(
    private readonly repo: PeerReviewsRepository,
    private readonly editions: EditionsService,
  ) {}

  /** Each review with its parts, four queries for any number of reviews. */
  private async models(viewer: Viewer, reviews: PeerReviewRow[]): Promise<PeerReviewModel[]> {
    if (!reviews.length) return [];
    const db = this.repo.manager;
    const ids = reviews.map((r) => r.id);
    const [areas, peers, interviews, recommendations] = await Promise.all([
      this.repo.areas(db, ids),
      this.repo.peers(db, ids),
      this.repo.interviews(db, ids),
      this.repo.recommendations(db, ids),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const manager = canManage(viewer);
    return reviews.map((r) =>
      toPeerReviewModel(r, {
        areas: areas.filter((x) => x.review_id === r.id),
        peers: peers.filter((x) => x.review_id === r.id),
        interviews: interviews.filter((x) => x.review_id === r.id),
        recommendations: recommendations.filter((x) => x.review_id === r.id),
        today,
        canManage: manager,
        canWriteAsCountry: isCountryTeam(viewer, r),
        canWriteAsPeer: isAssignedPeer(viewer, r),
      }),
    );
  }

  async list(viewer: Viewer, editionId?: string | null): Promise<PeerReviewModel[]> {
    const id = await this.editions.resolveId(editionId);
    if (!id) return [];
    return this.models(viewer, await this.repo.reviews(this.repo.manager, id));
  }

  async one(viewer: Viewer, id: string): Promise<PeerReviewModel> {
    const r = await this.repo.review(this.repo.manager, id);
    if (!r) throw Errors.notFound('Peer review');
    return (await this.models(viewer, [r]))[0];
  }

  async pool(): Promise<TrainedPeerModel[]> {
    return (await this.repo.pool(this.repo.manager)).map((p) => ({
      personId: p.person_id,
      name: p.name,
      countryCode: p.country_code,
      trainedOn: p.trained_on,
    }));
  }
}
