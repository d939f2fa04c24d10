import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MyAssignmentsQuery as Data } from '@tandem/web-graphql';
import { ErrorAlert, RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MyAssignmentsQuery } from '../graphql/assignments';
import { useStartSubmission } from '../hooks/useStartSubmission';
import { submissionState } from '../submission-state';
import { SubmissionStatusBadge } from './SubmissionStatusBadge';

type Item = Data['myAssignments'][number];

/**
 * The assignments for the tutor's tandem: due dates, the tandem's submission state, open or start one.
 * On a phone, one card per assignment with "Open" or "Start" in full view.
 */
export function MyAssignments() {
  const { t } = useTranslation();
  const format = useFormatter();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(MyAssignmentsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const { start, starting, failure } = useStartSubmission();
  const phone = useIsPhone();
  const items = data.myAssignments;

  async function onStart(assignmentId: string) {
    const submissionId = await start(assignmentId);
    if (submissionId) await navigate(`/submissions/${submissionId}`);
  }

  const moduleOf = ({ assignment }: Item) => (
    <>
      <Anchor component={Link} to={`/modules/${assignment.moduleId}`}>
        {assignment.moduleCode}
      </Anchor>{' '}
      <Text span size="sm" c="dimmed">
        {assignment.moduleTitle}
      </Text>
    </>
  );
  const dueOf = ({ assignment, submission }: Item) => (
    <Group gap="xs">
      {format.date(assignment.dueOn)}
      {submission?.late && (
        <Badge color="red" variant="outline">
          {t('assignments.late')}
        </Badge>
      )}
    </Group>
  );
  const stateOf = ({ submission }: Item) => (
    <Stack gap={2}>
      <SubmissionStatusBadge state={submissionState(submission)} />
      {submission?.status === 'DRAFT' && submission.confirmedByPartner && !submission.confirmedByMe && (
        <Text size="xs" c="dimmed">
          {t('assignments.confirm.partnerWaits')}
        </Text>
      )}
    </Stack>
  );
  const actionOf = ({ assignment, submission }: Item) =>
    submission ? (
      <Button
        component={Link}
        to={`/submissions/${submission.id}`}
        variant="light"
        size="xs"
        aria-label={t('assignments.my.openNamed', { title: assignment.title })}
      >
        {t('assignments.my.open')}
      </Button>
    ) : (
      <Button
        variant="light"
        size="xs"
        loading={starting}
        onClick={() => void onStart(assignment.id)}
        aria-label={t('assignments.my.startNamed', { title: assignment.title })}
      >
        {t('assignments.my.start')}
      </Button>
    );

  if (!items.length) {
    return (
      <Paper withBorder p="lg" data-testid="no-assignments">
        <Text>{t('assignments.my.none')}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      {failure && (
        <ErrorAlert
          error={failure}
          message={failure.code === 'STALE_WRITE' ? t('assignments.my.startedByPartner') : undefined}
        />
      )}
      {phone ? (
        <RecordCards aria-label={t('assignments.my.title')} data-testid="my-assignments">
          {items.map((item) => (
            <RecordCard
              key={item.assignment.id}
              data-testid="assignment-row"
              data-title={item.assignment.title}
              title={item.assignment.title}
              fields={[
                { label: t('assignments.fields.module'), value: moduleOf(item) },
                { label: t('assignments.fields.dueOn'), value: dueOf(item) },
                { label: t('assignments.fields.status'), value: stateOf(item) },
              ]}
              actions={actionOf(item)}
            />
          ))}
        </RecordCards>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="my-assignments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assignments.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('assignments.fields.module')}</Table.Th>
                <Table.Th scope="col">{t('assignments.fields.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('assignments.fields.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('assignments.my.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.assignment.id} data-testid="assignment-row" data-title={item.assignment.title}>
                  <Table.Td>
                    <Text fw={500}>{item.assignment.title}</Text>
                  </Table.Td>
                  <Table.Td>{moduleOf(item)}</Table.Td>
                  <Table.Td>{dueOf(item)}</Table.Td>
                  <Table.Td>{stateOf(item)}</Table.Td>
                  <Table.Td>{actionOf(item)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
