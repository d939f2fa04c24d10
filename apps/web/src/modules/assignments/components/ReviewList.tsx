import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Loader, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { SubmissionStatus, SubmissionsToReviewQuery as Data } from '@tandem/web-graphql';
import { ErrorAlert, RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { SubmissionsToReviewQuery } from '../graphql/assignments';
import { SubmissionStatusBadge } from './SubmissionStatusBadge';

const STATUSES: SubmissionStatus[] = ['SUBMITTED', 'NEEDS_REVISION', 'ACCEPTED', 'DRAFT'];
const PAGE = 25;
type Submission = Data['submissionsToReview']['edges'][number]['node'];

/** Submissions of the viewer's countries by status, longest waiting first; a trainer opens one to review it. */
export function ReviewList() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [status, setStatus] = useState<SubmissionStatus>('SUBMITTED');
  // Keyset pages: the cursor of the page before; null for the first page.
  const [after, setAfter] = useState<string | null>(null);
  const { data, error, loading } = useQuery(SubmissionsToReviewQuery, {
    variables: { status, first: PAGE, after },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.submissionsToReview;

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('assignments.review.filter')}
        value={status}
        onChange={(v) => {
          setStatus(v as SubmissionStatus);
          setAfter(null);
        }}
        data={STATUSES.map((s) => ({
          value: s,
          label: t(`assignments.status.${s}`),
        }))}
        // Four statuses side by side are wider than a phone.
        orientation={phone ? 'vertical' : 'horizontal'}
        fullWidth={phone}
        w={phone ? undefined : 'fit-content'}
      />
      {error && <ErrorAlert error={toAppError(error)} />}
      {!page && loading && <Loader aria-label={t('assignments.review.loading')} />}
      {page && (
        <>
          <Text size="sm" c="dimmed" data-testid="review-count">
            {t('assignments.review.count', { count: page.totalCount })}
          </Text>
          {page.edges.length === 0 ? (
            <Text data-testid="no-reviews">{t('assignments.review.none')}</Text>
          ) : (
            <ReviewRows submissions={page.edges.map((edge) => edge.node)} />
          )}
          {(after || page.pageInfo.hasNextPage) && (
            <Group>
              {after && (
                <Button variant="default" onClick={() => setAfter(null)}>
                  {t('assignments.review.firstPage')}
                </Button>
              )}
              {page.pageInfo.hasNextPage && (
                <Button variant="default" loading={loading} onClick={() => setAfter(page.pageInfo.endCursor)}>
                  {t('assignments.review.more')}
                </Button>
              )}
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

/** The submissions of one page: a table, or on a phone one card each with "Review" (or "Open") in full view. */
function ReviewRows({ submissions }: { submissions: readonly Submission[] }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const phone = useIsPhone();
  const tandem = (node: Submission) => (
    <>
      {t('assignments.tandemNames', { school: node.schoolTutorName, company: node.companyTutorName })}
      <Text size="sm" c="dimmed">
        {node.countryCodes.map((c) => format.country(c)).join(', ')}
      </Text>
    </>
  );
  const submitted = (node: Submission) => (
    <Group gap="xs">
      {node.submittedAt ? format.dateTime(node.submittedAt) : '—'}
      {node.late && (
        <Badge color="red" variant="outline">
          {t('assignments.late')}
        </Badge>
      )}
    </Group>
  );
  const due = (node: Submission) => (
    <>
      {node.assignment.moduleCode} · {t('assignments.dueOnValue', { date: format.date(node.assignment.dueOn) })}
    </>
  );
  const open = (node: Submission) => (
    <Button
      component={Link}
      to={`/submissions/${node.id}`}
      size="xs"
      variant="light"
      aria-label={t('assignments.review.openNamed', {
        title: node.assignment.title,
        school: node.schoolTutorName,
        company: node.companyTutorName,
      })}
    >
      {node.canReview ? t('assignments.review.review') : t('assignments.my.open')}
    </Button>
  );
  const rowData = (node: Submission) => ({
    'data-testid': 'review-row',
    'data-tandem': `${node.schoolTutorName} & ${node.companyTutorName}`,
    'data-title': node.assignment.title,
  });

  if (phone)
    return (
      <RecordCards aria-label={t('assignments.review.listLabel')} data-testid="review-list">
        {submissions.map((node) => (
          <RecordCard
            key={node.id}
            {...rowData(node)}
            title={node.assignment.title}
            fields={[
              { label: t('assignments.fields.module'), value: due(node) },
              { label: t('assignments.fields.tandem'), value: tandem(node) },
              { label: t('assignments.fields.submittedAt'), value: submitted(node) },
              { label: t('assignments.fields.status'), value: <SubmissionStatusBadge state={node.status} /> },
            ]}
            actions={open(node)}
          />
        ))}
      </RecordCards>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover data-testid="review-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assignments.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('assignments.fields.tandem')}</Table.Th>
            <Table.Th scope="col">{t('assignments.fields.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('assignments.fields.status')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('assignments.my.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {submissions.map((node) => (
            <Table.Tr key={node.id} {...rowData(node)}>
              <Table.Td>
                <Text fw={500}>{node.assignment.title}</Text>
                <Text size="sm" c="dimmed">
                  {due(node)}
                </Text>
              </Table.Td>
              <Table.Td>{tandem(node)}</Table.Td>
              <Table.Td>{submitted(node)}</Table.Td>
              <Table.Td>
                <SubmissionStatusBadge state={node.status} />
              </Table.Td>
              <Table.Td>{open(node)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
