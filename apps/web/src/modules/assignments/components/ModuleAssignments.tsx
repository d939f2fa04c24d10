import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { TandemAssignmentFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { ModuleAssignmentsQuery } from '../graphql/assignments';
import { useSaveAssignment } from '../hooks/useSaveAssignment';
import { assignmentFormErrors, isAssignmentFieldRefusal } from '../submission-state';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The module page's "Assignments" section: the list, and a create/edit form for the module's editors. */
export function ModuleAssignments({ moduleId, canEdit }: { moduleId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data, error } = useQuery(ModuleAssignmentsQuery, {
    variables: { moduleId },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<TandemAssignmentFieldsFragment | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const assignments = data?.assignments ?? [];

  return (
    <section aria-labelledby="module-assignments">
      <Group justify="space-between" mb="xs">
        <Title order={2} id="module-assignments">
          {t('assignments.module.title')}
        </Title>
        {canEdit && editing === null && (
          <Button
            variant="light"
            onClick={() => {
              setSaved(false);
              setEditing('new');
            }}
            data-testid="new-assignment"
          >
            {t('assignments.module.new')}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {error && <ErrorAlert error={toAppError(error)} />}
        {saved && (
          <Text role="status" c="teal" data-testid="assignment-saved">
            {t('assignments.module.saved')}
          </Text>
        )}
        {editing !== null && (
          <AssignmentForm
            moduleId={moduleId}
            assignment={editing === 'new' ? null : editing}
            onClose={(didSave) => {
              setEditing(null);
              setSaved(didSave);
            }}
          />
        )}
        {assignments.length === 0 ? (
          <Text c="dimmed">{t('assignments.module.none')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="module-assignments">
            {assignments.map((a) => (
              <Paper component="li" key={a.id} withBorder p="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={2}>
                    <Text fw={500}>{a.title}</Text>
                    <Text size="sm" c="dimmed">
                      {t('assignments.dueOnValue', {
                        date: format.date(a.dueOn),
                      })}{' '}
                      ·{' '}
                      {t('assignments.module.forVersion', {
                        version: a.moduleVersion,
                      })}
                    </Text>
                    {a.instructions && (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {a.instructions}
                      </Text>
                    )}
                  </Stack>
                  {a.canEdit && editing === null && (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => {
                        setSaved(false);
                        setEditing(a);
                      }}
                      aria-label={t('assignments.module.editNamed', {
                        title: a.title,
                      })}
                    >
                      {t('assignments.module.edit')}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}

function AssignmentForm({
  moduleId,
  assignment,
  onClose,
}: {
  moduleId: string;
  assignment: TandemAssignmentFieldsFragment | null;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(assignment?.title ?? '');
  const [instructions, setInstructions] = useState(assignment?.instructions ?? '');
  const [dueOn, setDueOn] = useState(assignment?.dueOn ?? '');
  const [errors, setErrors] = useState<ReturnType<typeof assignmentFormErrors>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [refused, setRefused] = useState<AppError | null>(null);
  const { fieldError } = useFieldErrors(refused);
  const { save, saving } = useSaveAssignment(moduleId, assignment?.id ?? null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = assignmentFormErrors({ title, dueOn }, todayIso(), assignment?.dueOn);
    setErrors(found);
    if (found.title || found.dueOn) return;
    setFailure(null);
    setRefused(null);
    const { error } = await save({ title, instructions, dueOn });
    if (!error) return onClose(true);
    // The server's reason under the field it names (a due date after the edition, say), else an alert.
    if (isAssignmentFieldRefusal(error)) setRefused(error);
    else setFailure(error);
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="assignment-form-title">
        <Stack gap="sm">
          <Title order={3} size="h5" id="assignment-form-title">
            {assignment ? t('assignments.module.editTitle') : t('assignments.module.newTitle')}
          </Title>
          {failure && <ErrorAlert error={failure} />}
          <TextInput
            label={t('assignments.fields.title')}
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title ? t('assignments.module.titleRequired') : fieldError('title')}
          />
          <Textarea
            label={t('assignments.fields.instructions')}
            autosize
            minRows={3}
            maxLength={10000}
            value={instructions}
            onChange={(e) => setInstructions(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('assignments.fields.dueOn')}
            required
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
            error={
              errors.dueOn === 'past'
                ? t('assignments.module.duePast')
                : errors.dueOn
                  ? t('assignments.module.dueRequired')
                  : fieldError('dueOn')
            }
            w="fit-content"
          />
          <Group>
            <Button type="submit" loading={saving}>
              {assignment ? t('assignments.module.save') : t('assignments.module.create')}
            </Button>
            <Button variant="default" onClick={() => onClose(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
