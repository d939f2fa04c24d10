import { useQuery, useSuspenseQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { phaseNameKey } from '../../cycle/phases';
import { toAppError } from '../../errors/to-app-error';
import { WhereWeAreNowQuery } from '../../home/graphql/where-we-are-now';
import { groupNextSteps, nextStepKey } from '../../home/next-steps';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSignedInPerson } from '../../session/session-context';
import { TandemProgress } from '../../completion/components/TandemProgress';
import { MyTandemQuery } from '../graphql/tandems';
import { useDissolveTandem } from '../hooks/useDissolveTandem';
import { MY_TANDEM_QUERIES, useRespondToInvitation } from '../hooks/useRespondToInvitation';
import { partnerOf } from '../tandem-pair';
import { DissolveTandemDialog } from './DissolveTandemDialog';
import { FindPartner } from './FindPartner';
import { TandemStatusBadge } from './TandemStatusBadge';
import { TutorCard } from './TutorCard';

/** The signed-in tutor's tandem: status, both partners, the current phase's tasks, and what they can do with it. */
export function MyTandem() {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const { data } = useSuspenseQuery(MyTandemQuery, { fetchPolicy: 'cache-and-network' });
  const tandem = data.myTandem;
  const dissolve = useDissolveTandem(MY_TANDEM_QUERIES);
  const { respond, answer, responding, failure } = useRespondToInvitation();

  // The buttons pressed are gone afterwards: the confirmation takes the focus.
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer || dissolve.dissolved) doneRef.current?.focus();
  }, [answer, dissolve.dissolved]);

  const done = answer ? (
    <Alert ref={doneRef} tabIndex={-1} color="teal" role="status" data-testid="tandem-done">
      {answer.accepted ? t('tandems.my.accepted') : t('tandems.my.declined')}
    </Alert>
  ) : dissolve.dissolved ? (
    <Alert ref={doneRef} tabIndex={-1} color="teal" role="status" data-testid="tandem-done">
      {t('tandems.dissolve.done', {
        school: dissolve.dissolved.schoolTutor.displayName,
        company: dissolve.dissolved.companyTutor.displayName,
      })}
    </Alert>
  ) : null;

  if (!tandem) {
    return (
      <Stack gap="lg">
        {done}
        <Paper component="section" aria-labelledby="no-tandem" withBorder p="lg" data-testid="no-tandem">
          <Title order={2} id="no-tandem" mb="sm">
            {t('tandems.my.noneTitle')}
          </Title>
          <Stack gap="sm">
            <Text>{t('tandems.my.none')}</Text>
            <Text>{t('tandems.my.askCoordinator')}</Text>
            <Text>
              {t('tandems.my.findPartner')}{' '}
              <Anchor component={Link} to="/organisations">
                {t('tandems.my.openNetwork')}
              </Anchor>
            </Text>
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <FindPartner />
        </Paper>
      </Stack>
    );
  }

  const partner = partnerOf(tandem, person.id);
  const invitedMe = tandem.status === 'FORMING' && tandem.canRespond;
  const iInvited = tandem.status === 'FORMING' && !tandem.canRespond;

  return (
    <Stack gap="lg">
      {done}
      {failure && <ErrorAlert error={failure} />}

      {invitedMe && (
        <Alert
          color="violet"
          title={t('tandems.my.invitationTitle', { name: partner?.displayName ?? '' })}
          data-testid="tandem-invitation"
        >
          <Stack gap="sm">
            <Text size="sm">{t('tandems.my.invitationText')}</Text>
            <Group gap="sm">
              <Button onClick={() => void respond(tandem.id, true)} loading={responding}>
                {t('tandems.my.accept')}
              </Button>
              <Button variant="default" onClick={() => void respond(tandem.id, false)} disabled={responding}>
                {t('tandems.my.decline')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {iInvited && (
        <Alert color="gray" title={t('tandems.my.waitingTitle', { name: partner?.displayName ?? '' })}>
          <Text size="sm">{t('tandems.my.waitingText')}</Text>
        </Alert>
      )}

      <Paper component="section" aria-labelledby="tandem-title" withBorder p="lg" data-testid="my-tandem">
        <Group justify="space-between" align="flex-start" mb="md" gap="sm">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2} id="tandem-title">
                {t('tandems.my.partnersTitle')}
              </Title>
              <TandemStatusBadge status={tandem.status} />
              {tandem.crossBorder && (
                <Badge variant="outline" color="gray.7">
                  {t('tandems.my.crossBorder')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {tandem.activatedAt
                ? t('tandems.my.activeSince', { date: format.dateTime(tandem.activatedAt) })
                : t('tandems.my.createdAt', { date: format.dateTime(tandem.createdAt) })}
              {tandem.formedByName && ` · ${t('tandems.my.formedBy', { name: tandem.formedByName })}`}
            </Text>
          </Stack>
          {tandem.canDissolve && (
            <Button variant="default" color="red.8" onClick={() => dissolve.start(tandem)}>
              {iInvited ? t('tandems.dissolve.withdrawButton') : t('tandems.dissolve.button')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <TutorCard tutor={tandem.schoolTutor} isViewer={tandem.schoolTutor.id === person.id} />
          <TutorCard tutor={tandem.companyTutor} isViewer={tandem.companyTutor.id === person.id} />
        </SimpleGrid>
      </Paper>

      {tandem.status !== 'FORMING' && (
        <TandemProgress tutors={[tandem.schoolTutor, tandem.companyTutor]} viewerId={person.id} />
      )}

      <CurrentTasks />

      <DissolveTandemDialog
        tandem={dissolve.pending}
        withdraw={iInvited}
        saving={dissolve.saving}
        failure={dissolve.failure}
        onConfirm={(reason) => void dissolve.confirm(reason)}
        onCancel={dissolve.cancel}
      />
    </Stack>
  );
}

/** The current phase and the tutor's next steps in it (the same answer the home page shows). */
function CurrentTasks() {
  const { t } = useTranslation();
  const { data, error } = useQuery(WhereWeAreNowQuery, { fetchPolicy: 'cache-and-network' });
  const now = data?.whereWeAreNow;
  const steps = now ? groupNextSteps(now.nextSteps.filter((step) => step.role === 'TUTOR')) : [];
  return (
    <Paper component="section" aria-labelledby="tandem-tasks" withBorder p="lg" data-testid="tandem-tasks">
      <Title order={2} id="tandem-tasks" mb="xs">
        {t('tandems.my.tasksTitle')}
      </Title>
      {!data && error ? (
        <ErrorAlert error={toAppError(error)} />
      ) : !data ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : (
        <Stack gap="sm">
          {now?.currentPhase && (
            <Text c="dimmed">{t('tandems.my.currentPhase', { phase: t(phaseNameKey(now.currentPhase.kind)) })}</Text>
          )}
          {steps.length === 0 ? (
            <Text>{t('tandems.my.noTasks')}</Text>
          ) : (
            <List spacing="xs">
              {steps.map((step) => (
                <List.Item key={step.kind}>{t(nextStepKey(step.kind))}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Paper>
  );
}
