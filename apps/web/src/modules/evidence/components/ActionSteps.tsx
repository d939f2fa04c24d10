import { useQuery } from '@apollo/client/react';
import { Button, Fieldset, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import type { ImprovementActionFieldsFragment, SetImprovementActionStatusInput } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { ActionModuleVersionsQuery } from '../graphql/improvement-actions';
import { useActionEditing } from '../hooks/useActionEditing';
import { CitationSourceFields, emptyChoice, isCompleteChoice, type CitationChoice } from './CitationSourceFields';

type Action = ImprovementActionFieldsFragment;

/**
 * The next step of an action, for its writers: agree it; mark it done in the published module
 * version that carries the change; check it with the same figure before and after and a note.
 */
export function ActionSteps({ action }: { action: Action }) {
  const { t } = useTranslation();
  const { setStatus, stepping } = useActionEditing();
  const [failure, setFailure] = useState<AppError | null>(null);
  const { all } = useFieldErrors(failure);

  async function step(input: Omit<SetImprovementActionStatusInput, 'id' | 'expectedLockVersion'>) {
    const { error } = await setStatus({ id: action.id, expectedLockVersion: action.lockVersion, ...input });
    setFailure(error);
  }

  return (
    <Stack gap="xs" data-testid="action-steps">
      {action.status === 'PROPOSED' && (
        <Group>
          <Button size="xs" variant="light" loading={stepping} onClick={() => void step({ status: 'AGREED' })}>
            {t('evidence.actions.agree')}
          </Button>
        </Group>
      )}
      {action.status === 'AGREED' && <DoneStep action={action} busy={stepping} onStep={step} />}
      {action.status === 'DONE' && <CheckStep busy={stepping} onStep={step} name={`check-${action.id}`} />}
      {failure && (
        <ErrorAlert error={failure}>
          {all.map((e) => (
            <Text key={e.field} size="sm">
              {e.text}
            </Text>
          ))}
        </ErrorAlert>
      )}
    </Stack>
  );
}

type StepProps = {
  busy: boolean;
  onStep: (input: Omit<SetImprovementActionStatusInput, 'id' | 'expectedLockVersion'>) => Promise<void>;
};

/** DONE: the published version of the action's module that carries the change. */
function DoneStep({ action, busy, onStep }: StepProps & { action: Action }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useQuery(ActionModuleVersionsQuery, { variables: { moduleId: action.module.id } });
  const [versionId, setVersionId] = useState<string | null>(null);
  const published = (data?.moduleHistory ?? []).filter((v) => v.status !== 'DRAFT');
  return (
    <Group align="flex-end" wrap="wrap">
      <Select
        label={t('evidence.actions.version', { code: action.module.code })}
        value={versionId}
        onChange={setVersionId}
        data={published.map((v) => ({
          value: v.id,
          label: [t('modules.versionNumber', { version: v.version }), v.publishedAt && format.dateTime(v.publishedAt)]
            .filter(Boolean)
            .join(' · '),
        }))}
        w={260}
      />
      <Button
        size="xs"
        variant="light"
        loading={busy}
        disabled={!versionId}
        onClick={() => void onStep({ status: 'DONE', moduleVersionId: versionId })}
      >
        {t('evidence.actions.markDone')}
      </Button>
    </Group>
  );
}

/** CHECKED: the same figure before and after the change, and what the check found. */
function CheckStep({ busy, onStep, name }: StepProps & { name: string }) {
  const { t } = useTranslation();
  const [before, setBefore] = useState<CitationChoice>(emptyChoice());
  const [after, setAfter] = useState<CitationChoice>(emptyChoice());
  const [note, setNote] = useState('');
  const ready = isCompleteChoice(before) && isCompleteChoice(after) && note.trim().length > 0;
  return (
    <Stack gap="xs">
      <Fieldset legend={t('evidence.actions.before')} variant="unstyled">
        <CitationSourceFields
          name={`${name}-before`}
          value={before}
          onChange={(next) => {
            setBefore(next);
            // The after figure is of the same kind: a change of kind starts it again.
            if (next.kind !== after.kind) setAfter(emptyChoice(next.kind));
          }}
        />
      </Fieldset>
      <Fieldset legend={t('evidence.actions.after')} variant="unstyled">
        <CitationSourceFields name={`${name}-after`} value={after} onChange={setAfter} kindLocked />
      </Fieldset>
      <Textarea
        label={t('evidence.actions.checkNote')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
        required
      />
      <Group>
        <Button
          size="xs"
          variant="light"
          loading={busy}
          disabled={!ready}
          onClick={() =>
            void onStep({
              status: 'CHECKED',
              checkKind: before.kind,
              checkBefore: before.source,
              checkAfter: after.source,
              checkNote: note,
            })
          }
        >
          {t('evidence.actions.markChecked')}
        </Button>
      </Group>
    </Stack>
  );
}
