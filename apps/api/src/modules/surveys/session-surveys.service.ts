import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SurveysRepository } from './surveys.repository';
import { FEEDBACK_OPEN_DAYS } from './surveys.service';

/**
 * What the sessions module tells the surveys: a session was scheduled (its FEEDBACK survey is made from
 * the standard template, as a DRAFT), attendance was taken or the session completed (the survey opens
 * for the people marked PRESENT). Both run in the caller's transaction.
 */
@Injectable()
export class SessionSurveys {
  constructor(private readonly repo: SurveysRepository) {}

  scheduled(m: EntityManager, sessionIds: readonly string[]): Promise<void> {
    return this.repo.createForSessions(m, sessionIds);
  }

  async attendanceTaken(m: EntityManager, sessionId: string): Promise<void> {
    // A session scheduled before surveys existed gets its survey now.
    await this.repo.createForSessions(m, [sessionId]);
    await this.repo.openForSession(m, sessionId, new Date(Date.now() + FEEDBACK_OPEN_DAYS * 86_400_000));
  }
}
