import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { StudyVisitInput, StudyVisitPlanFragment } from '@tandem/web-graphql';
import { clientFieldError, ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import type { FieldError } from '@tandem/shared-domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCountryOptions } from '../../network/hooks/useCountryOptions';
import { euro } from '../labels';

interface AgendaRow {
  day: string;
  time: string;
  title: string;
  place: string;
}
interface BudgetRow {
  label: string;
  amount: number | '';
}

export interface StudyVisitFormValues {
  title: string;
  hostCountry: string;
  hostOrganisations: string;
  startsOn: string;
  endsOn: string;
  description: string;
  agenda: AgendaRow[];
  budget: BudgetRow[];
}

export const EMPTY_STUDY_VISIT: StudyVisitFormValues = {
  title: '',
  hostCountry: '',
  hostOrganisations: '',
  startsOn: '',
  endsOn: '',
  description: '',
  agenda: [],
  budget: [],
};

export function studyVisitFormValues(v: StudyVisitPlanFragment): StudyVisitFormValues {
  return {
    title: v.title,
    hostCountry: v.hostCountry,
    hostOrganisations: v.hostOrganisations.join('\n'),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    description: v.description ?? '',
    agenda: v.agenda.map((a) => ({ day: a.day, time: a.time ?? '', title: a.title, place: a.place ?? '' })),
    budget: v.budget.map((b) => ({ label: b.label, amount: b.amount })),
  };
}

/** An empty amount: GraphQL cannot carry it (the amount is a number), so the form names it itself. */
export function missingAmounts(v: StudyVisitFormValues): FieldError[] {
  return v.budget.flatMap((b, i) =>
    b.amount === '' ? [clientFieldError(`input.budget.${i}.amount`, 'required')] : [],
  );
}

/** The API's input (amounts checked by missingAmounts first); the server checks every field and answers refusals per field. */
export function toStudyVisitInput(v: StudyVisitFormValues): StudyVisitInput {
  return {
    title: v.title,
    hostCountry: v.hostCountry,
    hostOrganisations: v.hostOrganisations
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    description: v.description || null,
    agenda: v.agenda.map((a) => ({ day: a.day, time: a.time || null, title: a.title, place: a.place || null })),
    budget: v.budget.map((b) => ({ label: b.label, amount: b.amount === '' ? 0 : b.amount })),
  };
}

interface Props {
  initial: StudyVisitFormValues;
  submitLabel: string;
  saving: boolean;
  failure: AppError | null;
  onSubmit: (values: StudyVisitFormValues) => void;
  onCancel?: () => void;
}

/** The plan of a study visit: hosts, dates, agenda rows and optional budget lines (their sum shown). */
export function StudyVisitForm({ initial, submitLabel, saving, failure, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof StudyVisitFormValues>(key: K, value: StudyVisitFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setAgenda = (i: number, change: Partial<AgendaRow>) =>
    set(
      'agenda',
      values.agenda.map((a, j) => (i === j ? { ...a, ...change } : a)),
    );
  const setBudget = (i: number, change: Partial<BudgetRow>) =>
    set(
      'budget',
      values.budget.map((b, j) => (i === j ? { ...b, ...change } : b)),
    );
  const [missing, setMissing] = useState<FieldError[]>([]);
  const { fieldError } = useFieldErrors(missing.length ? { code: 'VALIDATION_FAILED', fields: missing } : failure);
  const countries = useCountryOptions(values.hostCountry || null);
  const total = values.budget.reduce((sum, b) => sum + (b.amount === '' ? 0 : Math.round(b.amount * 100)), 0) / 100;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const empty = missingAmounts(values);
    setMissing(empty);
    if (!saving && !empty.length) onSubmit(values);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        {failure && <ErrorAlert error={failure} />}
        <TextInput
          label={t('toolbox.studyVisits.plan.title')}
          name="title"
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError('input.title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NativeSelect
            label={t('toolbox.studyVisits.hostCountry')}
            name="hostCountry"
            required
            value={values.hostCountry}
            onChange={(e) => set('hostCountry', e.currentTarget.value)}
            error={fieldError('input.hostCountry')}
            data={[{ value: '', label: t('toolbox.mobilities.chooseCountry') }, ...countries]}
          />
          <TextInput
            type="date"
            label={t('toolbox.mobilities.startsOn')}
            name="startsOn"
            required
            value={values.startsOn}
            onChange={(e) => set('startsOn', e.currentTarget.value)}
            error={fieldError('input.startsOn')}
          />
          <TextInput
            type="date"
            label={t('toolbox.mobilities.endsOn')}
            name="endsOn"
            required
            value={values.endsOn}
            onChange={(e) => set('endsOn', e.currentTarget.value)}
            error={fieldError('input.endsOn')}
          />
        </SimpleGrid>
        <Textarea
          label={t('toolbox.studyVisits.plan.hostOrganisations')}
          description={t('toolbox.studyVisits.plan.onePerLine')}
          name="hostOrganisations"
          autosize
          minRows={2}
          value={values.hostOrganisations}
          onChange={(e) => set('hostOrganisations', e.currentTarget.value)}
          error={fieldError((f) => f.startsWith('input.hostOrganisations'))}
        />
        <Textarea
          label={t('toolbox.studyVisits.plan.description')}
          name="description"
          autosize
          minRows={3}
          maxLength={5000}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={fieldError('input.description')}
        />
        <Fieldset legend={t('toolbox.studyVisits.agenda')}>
          <Stack gap="sm">
            {values.agenda.map((a, i) => (
              <Fieldset key={i} legend={t('toolbox.studyVisits.plan.agendaItem', { n: i + 1 })} variant="filled">
                <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
                  <TextInput
                    type="date"
                    label={t('toolbox.studyVisits.plan.day')}
                    required
                    value={a.day}
                    onChange={(e) => setAgenda(i, { day: e.currentTarget.value })}
                    error={fieldError(`input.agenda.${i}.day`)}
                  />
                  <TextInput
                    type="time"
                    label={t('toolbox.studyVisits.time')}
                    value={a.time}
                    onChange={(e) => setAgenda(i, { time: e.currentTarget.value })}
                    error={fieldError(`input.agenda.${i}.time`)}
                  />
                  <TextInput
                    label={t('toolbox.studyVisits.item')}
                    required
                    maxLength={200}
                    value={a.title}
                    onChange={(e) => setAgenda(i, { title: e.currentTarget.value })}
                    error={fieldError(`input.agenda.${i}.title`)}
                  />
                  <TextInput
                    label={t('toolbox.studyVisits.place')}
                    maxLength={200}
                    value={a.place}
                    onChange={(e) => setAgenda(i, { place: e.currentTarget.value })}
                    error={fieldError(`input.agenda.${i}.place`)}
                  />
                </SimpleGrid>
                <Button
                  mt="xs"
                  variant="subtle"
                  size="xs"
                  onClick={() =>
                    set(
                      'agenda',
                      values.agenda.filter((_, j) => j !== i),
                    )
                  }
                  aria-label={t('toolbox.studyVisits.plan.removeAgendaItem', { n: i + 1 })}
                >
                  {t('toolbox.studyVisits.plan.remove')}
                </Button>
              </Fieldset>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  set('agenda', [...values.agenda, { day: values.startsOn, time: '', title: '', place: '' }])
                }
              >
                {t('toolbox.studyVisits.plan.addAgendaItem')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('toolbox.studyVisits.budget')}>
          <Stack gap="sm">
            {values.budget.map((b, i) => (
              <Group key={i} align="flex-end" gap="sm">
                <TextInput
                  label={t('toolbox.studyVisits.plan.budgetLabel', { n: i + 1 })}
                  required
                  maxLength={200}
                  value={b.label}
                  onChange={(e) => setBudget(i, { label: e.currentTarget.value })}
                  error={fieldError(`input.budget.${i}.label`)}
                />
                <NumberInput
                  label={t('toolbox.studyVisits.plan.amount', { n: i + 1 })}
                  decimalScale={2}
                  value={b.amount}
                  onChange={(value) => setBudget(i, { amount: typeof value === 'number' ? value : '' })}
                  error={fieldError(`input.budget.${i}.amount`)}
                />
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  onClick={() =>
                    set(
                      'budget',
                      values.budget.filter((_, j) => j !== i),
                    )
                  }
                  aria-label={t('toolbox.studyVisits.plan.removeBudgetLine', { n: i + 1 })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group justify="space-between">
              <Button variant="default" onClick={() => set('budget', [...values.budget, { label: '', amount: '' }])}>
                {t('toolbox.studyVisits.plan.addBudgetLine')}
              </Button>
              {values.budget.length > 0 && (
                <Text fw={600} data-testid="budget-total">
                  {t('toolbox.studyVisits.budgetTotal', { total: euro(format.locale, total) })}
                </Text>
              )}
            </Group>
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
