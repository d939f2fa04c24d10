import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { csvLine } from '../../common/csv-cell';
import { ResearchPseudonyms } from '../privacy/research-pseudonyms';
import { SelfAssessmentsRepository } from './self-assessments.repository';

/**
 * The researchers' export: ratings of people who consented to research use, under a pseudonym that
 * is stable per person (ResearchPseudonyms: the same in every export, so rounds can be linked).
 * Only country and side go with it: no names, organisations or other quasi-identifiers.
 */
@Injectable()
export class ResearchExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: SelfAssessmentsRepository,
    private readonly pseudonyms: ResearchPseudonyms,
  ) {}

  async ratingsCsv(editionId: string): Promise<string> {
    const rows = await this.repository.researchRatings(this.db.manager, editionId);
    const header = csvLine([
      'pseudonym',
      'country',
      'side',
      'round',
      'module_number',
      'profile_version',
      'competence',
      'level',
    ]);
    // Sorted by pseudonym, not by id: the order must not leak the ids either.
    const lines = rows
      .map(
        (r) =>
          [
            this.pseudonyms.of(r.person_id),
            r.country,
            r.side,
            r.kind,
            r.module_number ?? '',
            r.version,
            r.code,
            r.level,
          ] as const,
      )
      .sort((a, b) => a[0].localeCompare(b[0]));
    return header + lines.map((l) => csvLine([...l])).join('');
  }

  codebookCsv(): string {
    const entries: [string, string][] = [
      [
        'pseudonym',
        'Stable pseudonym of a tutor (HMAC-SHA-256 of the internal id with a server secret, 16 hex digits); the same person has the same pseudonym in every round and export.',
      ],
      ['country', 'ISO 3166-1 alpha-2 country of the tutor’s organisation.'],
      ['side', 'SCHOOL (tutor at a VET institution) or COMPANY (tutor at a company).'],
      ['round', 'BASELINE (before training), AFTER_MODULE (after a joint module), FINAL (end of the edition).'],
      ['module_number', 'The joint module (1..3) of an AFTER_MODULE round; empty otherwise.'],
      ['profile_version', 'Version of the competence profile the round used.'],
      ['competence', 'Competence code in the profile (area code, dot, number), e.g. PLAN.1.'],
      ['level', 'Self-assessed level, 1 (beginning) to the profile’s highest level (4: expert).'],
      [
        'inclusion',
        'Submitted self-assessments of tutors who gave research consent; drafts and non-consenting tutors are never included.',
      ],
    ];
    return csvLine(['variable', 'description']) + entries.map((e) => csvLine(e)).join('');
  }
}
