import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * The pseudonym of a consenting participant in the researchers' exports: stable per person (the
 * same in the self-assessment and the survey exports, so a researcher can link a person's ratings
 * with their feedback) and impossible to compute from the person's id without the server's secret
 * (HMAC-SHA-256 with a key derived from SESSION_SECRET for this purpose only).
 */
@Injectable()
export class ResearchPseudonyms {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.SESSION_SECRET).update('tandem/research-pseudonym/v1').digest();
  }

  of(personId: string): string {
    return `P-${createHmac('sha256', this.key).update(personId).digest('hex').slice(0, 16)}`;
  }
}
