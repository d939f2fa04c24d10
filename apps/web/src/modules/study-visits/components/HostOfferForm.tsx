import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { MobilityKind, Sector } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS_LIST, sectorKey } from '../../network/labels';
import { HostOfferOrganisationsQuery } from '../graphql/mobilities';
import { useOfferHostPlacements } from '../hooks/useMobilities';
import { MOBILITY_KINDS, mobilityKindKey } from '../labels';
import { HostPlaceFields } from './HostPlaceFields';

interface OfferValues {
  organisationId: string;
  kind: MobilityKind;
  hostOrganisation: string;
  hostCountry: string;
  sector: Sector | '';
  description: string;
  places: number | '';
  availableFrom: string;
  availableUntil: string;
  languages: string;
}

const EMPTY_OFFER: OfferValues = {
  organisationId: '',
  kind: 'LEARNER_PLACEMENT',
  hostOrganisation: '',
  hostCountry: '',
  sector: '',
  description: '',
  places: 1,
  availableFrom: '',
  availableUntil: '',
  languages: '',
};

/** The form that publishes an offer of host places. */
export function HostOfferForm({ onDone }: { onDone: (published: boolean) => void }) {
  const { t } = useTranslation();
  const organisations = useQuery(HostOfferOrganisationsQuery, { variables: { offering: true } });
  const [values, setValues] = useState(EMPTY_OFFER);
  const set = <K extends keyof OfferValues>(key: K, value: OfferValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const offer = useOfferHostPlacements();
  const { fieldError } = useFieldErrors(offer.failure);
  const own = organisations.data?.hostOfferOrganisations ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (offer.loading) return;
    const done = await offer.run({
      input: {
        organisationId: values.organisationId,
        kind: values.kind,
        hostOrganisation: values.hostOrganisation,
        hostCountry: values.hostCountry,
        sector: values.sector || null,
        description: values.description,
        places: values.places === '' ? 0 : values.places,
        availableFrom: values.availableFrom,
        availableUntil: values.availableUntil,
        languages: values.languages
          .split(/[\s,;]+/)
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean),
      },
    });
    if (done) {
      setValues(EMPTY_OFFER);
      onDone(true);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('toolbox.hostOffers.offerTitle')}>
      <Stack gap="md">
        {offer.failure && <ErrorAlert error={offer.failure} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('toolbox.hostOffers.offeringOrganisation')}
            name="organisationId"
            required
            value={values.organisationId}
            onChange={(e) => {
              const id = e.currentTarget.value;
              const chosen = own.find((o) => o.id === id);
              setValues((v) => ({
                ...v,
                organisationId: id,
                hostOrganisation: v.hostOrganisation || chosen?.name || '',
                hostCountry: v.hostCountry || chosen?.country || '',
              }));
            }}
            error={fieldError('organisationId')}
            data={[
              { value: '', label: t('toolbox.mobilities.chooseOrganisation') },
              ...own.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
          <NativeSelect
            label={t('toolbox.mobilities.kind')}
            name="kind"
            value={values.kind}
            onChange={(e) => set('kind', MOBILITY_KINDS.find((k) => k === e.currentTarget.value) ?? values.kind)}
            error={fieldError('kind')}
            data={MOBILITY_KINDS.map((k) => ({ value: k, label: t(mobilityKindKey(k)) }))}
          />
          <NativeSelect
            label={t('toolbox.hostOffers.sector')}
            name="sector"
            value={values.sector}
            onChange={(e) => set('sector', SECTORS_LIST.find((s) => s === e.currentTarget.value) ?? '')}
            error={fieldError('sector')}
            data={[
              { value: '', label: t('toolbox.hostOffers.noSector') },
              ...SECTORS_LIST.map((s) => ({ value: s, label: t(sectorKey(s)) })),
            ]}
          />
          <NumberInput
            label={t('toolbox.hostOffers.places')}
            name="places"
            required
            min={1}
            max={100}
            allowDecimal={false}
            value={values.places}
            onChange={(v) => set('places', typeof v === 'number' ? v : '')}
            error={fieldError('places')}
          />
          <HostPlaceFields
            values={values}
            dates={{
              from: 'availableFrom',
              until: 'availableUntil',
              fromLabel: t('toolbox.hostOffers.availableFrom'),
              untilLabel: t('toolbox.hostOffers.availableUntil'),
            }}
            onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
            fieldError={fieldError}
          />
        </SimpleGrid>
        <TextInput
          label={t('toolbox.hostOffers.languages')}
          description={t('toolbox.hostOffers.languagesHelp')}
          name="languages"
          value={values.languages}
          onChange={(e) => set('languages', e.currentTarget.value)}
          error={fieldError((f) => f.startsWith('input.languages'))}
        />
        <Textarea
          label={t('toolbox.hostOffers.description')}
          name="description"
          required
          autosize
          minRows={3}
          maxLength={3000}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={fieldError('description')}
        />
        <Group>
          <Button type="submit" loading={offer.loading}>
            {t('toolbox.hostOffers.publish')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
