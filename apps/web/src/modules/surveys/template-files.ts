import type { FieldError } from '@tandem/shared-domain';
import { postUpload, type UploadError } from '../uploads/post-upload';

export const TEMPLATE_FILE_FORMATS = ['json', 'xlsx'] as const;
export type TemplateFileFormat = (typeof TEMPLATE_FILE_FORMATS)[number];
export const templateFileHref = (templateId: string, format: TemplateFileFormat) =>
  `/api/survey-templates/${templateId}/${format === 'json' ? 'template.json' : 'translations.xlsx'}`;

/** A translators' spreadsheet goes into a template the person chooses; a JSON document names its own. */
export const isSpreadsheet = (file: File) => /\.xlsx$/i.test(file.name);

/** The template key in the name the export gives a spreadsheet (`survey-template-<key>-translations.xlsx`, maybe `(1)`). */
export const templateKeyOfFileName = (name: string) =>
  /^survey-template-([a-z0-9-]+?)-translations(?: ?\(\d+\))?\.xlsx$/i.exec(name)?.[1] ?? null;

export interface TemplateImportReport {
  dryRun: boolean;
  format: 'JSON' | 'XLSX';
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  templateId: string | null;
  templateKey: string;
  languages: { language: string; added: number; changed: number; removed: number }[];
  textChangeCount: number;
  texts: {
    key: string;
    language: string;
    change: 'ADDED' | 'CHANGED' | 'REMOVED';
    before: string | null;
    after: string | null;
  }[];
  questions: { added: string[]; removed: string[]; changed: string[] };
  settings: string[];
  errorCount: number;
  errors: FieldError[];
}

/** A change that TEMPLATE_NOT_COMPARABLE names: what the answered surveys would lose. */
export interface ComparabilityBreak {
  change: 'KIND' | 'REMOVED' | 'RETYPED' | 'OPTION_REMOVED';
  questionCode: string | null;
  optionCode?: string;
}

export const comparabilityBreaksOf = (error: UploadError): ComparabilityBreak[] =>
  Array.isArray(error.body['changes']) ? (error.body['changes'] as ComparabilityBreak[]) : [];

/** A dry run (the report of what would change, nothing written) or the apply, in one transaction. */
export function sendTemplateFile(
  file: File,
  templateId: string | null,
  dryRun: boolean,
): Promise<TemplateImportReport> {
  const form = new FormData();
  form.append('dryRun', String(dryRun));
  if (templateId && isSpreadsheet(file)) form.append('templateId', templateId);
  form.append('file', file, file.name);
  return postUpload<TemplateImportReport>('/api/survey-templates/import', form);
}
