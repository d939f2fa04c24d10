import { useQuery } from '@apollo/client/react';
import { Anchor, Group, List, Loader, Paper, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MyNextStepsQuery } from '../graphql/my-home';
import { dayOf, myStepKey } from '../my-home';

const HEADING_ID = 'my-next-steps-title';

/** A tutor's own steps, each a link to where it is done; the done ones ticked. */
export function MyNextStepsPanel() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data, loading, error } = useQuery(MyNextStepsQuery, { fetchPolicy: 'cache-and-network' });
  const steps = data?.myNextSteps ?? [];

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
  } else if (steps.length === 0) {
    body = <Text>{t('myHome.noSteps')}</Text>;
  } else {
    body = (
      <List spacing="sm" listStyleType="none" data-testid="my-next-steps">
        {steps.map((step, index) => (
          <List.Item key={`${step.kind}-${index}`} data-done={step.done ? 'true' : 'false'} data-kind={step.kind}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon
                size="sm"
                radius="xl"
                variant={step.done ? 'filled' : 'outline'}
                color={step.done ? 'teal' : 'gray'}
                aria-hidden="true"
              >
                {step.done ? '✓' : ''}
              </ThemeIcon>
              <div>
                <Anchor
                  component={Link}
                  to={step.href}
                  fw={step.done ? 400 : 600}
                  td={step.done ? 'line-through' : undefined}
                >
                  {t(myStepKey(step), { number: step.moduleNumber ?? '' })}
                </Anchor>
                <VisuallyHidden>{` (${step.done ? t('myHome.done') : t('myHome.toDo')})`}</VisuallyHidden>
                {!step.done && step.dueAt && (
                  <Text size="sm" c="dimmed">
                    {t('myHome.due', { date: format.date(dayOf(step.dueAt)) })}
                  </Text>
                )}
              </div>
            </Group>
          </List.Item>
        ))}
      </List>
    );
  }

  return (
    <Paper component="section" aria-labelledby={HEADING_ID} withBorder p="lg" data-testid="my-next-steps-panel">
      <Title order={2} id={HEADING_ID} mb="md">
        {t('myHome.stepsTitle')}
      </Title>
      {body}
    </Paper>
  );
}
