import { MultiSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { useGlossarySearch } from '../hooks/useDictionary';

/** The API's limit of related terms per term. */
export const MAX_RELATED_TERMS = 20;

export interface RelatedTerm {
  id: string;
  term: string;
}

/**
 * Related terms of a term, chosen by searching the dictionary (the API's forgiving search): type,
 * arrow keys and Enter add a term, Backspace removes the last one. The term itself is never offered.
 */
export function RelatedTermsPicker({
  termId,
  value,
  onChange,
}: {
  termId?: string;
  value: readonly RelatedTerm[];
  onChange: (next: RelatedTerm[]) => void;
}) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const [search, setSearch] = useState('');
  const found = useGlossarySearch(search.trim(), null);
  const options = new Map(value.map((r) => [r.id, r.term]));
  for (const term of found.terms ?? []) {
    if (term.id === termId || options.has(term.id)) continue;
    const entry = term.entries.find((e) => e.language === locale) ?? term.entries[0];
    if (entry) options.set(term.id, entry.term);
  }
  return (
    <MultiSelect
      label={t('toolbox.dictionary.form.related')}
      description={t('toolbox.dictionary.form.relatedHelp', { max: MAX_RELATED_TERMS })}
      placeholder={value.length ? undefined : t('toolbox.dictionary.form.relatedPlaceholder')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.loading ? t('app.loading') : t('toolbox.dictionary.form.relatedNone')}
      maxValues={MAX_RELATED_TERMS}
      data={[...options].map(([id, term]) => ({ value: id, label: term }))}
      value={value.map((r) => r.id)}
      onChange={(ids) => onChange(ids.map((id) => ({ id, term: options.get(id) ?? id })))}
      maw={640}
    />
  );
}
