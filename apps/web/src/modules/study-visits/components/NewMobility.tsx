import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Loader, Text } from '@mantine/core';
import { isUuid } from '@tandem/shared-domain';
import { PageHeader, PageSection } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { HostOfferQuery } from '../graphql/mobilities';
import { useRecordMobility } from '../hooks/useMobilities';
import { mobilityPath } from '../labels';
import { EMPTY_MOBILITY, MobilityForm, toMobilityInput, type MobilityFormValues } from './MobilityForm';

/**
 * `/mobilities/new`, or `?offer=…&request=…` from an accepted host-offer request: the form is then
 * prefilled with the offer's host, kind and window, and the asking organisation as the sender.
 */
export function NewMobility() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const offerId = params.get('offer');
  const requestId = params.get('request');
  const fromRequest = isUuid(offerId) && isUuid(requestId);
  const offer = useQuery(HostOfferQuery, { variables: { id: offerId ?? '' }, skip: !fromRequest });
  const record = useRecordMobility();

  const request = offer.data?.hostOffer.requests.find((r) => r.id === requestId) ?? null;
  let initial: MobilityFormValues = EMPTY_MOBILITY;
  if (offer.data && request) {
    const o = offer.data.hostOffer;
    initial = {
      ...EMPTY_MOBILITY,
      kind: o.kind,
      who: o.kind === 'LEARNER_PLACEMENT' ? 'group' : 'person',
      learnerCount: o.kind === 'LEARNER_PLACEMENT' ? request.places : '',
      fromOrganisationId: request.organisation.id,
      hostOrganisation: o.hostOrganisation,
      hostCountry: o.hostCountry,
      startsOn: o.availableFrom,
      endsOn: o.availableUntil,
    };
  }

  return (
    <>
      <Anchor component={Link} to="/mobilities" size="sm" mb="xs" display="inline-block">
        ← {t('toolbox.mobilities.back')}
      </Anchor>
      <PageHeader title={t('toolbox.mobilities.newTitle')} description={t('toolbox.mobilities.newIntro')} />
      <PageSection id="mobility-new" title={t('toolbox.mobilities.record')}>
        {fromRequest && offer.loading ? (
          <Group role="status" gap="sm">
            <Loader size="sm" aria-hidden="true" />
            <Text>{t('app.loading')}</Text>
          </Group>
        ) : (
          <>
            {request && (
              <Text mb="md" data-testid="from-request">
                {t('toolbox.mobilities.fromRequest', {
                  organisation: request.organisation.name,
                  host: offer.data?.hostOffer.hostOrganisation,
                })}
              </Text>
            )}
            <MobilityForm
              key={request?.id ?? 'new'}
              initial={initial}
              organisationFixed={!!request}
              submitLabel={t('toolbox.mobilities.record')}
              saving={record.loading}
              failure={record.failure}
              onSubmit={(values) =>
                void record.run({ input: toMobilityInput(values, request?.id ?? null) }).then((data) => {
                  if (data) void navigate(mobilityPath(data.recordMobility.id));
                })
              }
            />
          </>
        )}
      </PageSection>
    </>
  );
}
