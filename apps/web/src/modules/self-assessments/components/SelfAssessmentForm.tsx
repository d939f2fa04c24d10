import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Radio, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { ErrorAlert, PageHeader } from '@tandem/web-ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CompetenceProfileQuery } from '../../competences/graphql/competences';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { SelfAssessmentQuery } from '../graphql/self-assessments';
import { useAutosave } from '../hooks/useAutosave';
import { useRoundLabel } from '../hooks/useRoundLabel';
import { useSelfAssessmentActions } from '../hooks/useSelfAssessmentActions';
import { AreaNav, areaHeadingId } from './AreaNav';
import { SaveStatusBar } from './SaveStatusBar';

const EVIDENCE_MAX = 2000;

/** One self-assessment: the owner's draft form (saved as they go, submitted once) or a read-only view. */
export function SelfAssessmentForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const label = useRoundLabel();
  const { data } = useSuspenseQuery(SelfAssessmentQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const sa = data.selfAssessment;
  const { data: profileData } = useSuspenseQuery(CompetenceProfileQuery, {
    variables: { version: sa.round.profileVersion },
  });
  const profile = profileData.competenceProfile;
  const { send, submit, share, submitting, sharing, failure, clear } = useSelfAssessmentActions(id, sa.round.id);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const { pending, state, change, flush } = useAutosave(id, sa.canEdit, send);

  const saved = new Map(sa.ratings.map((r) => [r.competence.id, r]));
  const valueOf = (competenceId: string) => ({
    level:
      pending[competenceId] && 'level' in pending[competenceId]
        ? pending[competenceId].level
        : (saved.get(competenceId)?.level ?? null),
    evidence: pending[competenceId]?.evidence ?? saved.get(competenceId)?.evidence ?? '',
  });
  const competences = profile.areas.flatMap((a) => a.competences);
  const rated = competences.filter((c) => valueOf(c.id).level !== null).length;

  async function onSubmit() {
    clear();
    if (!(await flush())) return;
    await submit();
    setConfirming(false);
  }

  const title = sa.isMine ? label(sa.round) : t('selfAssessment.form.partnerView', { name: sa.ownerName });
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/self-assessments" size="sm">
        {t('selfAssessment.form.back')}
      </Anchor>
      <PageHeader title={title} description={sa.isMine ? undefined : label(sa.round)} />
      {failure && <ErrorAlert error={failure} />}
      {sa.status === 'SUBMITTED' && sa.submittedAt && (
        <Alert color="green" data-testid="submitted-notice">
          {t('selfAssessment.form.readOnly')}{' '}
          {t('selfAssessment.form.submittedOn', { date: format.dateTime(sa.submittedAt) })}
        </Alert>
      )}
      {sa.status === 'DRAFT' && !sa.canEdit && <Alert color="gray">{t('selfAssessment.form.closed')}</Alert>}
      {sa.isMine && (
        <Paper withBorder p="md">
          <Switch
            checked={sa.sharedWithPartner}
            disabled={sharing}
            onChange={(e) => void share(e.currentTarget.checked)}
            label={t('selfAssessment.form.share')}
            description={t('selfAssessment.form.shareHint')}
          />
        </Paper>
      )}
      {profile.areas.length > 1 && (
        <AreaNav
          areas={profile.areas.map((a) => ({
            id: a.id,
            title: a.title,
            rated: a.competences.filter((c) => valueOf(c.id).level !== null).length,
            total: a.competences.length,
          }))}
        />
      )}
      {profile.areas.map((area) => (
        <Stack key={area.id} gap="md">
          <Title
            order={2}
            size="h3"
            id={areaHeadingId(area.id)}
            tabIndex={-1}
            // Clear of the sticky app header when jumped to.
            style={{ scrollMarginTop: 72, outline: 'none' }}
          >
            {area.title}
          </Title>
          {area.competences.map((c) => {
            const value = valueOf(c.id);
            return (
              <Paper key={c.id} withBorder p="md" data-testid="competence-item" data-code={c.code}>
                <Stack gap="sm">
                  {sa.canEdit ? (
                    <Radio.Group
                      label={t('selfAssessment.form.levelLegend', { code: c.code, title: c.title })}
                      description={c.description}
                      value={value.level === null ? '' : String(value.level)}
                      onChange={(v) => change(c.id, { level: Number(v) })}
                    >
                      <Stack gap="xs" mt="xs">
                        {c.levels.map((descriptor, i) => (
                          <Radio
                            key={i}
                            value={String(i + 1)}
                            label={`${i + 1}. ${profile.levelNames[i] ?? ''}`}
                            description={descriptor}
                          />
                        ))}
                      </Stack>
                    </Radio.Group>
                  ) : (
                    <Stack gap={4}>
                      <Text fw={600}>
                        {c.code} {c.title}
                      </Text>
                      <Text data-testid="level">
                        {value.level === null
                          ? t('selfAssessment.form.notRated')
                          : `${value.level}. ${profile.levelNames[value.level - 1] ?? ''}: ${c.levels[value.level - 1] ?? ''}`}
                      </Text>
                      {sa.isMine && value.evidence && (
                        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                          {value.evidence}
                        </Text>
                      )}
                    </Stack>
                  )}
                  {sa.canEdit && (
                    <Textarea
                      label={t('selfAssessment.form.evidence', { code: c.code })}
                      description={t('selfAssessment.form.evidenceHint', { max: EVIDENCE_MAX })}
                      maxLength={EVIDENCE_MAX}
                      // A note belongs to a level: it is saved with one, so it opens once a level is chosen.
                      disabled={value.level === null}
                      autosize
                      minRows={1}
                      value={value.evidence}
                      onChange={(e) => change(c.id, { level: value.level, evidence: e.currentTarget.value })}
                    />
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      ))}
      {sa.canEdit && (
        <SaveStatusBar
          rated={rated}
          total={competences.length}
          state={state}
          onRetry={() => void flush()}
          onSubmit={
            confirming
              ? undefined
              : () => {
                  setConfirming(true);
                  // The confirmation renders below: bring it into view once it is there.
                  requestAnimationFrame(() => confirmRef.current?.scrollIntoView({ block: 'center' }));
                }
          }
        />
      )}
      {sa.canEdit && (confirming || rated < competences.length) && (
        <Paper withBorder p="md" ref={confirmRef}>
          {confirming ? (
            <Stack gap="sm">
              <Text>{t('selfAssessment.form.submitConfirm')}</Text>
              <Group>
                <Button onClick={() => void onSubmit()} loading={submitting}>
                  {t('selfAssessment.form.submit')}
                </Button>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  {t('selfAssessment.form.submitCancel')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Text>{t('selfAssessment.form.missing')}</Text>
          )}
        </Paper>
      )}
    </Stack>
  );
}
