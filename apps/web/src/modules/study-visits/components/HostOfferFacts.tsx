import { Badge, SimpleGrid, Text } from '@mantine/core';
import type { HostOfferFieldsFragment } from '@tandem/web-graphql';
import { DetailItem } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { sectorKey } from '../../network/labels';
import { hostOfferRequestStatusKey, mobilityKindKey } from '../labels';

export type Offer = HostOfferFieldsFragment;

/** A language's name in the viewer's language (ISO 639-1 code), the code itself where the browser knows none. */
function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const STATUS_COLOURS = { REQUESTED: 'gray.8', ACCEPTED: 'teal.9', DECLINED: 'red.9' } as const;

export function RequestStatus({ status }: { status: Offer['requests'][number]['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" tt="none" radius="sm">
      {t(hostOfferRequestStatusKey(status))}
    </Badge>
  );
}

export function OfferFacts({ offer }: { offer: Offer }) {
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
