import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert, PageSection } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { HostOffersQuery } from '../graphql/mobilities';
import { HostOfferCard } from './HostOfferCard';
import { HostOfferForm } from './HostOfferForm';
import { RequestsForMyOffers } from './HostOfferRequests';

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
            <HostOfferForm
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
            <HostOfferCard key={offer.id} offer={offer} canAsk={canAsk} />
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
