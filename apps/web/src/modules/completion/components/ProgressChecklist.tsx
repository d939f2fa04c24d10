import { Anchor, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ProgressFieldsFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { CompletionStatusBadge } from './CompletionStatusBadge';

type Requirement = ProgressFieldsFragment['requirements'][number];

/** Where a tutor acts on a missing condition. */
const ACTION_PATH: Record<Requirement['kind'], string> = {
  JOINT_MODULE: '/sessions',
  JOINT_MODULE_COUNT: '/sessions',
  NATIONAL_HOURS: '/sessions',
  SELF_ASSESSMENT: '/self-assessments',
  ASSIGNMENTS: '/assignments',
};

/** What is done and what is still missing for one tutor, with a link to act on each missing condition. */
export function ProgressChecklist({ progress, actions }: { progress: ProgressFieldsFragment; actions: boolean }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const describe = (r: Requirement): string => {
    const n = {
      achieved: format.number(r.achieved),
      required: format.number(r.required),
    };
    switch (r.kind) {
      case 'JOINT_MODULE':
        return t('completion.requirement.jointModule', {
          number: r.moduleNumber ?? 0,
        });
      case 'JOINT_MODULE_COUNT':
        return t('completion.requirement.jointModules', n);
      case 'NATIONAL_HOURS':
        return t('completion.requirement.nationalHours', n);
      case 'SELF_ASSESSMENT':
        return r.roundKind === 'AFTER_MODULE'
          ? t('completion.requirement.selfAssessmentAfter', {
              number: r.moduleNumber ?? 0,
            })
          : t(`completion.requirement.selfAssessment${r.roundKind === 'FINAL' ? 'Final' : 'Baseline'}`);
      case 'ASSIGNMENTS':
        return t('completion.requirement.assignments', n);
    }
  };
  const actionLabel = (r: Requirement) => t(`completion.action.${r.kind}`);
  return (
    <Stack gap="md">
      <Group gap="sm">
        <CompletionStatusBadge status={progress.status} />
        {progress.trainedAt && (
          <Text>
            {t('completion.trainedOn', {
              date: format.dateTime(progress.trainedAt),
            })}
          </Text>
        )}
        {progress.onTrack && <Text c="dimmed">{t('completion.onTrack')}</Text>}
      </Group>
      <List spacing="sm" listStyleType="none" data-testid="requirements">
        {progress.requirements.map((r, i) => (
          <List.Item
            key={`${r.kind}-${i}`}
            data-testid="requirement"
            data-kind={r.kind}
            data-done={r.done ? 'true' : 'false'}
            icon={
              <ThemeIcon color={r.done ? 'teal' : 'orange'} radius="xl" size="sm" aria-hidden>
                {r.done ? '✓' : '!'}
              </ThemeIcon>
            }
          >
            <Group gap="xs">
              <Text>
                <Text span fw={600}>
                  {r.done ? t('completion.done') : t('completion.missing')}:
                </Text>{' '}
                {describe(r)}
              </Text>
              {!r.done && (r.bookedAhead ?? 0) > 0 && (
                <Text size="sm" c="dimmed">
                  {t('completion.bookedAhead')}
                </Text>
              )}
              {!r.done && actions && (
                <Anchor component={Link} to={ACTION_PATH[r.kind]} size="sm">
                  {actionLabel(r)}
                </Anchor>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed">
        {t('completion.computedAt', {
          at: format.dateTime(progress.computedAt),
        })}
      </Text>
    </Stack>
  );
}
