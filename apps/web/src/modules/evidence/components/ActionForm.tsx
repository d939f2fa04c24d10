import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { ImprovementActionFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionModulesQuery } from '../graphql/improvement-actions';
import { useActionEditing } from '../hooks/useActionEditing';

export interface FindingOption {
  id: string;
  statement: string;
}

interface Props {
  editionId: string;
  /** The findings of the edition an action may answer. */
  findings: FindingOption[];
  /** Editing this action; without it, a new one is proposed. */
  action?: ImprovementActionFieldsFragment;
  onDone?: () => void;
}

/**
 * Proposes an improvement action or edits one: the findings it answers, the module it changes
 * (fixed once proposed), what will change, who sees to it and by when.
 */
export function ActionForm({ editionId, findings, action, onDone }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { createAction, updateAction, saving } = useActionEditing();
  const modules = useQuery(ActionModulesQuery, { variables: { editionId }, skip: Boolean(action) });
  const [findingIds, setFindingIds] = useState<string[]>(action?.findings.map((f) => f.id) ?? []);
  const [moduleId, setModuleId] = useState<string | null>(action?.module.id ?? null);
  const [change, setChange] = useState(action?.change ?? '');
  const [owner, setOwner] = useState(action?.owner ?? '');
  const [dueOn, setDueOn] = useState(action?.dueOn ?? '');
  const [failure, setFailure] = useState<AppError | null>(null);
  const { fieldError } = useFieldErrors(failure);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const fields = { findingIds, change, owner, dueOn: dueOn || null };
    const { error } = action
      ? await updateAction({ id: action.id, expectedLockVersion: action.lockVersion, ...fields })
      : await createAction({ editionId, moduleId: moduleId ?? '', ...fields });
    setFailure(error);
    if (error) return;
    if (!action) {
      setFindingIds([]);
      setChange('');
      setOwner('');
      setDueOn('');
    }
    onDone?.();
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={titleId} data-testid="action-form">
      <Stack gap="sm">
        <Title order={3} size="h5" id={titleId}>
          {action ? t('evidence.actions.editTitle') : t('evidence.actions.newTitle')}
        </Title>
        <MultiSelect
          label={t('evidence.actions.findings')}
          value={findingIds}
          onChange={setFindingIds}
          data={findings.map((f) => ({ value: f.id, label: f.statement }))}
          error={fieldError((f) => f.startsWith('findingIds'))}
          searchable
          required
        />
        {!action && (
          <Select
            label={t('evidence.actions.module')}
            value={moduleId}
            onChange={setModuleId}
            data={(modules.data?.modules ?? []).map((m) => ({ value: m.id, label: `${m.code} ${m.title}` }))}
            error={fieldError('moduleId')}
            searchable
            required
          />
        )}
        <Textarea
          label={t('evidence.actions.change')}
          value={change}
          onChange={(e) => setChange(e.currentTarget.value)}
          error={fieldError('change')}
          autosize
          minRows={2}
          required
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('evidence.actions.ownerLabel')}
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
            error={fieldError('owner')}
            required
          />
          <TextInput
            type="date"
            label={t('evidence.actions.dueLabel')}
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
            error={fieldError('dueOn')}
          />
        </Group>
        {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
        <Group>
          <Button type="submit" loading={saving}>
            {action ? t('evidence.actions.save') : t('evidence.actions.propose')}
          </Button>
          {onDone && action && (
            <Button variant="default" onClick={onDone}>
              {t('evidence.actions.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
