import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import type { MySurveysQuery } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';

type Item = MySurveysQuery['mySurveys'][number];
// Light badge colours that pass the contrast check.
const COLOR = { PENDING: 'blue', ANSWERED: 'teal', CLOSED: 'gray' } as const;

/** The tutor's surveys: the ones waiting first, each with its session and window. */
export function MySurveysList({ items, pendingOnly = false }: { items: Item[]; pendingOnly?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const shown = pendingOnly ? items.filter((i) => i.status === 'PENDING') : items;
  if (!shown.length)
    return (
      <Paper withBorder p="lg">
        <Text>{t(pendingOnly ? 'surveys.nonePending' : 'surveys.none')}</Text>
      </Paper>
    );
  const order = { PENDING: 0, ANSWERED: 1, CLOSED: 2 } as const;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped data-testid="my-surveys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.columns.survey')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.session')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.closes')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...shown]
            .sort((a, b) => order[a.status] - order[b.status])
            .map(({ survey, status }) => (
              <Table.Tr key={survey.id} data-testid="my-survey-row" data-status={status}>
                <Table.Td>
                  {status === 'PENDING' ? (
                    <Anchor component={Link} to={`/my-surveys/${survey.id}`}>
                      {survey.title}
                    </Anchor>
                  ) : (
                    survey.title
                  )}
                </Table.Td>
                <Table.Td>
                  {[survey.moduleCode, survey.moduleTitle].filter(Boolean).join(' · ')}
                  {survey.sessionStartsAt && (
                    <Text size="sm" c="dimmed">
                      {format.dateTime(survey.sessionStartsAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{survey.closesAt ? format.dateTime(survey.closesAt) : '–'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={COLOR[status]}>
                    {t(`surveys.myStatus.${status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
