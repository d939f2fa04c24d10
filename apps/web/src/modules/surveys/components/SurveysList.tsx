import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import type { SurveysQuery } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';

type Item = SurveysQuery['surveys'][number];
const COLOR = { DRAFT: 'gray', OPEN: 'blue', CLOSED: 'teal' } as const;

/** The surveys whose results the viewer may read: session, country, status, a link to the results. */
export function SurveysList({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const shown = items.filter((s) => s.status !== 'DRAFT');
  if (!shown.length)
    return (
      <Paper withBorder p="lg">
        <Text>{t('surveys.noneInScope')}</Text>
      </Paper>
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
                {[s.moduleCode, s.moduleTitle].filter(Boolean).join(' · ')}
                {s.sessionStartsAt && (
                  <Text size="sm" c="dimmed">
                    {format.dateTime(s.sessionStartsAt)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{s.countryCode ? format.country(s.countryCode) : t('surveys.joint')}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={COLOR[s.status]}>
                  {t(`surveys.status.${s.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/surveys/${s.id}`}
                  aria-label={t('surveys.openResultsOf', { title: s.moduleCode ?? s.title })}
                >
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
