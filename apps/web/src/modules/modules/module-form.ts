import type { FieldError } from '@tandem/shared-domain';
import { DELIVERY_MODES, type DeliveryMode } from '@tandem/shared-domain';
import type { AppError } from '@tandem/web-ui';

/** The texts of a module version in one language, as the editor holds them. */
export interface ModuleTextDraft {
  language: string;
  title: string;
  summary: string;
  /** One learning outcome per line. */
  learningOutcomes: string;
}

export interface ModuleFormValues {
  texts: ModuleTextDraft[];
  contactHours: string;
  selfStudyHours: string;
  deliveryMode: DeliveryMode;
  changeReason: string;
}

export type ModuleFormError = 'modules.editor.errors.titleRequired' | 'modules.editor.errors.hours';

export interface ModuleFormErrors {
  /** By field: `title.en`, `contactHours`, `selfStudyHours`. */
  [field: string]: ModuleFormError;
}

interface ModuleLike {
  texts: readonly {
    language: string;
    title: string;
    summary: string;
    learningOutcomes: readonly string[];
  }[];
  contactHours: number;
  selfStudyHours: number;
  deliveryMode: DeliveryMode;
  changeReason: string | null;
}

/**
 * The form for a module version: one block of texts per working language of the edition, English
 * first (English is required, the others optional).
 */
export function toFormValues(module: ModuleLike, languages: readonly string[]): ModuleFormValues {
  const ordered = ['en', ...languages.filter((l) => l !== 'en')];
  return {
    texts: ordered.map((language) => {
      const text = module.texts.find((x) => x.language === language);
      return {
        language,
        title: text?.title ?? '',
        summary: text?.summary ?? '',
        learningOutcomes: (text?.learningOutcomes ?? []).join('\n'),
      };
    }),
    contactHours: String(module.contactHours),
    selfStudyHours: String(module.selfStudyHours),
    deliveryMode: module.deliveryMode,
    changeReason: module.changeReason ?? '',
  };
}

/** A number of hours as typed ("6", "4,5", "4.5"), or null when it is not one (or negative). */
export function parseHours(value: string): number | null {
  const normalised = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const hours = Number(normalised);
  return Number.isFinite(hours) && hours >= 0 ? hours : null;
}

export function validateModuleForm(values: ModuleFormValues): ModuleFormErrors {
  const errors: ModuleFormErrors = {};
  const english = values.texts.find((x) => x.language === 'en');
  if (!english || !english.title.trim()) errors['title.en'] = 'modules.editor.errors.titleRequired';
  if (parseHours(values.contactHours) === null) errors['contactHours'] = 'modules.editor.errors.hours';
  if (parseHours(values.selfStudyHours) === null) errors['selfStudyHours'] = 'modules.editor.errors.hours';
  return errors;
}

export interface ModuleDraftInput {
  texts: {
    language: string;
    title: string;
    summary: string;
    learningOutcomes: string[];
  }[];
  contactHours: number;
  selfStudyHours: number;
  deliveryMode: DeliveryMode;
  changeReason: string;
}

/**
 * The saved shape: a language without a title is left out (it falls back to English), outcomes are
 * the non-empty lines. Call after validateModuleForm found nothing.
 */
export function toDraftInput(values: ModuleFormValues): ModuleDraftInput {
  return {
    texts: values.texts
      .filter((text) => text.language === 'en' || text.title.trim())
      .map((text) => ({
        language: text.language,
        title: text.title.trim(),
        summary: text.summary.trim(),
        learningOutcomes: text.learningOutcomes
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      })),
    contactHours: parseHours(values.contactHours) ?? 0,
    selfStudyHours: parseHours(values.selfStudyHours) ?? 0,
    deliveryMode: values.deliveryMode,
    changeReason: values.changeReason.trim(),
  };
}

export function isDeliveryMode(value: string | null): value is DeliveryMode {
  return !!value && (DELIVERY_MODES as readonly string[]).includes(value);
}

/** Server field names (`texts.0.title`, `contactHours`) mapped onto the form's. */
export function formFieldOf(serverField: string, values: ModuleFormValues): string {
  const text = /^texts\.(\d+)\.title$/.exec(serverField);
  if (text) {
    const sent = toDraftInput(values).texts[Number(text[1])];
    return sent ? `title.${sent.language}` : serverField;
  }
  return serverField;
}

/** The server's VALIDATION_FAILED fields of a save or publish, by form field. */
export function draftFieldErrors(
  failure: { action: string; error: AppError } | null,
  values: ModuleFormValues,
): Record<string, FieldError> {
  if (
    !failure ||
    (failure.action !== 'save' && failure.action !== 'publish') ||
    failure.error.code !== 'VALIDATION_FAILED'
  )
    return {};
  return Object.fromEntries((failure.error.fields ?? []).map((f) => [formFieldOf(f.field, values), f]));
}
