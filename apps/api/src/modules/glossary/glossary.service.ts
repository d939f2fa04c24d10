import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import type {
  GlossaryEntryInput,
  GlossaryMatchesArgs,
  GlossaryTermsArgs,
  SaveGlossaryTermInput,
} from './dto/glossary.inputs';
import { candidatePhrases } from './glossary-phrases';
import type { GlossaryEntryStatus, GlossaryTerm } from './glossary-term.entity';
import type { GlossaryTermView } from './glossary.mapper';
import { EntryValues, GlossaryRepository } from './glossary.repository';
import { invalid } from '../../common/field-error';
import { conceptOf, type RawConcept } from './io/glossary-concept';

/** A page's texts together, and the distinct phrases looked up for them (a long page stays well below). */
export const MATCH_LIMITS = { totalLength: 40_000, phrases: 20_000 } as const;

const clean = (text: string | null | undefined) => {
  const t = text?.trim();
  return t ? t : null;
};

function entryValues(entries: readonly GlossaryEntryInput[]): EntryValues[] {
  const seen = new Set<string>();
  const errors = entries.flatMap((e, i) => {
    const twice = seen.has(e.language);
    seen.add(e.language);
    return twice ? [invalid(`entries.${i}.language`, 'duplicate')] : [];
  });
  if (errors.length) throw Errors.validation(errors);
  return entries.map((e) => ({
    language: e.language,
    term: e.term.trim(),
    partOfSpeech: e.partOfSpeech ?? null,
    definition: clean(e.definition),
    example: clean(e.example),
    synonyms: (e.synonyms ?? []).map((s) => s.trim()).filter(Boolean),
  }));
}

/**
 * The vocational dictionary. Everyone signed in reads and searches it; editors (ADMIN, COORDINATOR)
 * write REVIEWED entries; everyone else proposes (a new term, or a language a term lacks), and an
 * editor marks the proposal reviewed.
 */
@Injectable()
export class GlossaryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly glossary: GlossaryRepository,
    private readonly audit: AuditService,
  ) {}

  private async views(db: EntityManager, ids: readonly string[]): Promise<GlossaryTermView[]> {
    const [terms, entries, relations] = await Promise.all([
      this.glossary.terms(db, ids),
      this.glossary.entries(db, ids),
      this.glossary.relations(db, ids),
    ]);
    const relatedEntries = await this.glossary.entries(db, [...new Set(relations.map((r) => r.relatedId))]);
    const byId = new Map(terms.map((t) => [t.id, t]));
    return ids
      .filter((id) => byId.has(id))
      .map((id) => ({
        term: byId.get(id) as GlossaryTerm,
        entries: entries.filter((e) => e.termId === id),
        related: relations
          .filter((r) => r.termId === id)
          .map((r) => ({ id: r.relatedId, entries: relatedEntries.filter((e) => e.termId === r.relatedId) })),
      }));
  }

  async list(args: GlossaryTermsArgs): Promise<GlossaryTermView[]> {
    const search = args.search?.trim() || null;
    const ids = await this.glossary.search(this.db.manager, search, args.domain ?? null, args.first);
    return this.views(this.db.manager, ids);
  }

  /**
   * The dictionary terms whose entry in the texts' language stands in the texts as whole words
   * (case and diacritics ignored): one look-up of the texts' candidate phrases, each match with the
   * words as written and the term in all its languages.
   */
  async matches(args: GlossaryMatchesArgs): Promise<{ phrase: string; view: GlossaryTermView }[]> {
    const length = args.texts.reduce((sum, t) => sum + t.length, 0);
    if (length > MATCH_LIMITS.totalLength)
      throw Errors.validation([invalid('texts', 'maxLength', { max: MATCH_LIMITS.totalLength })]);
    const phrases = [...new Set(args.texts.flatMap(candidatePhrases))];
    if (phrases.length > MATCH_LIMITS.phrases)
      throw Errors.validation([invalid('texts', 'maxItems', { max: MATCH_LIMITS.phrases })]);
    const db = this.db.manager;
    const found = await this.glossary.matchPhrases(db, phrases, args.language);
    const views = new Map((await this.views(db, [...new Set(found.map((f) => f.termId))])).map((v) => [v.term.id, v]));
    return found.flatMap((f) => {
      const view = views.get(f.termId);
      return view ? [{ phrase: f.phrase, view }] : [];
    });
  }

  /** The whole dictionary in the export's order, as the files write it (grouped in maps: 100,000 terms stay linear). */
  async exportConcepts(): Promise<Omit<RawConcept, 'row'>[]> {
    const db = this.db.manager;
    const ids = await this.glossary.allIds(db);
    const [terms, entries, relations] = await Promise.all([
      this.glossary.terms(db, ids),
      this.glossary.entries(db, ids),
      this.glossary.relations(db, ids),
    ]);
    const group = <T extends { termId: string }>(items: T[]) => {
      const map = new Map<string, T[]>();
      for (const item of items) {
        const list = map.get(item.termId);
        if (list) list.push(item);
        else map.set(item.termId, [item]);
      }
      return map;
    };
    const entriesOf = group(entries);
    const relatedOf = group(relations);
    const byId = new Map(terms.map((t) => [t.id, t]));
    return ids.flatMap((id) => {
      const term = byId.get(id);
      if (!term) return [];
      return [
        conceptOf({
          term,
          entries: entriesOf.get(id) ?? [],
          related: (relatedOf.get(id) ?? []).map((r) => ({ id: r.relatedId, entries: [] })),
        }),
      ];
    });
  }

  async get(id: string, db: EntityManager = this.db.manager): Promise<GlossaryTermView> {
    const [view] = await this.views(db, [id]);
    if (!view) throw Errors.notFound('Term');
    return view;
  }

  /** An editor's save: the entries given become REVIEWED; a new term when no id is given. */
  async save(viewer: Viewer, input: SaveGlossaryTermInput, requestId: string): Promise<string> {
    // The dictionary is shared by the whole programme: a coordinator of any country edits it (no country scope).
    if (!Access.allows(viewer, 'glossary.edit')) throw Errors.forbidden('Only editors change terms; propose instead.');
    const entries = entryValues(input.entries);
    return this.db.transaction(async (manager) => {
      let id = input.id ?? null;
      if (id) {
        if (!(await this.glossary.lock(manager, id))) throw Errors.notFound('Term');
        await this.glossary.setDomain(manager, id, input.domain);
      } else id = await this.glossary.insertTerm(manager, input.domain, viewer.personId);
      await this.glossary.upsertEntries(manager, id, entries, 'REVIEWED', viewer.personId);
      const related = input.relatedIds ? [...new Set(input.relatedIds)] : null;
      if (related) {
        const self = related.indexOf(id);
        if (self >= 0) throw Errors.validation([invalid(`relatedIds.${self}`, 'selfLink')]);
        const known = await this.glossary.existing(manager, related);
        const unknown = related.findIndex((r) => !known.includes(r));
        if (unknown >= 0) throw Errors.validation([invalid(`relatedIds.${unknown}`, 'notTerm')]);
        await this.glossary.replaceRelations(manager, id, related);
      }
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'saveGlossaryTerm',
        targetType: 'GlossaryTerm',
        targetId: id,
        summary:
          `Saved term ${entries.map((e) => `${e.language}: ${e.term}`).join(', ')}` +
          (related ? `; related terms: ${related.length ? related.join(', ') : 'none'}` : ''),
        requestId,
      });
      return id;
    });
  }

  /**
   * A proposal: a new term whose entries are PROPOSED, or the languages an existing term lacks
   * (an existing entry is only changed by an editor).
   */
  async propose(viewer: Viewer, input: SaveGlossaryTermInput, requestId: string): Promise<string> {
    const entries = entryValues(input.entries);
    const status: GlossaryEntryStatus = 'PROPOSED';
    return this.db.transaction(async (manager) => {
      let id = input.id ?? null;
      if (id) {
        if (!(await this.glossary.lock(manager, id))) throw Errors.notFound('Term');
        const have = new Set((await this.glossary.entries(manager, [id])).map((e) => e.language));
        const taken = entries.findIndex((e) => have.has(e.language));
        if (taken >= 0) throw Errors.validation([invalid(`entries.${taken}.language`, 'entryExists')]);
      } else id = await this.glossary.insertTerm(manager, input.domain, viewer.personId);
      await this.glossary.upsertEntries(manager, id, entries, status, viewer.personId);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'proposeGlossaryTerm',
        targetType: 'GlossaryTerm',
        targetId: id,
        summary: `Proposed ${entries.map((e) => `${e.language}: ${e.term}`).join(', ')}`,
        requestId,
      });
      return id;
    });
  }

  async review(viewer: Viewer, id: string, language: string, requestId: string): Promise<void> {
    if (!Access.allows(viewer, 'glossary.edit')) throw Errors.forbidden();
    await this.db.transaction(async (manager) => {
      if (!(await this.glossary.markReviewed(manager, id, language))) throw Errors.notFound('Entry');
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'reviewGlossaryEntry',
        targetType: 'GlossaryTerm',
        targetId: id,
        summary: `Reviewed the ${language} entry`,
        requestId,
      });
    });
  }
}
