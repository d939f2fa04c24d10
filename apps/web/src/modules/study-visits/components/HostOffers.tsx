import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { HostOfferFieldsFragment, MobilityKind, Sector } from '@tandem/web-graphql';
import { DetailItem, ErrorAlert, PageSection, useFieldErrors } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { SECTORS_LIST, sectorKey } from '../../network/labels';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { HostOfferOrganisationsQuery, HostOffersQuery } from '../graphql/mobilities';
import { useAskForHostPlaces, useDecideHostOfferRequest, useOfferHostPlacements } from '../hooks/useMobilities';
import { hostOfferRequestStatusKey, MOBILITY_KINDS, mobilityKindKey } from '../labels';
import { HostPlaceFields } from './HostPlaceFields';

type Offer = HostOfferFieldsFragment;

/** A language's name in the viewer's language (ISO 639-1 code), the code itself where the browser knows none. */
function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const STATUS_COLOURS = { REQUESTED: 'gray.8', ACCEPTED: 'teal.9', DECLINED: 'red.9' } as const;

function RequestStatus({ status }: { status: Offer['requests'][number]['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" tt="none" radius="sm">
      {t(hostOfferRequestStatusKey(status))}
    </Badge>
  );
}

function OfferFacts({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="sm" m={0}>
        <DetailItem term={t('toolbox.hostOffers.offeredBy')}>{offer.organisation.name}</DetailItem>
        <DetailItem term={t('toolbox.mobilities.kind')}>{t(mobilityKindKey(offer.kind))}</DetailItem>
        <DetailItem term={t('toolbox.hostOffers.window')}>
          {format.dateRange(offer.availableFrom, offer.availableUntil)}
        </DetailItem>
        <DetailItem term={t('toolbox.hostOffers.places')}>
          {t('toolbox.hostOffers.placesFree', {
            free: offer.places - offer.placesAccepted,
            places: offer.places,
          })}
        </DetailItem>
        <DetailItem term={t('toolbox.hostOffers.sector')}>{offer.sector ? t(sectorKey(offer.sector)) : '—'}</DetailItem>
        <DetailItem term={t('toolbox.hostOffers.languages')}>
          {offer.languages.map((l) => languageName(format.locale, l)).join(', ') || '—'}
        </DetailItem>
      </SimpleGrid>
      <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {offer.description}
      </Text>
    </>
  );
}

function AskForm({ offer, onDone }: { offer: Offer; onDone: (sent: boolean) => void }) {
  const { t } = useTranslation();
  const organisations = useQuery(HostOfferOrganisationsQuery, { variables: { offering: false } });
  const choices = (organisations.data?.hostOfferOrganisations ?? []).filter((o) => o.id !== offer.organisation.id);
  const [organisationId, setOrganisationId] = useState('');
  const [places, setPlaces] = useState<number | ''>(1);
  const [message, setMessage] = useState('');
  const ask = useAskForHostPlaces();
  const { fieldError } = useFieldErrors(ask.failure);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (ask.loading) return;
    const done = await ask.run({
      input: { offerId: offer.id, organisationId, places: places === '' ? 0 : places, message },
    });
    if (done) onDone(true);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('toolbox.hostOffers.askTitle')}>
      <Stack gap="sm">
        {ask.failure && <ErrorAlert error={ask.failure} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('toolbox.hostOffers.askFor')}
            name="organisationId"
            required
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            error={fieldError('organisationId')}
            data={[
              { value: '', label: t('toolbox.mobilities.chooseOrganisation') },
              ...choices.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
          <NumberInput
            label={t('toolbox.hostOffers.placesWanted')}
            name="places"
            min={1}
            max={offer.places}
            allowDecimal={false}
            value={places}
            onChange={(v) => setPlaces(typeof v === 'number' ? v : '')}
            error={fieldError('places')}
          />
        </SimpleGrid>
        <Textarea
          label={t('toolbox.hostOffers.message')}
          description={t('toolbox.hostOffers.messageHelp')}
          name="message"
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={fieldError('message')}
        />
        <Group>
          <Button type="submit" loading={ask.loading}>
            {t('toolbox.hostOffers.send')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One open offer, with the viewer's organisations' requests and the form to ask. */
function OfferCard({ offer, canAsk }: { offer: Offer; canAsk: boolean }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={`offer-${offer.id}`}
      data-testid="host-offer"
    >
      <Title order={3} size="h4" id={`offer-${offer.id}`} mb="sm">
        {offer.hostOrganisation} · {format.country(offer.hostCountry)}
      </Title>
      <OfferFacts offer={offer} />
      {!offer.canManage && offer.requests.length > 0 && (
        <Stack gap="xs" mt="md">
          {offer.requests.map((r) => (
            <Group key={r.id} gap="sm" data-testid="my-request">
              <Text size="sm">
                {t('toolbox.hostOffers.requestOf', { organisation: r.organisation.name, count: r.places })}
              </Text>
              <RequestStatus status={r.status} />
              {r.canRecordMobility && (
                <Anchor
                  component={Link}
                  size="sm"
                  to={`/mobilities/new?offer=${encodeURIComponent(offer.id)}&request=${encodeURIComponent(r.id)}`}
                >
                  {t('toolbox.hostOffers.recordMobility')}
                </Anchor>
              )}
              {r.mobilityId && (
                <Anchor component={Link} size="sm" to={`/mobilities/${encodeURIComponent(r.mobilityId)}`}>
                  {t('toolbox.hostOffers.openMobility')}
                </Anchor>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {sent && (
        <Alert color="teal" mt="sm" role="status">
          {t('toolbox.hostOffers.sent')}
        </Alert>
      )}
      {canAsk && !offer.canManage && (
        <Stack mt="md">
          {asking ? (
            <AskForm
              offer={offer}
              onDone={(done) => {
                setAsking(false);
                setSent(done);
              }}
            />
          ) : (
            <Group>
              <Button
                variant="light"
                onClick={() => {
                  setSent(false);
                  setAsking(true);
                }}
              >
                {t('toolbox.hostOffers.ask')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}

/** The requests for the viewer's offers, to accept or decline. */
function RequestsForMyOffers() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data, error } = useQuery(HostOffersQuery, { variables: { mine: true } });
  const decide = useDecideHostOfferRequest();
  if (error) return <ErrorAlert error={toAppError(error)} />;
  const offers = data?.hostOffers ?? [];
  if (!offers.length) return <Text c="dimmed">{t('toolbox.hostOffers.noOffersOfMine')}</Text>;
  return (
    <Stack gap="md">
      {decide.failure && <ErrorAlert error={decide.failure} />}
      {offers.map((offer) => (
        <Paper key={offer.id} withBorder p="md" radius="md" data-testid="my-offer">
          <Title order={3} size="h4" mb="xs">
            {offer.hostOrganisation} · {t(mobilityKindKey(offer.kind))}
          </Title>
          <Text size="sm" mb="sm">
            {t('toolbox.hostOffers.placesFree', { free: offer.places - offer.placesAccepted, places: offer.places })}
            {' · '}
            {format.dateRange(offer.availableFrom, offer.availableUntil)}
          </Text>
          {offer.requests.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('toolbox.hostOffers.noRequests')}
            </Text>
          ) : (
            <Stack gap="sm">
              {offer.requests.map((r) => (
                <Paper
                  key={r.id}
                  withBorder
                  p="sm"
                  radius="sm"
                  data-testid="offer-request"
                  // An article, not a landmark: two requests of one organisation for as many places
                  // would be two landmarks of the same name (axe: landmark-unique).
                  component="article"
                  aria-label={t('toolbox.hostOffers.requestOf', { organisation: r.organisation.name, count: r.places })}
                >
                  <Group justify="space-between" align="flex-start">
                    <Stack gap={4}>
                      <Group gap="sm">
                        <Text fw={600}>
                          {t('toolbox.hostOffers.requestOf', { organisation: r.organisation.name, count: r.places })}
                        </Text>
                        <RequestStatus status={r.status} />
                      </Group>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {r.message}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('toolbox.hostOffers.askedBy', {
                          name: r.requestedBy ?? '—',
                          date: format.dateTime(r.createdAt),
                        })}
                      </Text>
                    </Stack>
                    {r.status === 'REQUESTED' && (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          loading={decide.loading}
                          onClick={() => void decide.run({ id: r.id, accept: true })}
                          aria-label={t('toolbox.hostOffers.acceptOf', { organisation: r.organisation.name })}
                        >
                          {t('toolbox.hostOffers.accept')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          loading={decide.loading}
                          onClick={() => void decide.run({ id: r.id, accept: false })}
                          aria-label={t('toolbox.hostOffers.declineOf', { organisation: r.organisation.name })}
                        >
                          {t('toolbox.hostOffers.decline')}
                        </Button>
                      </Group>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

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

function OfferForm({ onDone }: { onDone: (published: boolean) => void }) {
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

/** `/host-offers`: the open offers of the network, asking for places, and the offering side's decisions. */
export function HostOffers() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  const canManage = may(person.roles, 'hostOffer.manage');
  const canAsk = may(person.roles, 'hostOffer.ask');
  const { data, error, loading } = useQuery(HostOffersQuery, { variables: { mine: false } });
  const [offering, setOffering] = useState(false);
  const [published, setPublished] = useState(false);

  return (
    <Stack gap="xl">
      {canManage && (
        <PageSection id="host-offers-new" title={t('toolbox.hostOffers.offerTitle')}>
          {published && (
            <Alert color="teal" role="status" mb="sm">
              {t('toolbox.hostOffers.published')}
            </Alert>
          )}
          {offering ? (
            <OfferForm
              onDone={(done) => {
                setOffering(false);
                setPublished(done);
              }}
            />
          ) : (
            <Group>
              <Button
                onClick={() => {
                  setPublished(false);
                  setOffering(true);
                }}
              >
                {t('toolbox.hostOffers.offer')}
              </Button>
            </Group>
          )}
        </PageSection>
      )}
      <PageSection id="host-offers-open" title={t('toolbox.hostOffers.openTitle')}>
        {error && <ErrorAlert error={toAppError(error)} />}
        {loading && !data && <Text role="status">{t('app.loading')}</Text>}
        {data && data.hostOffers.length === 0 && <Text c="dimmed">{t('toolbox.hostOffers.empty')}</Text>}
        <Stack gap="md">
          {(data?.hostOffers ?? []).map((offer) => (
            <OfferCard key={offer.id} offer={offer} canAsk={canAsk} />
          ))}
        </Stack>
      </PageSection>
      {canManage && (
        <PageSection id="host-offers-requests" title={t('toolbox.hostOffers.requestsTitle')}>
          <RequestsForMyOffers />
        </PageSection>
      )}
    </Stack>
  );
}
