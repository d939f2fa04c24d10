import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { CYCLE_PHASE_KINDS } from '@tandem/shared-domain';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhaseStatusBadge } from '../../cycle/components/PhaseStatusBadge';
import { phaseNameKey } from '../../cycle/phases';
import { editionPath } from '../../editions/edition-path';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { WhereWeAreNowQuery } from '../graphql/where-we-are-now';
import { groupNextSteps, nextStepKey } from '../next-steps';

const HEADING_ID = 'where-we-are-now';

/**
 * The edition running today: its current phase, and what the viewer's roles do now. With
 * `ownStepsShown` (a tutor, whose own steps are listed from their state) the tutor's phase steps
 * are left out here.
 */
export function WhereWeAreNowPanel({ ownStepsShown = false }: { ownStepsShown?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatter();
  // The cycle moves on while the page stays open: show the cached answer, then the fresh one.
  const { data, loading, error } = useQuery(WhereWeAreNowQuery, { fetchPolicy: 'cache-and-network' });
  const now = data?.whereWeAreNow;

  let body;
  if (!data && loading) {
    body = (
      <Group role="status" gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  } else if (!data && error) {
    body = <ErrorAlert error={toAppError(error)} />;
  } else if (!now) {
    body = <Text>{t('whereWeAreNow.noEdition')}</Text>;
  } else {
    const phase = now.currentPhase;
    const steps = groupNextSteps(ownStepsShown ? now.nextSteps.filter((s) => s.role !== 'TUTOR') : now.nextSteps);
    body = (
      <Stack gap="md">
        <Stack component="dl" gap="sm" m={0}>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('whereWeAreNow.edition')}
            </Text>
            <Text component="dd" m={0} fw={500}>
              <Anchor component={Link} to={editionPath(now.edition.id)}>
                {now.edition.name}
              </Anchor>
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('whereWeAreNow.currentPhase')}
            </Text>
            <Text component="dd" m={0} data-testid="current-phase">
              {phase ? (
                <Stack gap={4} component="span">
                  <Group gap="xs" component="span">
                    <Text span fw={600} fz="lg">
                      {t(phaseNameKey(phase.kind))}
                    </Text>
                    <PhaseStatusBadge status={phase.status} />
                  </Group>
                  <Text span size="sm" c="dimmed">
                    {t('whereWeAreNow.step', { position: phase.position, total: CYCLE_PHASE_KINDS.length })}
                    {' · '}
                    <time dateTime={phase.startsOn}>{format.dateRange(phase.startsOn, phase.endsOn)}</time>
                  </Text>
                </Stack>
              ) : (
                t('whereWeAreNow.noPhase')
              )}
            </Text>
          </div>
        </Stack>

        <div>
          <Title order={3} mb="xs">
            {t('whereWeAreNow.nextStepsTitle')}
          </Title>
          {steps.length === 0 ? (
            <Text>{t('whereWeAreNow.noNextSteps')}</Text>
          ) : (
            <List spacing="xs" data-testid="next-steps">
              {steps.map((step) => (
                <List.Item key={step.kind}>
                  <Group gap="xs" component="span" wrap="wrap">
                    <Text span>{t(nextStepKey(step.kind))}</Text>
                    {step.roles.map((role) => (
                      <Badge key={role} variant="outline" size="sm">
                        <VisuallyHidden>(</VisuallyHidden>
                        {t(`roles.${role}.name`)}
                        <VisuallyHidden>)</VisuallyHidden>
                      </Badge>
                    ))}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </div>

        <Anchor component={Link} to={editionPath(now.edition.id)} fw={500}>
          {t('whereWeAreNow.viewCycle')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Paper component="section" aria-labelledby={HEADING_ID} withBorder p="lg" data-testid="where-we-are-now">
      <Title order={2} id={HEADING_ID} mb="md">
        {t('whereWeAreNow.title')}
      </Title>
      {body}
    </Paper>
  );
}
