import { ActionIcon, Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { euro } from '../labels';

export interface AgendaRow {
  day: string;
  time: string;
  title: string;
  place: string;
}

export interface BudgetRow {
  label: string;
  amount: number | '';
}

interface RowsProps<R> {
  rows: R[];
  onChange: (rows: R[]) => void;
  fieldError: (field: string) => string | undefined;
}

/** Replaces row `i` with its changed fields (the rows are the form's state, never mutated). */
function changed<R>(rows: R[], i: number, change: Partial<R>): R[] {
  return rows.map((r, j) => (i === j ? { ...r, ...change } : r));
}

/** A study visit's agenda: a day, an optional time, an item and an optional place per row. */
export function AgendaFields({ rows, firstDay, onChange, fieldError }: RowsProps<AgendaRow> & { firstDay: string }) {
  const { t } = useTranslation();
  const setRow = (i: number, change: Partial<AgendaRow>) => onChange(changed(rows, i, change));
  return (
    <Fieldset legend={t('toolbox.studyVisits.agenda')}>
      <Stack gap="sm">
        {rows.map((a, i) => (
          <Fieldset key={i} legend={t('toolbox.studyVisits.plan.agendaItem', { n: i + 1 })} variant="filled">
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
              <TextInput
                type="date"
                label={t('toolbox.studyVisits.plan.day')}
                required
                value={a.day}
                onChange={(e) => setRow(i, { day: e.currentTarget.value })}
                error={fieldError(`input.agenda.${i}.day`)}
              />
              <TextInput
                type="time"
                label={t('toolbox.studyVisits.time')}
                value={a.time}
                onChange={(e) => setRow(i, { time: e.currentTarget.value })}
                error={fieldError(`input.agenda.${i}.time`)}
              />
              <TextInput
                label={t('toolbox.studyVisits.item')}
                required
                maxLength={200}
                value={a.title}
                onChange={(e) => setRow(i, { title: e.currentTarget.value })}
                error={fieldError(`input.agenda.${i}.title`)}
              />
              <TextInput
                label={t('toolbox.studyVisits.place')}
                maxLength={200}
                value={a.place}
                onChange={(e) => setRow(i, { place: e.currentTarget.value })}
                error={fieldError(`input.agenda.${i}.place`)}
              />
            </SimpleGrid>
            <Button
              mt="xs"
              variant="subtle"
              size="xs"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              aria-label={t('toolbox.studyVisits.plan.removeAgendaItem', { n: i + 1 })}
            >
              {t('toolbox.studyVisits.plan.remove')}
            </Button>
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => onChange([...rows, { day: firstDay, time: '', title: '', place: '' }])}
          >
            {t('toolbox.studyVisits.plan.addAgendaItem')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Optional budget lines with their sum in euros. */
export function BudgetFields({ rows, onChange, fieldError }: RowsProps<BudgetRow>) {
  const { t } = useTranslation();
  const format = useFormatter();
  const setRow = (i: number, change: Partial<BudgetRow>) => onChange(changed(rows, i, change));
  const total = rows.reduce((sum, b) => sum + (b.amount === '' ? 0 : Math.round(b.amount * 100)), 0) / 100;
  return (
    <Fieldset legend={t('toolbox.studyVisits.budget')}>
      <Stack gap="sm">
        {rows.map((b, i) => (
          <Group key={i} align="flex-end" gap="sm">
            <TextInput
              label={t('toolbox.studyVisits.plan.budgetLabel', { n: i + 1 })}
              required
              maxLength={200}
              value={b.label}
              onChange={(e) => setRow(i, { label: e.currentTarget.value })}
              error={fieldError(`input.budget.${i}.label`)}
            />
            <NumberInput
              label={t('toolbox.studyVisits.plan.amount', { n: i + 1 })}
              decimalScale={2}
              value={b.amount}
              onChange={(value) => setRow(i, { amount: typeof value === 'number' ? value : '' })}
              error={fieldError(`input.budget.${i}.amount`)}
            />
            <ActionIcon
              variant="subtle"
              size="lg"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              aria-label={t('toolbox.studyVisits.plan.removeBudgetLine', { n: i + 1 })}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button variant="default" onClick={() => onChange([...rows, { label: '', amount: '' }])}>
            {t('toolbox.studyVisits.plan.addBudgetLine')}
          </Button>
          {rows.length > 0 && (
            <Text fw={600} data-testid="budget-total">
              {t('toolbox.studyVisits.budgetTotal', { total: euro(format.locale, total) })}
            </Text>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}
