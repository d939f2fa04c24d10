import { ActionIcon, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { FallbackMarker } from '../../modules/components/FallbackMarker';
import type { ProgrammeEntry } from '../programme-order';

/** One module of the programme being edited, with buttons to move it up or down and to remove it. */
export function ProgrammeEntryRow({
  entry,
  index,
  count,
  onMove,
  onRemove,
}: {
  entry: ProgrammeEntry;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <Table.Tr data-module-id={entry.moduleId} data-code={entry.code}>
      <Table.Td>{format.number(index + 1)}</Table.Td>
      <Table.Th scope="row" fw={400}>
        <Text span fw={700} ff="monospace" mr="xs">
          {entry.code}
        </Text>
        {entry.title}
        <FallbackMarker show={entry.titleIsFallback} />
      </Table.Th>
      <Table.Td style={{ textAlign: 'end' }} visibleFrom="sm">
        {t('nationalProgrammes.hoursValue', { hours: format.number(entry.contactHours + entry.selfStudyHours) })}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            data-move={-1}
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t('nationalProgrammes.editor.moveUp', { code: entry.code })}
          >
            <span aria-hidden="true">↑</span>
          </ActionIcon>
          <ActionIcon
            variant="default"
            data-move={1}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t('nationalProgrammes.editor.moveDown', { code: entry.code })}
          >
            <span aria-hidden="true">↓</span>
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            aria-label={t('nationalProgrammes.editor.remove', { code: entry.code })}
          >
            <span aria-hidden="true">✕</span>
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
