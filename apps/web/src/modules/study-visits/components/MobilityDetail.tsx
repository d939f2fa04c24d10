import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { DetailItem, PageHeader, PageSection } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MobilityQuery } from '../graphql/mobilities';
import { useUpdateMobility } from '../hooks/useMobilities';
import { mobilityKindKey } from '../labels';
import { LearningAgreements } from './LearningAgreements';
import { MobilityHistory } from './MobilityHistory';
import { MobilityForm, mobilityFormValues, toMobilityInput } from './MobilityForm';
import { useWhoText } from './MobilityRegister';

/** `/mobilities/:id`: who, from where to which host, when, what was agreed and came of it; the agreement's versions. */
export function MobilityDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const who = useWhoText();
  const { data } = useSuspenseQuery(MobilityQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const mobility = data.mobility;
  const [editing, setEditing] = useState(false);
  const update = useUpdateMobility();

  return (
    <>
      <Anchor component={Link} to="/mobilities" size="sm" mb="xs" display="inline-block">
        ← {t('toolbox.mobilities.back')}
      </Anchor>
      <PageHeader
        title={t('toolbox.mobilities.heading', {
          kind: t(mobilityKindKey(mobility.kind)),
          host: mobility.hostOrganisation,
        })}
        description={`${mobility.fromOrganisation.name} → ${mobility.hostOrganisation} (${format.country(mobility.hostCountry)}) · ${format.dateRange(mobility.startsOn, mobility.endsOn)}`}
        actions={
          mobility.canEdit &&
          !editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('toolbox.mobilities.edit')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        {editing ? (
          <PageSection id="mobility-edit" title={t('toolbox.mobilities.edit')}>
            <MobilityForm
              initial={mobilityFormValues(mobility)}
              submitLabel={t('toolbox.mobilities.save')}
              saving={update.loading}
              failure={update.failure}
              onCancel={() => setEditing(false)}
              onSubmit={(values) =>
                void update.run({ id: mobility.id, input: toMobilityInput(values) }).then((done) => {
                  if (done) setEditing(false);
                })
              }
            />
          </PageSection>
        ) : (
          <PageSection id="mobility-about" title={t('toolbox.mobilities.about')}>
            <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
              <DetailItem term={t('toolbox.mobilities.who')}>{who(mobility)}</DetailItem>
              <DetailItem term={t('toolbox.mobilities.kind')}>{t(mobilityKindKey(mobility.kind))}</DetailItem>
              <DetailItem term={t('toolbox.mobilities.from')}>
                {mobility.fromOrganisation.name} ({format.country(mobility.fromOrganisation.country)})
              </DetailItem>
              <DetailItem term={t('toolbox.mobilities.host')}>
                {mobility.hostOrganisation} ({format.country(mobility.hostCountry)})
              </DetailItem>
              <DetailItem term={t('toolbox.mobilities.dates')}>
                {format.dateRange(mobility.startsOn, mobility.endsOn)}
              </DetailItem>
              <DetailItem term={t('toolbox.mobilities.duration')}>
                {t('toolbox.mobilities.days', { count: mobility.durationDays })}
              </DetailItem>
            </SimpleGrid>
            <Stack gap="xs" mt="md">
              <Text fw={600}>{t('toolbox.mobilities.learningOutcomes')}</Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{mobility.learningOutcomes ?? '—'}</Text>
              <Text fw={600}>{t('toolbox.mobilities.outcome')}</Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{mobility.outcome ?? '—'}</Text>
            </Stack>
          </PageSection>
        )}
        <PageSection id="mobility-agreement" title={t('toolbox.mobilities.agreement')}>
          <LearningAgreements mobility={mobility} />
        </PageSection>
        <PageSection id="mobility-history" title={t('toolbox.mobilities.history')}>
          <MobilityHistory id={mobility.id} />
        </PageSection>
      </Stack>
    </>
  );
}
