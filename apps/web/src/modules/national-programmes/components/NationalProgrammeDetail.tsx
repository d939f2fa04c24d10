import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import type { NationalProgrammeDetailFragment } from '@tandem/web-graphql';
import { ErrorAlert, PageHeader } from '@tandem/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { FallbackMarker } from '../../modules/components/FallbackMarker';
import { modulePath } from '../../modules/module-path';
import { NationalProgrammeQuery } from '../graphql/national-programmes';
import { useProgrammeActions, type ProgrammeAction } from '../hooks/useProgrammeActions';
import { nationalProgrammePath } from '../programme-path';
import { ProgrammeEditor } from './ProgrammeEditor';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';

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
              <Badge variant="outline" color="teal" radius="sm" tt="none" component="span">
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

        <Facts programme={programme} />

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

function Facts({ programme }: { programme: NationalProgrammeDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const rows: [string, string][] = [
    [
      t('nationalProgrammes.contactHours'),
      t('nationalProgrammes.hoursValue', {
        hours: format.number(programme.totalContactHours),
      }),
    ],
    [
      t('nationalProgrammes.selfStudyHours'),
      t('nationalProgrammes.hoursValue', {
        hours: format.number(programme.totalSelfStudyHours),
      }),
    ],
    [
      t('nationalProgrammes.totalHours'),
      t('nationalProgrammes.hoursValue', {
        hours: format.number(programme.totalHours),
      }),
    ],
  ];
  if (programme.submittedAt)
    rows.push([
      t('nationalProgrammes.submitted'),
      t('nationalProgrammes.byOn', {
        name: programme.submittedByName ?? '—',
        date: format.dateTime(programme.submittedAt),
      }),
    ]);
  if (programme.decidedAt)
    rows.push([
      t('nationalProgrammes.decided'),
      t('nationalProgrammes.byOn', {
        name: programme.decidedByName ?? '—',
        date: format.dateTime(programme.decidedAt),
      }),
    ]);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('nationalProgrammes.facts')}>
      <Group component="dl" gap="xl" m={0} wrap="wrap" align="flex-start" data-testid="programme-totals">
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} fw={600}>
              {value}
            </Text>
          </div>
        ))}
      </Group>
    </Paper>
  );
}

function ProgrammeItems({ programme }: { programme: NationalProgrammeDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <section aria-labelledby="programme-items">
      <Title order={2} id="programme-items" mb="xs">
        {t('nationalProgrammes.modules')}
      </Title>
      {programme.items.length === 0 ? (
        <Text>{t('nationalProgrammes.editor.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder striped verticalSpacing="xs" data-testid="programme-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('nationalProgrammes.position')}</Table.Th>
                <Table.Th scope="col">{t('nationalProgrammes.code')}</Table.Th>
                <Table.Th scope="col">{t('nationalProgrammes.module')}</Table.Th>
                <Table.Th scope="col">{t('nationalProgrammes.kind')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('nationalProgrammes.contactHours')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('nationalProgrammes.selfStudyHours')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('nationalProgrammes.totalHours')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programme.items.map((item) => (
                <Table.Tr key={item.moduleId} data-code={item.code}>
                  <Table.Td>{format.number(item.position)}</Table.Td>
                  <Table.Td ff="monospace" fw={700}>
                    {item.code}
                  </Table.Td>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={modulePath(item.moduleId)}>
                      {item.title}
                    </Anchor>
                    <FallbackMarker show={item.titleIsFallback} />
                  </Table.Th>
                  <Table.Td>
                    {item.kind === 'JOINT'
                      ? t('modules.jointNumber', { number: item.number ?? 0 })
                      : t('modules.kinds.NATIONAL')}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'end' }}>{format.number(item.contactHours)}</Table.Td>
                  <Table.Td style={{ textAlign: 'end' }}>{format.number(item.selfStudyHours)}</Table.Td>
                  <Table.Td style={{ textAlign: 'end' }}>{format.number(item.totalHours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

interface DecisionProps {
  busy: ProgrammeAction | null;
  onApprove: () => void;
  onReturn: (comments: string) => Promise<unknown>;
}

/** The admin's decision on a submitted programme: approve it, or return it with comments (required). */
function DecisionPanel({ busy, onApprove, onReturn }: DecisionProps) {
  const { t } = useTranslation();
  const [comments, setComments] = useState('');
  const [missing, setMissing] = useState(false);
  const commentsRef = useRef<HTMLTextAreaElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!comments.trim()) {
      setMissing(true);
      commentsRef.current?.focus();
      return;
    }
    setMissing(false);
    void onReturn(comments.trim());
  }

  return (
    <Paper component="section" aria-labelledby="decision-title" withBorder p="md" bg="baltic.0">
      <Title order={2} id="decision-title" mb="xs">
        {t('nationalProgrammes.decision.title')}
      </Title>
      <Text mb="md">{t('nationalProgrammes.decision.help')}</Text>
      <Stack gap="md">
        <Group>
          <Button color="teal" onClick={onApprove} loading={busy === 'approve'} disabled={!!busy}>
            {t('nationalProgrammes.decision.approve')}
          </Button>
        </Group>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <Textarea
              ref={commentsRef}
              label={t('nationalProgrammes.decision.comments')}
              description={t('nationalProgrammes.decision.commentsHelp')}
              required
              autosize
              minRows={3}
              maxLength={4000}
              value={comments}
              onChange={(e) => setComments(e.currentTarget.value)}
              error={missing ? t('nationalProgrammes.decision.commentsRequired') : undefined}
            />
            <Group>
              <Button type="submit" variant="default" color="orange" loading={busy === 'return'} disabled={!!busy}>
                {t('nationalProgrammes.decision.return')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

function RevisionHistory({ programme }: { programme: NationalProgrammeDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <section aria-labelledby="revision-history">
      <Title order={2} id="revision-history" mb="xs">
        {t('nationalProgrammes.history.title')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder verticalSpacing="xs" data-testid="programme-revisions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('nationalProgrammes.revision')}</Table.Th>
              <Table.Th scope="col">{t('nationalProgrammes.statusLabel')}</Table.Th>
              <Table.Th scope="col">{t('nationalProgrammes.submitted')}</Table.Th>
              <Table.Th scope="col">{t('nationalProgrammes.decided')}</Table.Th>
              <Table.Th scope="col">{t('nationalProgrammes.returnComments')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programme.revisions.map((r) => (
              <Table.Tr
                key={r.id}
                aria-current={r.id === programme.id ? 'true' : undefined}
                bg={r.id === programme.id ? 'baltic.0' : undefined}
              >
                <Table.Th scope="row">
                  {r.id === programme.id ? (
                    t('nationalProgrammes.revisionNumber', {
                      revision: r.revision,
                    })
                  ) : (
                    <Anchor component={Link} to={nationalProgrammePath(r.id)}>
                      {t('nationalProgrammes.revisionNumber', {
                        revision: r.revision,
                      })}
                    </Anchor>
                  )}
                </Table.Th>
                <Table.Td>
                  <Group gap="xs">
                    <ProgrammeStatusBadge status={r.status} />
                    {r.inForce && (
                      <Badge variant="outline" color="teal" radius="sm" tt="none">
                        {t('nationalProgrammes.inForce')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{r.submittedAt ? format.dateTime(r.submittedAt) : '—'}</Table.Td>
                <Table.Td>
                  {r.decidedAt
                    ? t('nationalProgrammes.byOn', {
                        name: r.decidedByName ?? '—',
                        date: format.dateTime(r.decidedAt),
                      })
                    : '—'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.returnComments ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
