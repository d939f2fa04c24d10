import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { FindingFieldsFragment } from '@tandem/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_NATIVE_NAMES, isLocale } from '@tandem/shared-domain';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { EvidenceFigure } from './EvidenceFigure';

const PRIORITY_COLOR = { HIGH: 'red', MEDIUM: 'orange', LOW: 'gray' } as const;

/** A finding with its evidence: the statement as written, priority, status, the cited snapshots. */
export function FindingCard({
  finding,
  children,
  onRemoveCitation,
}: {
  finding: FindingFieldsFragment;
  children?: ReactNode;
  onRemoveCitation?: (citationId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useCurrentLocale();
  // The statement in the reader's language where it is translated; else as written, saying in which.
  const translated = finding.translations.find((x) => x.language === locale);
  const original = isLocale(finding.language) ? LOCALE_NATIVE_NAMES[finding.language] : finding.language;
  const countries = finding.countryCodes.length
    ? finding.countryCodes.map((c) => format.country(c)).join(', ')
    : t('evidence.snapshot.allCountries');
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`finding-${finding.id}`} data-testid="finding">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge color={PRIORITY_COLOR[finding.priority]} variant="light">
            {t(`evidence.priority.${finding.priority}`)}
          </Badge>
          <Badge
            color={finding.status === 'PUBLISHED' ? 'teal' : 'gray'}
            variant="outline"
            data-testid="finding-status"
          >
            {t(`evidence.status.${finding.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {[countries, ...finding.modules.map((m) => m.code)].join(' · ')}
          </Text>
        </Group>
        <Title order={3} size="h4" id={`finding-${finding.id}`} lang={translated ? locale : finding.language}>
          {translated ? translated.statement : finding.statement}
        </Title>
        {(translated || finding.language !== locale) && (
          <Text size="xs" c="dimmed" mt={-8} data-testid="finding-language">
            {translated
              ? t('evidence.translations.translatedFrom', { language: original })
              : t('evidence.report.writtenIn', { language: original })}
          </Text>
        )}
        <section aria-label={t('evidence.citations.title')}>
          {finding.citations.length ? (
            <List spacing="sm" listStyleType="none" p={0}>
              {finding.citations.map((c) => (
                <List.Item key={c.id} data-testid="citation">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Stack gap={2}>
                      <Text size="xs" tt="uppercase" c="dimmed">
                        {t(`evidence.kind.${c.kind}`)}
                      </Text>
                      <EvidenceFigure snapshot={c.snapshot} />
                    </Stack>
                    {onRemoveCitation && finding.canEdit && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => onRemoveCitation(c.id)}>
                        {t('evidence.citations.remove')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('evidence.citations.none')}
            </Text>
          )}
        </section>
        {finding.comments.length > 0 && (
          <section aria-label={t('evidence.comments.title')}>
            <Text size="sm" fw={600}>
              {t('evidence.comments.title')}
            </Text>
            <List size="sm">
              {finding.comments.map((c) => (
                <List.Item key={c.id}>
                  {c.text} — {c.authorName ?? '–'}, {format.dateTime(c.createdAt)}
                </List.Item>
              ))}
            </List>
          </section>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
