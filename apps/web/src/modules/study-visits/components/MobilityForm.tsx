import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { MobilityFieldsFragment, MobilityInput, MobilityKind } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MobilityOrganisationsQuery, MobilityParticipantsQuery } from '../graphql/mobilities';
import { MOBILITY_KINDS, mobilityKindKey } from '../labels';
import { HostPlaceFields } from './HostPlaceFields';

export interface MobilityFormValues {
  kind: MobilityKind;
  who: 'person' | 'group';
  personId: string;
  learnerCount: number | '';
  fromOrganisationId: string;
  hostOrganisation: string;
  hostCountry: string;
  startsOn: string;
  endsOn: string;
  learningOutcomes: string;
  outcome: string;
}

export const EMPTY_MOBILITY: MobilityFormValues = {
  kind: 'JOB_SHADOWING',
  who: 'person',
  personId: '',
  learnerCount: '',
  fromOrganisationId: '',
  hostOrganisation: '',
  hostCountry: '',
  startsOn: '',
  endsOn: '',
  learningOutcomes: '',
  outcome: '',
};

export function mobilityFormValues(m: MobilityFieldsFragment): MobilityFormValues {
  return {
    kind: m.kind,
    who: m.person ? 'person' : 'group',
    personId: m.person?.id ?? '',
    learnerCount: m.learnerCount ?? '',
    fromOrganisationId: m.fromOrganisation.id,
    hostOrganisation: m.hostOrganisation,
    hostCountry: m.hostCountry,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    learningOutcomes: m.learningOutcomes ?? '',
    outcome: m.outcome ?? '',
  };
}

/** The API's input: a person or a number of learners, as the "who" choice says. */
export function toMobilityInput(v: MobilityFormValues, hostOfferRequestId: string | null = null): MobilityInput {
  return {
    kind: v.kind,
    personId: v.who === 'person' && v.personId ? v.personId : null,
    learnerCount: v.who === 'group' && v.learnerCount !== '' ? v.learnerCount : null,
    fromOrganisationId: v.fromOrganisationId,
    hostOrganisation: v.hostOrganisation,
    hostCountry: v.hostCountry,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    learningOutcomes: v.learningOutcomes || null,
    outcome: v.outcome || null,
    hostOfferRequestId,
  };
}

interface Props {
  initial: MobilityFormValues;
  submitLabel: string;
  saving: boolean;
  failure: AppError | null;
  onSubmit: (values: MobilityFormValues) => void;
  onCancel?: () => void;
  /** Recorded from an accepted host-offer request: its organisation is the sender. */
  organisationFixed?: boolean;
}

/** A mobility record: the server checks everything; its refusals show under each field. */
export function MobilityForm({ initial, submitLabel, saving, failure, onSubmit, onCancel, organisationFixed }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof MobilityFormValues>(key: K, value: MobilityFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const { fieldError } = useFieldErrors(failure);
  const organisations = useQuery(MobilityOrganisationsQuery);
  const people = useQuery(MobilityParticipantsQuery, {
    variables: { organisationId: values.fromOrganisationId },
    skip: !values.fromOrganisationId || values.who !== 'person',
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!saving) onSubmit(values);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        {failure && <ErrorAlert error={failure} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('toolbox.mobilities.from')}
            name="fromOrganisationId"
            required
            disabled={organisationFixed}
            value={values.fromOrganisationId}
            onChange={(e) => setValues((v) => ({ ...v, fromOrganisationId: e.currentTarget.value, personId: '' }))}
            error={fieldError('fromOrganisationId')}
            data={[
              { value: '', label: t('toolbox.mobilities.chooseOrganisation') },
              ...(organisations.data?.mobilityOrganisations ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
          <NativeSelect
            label={t('toolbox.mobilities.kind')}
            name="kind"
            required
            value={values.kind}
            onChange={(e) => set('kind', MOBILITY_KINDS.find((k) => k === e.currentTarget.value) ?? values.kind)}
            error={fieldError('kind')}
            data={MOBILITY_KINDS.map((k) => ({ value: k, label: t(mobilityKindKey(k)) }))}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('toolbox.mobilities.who')}
          name="who"
          value={values.who}
          onChange={(value) => set('who', value === 'group' ? 'group' : 'person')}
        >
          <Group mt="xs">
            <Radio value="person" label={t('toolbox.mobilities.whoPerson')} />
            <Radio value="group" label={t('toolbox.mobilities.whoGroup')} />
          </Group>
        </Radio.Group>
        {values.who === 'person' ? (
          <NativeSelect
            label={t('toolbox.mobilities.person')}
            name="personId"
            value={values.personId}
            onChange={(e) => set('personId', e.currentTarget.value)}
            error={fieldError('personId')}
            data={[
              { value: '', label: t('toolbox.mobilities.choosePerson') },
              ...(people.data?.mobilityParticipants ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        ) : (
          <NumberInput
            label={t('toolbox.mobilities.learnerCount')}
            name="learnerCount"
            min={1}
            max={500}
            allowDecimal={false}
            value={values.learnerCount}
            onChange={(value) => set('learnerCount', typeof value === 'number' ? value : '')}
            error={fieldError('learnerCount') ?? (values.who === 'group' ? fieldError('personId') : undefined)}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <HostPlaceFields
            values={values}
            dates={{
              from: 'startsOn',
              until: 'endsOn',
              fromLabel: t('toolbox.mobilities.startsOn'),
              untilLabel: t('toolbox.mobilities.endsOn'),
            }}
            onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
            fieldError={fieldError}
          />
        </SimpleGrid>
        <Textarea
          label={t('toolbox.mobilities.learningOutcomes')}
          description={t('toolbox.mobilities.learningOutcomesHelp')}
          name="learningOutcomes"
          autosize
          minRows={3}
          maxLength={5000}
          value={values.learningOutcomes}
          onChange={(e) => set('learningOutcomes', e.currentTarget.value)}
          error={fieldError('learningOutcomes')}
        />
        <Textarea
          label={t('toolbox.mobilities.outcome')}
          name="outcome"
          autosize
          minRows={2}
          maxLength={5000}
          value={values.outcome}
          onChange={(e) => set('outcome', e.currentTarget.value)}
          error={fieldError('outcome')}
        />
        {fieldError('hostOfferRequestId') && (
          <Text c="red" size="sm" role="alert">
            {fieldError('hostOfferRequestId')}
          </Text>
        )}
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
