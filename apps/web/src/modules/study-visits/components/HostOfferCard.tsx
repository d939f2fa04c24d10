import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { ErrorAlert, useFieldErrors } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { HostOfferOrganisationsQuery } from '../graphql/mobilities';
import { useAskForHostPlaces } from '../hooks/useMobilities';
import { OfferFacts, RequestStatus, type Offer } from './HostOfferFacts';

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
export function HostOfferCard({ offer, canAsk }: { offer: Offer; canAsk: boolean }) {
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
