import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import type { SetFindingTranslationInput } from './dto/evidence.input';
import { EvidenceRepository } from './evidence.repository';
import { recordEvidence, visible } from './evidence-rules';
import { FindingTranslationsRepository } from './finding-translations.repository';

/**
 * Translations of findings: a finding stays in the language it was written in, and its writers
 * (RESEARCHER, ADMIN) add the statement in other languages, also once it is published: a translation
 * says the same thing to more readers, it changes no evidence. One transaction, the finding's row locked.
 */
@Injectable()
export class FindingTranslationsService {
  constructor(
    private readonly repo: EvidenceRepository,
    private readonly translations: FindingTranslationsRepository,
    private readonly audit: AuditService,
  ) {}

  async setFindingTranslation(viewer: Viewer, input: SetFindingTranslationInput, requestId?: string): Promise<string> {
    return this.repo.transaction(async (db) => {
      const finding = await this.repo.finding(db, input.findingId, true);
      if (!finding || !visible(viewer, finding)) throw Errors.notFound('Finding');
      if (input.language === finding.language) throw Errors.validation([invalid('language', 'originalLanguage')]);
      const statement = input.statement.trim() || null;
      await this.translations.set(db, finding.id, input.language, statement);
      await recordEvidence(this.audit, db, viewer, {
        operation: 'setFindingTranslation',
        targetType: 'Finding',
        targetId: finding.id,
        summary: statement
          ? `Translated a finding into ${input.language}`
          : `Removed the ${input.language} translation of a finding`,
        requestId,
      });
      return finding.id;
    });
  }
}
