import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import type { GlossaryEntry } from './glossary-term.entity';
import { GlossaryRepository } from './glossary.repository';
import { GlossaryFileError } from './io/glossary-file-error';
import { readConcepts } from './io/glossary-files';
import { type ImportConcept, type ImportEntry, rowError, type RowError, validateConcepts } from './io/glossary-rows';

const IMPORT_LOCK = 72_026_018;
const MAX_ERRORS_SHOWN = 500;
const MAX_ROWS_SHOWN = 500;

export type ImportAction = 'NEW' | 'UPDATED' | 'UNCHANGED';

export interface PlannedConcept extends ImportConcept {
  termId: string;
  action: ImportAction;
  changedEntries: ImportEntry[];
}

export interface GlossaryImportReport {
  totalRows: number;
  summary: { new: number; updated: number; unchanged: number };
  errorCount: number;
  errors: RowError[];
  rows: { row: number; action: ImportAction; id: string | null; domain: string; term: string }[];
}

const sameEntry = (a: GlossaryEntry, b: ImportEntry) =>
  a.term === b.term &&
  a.partOfSpeech === b.partOfSpeech &&
  a.definition === b.definition &&
  a.example === b.example &&
  a.status === b.status &&
  a.synonyms.length === b.synonyms.length &&
  a.synonyms.every((s, i) => s === b.synonyms[i]);

/** The entry as the file gives it, with the fields it has no column for taken from the current entry. */
function kept(e: ImportEntry, current: GlossaryEntry): ImportEntry {
  const from = new Set(e.keep);
  return {
    ...e,
    partOfSpeech: from.has('part_of_speech') ? current.partOfSpeech : e.partOfSpeech,
    definition: from.has('definition') ? current.definition : e.definition,
    example: from.has('example') ? current.example : e.example,
    synonyms: from.has('synonyms') ? current.synonyms : e.synonyms,
    status: from.has('status') ? current.status : e.status,
  };
}

/**
 * Import of the dictionary from CSV, XLSX or TBX. A preview reads and checks every row and writes
 * nothing; the apply checks the same again under a lock and writes all rows in one transaction, or
 * none. A row matches a term by its id, else by its English term and domain; a language left empty
 * in the file, or a column the file lacks, keeps what the term has (an import never deletes), so
 * importing an export changes nothing.
 */
@Injectable()
export class GlossaryImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly glossary: GlossaryRepository,
    private readonly audit: AuditService,
  ) {}

  /** The term base is programme-wide: a bulk import needs glossary.edit in programme scope, like saveGlossaryTerm. */
  private assertEditor(viewer: Viewer): void {
    if (!Access.can(viewer, 'glossary.edit', {}))
      throw Errors.forbidden('Only programme-wide dictionary editors import terms.');
  }

  private async read(fileName: string, bytes: Buffer) {
    try {
      const raw = await readConcepts(fileName, bytes);
      return { totalRows: raw.length, ...validateConcepts(raw) };
    } catch (e) {
      if (e instanceof GlossaryFileError)
        throw new DomainError('VALIDATION_FAILED', `The file ${e.message}; nothing was imported.`, {
          fields: [{ ...invalid('file', 'fileUnreadable'), message: e.message }],
          reason: e.code,
          params: e.params,
        });
      throw e;
    }
  }

  /** Matches the rows to terms, refuses unknown ids, ambiguous matches and a concept given twice. */
  private async plan(
    db: EntityManager,
    concepts: readonly ImportConcept[],
  ): Promise<{ planned: PlannedConcept[]; errors: RowError[] }> {
    const errors: RowError[] = [];
    const ids = [...new Set(concepts.flatMap((c) => [...(c.id ? [c.id] : []), ...(c.related ?? [])]))];
    const known = new Set(await this.glossary.existing(db, ids));
    const english = (c: ImportConcept) => c.entries.find((e) => e.language === 'en')?.term;
    const byEnglish = await this.glossary.byEnglishTerm(
      db,
      concepts.filter((c) => !c.id && english(c)).map((c) => ({ domain: c.domain, term: english(c) as string })),
    );
    const matches = new Map<string, string[]>();
    for (const m of byEnglish)
      matches.set(`${m.domain}|${m.term}`, [...(matches.get(`${m.domain}|${m.term}`) ?? []), m.id]);
    const firstRow = new Map<string, number>();
    const targets: { concept: ImportConcept; termId: string | null }[] = [];
    for (const c of concepts) {
      const before = errors.length;
      const key = english(c) ? `${c.domain}|${english(c)?.toLowerCase()}` : null;
      let termId: string | null = null;
      if (c.id) {
        if (known.has(c.id)) termId = c.id;
        else errors.push(rowError(c.row, 'id', 'UNKNOWN_ID'));
      } else if (key) {
        const found = matches.get(key) ?? [];
        if (found.length > 1) errors.push(rowError(c.row, 'en_term', 'AMBIGUOUS_MATCH', {}, 'en'));
        termId = found[0] ?? null;
      }
      const unknown = (c.related ?? []).find((r) => !known.has(r));
      if (unknown) errors.push(rowError(c.row, 'related', 'UNKNOWN_RELATED', { id: unknown }));
      const identity = termId ?? (key ? `new|${key}` : null);
      if (identity) {
        const other = firstRow.get(identity);
        if (other !== undefined)
          errors.push(rowError(c.row, termId && c.id ? 'id' : 'en_term', 'DUPLICATE', { other }, c.id ? null : 'en'));
        else firstRow.set(identity, c.row);
      }
      if (errors.length === before) targets.push({ concept: c, termId });
    }
    const existingIds = targets.flatMap((t) => (t.termId ? [t.termId] : []));
    // One after the other: in the apply, `db` is the transaction's client, which runs one query at a time.
    const terms = await this.glossary.terms(db, existingIds);
    const entries = await this.glossary.entries(db, existingIds);
    const relations = await this.glossary.relations(db, existingIds);
    const domainOf = new Map(terms.map((t) => [t.id, t.domain]));
    const planned = targets.map(({ concept, termId }): PlannedConcept => {
      if (!termId) return { ...concept, termId: randomUUID(), action: 'NEW', changedEntries: concept.entries };
      const have = entries.filter((e) => e.termId === termId);
      const changedEntries = concept.entries
        .map((e) => {
          const current = have.find((h) => h.language === e.language);
          return current ? { entry: kept(e, current), current } : { entry: e, current };
        })
        .filter(({ entry, current }) => !current || !sameEntry(current, entry))
        .map(({ entry }) => entry);
      const relatedNow = relations
        .filter((r) => r.termId === termId)
        .map((r) => r.relatedId)
        .sort();
      const relatedChanged =
        concept.related !== null &&
        (concept.related.length !== relatedNow.length || concept.related.some((r, i) => r !== relatedNow[i]));
      const changed = changedEntries.length > 0 || relatedChanged || domainOf.get(termId) !== concept.domain;
      return { ...concept, termId, action: changed ? 'UPDATED' : 'UNCHANGED', changedEntries };
    });
    return { planned, errors };
  }

  private report(totalRows: number, planned: PlannedConcept[], errors: RowError[]): GlossaryImportReport {
    const count = (a: ImportAction) => planned.filter((p) => p.action === a).length;
    errors.sort((a, b) => a.row - b.row);
    return {
      totalRows,
      summary: { new: count('NEW'), updated: count('UPDATED'), unchanged: count('UNCHANGED') },
      errorCount: errors.length,
      errors: errors.slice(0, MAX_ERRORS_SHOWN),
      rows: planned.slice(0, MAX_ROWS_SHOWN).map((p) => ({
        row: p.row,
        action: p.action,
        id: p.action === 'NEW' ? null : p.termId,
        domain: p.domain,
        term: (p.entries.find((e) => e.language === 'en') ?? p.entries[0]).term,
      })),
    };
  }

  /** What the import would do, with every row error. Writes nothing. */
  async preview(viewer: Viewer, fileName: string, bytes: Buffer): Promise<GlossaryImportReport> {
    this.assertEditor(viewer);
    const read = await this.read(fileName, bytes);
    const { planned, errors } = await this.plan(this.db.manager, read.concepts);
    return this.report(read.totalRows, planned, [...read.errors, ...errors]);
  }

  /** All rows or none: any row error refuses the file (VALIDATION_FAILED with `rowErrors`), nothing written. */
  async apply(viewer: Viewer, fileName: string, bytes: Buffer, requestId: string): Promise<GlossaryImportReport> {
    this.assertEditor(viewer);
    const read = await this.read(fileName, bytes);
    return this.db.transaction(async (manager) => {
      // Two imports at once would both create the same new concept.
      await this.glossary.lockImports(manager, IMPORT_LOCK);
      const { planned, errors } = await this.plan(manager, read.concepts);
      const report = this.report(read.totalRows, planned, [...read.errors, ...errors]);
      if (report.errorCount) {
        throw new DomainError('VALIDATION_FAILED', 'The file has errors; nothing was imported.', {
          fields: [invalid('file', 'fileRowErrors', { count: report.errorCount })],
          rowErrors: report.errors,
        });
      }
      const fresh = planned.filter((p) => p.action === 'NEW');
      const updated = planned.filter((p) => p.action === 'UPDATED');
      await this.glossary.insertTerms(
        manager,
        fresh.map((p) => ({ id: p.termId, domain: p.domain })),
        viewer.personId,
      );
      await this.glossary.setDomains(
        manager,
        updated.map((p) => ({ id: p.termId, domain: p.domain })),
      );
      await this.glossary.upsertManyEntries(
        manager,
        [...fresh, ...updated].flatMap((p) => p.changedEntries.map((e) => ({ ...e, termId: p.termId }))),
        viewer.personId,
      );
      for (const p of [...fresh, ...updated])
        if (p.related !== null) await this.glossary.replaceRelations(manager, p.termId, p.related);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'importGlossaryTerms',
        targetType: 'GlossaryTerm',
        targetId: null,
        summary: `Imported the dictionary from ${fileName.slice(0, 200)}: ${report.summary.new} new, ${report.summary.updated} updated, ${report.summary.unchanged} unchanged`,
        requestId,
      });
      return report;
    });
  }
}
