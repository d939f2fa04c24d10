import { Button, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useGlossarySearch } from '../hooks/useDictionary';
import { GLOSSARY_DOMAINS, domainKey, isGlossaryDomain } from '../labels';
import { TermResults } from './TermResults';

const SEARCH_MAX_LENGTH = 100;

/** `/dictionary?q=&domain=`: a search in any language (accents, case and small typos do not matter). */
export function Dictionary() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH);
  const domainParam = params.get('domain');
  const domain = isGlossaryDomain(domainParam) ? domainParam : null;
  const [text, setText] = useState(search);
  useEffect(() => setText(search), [search]);
  const { terms, stale, loading, error } = useGlossarySearch(search, domain);

  const apply = (q: string, d: string | null) => {
    const next = new URLSearchParams();
    if (q.trim()) next.set('q', q.trim());
    if (d) next.set('domain', d);
    setParams(next);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(text, domain);
  };

  return (
    <Stack gap="lg">
      <form onSubmit={onSubmit} role="search" aria-label={t('toolbox.dictionary.searchLabel')} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={760}>
          <TextInput
            type="search"
            label={t('toolbox.dictionary.search')}
            description={t('toolbox.dictionary.searchHelp')}
            value={text}
            maxLength={SEARCH_MAX_LENGTH}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('toolbox.dictionary.domain')}
            value={domain ?? ''}
            onChange={(e) => apply(text, e.currentTarget.value || null)}
            data={[
              { value: '', label: t('toolbox.dictionary.allDomains') },
              ...GLOSSARY_DOMAINS.map((d) => ({ value: d, label: t(domainKey(d)) })),
            ]}
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit">{t('toolbox.dictionary.submit')}</Button>
        </Group>
      </form>
      <section aria-label={t('toolbox.dictionary.resultsLabel')} aria-busy={loading}>
        {error && <ErrorAlert error={error} />}
        {!terms && !error && (
          <Group role="status" gap="sm">
            <Loader size="sm" aria-hidden="true" />
            <Text>{t('app.loading')}</Text>
          </Group>
        )}
        {terms && (
          <Stack gap="sm" style={{ opacity: stale ? 0.6 : 1 }}>
            <Text fw={500} role="status" data-testid="term-count">
              {t('toolbox.dictionary.total', { count: terms.length })}
            </Text>
            {terms.length === 0 ? <Text>{t('toolbox.dictionary.empty')}</Text> : <TermResults terms={terms} />}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
