import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TandemTutorFragment } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { WhereWeAreNowQuery } from '../../home/graphql/where-we-are-now';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { tutorSideKey } from '../../network/labels';
import { MyPartnerCandidatesQuery } from '../graphql/tandems';
import { useInvitePartner } from '../hooks/useInvitePartner';
import { matchesPartnerSearch } from '../partner-search';
import { suggestionReasonKey } from '../tandem-labels';

const SHOWN = 12;

/**
 * A tutor in no tandem picks a partner of the other side and invites them. Suggested partners (same
 * cluster, city, sector) come first; the rest can be found by typing. The invitation is confirmed in
 * a dialog because it holds both tutors until the partner answers.
 */
export function FindPartner() {
  const { t } = useTranslation();
  const format = useFormatter();
  const searchId = useId();
  const edition = useQuery(WhereWeAreNowQuery, { fetchPolicy: 'cache-first' });
  const editionId = edition.data?.whereWeAreNow?.edition.id ?? null;
  const { data, error, loading } = useQuery(MyPartnerCandidatesQuery, { fetchPolicy: 'cache-and-network' });
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [chosen, setChosen] = useState<TandemTutorFragment | null>(null);
  const { invite, inviting, failure } = useInvitePartner(editionId);

  const candidates = useMemo(
    () => (data?.myPartnerCandidates ?? []).filter((c) => matchesPartnerSearch(c.tutor, query)),
    [data, query],
  );
  const shown = showAll ? candidates : candidates.slice(0, SHOWN);

  async function confirm() {
    if (chosen && (await invite(chosen.id))) setChosen(null);
  }

  return (
    <section aria-labelledby="find-partner" data-testid="find-partner">
      <Title order={2} id="find-partner" mb="xs">
        {t('tandems.find.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('tandems.find.intro')}
      </Text>
      {error && !data ? (
        <ErrorAlert error={toAppError(error)} />
      ) : loading && !data ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : (data?.myPartnerCandidates.length ?? 0) === 0 ? (
        <Text data-testid="find-partner-none">{t('tandems.find.none')}</Text>
      ) : (
        <Stack gap="md">
          <TextInput
            id={searchId}
            label={t('tandems.find.search')}
            description={t('tandems.find.searchHint')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            maw={420}
          />
          <Text size="sm" role="status" aria-live="polite">
            {t('tandems.find.count', { count: candidates.length })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {shown.map(({ tutor, reason }) => (
              <Card
                key={tutor.id}
                component="article"
                withBorder
                aria-labelledby={`candidate-${tutor.id}`}
                data-testid="partner-candidate"
              >
                <Stack gap={6}>
                  <Title order={3} size="h5" id={`candidate-${tutor.id}`}>
                    {tutor.displayName}
                  </Title>
                  <Text size="sm">
                    {tutor.organisation.name}
                    <Text span c="dimmed">
                      {' · '}
                      {[tutor.organisation.city, format.country(tutor.organisation.country)].filter(Boolean).join(', ')}
                    </Text>
                  </Text>
                  {tutor.occupationField && <Text size="sm">{tutor.occupationField}</Text>}
                  <Group gap="xs">
                    <Badge variant="outline" color="baltic.7">
                      {t(tutorSideKey(tutor.side))}
                    </Badge>
                    {reason && (
                      <Badge variant="light" color="teal.9">
                        {t(suggestionReasonKey(reason))}
                      </Badge>
                    )}
                  </Group>
                  <Group justify="flex-end">
                    <Button
                      size="xs"
                      onClick={() => setChosen(tutor)}
                      aria-label={t('tandems.find.inviteNamed', { name: tutor.displayName })}
                    >
                      {t('tandems.find.invite')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          {candidates.length > SHOWN && (
            <Group>
              <Button variant="default" onClick={() => setShowAll((v) => !v)}>
                {showAll ? t('tandems.find.showFewer') : t('tandems.find.showAll', { count: candidates.length })}
              </Button>
            </Group>
          )}
        </Stack>
      )}

      <Modal opened={chosen !== null} onClose={() => setChosen(null)} title={t('tandems.find.confirmTitle')} centered>
        {chosen && (
          <Stack gap="md">
            <Text>
              {t('tandems.find.confirmText', { name: chosen.displayName, organisation: chosen.organisation.name })}
            </Text>
            {failure && <ErrorAlert error={failure} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(null)} disabled={inviting}>
                {t('tandems.find.cancel')}
              </Button>
              <Button onClick={() => void confirm()} loading={inviting} disabled={!editionId}>
                {t('tandems.find.send')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </section>
  );
}
