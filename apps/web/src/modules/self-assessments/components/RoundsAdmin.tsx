import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { EditionRoundsQuery } from '../graphql/rounds-admin';
import { useAssessmentRounds } from '../hooks/useAssessmentRounds';
import { useRoundLabel } from '../hooks/useRoundLabel';

type Kind = 'BASELINE' | 'AFTER_MODULE' | 'FINAL';
/** datetime-local shows local time without a zone; the API takes ISO instants. */
const toInstant = (local: string) => new Date(local).toISOString();
const toLocal = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** ADMIN: the rounds of the current edition, their windows, and a form to open another one. */
export function RoundsAdmin() {
  const { t } = useTranslation();
  const format = useFormatter();
  const label = useRoundLabel();
  const { data } = useSuspenseQuery(EditionRoundsQuery, { fetchPolicy: 'cache-and-network' });
  const { open, move, opening, moving: updating, failure } = useAssessmentRounds();
  const [done, setDone] = useState<string | null>(null);
  const [kind, setKind] = useState<Kind>('AFTER_MODULE');
  const [moduleNumber, setModuleNumber] = useState<number>(2);
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [editing, setEditing] = useState<{ id: string; opensAt: string; closesAt: string } | null>(null);
  const edition = data.whereWeAreNow?.edition;
  if (!edition) return null;

  async function run(action: () => Promise<boolean>, message: string) {
    setDone(null);
    if (await action()) setDone(message);
  }

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('selfAssessment.admin.title', { edition: edition.name })}
      </Title>
      {failure && <ErrorAlert error={failure} />}
      {done && <Alert color="blue">{done}</Alert>}
      <Table striped data-testid="admin-rounds">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('selfAssessment.columns.round')}</Table.Th>
            <Table.Th scope="col">{t('selfAssessment.columns.window')}</Table.Th>
            <Table.Th scope="col">{t('selfAssessment.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.assessmentRounds.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{label(r)}</Table.Td>
              <Table.Td>
                {editing?.id === r.id ? (
                  <Group gap="xs" align="end">
                    <TextInput
                      type="datetime-local"
                      label={t('selfAssessment.admin.opensAt')}
                      value={editing.opensAt}
                      onChange={(e) => setEditing({ ...editing, opensAt: e.currentTarget.value })}
                    />
                    <TextInput
                      type="datetime-local"
                      label={t('selfAssessment.admin.closesAt')}
                      value={editing.closesAt}
                      onChange={(e) => setEditing({ ...editing, closesAt: e.currentTarget.value })}
                    />
                  </Group>
                ) : (
                  t('selfAssessment.window', { opens: format.dateTime(r.opensAt), closes: format.dateTime(r.closesAt) })
                )}
              </Table.Td>
              <Table.Td>
                {editing?.id === r.id ? (
                  <Group gap="xs">
                    <Button
                      size="xs"
                      loading={updating}
                      onClick={() =>
                        void run(async () => {
                          const moved = await move(r.id, toInstant(editing.opensAt), toInstant(editing.closesAt));
                          if (moved) setEditing(null);
                          return moved;
                        }, t('selfAssessment.admin.moved'))
                      }
                    >
                      {t('selfAssessment.admin.save')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                      {t('competences.module.cancel')}
                    </Button>
                  </Group>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditing({ id: r.id, opensAt: toLocal(r.opensAt), closesAt: toLocal(r.closesAt) })}
                    aria-label={t('selfAssessment.admin.moveNamed', { round: label(r) })}
                  >
                    {t('selfAssessment.admin.move')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('selfAssessment.admin.openTitle')}
          </Title>
          <Group align="end" wrap="wrap">
            <Select
              label={t('selfAssessment.admin.kind')}
              data={(['BASELINE', 'AFTER_MODULE', 'FINAL'] as const).map((k) => ({
                value: k,
                label: t(`selfAssessment.admin.kinds.${k}`),
              }))}
              value={kind}
              onChange={(v) => v && setKind(v as Kind)}
              allowDeselect={false}
              w={220}
            />
            {kind === 'AFTER_MODULE' && (
              <NumberInput
                label={t('selfAssessment.admin.moduleNumber')}
                min={1}
                max={3}
                value={moduleNumber}
                onChange={(v) => setModuleNumber(Number(v) || 1)}
                w={140}
              />
            )}
            <TextInput
              type="datetime-local"
              label={t('selfAssessment.admin.opensAt')}
              value={opensAt}
              onChange={(e) => setOpensAt(e.currentTarget.value)}
              required
            />
            <TextInput
              type="datetime-local"
              label={t('selfAssessment.admin.closesAt')}
              value={closesAt}
              onChange={(e) => setClosesAt(e.currentTarget.value)}
              required
            />
            <Button
              loading={opening}
              disabled={!opensAt || !closesAt}
              onClick={() =>
                void run(
                  () =>
                    open({
                      editionId: edition.id,
                      kind,
                      ...(kind === 'AFTER_MODULE' ? { moduleNumber } : {}),
                      opensAt: toInstant(opensAt),
                      closesAt: toInstant(closesAt),
                    }),
                  t('selfAssessment.admin.opened'),
                )
              }
            >
              {t('selfAssessment.admin.open')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
