import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { DomainError, Errors } from '../../common/domain-error';
import type { CompetenceArea } from './competence-area.entity';
import type { CompetenceProfile } from './competence-profile.entity';
import { Competence } from './competence.entity';
import { CompetencesRepository } from './competences.repository';
import type { ProfileTextInput, SaveCompetenceProfileDraftInput } from './dto/competence-profile-draft.input';
import type { TranslationRow } from './profile-files';
import { invalid } from '../../common/field-error';

const texts = (list: ProfileTextInput[], pick: (t: ProfileTextInput) => string) =>
  Object.fromEntries(list.filter((t) => pick(t).trim()).map((t) => [t.language, pick(t).trim()]));
const levels = (list: ProfileTextInput[]) =>
  Object.fromEntries(
    list.filter((t) => t.levels.some((l) => l.trim())).map((t) => [t.language, t.levels.map((l) => l.trim())]),
  );

/**
 * ADMIN's editing of the profile: a new version starts as a copy of the published one, the draft is
 * saved as a whole (reorder, add, remove: the order of the input is the order), and publishing
 * retires the previous version. Rounds keep pointing at the version they used.
 */
@Injectable()
export class CompetenceProfileEditorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly competences: CompetencesRepository,
    private readonly audit: AuditService,
  ) {}

  async createDraft(viewer: Viewer, requestId: string): Promise<string> {
    return this.db.transaction(async (manager) => {
      const source = await this.competences.draftSource(manager);
      const next = await this.competences.nextVersion(manager);
      let id: string;
      try {
        id = await this.competences.insertDraft(manager, {
          version: next,
          scaleLevels: source?.scaleLevels ?? 4,
          levelNames: source?.levelNames ?? {},
        });
      } catch (e) {
        if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
          throw new DomainError('DRAFT_EXISTS', 'There is a draft already: edit or publish it first.');
        throw e;
      }
      // Set-based copy: areas first, then competences mapped to the copied areas by code.
      if (source) await this.competences.copyItems(manager, source.id, id);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'createCompetenceProfileDraft',
        targetType: 'CompetenceProfile',
        targetId: id,
        summary: `Started version ${next} of the competence profile${source ? ` from version ${source.version}` : ''}`,
        requestId,
      });
      return id;
    });
  }

  private async lockDraft(manager: EntityManager, id: string): Promise<CompetenceProfile> {
    const profile = await this.competences.lockProfile(manager, id);
    if (!profile) throw Errors.notFound('Competence profile');
    if (profile.status !== 'DRAFT')
      throw new DomainError(
        'VERSION_READ_ONLY',
        'A published or retired version is read-only: start a new version to change it.',
        { status: profile.status },
      );
    return profile;
  }

  private validate(input: SaveCompetenceProfileDraftInput): void {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const checkTexts = (list: ProfileTextInput[], path: string, withLevels: boolean) => {
      if (!list.find((t) => t.language === 'en')?.title.trim()) errors.push(invalid(`${path}.texts`, 'englishTitle'));
      if (new Set(list.map((t) => t.language)).size !== list.length)
        errors.push(invalid(`${path}.texts`, 'languageTwice'));
      list.forEach((t, i) => {
        if (!withLevels && t.levels.length)
          errors.push(invalid(`${path}.texts.${i}.levels`, 'levelsOnlyForCompetences'));
        if (t.levels.length > input.scaleLevels)
          errors.push(invalid(`${path}.texts.${i}.levels`, 'tooManyLevels', { max: input.scaleLevels }));
      });
    };
    input.areas.forEach((a, i) => {
      if (seen.has(a.code)) errors.push(invalid(`areas.${i}.code`, 'duplicate'));
      seen.add(a.code);
      checkTexts(a.texts, `areas.${i}`, false);
      a.competences.forEach((c, j) => {
        if (seen.has(c.code)) errors.push(invalid(`areas.${i}.competences.${j}.code`, 'duplicate'));
        seen.add(c.code);
        checkTexts(c.texts, `areas.${i}.competences.${j}`, true);
      });
    });
    if (errors.length) throw Errors.validation(errors);
  }

  async saveDraft(viewer: Viewer, input: SaveCompetenceProfileDraftInput, requestId: string): Promise<string> {
    this.validate(input);
    return this.db.transaction(async (manager) => {
      const profile = await this.lockDraft(manager, input.profileId);
      await this.competences.updateScale(manager, profile.id, {
        scaleLevels: input.scaleLevels,
        levelNames: levels(input.levelNames),
      });
      // A draft has no ratings (rounds use published versions): replacing its items is safe.
      const competences = await this.competences.replaceItems(
        manager,
        profile.id,
        input.areas.map((a, i) => ({
          code: a.code,
          position: i + 1,
          title: texts(a.texts, (t) => t.title),
          description: texts(a.texts, (t) => t.description),
          competences: a.competences.map((c, j) => ({
            code: c.code,
            position: j + 1,
            title: texts(c.texts, (t) => t.title),
            description: texts(c.texts, (t) => t.description),
            levels: levels(c.texts),
          })),
        })),
      );
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'saveCompetenceProfileDraft',
        targetType: 'CompetenceProfile',
        targetId: profile.id,
        summary: `Saved the draft of version ${profile.version}: ${input.areas.length} areas, ${competences} competences`,
        requestId,
      });
      return profile.id;
    });
  }

  /**
   * Merges a translators' spreadsheet into the draft: each non-empty cell replaces the text of its
   * code, field and language. Rows of unknown codes or fields refuse the whole file (nothing changes).
   */
  async importTranslations(viewer: Viewer, id: string, rows: TranslationRow[], requestId: string): Promise<number> {
    return this.db.transaction(async (manager) => {
      const profile = await this.lockDraft(manager, id);
      // One after the other: a transaction's client runs one query at a time.
      const areas = await this.competences.areas(manager, [id]);
      const competences = await this.competences.competences(manager, [id]);
      const byCode = new Map<string, CompetenceArea | Competence>([
        ...areas.map((a) => [a.code, a] as const),
        ...competences.map((c) => [c.code, c] as const),
      ]);
      const errors: FieldError[] = [];
      let changed = 0;
      for (const r of rows) {
        if (!r.code && !Object.keys(r.texts).length) continue;
        const item = byCode.get(r.code);
        const level = /^level (\d+)$/.exec(r.field);
        const levelIndex = level ? Number(level[1]) - 1 : -1;
        if (!item) errors.push(invalid(`rows.${r.row}.code`, 'notInDraft', { code: r.code || '—' }));
        else if (
          r.field !== 'title' &&
          r.field !== 'description' &&
          !(item instanceof Competence && levelIndex >= 0 && levelIndex < profile.scaleLevels)
        )
          errors.push(
            item instanceof Competence
              ? invalid(`rows.${r.row}.field`, 'profileColumn', { max: profile.scaleLevels })
              : invalid(`rows.${r.row}.field`, 'areaColumn'),
          );
        else
          for (const [language, value] of Object.entries(r.texts)) {
            if (r.field === 'title') item.title = { ...item.title, [language]: value };
            else if (r.field === 'description') item.description = { ...item.description, [language]: value };
            else if (item instanceof Competence) {
              const levels = Array.from({ length: profile.scaleLevels }, (_, i) => item.levels[language]?.[i] ?? '');
              levels[levelIndex] = value;
              item.levels = { ...item.levels, [language]: levels };
            }
            changed++;
          }
      }
      if (errors.length) throw Errors.validation(errors, 'Some rows of the spreadsheet do not match the draft.');
      await this.competences.saveItems(manager, [...areas, ...competences]);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'importCompetenceProfileTranslations',
        targetType: 'CompetenceProfile',
        targetId: id,
        summary: `Imported ${changed} texts into the draft of version ${profile.version}`,
        requestId,
      });
      return changed;
    });
  }

  /** Publishing needs every competence described at every level in English; the previous version retires. */
  async publish(viewer: Viewer, id: string, requestId: string): Promise<string> {
    return this.db.transaction(async (manager) => {
      const profile = await this.lockDraft(manager, id);
      const competences = await this.competences.competences(manager, [id]);
      if (!competences.length) throw Errors.validation([invalid('areas', 'profileNeedsCompetence')]);
      const incomplete = competences.filter((c) =>
        Array.from({ length: profile.scaleLevels }, (_, i) => c.levels['en']?.[i]?.trim()).some((d) => !d),
      );
      if (incomplete.length)
        throw Errors.validation(
          incomplete.map((c) =>
            invalid(`competences.${c.code}.levels`, 'englishDescriptors', { levels: profile.scaleLevels }),
          ),
        );
      // Retire first: at most one PUBLISHED version exists at any moment (partial unique index).
      await this.competences.publish(manager, id);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'publishCompetenceProfile',
        targetType: 'CompetenceProfile',
        targetId: id,
        summary: `Published version ${profile.version} of the competence profile`,
        requestId,
      });
      return id;
    });
  }
}
