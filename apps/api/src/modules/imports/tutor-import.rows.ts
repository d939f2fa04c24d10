import { isLocale } from '@tandem/shared-domain';
import type { ImportSummary } from './import-job.entity';
import { importMessage, ImportMessageKey } from './import-messages';
import type { TutorImportColumn } from './tutor-import.parser';
import type { ExistingPersonRow, OrganisationMatchRow } from './tutor-import.repository';

// What a tutor import decides about each row, without the database: reading the cells (the same
// for a dry run and a run) and, given what the database holds, what each row will do. Kept apart
// from the services so that the rules read in one place and the services only fetch and write.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface RowError {
  row: number;
  column: TutorImportColumn;
  message: string;
}

/** A row as it will be written. */
export interface TutorRow {
  row: number;
  email: string;
  givenName: string;
  familyName: string;
  registryCode: string;
  occupationField: string | null;
  yearsOfExperience: number | null;
  languages: string[];
  preferredLanguage: string;
}

export interface PlannedRow extends TutorRow {
  organisationId: string;
  personId: string | null;
  action: 'NEW' | 'UPDATED' | 'UNCHANGED';
}

export interface ImportAnalysis {
  totalRows: number;
  errors: RowError[];
  summary: ImportSummary;
  rows: PlannedRow[];
}

/** Reads the cells of each row; every problem becomes a row error in the uploader's language. */
export function readTutorRows(
  rows: { row: number; cells: Record<TutorImportColumn, string> }[],
  lang: string,
): { rows: TutorRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const out: TutorRow[] = [];
  const firstRowOf = new Map<string, number>();
  const err = (
    row: number,
    column: TutorImportColumn,
    key: ImportMessageKey,
    params?: Record<string, string | number>,
  ) => errors.push({ row, column, message: importMessage(key, lang, params) });
  for (const { row, cells } of rows) {
    const before = errors.length;
    const email = cells.email.toLowerCase();
    if (!email) err(row, 'email', 'REQUIRED');
    else if (!EMAIL.test(email) || email.length > 254) err(row, 'email', 'INVALID_EMAIL');
    else {
      const other = firstRowOf.get(email);
      if (other !== undefined) err(row, 'email', 'DUPLICATE_EMAIL', { other });
      else firstRowOf.set(email, row);
    }
    for (const column of ['given_name', 'family_name', 'organisation_registry_code'] as const) {
      if (!cells[column]) err(row, column, 'REQUIRED');
      else if (cells[column].length > 100) err(row, column, 'TOO_LONG', { max: 100 });
    }
    if (cells.occupation_field.length > 200) err(row, 'occupation_field', 'TOO_LONG', { max: 200 });
    let years: number | null = null;
    if (cells.years_of_experience) {
      years = Number(cells.years_of_experience);
      if (!Number.isInteger(years) || years < 0 || years > 70) err(row, 'years_of_experience', 'INVALID_YEARS');
    }
    const languages = cells.languages
      ? cells.languages
          .split(/[,;\s]+/)
          .filter(Boolean)
          .map((l) => l.toLowerCase())
      : [];
    if (languages.some((l) => !/^[a-z]{2}$/.test(l))) err(row, 'languages', 'INVALID_LANGUAGES');
    const preferred = (cells.preferred_language || 'en').toLowerCase();
    if (!isLocale(preferred)) err(row, 'preferred_language', 'INVALID_PREFERRED_LANGUAGE');
    if (errors.length > before) continue;
    out.push({
      row,
      email,
      givenName: cells.given_name,
      familyName: cells.family_name,
      registryCode: cells.organisation_registry_code,
      occupationField: cells.occupation_field || null,
      yearsOfExperience: years,
      languages: [...new Set(languages)],
      preferredLanguage: preferred,
    });
  }
  return { rows: out, errors };
}

const sameLanguages = (a: string[] | null, b: string[]) =>
  (a ?? []).length === b.length && (a ?? []).every((l, i) => l === b[i]);

/** Whether importing the row would leave the person as they are. */
function unchanged(person: ExistingPersonRow, r: TutorRow, organisationId: string): boolean {
  return (
    person.given_name === r.givenName &&
    person.family_name === r.familyName &&
    person.preferred_language === r.preferredLanguage &&
    person.organisation_id === organisationId &&
    person.occupation_field === r.occupationField &&
    person.years_of_experience === r.yearsOfExperience &&
    sameLanguages(person.languages, r.languages) &&
    person.is_tutor &&
    person.participating
  );
}

/** Given the organisations and people the rows name, what each row does (or why it cannot). */
export function planTutorRows(
  countryCode: string,
  parsed: { rows: TutorRow[]; errors: RowError[] },
  found: { organisations: OrganisationMatchRow[]; people: ExistingPersonRow[] },
  totalRows: number,
  lang: string,
): ImportAnalysis {
  const errors = [...parsed.errors];
  const orgByCode = new Map(found.organisations.map((o) => [o.registry_code, o]));
  const personByEmail = new Map(found.people.map((p) => [p.email, p]));
  const planned: PlannedRow[] = [];
  const summary: ImportSummary = { new: 0, updated: 0, unchanged: 0 };
  for (const r of parsed.rows) {
    const org = orgByCode.get(r.registryCode);
    const person = personByEmail.get(r.email);
    let bad = false;
    if (!org) {
      errors.push({
        row: r.row,
        column: 'organisation_registry_code',
        message: importMessage('UNKNOWN_ORGANISATION', lang, { country: countryCode }),
      });
      bad = true;
    } else if (org.kind !== 'VET_INSTITUTION' && org.kind !== 'COMPANY') {
      errors.push({
        row: r.row,
        column: 'organisation_registry_code',
        message: importMessage('NOT_TUTOR_ORGANISATION', lang),
      });
      bad = true;
    }
    if (person && person.countries.some((c) => c.trim() !== countryCode)) {
      errors.push({ row: r.row, column: 'email', message: importMessage('OTHER_COUNTRY', lang) });
      bad = true;
    }
    if (bad || !org) continue;
    const action: PlannedRow['action'] = !person ? 'NEW' : unchanged(person, r, org.id) ? 'UNCHANGED' : 'UPDATED';
    summary[action === 'NEW' ? 'new' : action === 'UPDATED' ? 'updated' : 'unchanged']++;
    planned.push({ ...r, organisationId: org.id, personId: person?.id ?? null, action });
  }
  errors.sort((a, b) => a.row - b.row);
  return { totalRows, errors, summary, rows: planned };
}
