import { Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { EditionCycleFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { PhaseStatusBadge } from '../../cycle/components/PhaseStatusBadge';
import { phaseNameKey } from '../../cycle/phases';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { phaseMoves, type PhaseMove } from '../phase-moves';

type Phase = EditionCycleFragment['phases'][number];

interface Props {
  edition: EditionCycleFragment;
  /** Given for administrators: a control per phase to move it. */
  onMove?: (phase: Phase, move: PhaseMove) => void;
  moving?: boolean;
}

/** The cycle of an edition in order, the current phase highlighted. */
export function CycleTimeline({ edition, onMove, moving = false }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const phases = [...edition.phases].sort((a, b) => a.position - b.position);
  const currentId = edition.currentPhase?.id;

  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="cycle">
      {phases.map((phase) => {
        const current = phase.id === currentId;
        const name = t(phaseNameKey(phase.kind));
        const headingId = `phase-${phase.id}`;
        return (
          <Paper
            key={phase.id}
            component="li"
            withBorder
            p="md"
            aria-labelledby={headingId}
            aria-current={current ? 'step' : undefined}
            data-testid="cycle-phase"
            data-status={phase.status}
            bg={current ? 'baltic.0' : undefined}
            style={current ? { borderColor: 'var(--mantine-color-baltic-7)', borderWidth: 2 } : undefined}
          >
            <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
              <Box>
                <Text size="sm" c="dimmed">
                  {t('edition.step', { position: phase.position })}
                </Text>
                <Title order={3} id={headingId}>
                  {name}
                </Title>
                <Text size="sm" mt={4}>
                  <time dateTime={phase.startsOn}>{format.date(phase.startsOn)}</time>
                  {' – '}
                  <time dateTime={phase.endsOn}>{format.date(phase.endsOn)}</time>
                </Text>
              </Box>
              <Group gap="xs">
                {current && (
                  <Badge color="baltic" variant="outline">
                    {t('edition.current')}
                  </Badge>
                )}
                <PhaseStatusBadge status={phase.status} />
              </Group>
            </Group>
            {onMove && (
              <Group gap="xs" mt="sm">
                {phaseMoves(phases, phase.id).map((move) => {
                  const action = t(move.labelKey);
                  return (
                    <Button
                      key={move.to}
                      size="xs"
                      variant={move.reason ? 'default' : 'light'}
                      disabled={moving}
                      aria-label={t('edition.move.label', { action, phase: name })}
                      onClick={() => onMove(phase, move)}
                    >
                      {action}
                    </Button>
                  );
                })}
              </Group>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
