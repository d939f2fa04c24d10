import { Anchor, Badge, Button, Paper, Table, Text } from '@mantine/core';
import type { SurveysQuery } from '@tandem/web-graphql';
import { RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';

type Item = SurveysQuery['surveys'][number];
const COLOR = { DRAFT: 'gray', OPEN: 'blue', CLOSED: 'teal' } as const;

/**
 * The surveys whose results the viewer may read: session, country, status, a link to the results.
 * On a phone, one card per survey with "Results" as a button in full view.
 */
export function SurveysList({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const phone = useIsPhone();
  const shown = items.filter((s) => s.status !== 'DRAFT');
  if (!shown.length)
    return (
      <Paper withBorder p="lg">
        <Text>{t('surveys.noneInScope')}</Text>
      </Paper>
    );
  const moduleName = (s: Item) => [s.moduleCode, s.moduleTitle].filter(Boolean).join(' · ');
  const startsAt = (s: Item) => s.sessionStartsAt && format.dateTime(s.sessionStartsAt);
  const country = (s: Item) => (s.countryCode ? format.country(s.countryCode) : t('surveys.joint'));
  const badge = (s: Item) => (
    <Badge variant="light" color={COLOR[s.status]}>
      {t(`surveys.status.${s.status}`)}
    </Badge>
  );
  const resultsLabel = (s: Item) => t('surveys.openResultsOf', { title: s.moduleCode ?? s.title });
  if (phone)
    return (
      <RecordCards aria-label={t('surveys.title')} data-testid="surveys">
        {shown.map((s) => (
          <RecordCard
            key={s.id}
            data-testid="survey-row"
            data-module={s.moduleCode ?? ''}
            title={moduleName(s) || s.title}
            fields={[
              { label: t('surveys.columns.session'), value: startsAt(s) || '–' },
              { label: t('surveys.columns.country'), value: country(s) },
              { label: t('surveys.columns.status'), value: badge(s) },
            ]}
            actions={
              <Button component={Link} to={`/surveys/${s.id}`} size="xs" variant="light" aria-label={resultsLabel(s)}>
                {t('surveys.openResults')}
              </Button>
            }
          />
        ))}
      </RecordCards>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="surveys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.columns.session')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.country')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.results')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((s) => (
            <Table.Tr key={s.id} data-testid="survey-row" data-module={s.moduleCode ?? ''}>
              <Table.Td>
                {moduleName(s) || s.title}
                {s.sessionStartsAt && (
                  <Text size="sm" c="dimmed">
                    {startsAt(s)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{country(s)}</Table.Td>
              <Table.Td>{badge(s)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/surveys/${s.id}`} aria-label={resultsLabel(s)}>
                  {t('surveys.openResults')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
