import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeAction } from '../hooks/useProgrammeActions';

interface DecisionProps {
  busy: ProgrammeAction | null;
  onApprove: () => void;
  onReturn: (comments: string) => Promise<unknown>;
}

/** The admin's decision on a submitted programme: approve it, or return it with comments (required). */
export function DecisionPanel({ busy, onApprove, onReturn }: DecisionProps) {
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
