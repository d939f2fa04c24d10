import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobQueue } from '../../jobs/job-queue.service';
import { ErasureRepository } from './erasure.repository';

export const RETENTION_JOB = 'privacy.retention';

/**
 * Retention (issue 17): once a day, across replicas once, the evidence notes of self-assessments of
 * editions that ended more than RETENTION_EVIDENCE_MONTHS ago are deleted (the levels stay for the
 * programme's analysis), and data exports past their link's expiry are deleted with their content.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly repo: ErasureRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    jobs: JobQueue,
  ) {
    jobs.define({ name: RETENTION_JOB, cron: '17 3 * * *', handler: () => this.run().then(() => undefined) });
  }

  async run(now = new Date()): Promise<{ evidenceNotes: number; dataExports: number }> {
    const result = await this.repo.transaction(async (manager) => ({
      evidenceNotes: await this.repo.deleteOldEvidence(manager, this.config.RETENTION_EVIDENCE_MONTHS, now),
      dataExports: await this.repo.deleteExpiredExports(manager, now),
    }));
    if (result.evidenceNotes || result.dataExports) this.logger.log(result, 'retention applied');
    return result;
  }
}
