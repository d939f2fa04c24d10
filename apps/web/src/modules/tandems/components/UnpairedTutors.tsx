import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { UnpairedTutorsQuery as UnpairedTutorsData } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { WhereWeAreNowQuery } from '../../home/graphql/where-we-are-now';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationPath, tutorSideKey } from '../../network/labels';
import { UnpairedTutorsQuery } from '../graphql/tandems';
import { useFormTandem } from '../hooks/useFormTandem';
import { suggestionReasonKey } from '../tandem-labels';
import { otherSide } from '../tandem-pair';

const HEADING_ID = 'unpaired-tutors';

interface Props {
  /** The countries the viewer pairs tutors in (a coordinator's own, every programme country for an administrator). */
  countries: readonly string[];
  country: string;
  onCountryChange: (country: string) => void;
}

type UnpairedTutor = UnpairedTutorsData['unpairedTutors'][number]['tutor'];

function Organisation({ tutor }: { tutor: UnpairedTutor | undefined }) {
  if (!tutor) return null;
  return (
    <Text span size="sm">
      <Anchor component={Link} to={organisationPath(tutor.organisation.id)} inherit>
        {tutor.organisation.name}
      </Anchor>
      {tutor.organisation.city && <Text span c="dimmed" inherit>{` · ${tutor.organisation.city}`}</Text>}
    </Text>
  );
}

/** A country's tutors in no tandem, each with suggested partners and why; "Form tandem" pairs them at once. */
export function UnpairedTutors({ countries, country, onCountryChange }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const edition = useQuery(WhereWeAreNowQuery, { fetchPolicy: 'cache-first' });
  const editionId = edition.data?.whereWeAreNow?.edition.id ?? null;
  const { data, loading, error } = useQuery(UnpairedTutorsQuery, {
    variables: { countryCode: country },
    fetchPolicy: 'cache-and-network',
  });
  const { form, formed, failure, forming, busyPair } = useFormTandem(editionId);
  const countryName = format.country(country);

  // The pressed button is gone once the pair is formed: the outcome takes the focus.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formed || failure) outcomeRef.current?.focus();
  }, [formed, failure]);

  const unpaired = data?.unpairedTutors ?? [];
  // Suggested partners are unpaired tutors themselves: their cards hold their organisation.
  const byId = new Map(unpaired.map(({ tutor }) => [tutor.id, tutor]));
  let body;
  if (!data && loading) {
    body = (
      <Group role="status" gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  } else if (!data && error) {
    body = <ErrorAlert error={toAppError(error)} />;
  } else if (unpaired.length === 0) {
    body = <Text>{t('tandems.unpaired.empty', { country: countryName })}</Text>;
  } else {
    body = (
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {unpaired.map(({ tutor, suggestions }) => (
          <Card
            key={tutor.id}
            component="article"
            withBorder
            aria-labelledby={`unpaired-${tutor.id}`}
            data-testid="unpaired-tutor"
          >
            <Stack gap="sm">
              <div>
                <Group gap="xs" justify="space-between">
                  <Title order={3} id={`unpaired-${tutor.id}`} fz="lg">
                    {tutor.displayName}
                  </Title>
                  <Badge variant="outline" color="baltic.7">
                    {t(tutorSideKey(tutor.side))}
                  </Badge>
                </Group>
                <Organisation tutor={tutor} />
              </div>
              <div>
                <Text size="sm" fw={600} mb={4} id={`suggestions-${tutor.id}`}>
                  {t('tandems.unpaired.suggestions')}
                </Text>
                {suggestions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('tandems.unpaired.noSuggestions')}
                  </Text>
                ) : (
                  <Stack
                    component="ul"
                    gap="xs"
                    p={0}
                    m={0}
                    style={{ listStyle: 'none' }}
                    aria-labelledby={`suggestions-${tutor.id}`}
                  >
                    {suggestions.map(({ tutor: suggested, reason }) => {
                      // A partner is always of the other side.
                      const partner = { ...suggested, side: otherSide(tutor.side) };
                      const school = tutor.side === 'SCHOOL' ? tutor : partner;
                      const company = tutor.side === 'SCHOOL' ? partner : tutor;
                      const pairKey = `${school.id}:${company.id}`;
                      return (
                        <Group
                          component="li"
                          key={partner.id}
                          justify="space-between"
                          gap="xs"
                          wrap="wrap"
                          data-testid="suggestion"
                        >
                          <Stack gap={0}>
                            <Group gap="xs">
                              <Text span fw={500}>
                                {partner.displayName}
                              </Text>
                              <Badge variant="outline" color="teal.9" data-reason={reason}>
                                {t(suggestionReasonKey(reason))}
                              </Badge>
                            </Group>
                            <Organisation tutor={byId.get(partner.id)} />
                          </Stack>
                          <Button
                            size="xs"
                            onClick={() => void form(tutor, partner)}
                            loading={busyPair === pairKey}
                            disabled={forming || !editionId}
                            aria-label={t('tandems.unpaired.formLabel', {
                              school: school.displayName,
                              company: company.displayName,
                            })}
                            data-testid="form-tandem"
                            data-school={school.displayName}
                            data-company={company.displayName}
                          >
                            {t('tandems.unpaired.form')}
                          </Button>
                        </Group>
                      );
                    })}
                  </Stack>
                )}
              </div>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Paper component="section" aria-labelledby={HEADING_ID} withBorder p="lg" data-testid="unpaired-tutors">
      <Group justify="space-between" align="flex-end" mb="md" gap="md">
        <div>
          <Title order={2} id={HEADING_ID}>
            {t('tandems.unpaired.title')}
          </Title>
          <Text c="dimmed" mt={4}>
            {t('tandems.unpaired.intro', { country: countryName })}
            {data && ` ${t('tandems.unpaired.count', { count: unpaired.length })}`}
          </Text>
        </div>
        {countries.length > 1 && (
          <NativeSelect
            label={t('tandems.unpaired.country')}
            value={country}
            onChange={(event) => onCountryChange(event.currentTarget.value)}
            data={countries.map((code) => ({ value: code, label: format.country(code) }))}
          />
        )}
      </Group>
      <Stack gap="md">
        {formed && (
          <Alert ref={outcomeRef} tabIndex={-1} color="teal" role="status" data-testid="tandem-formed">
            {t('tandems.unpaired.formed', formed)}
          </Alert>
        )}
        {failure && (
          <div ref={outcomeRef} tabIndex={-1}>
            <ErrorAlert
              error={failure}
              message={
                failure.code === 'CONFLICT'
                  ? t('tandems.unpaired.conflict')
                  : failure.code === 'VALIDATION_FAILED'
                    ? t('tandems.unpaired.invalid')
                    : undefined
              }
            />
          </div>
        )}
        {body}
      </Stack>
    </Paper>
  );
}
