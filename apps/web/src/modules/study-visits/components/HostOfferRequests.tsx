import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { HostOffersQuery } from '../graphql/mobilities';
import { useDecideHostOfferRequest } from '../hooks/useMobilities';
import { mobilityKindKey } from '../labels';
import { RequestStatus } from './HostOfferFacts';

/** The requests for the viewer's offers, to accept or decline. */
export function RequestsForMyOffers() {
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
