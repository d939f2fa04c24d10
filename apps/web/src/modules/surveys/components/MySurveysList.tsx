import { Anchor, Badge, Button, Paper, Table, Text } from '@mantine/core';
import type { MySurveysQuery } from '@tandem/web-graphql';
import { RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';

type Item = MySurveysQuery['mySurveys'][number];
// Light badge colours that pass the contrast check.
const COLOR = { PENDING: 'blue', ANSWERED: 'teal', CLOSED: 'gray' } as const;

/**
 * The tutor's surveys: the ones waiting first, each with its session and window. On a phone, one card
 * per survey, "Answer" in full view on those waiting.
 */
export function MySurveysList({ items, pendingOnly = false }: { items: Item[]; pendingOnly?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const phone = useIsPhone();
  const shown = pendingOnly ? items.filter((i) => i.status === 'PENDING') : items;
  if (!shown.length)
    return (
      <Paper withBorder p="lg">
        <Text>{t(pendingOnly ? 'surveys.nonePending' : 'surveys.none')}</Text>
      </Paper>
    );
  const order = { PENDING: 0, ANSWERED: 1, CLOSED: 2 } as const;
  const sorted = [...shown].sort((a, b) => order[a.status] - order[b.status]);
  const title = ({ survey, status }: Item) =>
    status === 'PENDING' ? (
      <Anchor component={Link} to={`/my-surveys/${survey.id}`}>
        {survey.title}
      </Anchor>
    ) : (
      survey.title
    );
  const session = ({ survey }: Item) => (
    <>
      {[survey.moduleCode, survey.moduleTitle].filter(Boolean).join(' · ')}
      {survey.sessionStartsAt && (
        <Text size="sm" c="dimmed">
          {format.dateTime(survey.sessionStartsAt)}
        </Text>
      )}
    </>
  );
  const closes = ({ survey }: Item) => (survey.closesAt ? format.dateTime(survey.closesAt) : '–');
  const badge = ({ status }: Item) => (
    <Badge variant="light" color={COLOR[status]}>
      {t(`surveys.myStatus.${status}`)}
    </Badge>
  );
  if (phone)
    return (
      <RecordCards aria-label={t('surveys.myTitle')} data-testid="my-surveys">
        {sorted.map((item) => (
          <RecordCard
            key={item.survey.id}
            data-testid="my-survey-row"
            data-status={item.status}
            title={title(item)}
            fields={[
              { label: t('surveys.columns.session'), value: session(item) },
              { label: t('surveys.columns.closes'), value: closes(item) },
              { label: t('surveys.columns.status'), value: badge(item) },
            ]}
            actions={
              item.status === 'PENDING' && (
                <Button
                  component={Link}
                  to={`/my-surveys/${item.survey.id}`}
                  size="xs"
                  aria-label={t('surveys.answerNamed', { title: item.survey.title })}
                >
                  {t('surveys.answer')}
                </Button>
              )
            }
          />
        ))}
      </RecordCards>
    );
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
          {sorted.map((item) => (
            <Table.Tr key={item.survey.id} data-testid="my-survey-row" data-status={item.status}>
              <Table.Td>{title(item)}</Table.Td>
              <Table.Td>{session(item)}</Table.Td>
              <Table.Td>{closes(item)}</Table.Td>
              <Table.Td>{badge(item)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
