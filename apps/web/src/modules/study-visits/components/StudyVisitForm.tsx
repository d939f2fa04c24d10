import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { StudyVisitInput, StudyVisitPlanFragment } from '@tandem/web-graphql';
import { clientFieldError, ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import type { FieldError } from '@tandem/shared-domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../../network/hooks/useCountryOptions';
import { AgendaFields, BudgetFields, type AgendaRow, type BudgetRow } from './StudyVisitPlanRows';

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
  const [values, setValues] = useState(initial);
  const set = <K extends keyof StudyVisitFormValues>(key: K, value: StudyVisitFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const [missing, setMissing] = useState<FieldError[]>([]);
  const { fieldError } = useFieldErrors(missing.length ? { code: 'VALIDATION_FAILED', fields: missing } : failure);
  const countries = useCountryOptions(values.hostCountry || null);

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
        <AgendaFields
          rows={values.agenda}
          firstDay={values.startsOn}
          onChange={(agenda) => set('agenda', agenda)}
          fieldError={fieldError}
        />
        <BudgetFields rows={values.budget} onChange={(budget) => set('budget', budget)} fieldError={fieldError} />
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
