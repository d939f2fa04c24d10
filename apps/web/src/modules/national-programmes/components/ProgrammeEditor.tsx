import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { NationalProgrammeDetailFragment } from '@tandem/web-graphql';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { ProgrammeModuleChoicesQuery } from '../graphql/national-programmes';
import {
  addEntry,
  addableModules,
  moveEntry,
  programmeTotals,
  removeEntry,
  sameOrder,
  type ProgrammeEntry,
} from '../programme-order';
import { ProgrammeEntryRow } from './ProgrammeEntryRow';

interface Props {
  programme: NationalProgrammeDetailFragment;
  saving: boolean;
  onSave: (moduleIds: string[]) => void;
  /** Unsaved changes (the page holds back submitting until they are saved). */
  onDirtyChange: (dirty: boolean) => void;
}

function entriesOf(programme: NationalProgrammeDetailFragment): ProgrammeEntry[] {
  return programme.items.map((item) => ({
    moduleId: item.moduleId,
    code: item.code,
    title: item.title,
    titleIsFallback: item.titleIsFallback,
    kind: item.kind,
    number: item.number ?? null,
    contactHours: item.contactHours,
    selfStudyHours: item.selfStudyHours,
  }));
}

/** The ordered modules of a programme for its coordinator: add, remove, move up and down, save. */
export function ProgrammeEditor({ programme, saving, onSave, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useCurrentLocale();
  const saved = entriesOf(programme);
  const [entries, setEntries] = useState<ProgrammeEntry[]>(saved);
  const [choice, setChoice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const tableRef = useRef<HTMLTableElement>(null);
  const choices = useQuery(ProgrammeModuleChoicesQuery, {
    variables: { editionId: programme.editionId, language: locale },
  });

  const dirty = !sameOrder(entries, saved);
  const update = (next: ProgrammeEntry[], message: string) => {
    setEntries(next);
    setAnnouncement(message);
    onDirtyChange(!sameOrder(next, saved));
  };

  const candidates = addableModules(
    (choices.data?.modules ?? []).map((m) => ({
      moduleId: m.id,
      code: m.code,
      title: m.title,
      titleIsFallback: m.titleIsFallback,
      kind: m.kind,
      number: m.number ?? null,
      contactHours: m.contactHours,
      selfStudyHours: m.selfStudyHours,
      countryCode: m.countryCode ?? null,
      publishedVersion: m.publishedVersion ?? null,
    })),
    programme.countryCode,
    entries,
  );

  function move(index: number, delta: -1 | 1) {
    const entry = entries[index];
    const next = moveEntry(entries, index, delta);
    update(
      next,
      t('nationalProgrammes.editor.moved', {
        code: entry.code,
        position: index + delta + 1,
        total: entries.length,
      }),
    );
    // Keep the focus on the same button of the moved row (or its other arrow at the ends).
    requestAnimationFrame(() => {
      const row = tableRef.current?.querySelector(`[data-module-id="${entry.moduleId}"]`);
      const button =
        row?.querySelector<HTMLButtonElement>(`[data-move="${delta}"]:not(:disabled)`) ??
        row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)');
      button?.focus();
    });
  }

  function add() {
    const module = candidates.find((c) => c.moduleId === choice);
    if (!module) return;
    update(addEntry(entries, module), t('nationalProgrammes.editor.added', { code: module.code }));
    setChoice(null);
  }

  const totals = programmeTotals(entries);

  return (
    <Paper component="section" aria-labelledby="programme-editor-title" withBorder p="md">
      <Title order={2} id="programme-editor-title" mb="xs">
        {t('nationalProgrammes.editor.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {programme.status === 'APPROVED'
          ? t('nationalProgrammes.editor.approvedHelp')
          : t('nationalProgrammes.editor.help')}
      </Text>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <Stack gap="md">
        {entries.length === 0 ? (
          <Text>{t('nationalProgrammes.editor.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={300}>
            <Table ref={tableRef} withTableBorder verticalSpacing="xs" data-testid="programme-editor-items">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('nationalProgrammes.position')}</Table.Th>
                  <Table.Th scope="col">{t('nationalProgrammes.module')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'end' }} visibleFrom="sm">
                    {t('nationalProgrammes.totalHours')}
                  </Table.Th>
                  <Table.Th scope="col">{t('nationalProgrammes.editor.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry, index) => (
                  <ProgrammeEntryRow
                    key={entry.moduleId}
                    entry={entry}
                    index={index}
                    count={entries.length}
                    onMove={(delta) => move(index, delta)}
                    onRemove={() =>
                      update(removeEntry(entries, index), t('nationalProgrammes.editor.removed', { code: entry.code }))
                    }
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text fw={500} data-testid="editor-totals">
          {t('nationalProgrammes.totals', {
            contact: format.number(totals.contactHours),
            selfStudy: format.number(totals.selfStudyHours),
            total: format.number(totals.totalHours),
          })}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('nationalProgrammes.editor.addLabel')}
            placeholder={
              candidates.length
                ? t('nationalProgrammes.editor.addPlaceholder')
                : t('nationalProgrammes.editor.nothingToAdd')
            }
            data={candidates.map((c) => ({
              value: c.moduleId,
              label: `${c.code} · ${c.title}`,
            }))}
            value={choice}
            onChange={setChoice}
            searchable
            disabled={!candidates.length}
            style={{ flex: '1 1 260px' }}
          />
          <Button variant="light" onClick={add} disabled={!choice}>
            {t('nationalProgrammes.editor.add')}
          </Button>
        </Group>
        <Group gap="sm">
          <Button onClick={() => onSave(entries.map((e) => e.moduleId))} loading={saving} disabled={!dirty}>
            {t('nationalProgrammes.editor.save')}
          </Button>
          {dirty && (
            <Button variant="default" onClick={() => update(saved, t('nationalProgrammes.editor.discarded'))}>
              {t('nationalProgrammes.editor.discard')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
