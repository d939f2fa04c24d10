import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { grantsAllow } from '@tandem/shared-domain';
import { DataSource } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { EditionsService } from '../programmes/editions.service';
import { type MyNextStepModel, WorkQueueItemModel, WorkQueueKind } from './home.model';
import { HomeRepository, type QueueRow } from './home.repository';
import { tutorNextSteps } from './next-steps';

const EMPTY: QueueRow = { count: 0, overdue: 0, oldest_at: null };

/** The home pages: a tutor's next steps and the work waiting for trainers, coordinators and admins. */
@Injectable()
export class HomeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: HomeRepository,
    private readonly editions: EditionsService,
  ) {}

  /** The signed-in tutor's steps in the edition running today (none without an edition). */
  async nextSteps(viewer: Viewer, editionId?: string | null): Promise<MyNextStepModel[]> {
    const id = await this.editions.resolveId(editionId);
    if (!id) return [];
    const standing = await this.repository.standing(this.db.manager, id, viewer.personId);
    return tutorNextSteps(standing, new Date());
  }

  /** Each kind of work the viewer may act on, counted in their scope (zero counts included). */
  async workQueue(viewer: Viewer, askedEdition?: string | null): Promise<WorkQueueItemModel[]> {
    const db = this.db.manager;
    const editionId = await this.editions.resolveId(askedEdition);
    const items: WorkQueueItemModel[] = [];
    const add = (kind: WorkQueueKind, row: QueueRow, href: string) =>
      items.push({ kind, count: row.count, overdue: row.overdue, oldestAt: row.oldest_at, href });
    const allows = (permission: Parameters<typeof grantsAllow>[1]) => grantsAllow(viewer.grants, permission);

    if (allows('networkApplication.decide')) {
      const countries = Access.countries(viewer, 'networkApplication.decide');
      add(
        WorkQueueKind.NETWORK_APPLICATIONS,
        await this.repository.applications(db, countries),
        '/network/applications',
      );
    }
    if (allows('tandem.form')) {
      const countries = Access.countries(viewer, 'tandem.form');
      const href = countries !== 'ALL' && countries.length === 1 ? `/tandems?unpaired=${countries[0]}` : '/tandems';
      add(
        WorkQueueKind.UNPAIRED_TUTORS,
        editionId ? await this.repository.unpairedTutors(db, editionId, countries) : EMPTY,
        href,
      );
    }
    if (allows('submission.list')) {
      const countries = Access.countries(viewer, 'submission.list');
      add(WorkQueueKind.SUBMISSIONS_TO_REVIEW, await this.repository.submissionsToReview(db, countries), '/reviews');
    }
    if (allows('nationalProgramme.approve')) {
      add(
        WorkQueueKind.NATIONAL_PROGRAMMES_TO_APPROVE,
        editionId ? await this.repository.programmesToApprove(db, editionId) : EMPTY,
        '/national-programmes',
      );
    }
    if (allows('session.coordinate')) {
      const countries = Access.countries(viewer, 'session.coordinate');
      add(
        WorkQueueKind.SESSIONS_SHORT_OF_SEATS,
        editionId ? await this.repository.sessionsShortOfSeats(db, editionId, countries) : EMPTY,
        '/agenda',
      );
    }
    if (allows('session.run')) {
      const countries = Access.countries(viewer, 'session.run');
      const trainerId = viewer.grants.some((g) => g.role === 'TRAINER') ? viewer.personId : null;
      add(
        WorkQueueKind.ATTENDANCE_TO_MARK,
        editionId ? await this.repository.attendanceToMark(db, editionId, countries, trainerId) : EMPTY,
        '/agenda',
      );
    }
    return items;
  }
}
