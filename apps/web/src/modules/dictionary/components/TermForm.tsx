import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES, type Locale } from '@tandem/shared-domain';
import type { SaveGlossaryTermInput } from '@tandem/web-graphql';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GLOSSARY_DOMAINS,
  PARTS_OF_SPEECH,
  domainKey,
  isGlossaryDomain,
  isPartOfSpeech,
  partOfSpeechKey,
} from '../labels';
import { toSaveGlossaryTermInput, type EntryDraft, type TermDraft } from '../term-draft';
import { RelatedTermsPicker, type RelatedTerm } from './RelatedTermsPicker';

interface Props {
  initial: TermDraft;
  /** The term changed or proposed for; a new one when absent. */
  termId?: string;
  /** The languages that may be filled in (a proposal for an existing term: those it lacks). */
  languages?: readonly Locale[];
  /** The domain is fixed when proposing languages for an existing term. */
  domainFixed?: boolean;
  /** An editor's form: the term's related terms, editable (sent as the new list). */
  related?: readonly RelatedTerm[];
  submitLabel: string;
  busy: boolean;
  failure: AppError | null;
  onSubmit: (input: SaveGlossaryTermInput) => void;
  onCancel?: () => void;
}

/** A term in up to five languages: one group of fields per language; a language without a term is left out. */
export function TermForm({
  initial,
  termId,
  languages = LOCALES,
  domainFixed,
  related,
  submitLabel,
  busy,
  failure,
  ...on
}: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [empty, setEmpty] = useState(false);
  const [relatedTerms, setRelatedTerms] = useState<RelatedTerm[]>(() => [...(related ?? [])]);
  const setEntry = (l: Locale, next: Partial<EntryDraft>) =>
    setDraft({ ...draft, entries: { ...draft.entries, [l]: { ...draft.entries[l], ...next } } });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entries = toSaveGlossaryTermInput(draft, { id: termId, only: languages });
    const input = related ? { ...entries, relatedIds: relatedTerms.map((r) => r.id) } : entries;
    setEmpty(input.entries.length === 0);
    if (input.entries.length) on.onSubmit(input);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        {failure && <ErrorAlert error={failure} />}
        {empty && (
          <Text c="red" role="alert">
            {t('toolbox.dictionary.form.noTerm')}
          </Text>
        )}
        <NativeSelect
          label={t('toolbox.dictionary.domain')}
          value={draft.domain}
          disabled={domainFixed}
          onChange={(e) =>
            isGlossaryDomain(e.currentTarget.value) && setDraft({ ...draft, domain: e.currentTarget.value })
          }
          data={GLOSSARY_DOMAINS.map((d) => ({ value: d, label: t(domainKey(d)) }))}
          maw={320}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {languages.map((l) => {
            const e = draft.entries[l];
            return (
              <Fieldset key={l} legend={LOCALE_NATIVE_NAMES[l]}>
                <Stack gap="xs">
                  <TextInput
                    label={t('toolbox.dictionary.form.term', { language: LOCALE_NATIVE_NAMES[l] })}
                    lang={l}
                    maxLength={200}
                    value={e.term}
                    onChange={(ev) => setEntry(l, { term: ev.currentTarget.value })}
                  />
                  <NativeSelect
                    label={t('toolbox.dictionary.partOfSpeech')}
                    value={e.partOfSpeech}
                    onChange={(ev) => {
                      const v = ev.currentTarget.value;
                      setEntry(l, { partOfSpeech: isPartOfSpeech(v) ? v : '' });
                    }}
                    data={[
                      { value: '', label: '—' },
                      ...PARTS_OF_SPEECH.map((p) => ({ value: p, label: t(partOfSpeechKey(p)) })),
                    ]}
                  />
                  <Textarea
                    label={t('toolbox.dictionary.definition')}
                    autosize
                    minRows={2}
                    maxLength={2000}
                    value={e.definition}
                    onChange={(ev) => setEntry(l, { definition: ev.currentTarget.value })}
                  />
                  <TextInput
                    label={t('toolbox.dictionary.example')}
                    maxLength={1000}
                    value={e.example}
                    onChange={(ev) => setEntry(l, { example: ev.currentTarget.value })}
                  />
                  <TextInput
                    label={t('toolbox.dictionary.synonyms')}
                    description={t('toolbox.dictionary.form.synonymsHelp')}
                    value={e.synonyms}
                    onChange={(ev) => setEntry(l, { synonyms: ev.currentTarget.value })}
                  />
                </Stack>
              </Fieldset>
            );
          })}
        </SimpleGrid>
        {related && <RelatedTermsPicker termId={termId} value={relatedTerms} onChange={setRelatedTerms} />}
        <Group gap="sm">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          {on.onCancel && (
            <Button variant="default" onClick={on.onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
