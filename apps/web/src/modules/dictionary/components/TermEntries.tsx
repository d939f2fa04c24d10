import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES } from '@tandem/shared-domain';
import type { GlossaryTermFieldsFragment } from '@tandem/web-graphql';
import { DetailItem, ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useReviewGlossaryEntry } from '../hooks/useDictionary';
import { entryStatusKey, partOfSpeechKey } from '../labels';
import { MissingLanguage } from './MissingLanguage';

/** The five languages of a term side by side; an editor marks a proposed entry reviewed. */
export function TermEntries({ term, canEdit }: { term: GlossaryTermFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const review = useReviewGlossaryEntry();
  return (
    <Stack gap="sm">
      {review.failure && <ErrorAlert error={review.failure} />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {LOCALES.map((l) => {
          const entry = term.entries.find((e) => e.language === l);
          const headingId = `entry-${l}`;
          return (
            <Paper key={l} component="section" aria-labelledby={headingId} withBorder p="md" data-testid={`entry-${l}`}>
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h5" id={headingId}>
                  {LOCALE_NATIVE_NAMES[l]}
                </Title>
                {entry && (
                  <Badge variant="light" color={entry.status === 'REVIEWED' ? 'teal.9' : 'orange.9'}>
                    {t(entryStatusKey(entry.status))}
                  </Badge>
                )}
              </Group>
              {!entry ? (
                <MissingLanguage />
              ) : (
                <Stack gap="xs">
                  <Text fw={600} size="lg" lang={l}>
                    {entry.term}
                  </Text>
                  <Stack component="dl" gap="xs" m={0}>
                    {entry.partOfSpeech && (
                      <DetailItem term={t('toolbox.dictionary.partOfSpeech')}>
                        {t(partOfSpeechKey(entry.partOfSpeech))}
                      </DetailItem>
                    )}
                    {entry.definition && (
                      <DetailItem term={t('toolbox.dictionary.definition')}>
                        <span lang={l}>{entry.definition}</span>
                      </DetailItem>
                    )}
                    {entry.example && (
                      <DetailItem term={t('toolbox.dictionary.example')}>
                        <i lang={l}>{entry.example}</i>
                      </DetailItem>
                    )}
                    {entry.synonyms.length > 0 && (
                      <DetailItem term={t('toolbox.dictionary.synonyms')}>
                        <span lang={l}>{entry.synonyms.join(', ')}</span>
                      </DetailItem>
                    )}
                  </Stack>
                  {canEdit && entry.status === 'PROPOSED' && (
                    <Group>
                      <Button
                        size="xs"
                        variant="light"
                        loading={review.loading}
                        onClick={() => void review.run({ id: term.id, language: l })}
                      >
                        {t('toolbox.dictionary.markReviewed', { language: LOCALE_NATIVE_NAMES[l] })}
                      </Button>
                    </Group>
                  )}
                </Stack>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
