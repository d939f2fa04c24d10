import type { FieldError } from '@tandem/shared-domain';
import { Errors } from '../../common/domain-error';
import type { ModuleTextInput } from './dto/module.input';
import type { LocalisedList, LocalisedText } from './module-version.entity';
import { invalid } from '../../common/field-error';

/** The texts of a module version per language, checked against the edition's working languages (English required). */
export function textsToColumns(texts: ModuleTextInput[], editionLanguages: string[]) {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  texts.forEach((t, i) => {
    if (seen.has(t.language)) errors.push(invalid(`texts.${i}.language`, 'duplicate'));
    seen.add(t.language);
    if (!editionLanguages.includes(t.language)) {
      errors.push(invalid(`texts.${i}.language`, 'notEditionLanguage', { languages: editionLanguages.join(', ') }));
    }
  });
  const en = texts.find((t) => t.language === 'en');
  if (!en || !en.title.trim()) errors.push(invalid('texts.en.title', 'englishTitle'));
  if (errors.length) throw Errors.validation(errors);
  const title: LocalisedText = {};
  const summary: LocalisedText = {};
  const learningOutcomes: LocalisedList = {};
  for (const t of texts) {
    if (t.title.trim()) title[t.language] = t.title.trim();
    if (t.summary.trim()) summary[t.language] = t.summary.trim();
    const outcomes = t.learningOutcomes.map((o) => o.trim()).filter(Boolean);
    if (outcomes.length) learningOutcomes[t.language] = outcomes;
  }
  return { title, summary, learningOutcomes };
}
