import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert, PageHeader } from '@tandem/web-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { phaseNameKey, phaseStatusKey } from '../../cycle/phases';
import { CycleTimeline } from './CycleTimeline';
import { MoveReasonDialog } from './MoveReasonDialog';
import { EditionQuery } from '../graphql/editions';
import { useMoveCyclePhase } from '../hooks/useMoveCyclePhase';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';

/** One edition and its cycle; administrators move its phases. */
export function EditionDetail({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const { data } = useSuspenseQuery(EditionQuery, { variables: { id: editionId }, fetchPolicy: 'cache-and-network' });
  const edition = data.edition;
  const isAdmin = may(person.roles, 'edition.manage');
  const { start, confirm, cancel, pending, failure, moved, moving } = useMoveCyclePhase();

  // The button that was pressed may be gone after the move: the confirmation takes the focus.
  const movedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (moved) movedRef.current?.focus();
  }, [moved]);

  return (
    <>
      <Anchor component={Link} to="/editions" size="sm" mb="xs" display="inline-block">
        ← {t('edition.allEditions')}
      </Anchor>
      <PageHeader
        title={edition.name}
        description={
          <>
            {edition.programmeName}
            {' · '}
            {format.dateRange(edition.startsOn, edition.endsOn)}
            {' · '}
            {t('editions.targetTrained', { count: edition.targetTrained })}
          </>
        }
      />
      <Stack component="section" aria-labelledby="cycle-title" gap="md">
        <div>
          <Title order={2} id="cycle-title">
            {t('edition.cycleTitle')}
          </Title>
          <Text c="dimmed" mt={4}>
            {isAdmin ? t('edition.adminIntro') : t('edition.cycleIntro')}
          </Text>
        </div>
        {moved && (
          <Alert ref={movedRef} tabIndex={-1} color="teal" role="status" data-testid="phase-moved">
            {t('edition.move.moved', { phase: t(phaseNameKey(moved.kind)), status: t(phaseStatusKey(moved.status)) })}
          </Alert>
        )}
        {failure && <ErrorAlert error={failure} />}
        <CycleTimeline edition={edition} onMove={isAdmin ? start : undefined} moving={moving} />
      </Stack>
      {isAdmin && <MoveReasonDialog pending={pending} saving={moving} onConfirm={confirm} onCancel={cancel} />}
    </>
  );
}
