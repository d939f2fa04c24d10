import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { ErrorAlert, PageHeader } from '@tandem/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { NationalProgrammeQuery } from '../graphql/national-programmes';
import { useProgrammeActions, type ProgrammeAction } from '../hooks/useProgrammeActions';
import { nationalProgrammePath } from '../programme-path';
import { DecisionPanel } from './DecisionPanel';
import { ProgrammeEditor } from './ProgrammeEditor';
import { ProgrammeFacts } from './ProgrammeFacts';
import { ProgrammeItems } from './ProgrammeItems';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { RevisionHistory } from './RevisionHistory';

/** Answers that mean the page shows an outdated programme: the alert offers a reload. */
const OUTDATED_PAGE_CODES: ReadonlySet<string> = new Set([
  'STALE_WRITE',
  'ALREADY_SUBMITTED',
  'ALREADY_DECIDED',
  'NOT_SUBMITTED',
]);

/** A revision of a country's programme: its modules, totals and history; editing and deciding for those who may. */
export function NationalProgrammeDetail({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useCurrentLocale();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(NationalProgrammeQuery, {
    variables: { id: programmeId, language: locale },
    fetchPolicy: 'cache-and-network',
  });
  const programme = data.nationalProgramme;
  const actions = useProgrammeActions(programme);
  const [dirty, setDirty] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const country = format.country(programme.countryCode);

  useEffect(() => {
    if (actions.done || actions.failure) statusRef.current?.focus();
  }, [actions.done, actions.failure]);

  async function save(moduleIds: string[]) {
    const id = await actions.save(moduleIds);
    setDirty(false);
    if (id && id !== programme.id) void navigate(nationalProgrammePath(id), { replace: true });
  }

  return (
    <>
      <Anchor component={Link} to="/national-programmes" size="sm" mb="xs" display="inline-block">
        ← {t('nationalProgrammes.all')}
      </Anchor>
      <PageHeader
        title={t('nationalProgrammes.ofCountry', { country })}
        description={
          <Group component="span" gap="xs">
            <span>
              {t('nationalProgrammes.revisionNumber', {
                revision: programme.revision,
              })}
            </span>
            <ProgrammeStatusBadge status={programme.status} />
            {programme.inForce && (
              <Badge variant="outline" color="teal" component="span">
                {t('nationalProgrammes.inForce')}
              </Badge>
            )}
          </Group>
        }
      />

      <Stack gap="xl">
        <div ref={statusRef} tabIndex={-1} style={{ outline: 'none' }}>
          {actions.failure ? (
            <ErrorAlert
              error={actions.failure.error}
              message={actions.failure.error.code === 'STALE_WRITE' ? t('nationalProgrammes.conflict') : undefined}
            >
              {OUTDATED_PAGE_CODES.has(actions.failure.error.code) && (
                <Group>
                  <Button size="xs" onClick={() => window.location.reload()}>
                    {t('errors.reload')}
                  </Button>
                </Group>
              )}
            </ErrorAlert>
          ) : actions.done ? (
            <Alert color="teal" role="status" data-testid="programme-done">
              {t(DONE_KEYS[actions.done], { country })}
            </Alert>
          ) : null}
        </div>

        {programme.returnComments && (programme.status === 'RETURNED' || programme.status === 'DRAFT') && (
          <Alert color="orange" title={t('nationalProgrammes.returnComments')} data-testid="return-comments">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {programme.returnComments}
            </Text>
          </Alert>
        )}

        <ProgrammeFacts programme={programme} />

        {programme.canEdit ? (
          <ProgrammeEditor
            key={`${programme.id}:${programme.lockVersion}`}
            programme={programme}
            saving={actions.busy === 'save'}
            onSave={(ids) => void save(ids)}
            onDirtyChange={setDirty}
          />
        ) : (
          <ProgrammeItems programme={programme} />
        )}

        {programme.canSubmit && (
          <Paper withBorder p="md">
            <Group gap="sm" justify="space-between">
              <Text>{dirty ? t('nationalProgrammes.submitSaveFirst') : t('nationalProgrammes.submitHelp')}</Text>
              <Button
                onClick={() => void actions.submit()}
                loading={actions.busy === 'submit'}
                disabled={dirty || !!actions.busy}
              >
                {t('nationalProgrammes.submit')}
              </Button>
            </Group>
          </Paper>
        )}

        {programme.canDecide && (
          <DecisionPanel
            busy={actions.busy}
            onApprove={() => void actions.approve()}
            onReturn={(c) => actions.giveBack(c)}
          />
        )}

        <RevisionHistory programme={programme} />
      </Stack>
    </>
  );
}

const DONE_KEYS = {
  save: 'nationalProgrammes.done.save',
  submit: 'nationalProgrammes.done.submit',
  approve: 'nationalProgrammes.done.approve',
  return: 'nationalProgrammes.done.return',
} as const satisfies Record<ProgrammeAction, string>;
