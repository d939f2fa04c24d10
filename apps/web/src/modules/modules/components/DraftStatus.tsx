import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ModuleDetailFragment } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftAction, DraftFailure } from '../hooks/useModuleDraft';

/** Which version is being edited, and what the last save or publish came to (a CONFLICT offers a reload). */
export function DraftStatus({
  draft,
  done,
  failure,
  statusRef,
  onReload,
}: {
  draft: ModuleDetailFragment;
  done: DraftAction | null;
  failure: DraftFailure | null;
  /** Takes the focus when the outcome appears. */
  statusRef: Ref<HTMLDivElement>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const isDraft = draft.status === 'DRAFT';
  const conflict = failure?.error.code === 'STALE_WRITE';
  return (
    <>
      <Paper withBorder p="md" bg={isDraft ? 'orange.0' : undefined}>
        <Group gap="sm">
          <Badge color={isDraft ? 'orange' : 'teal'} data-testid="editor-version">
            {isDraft
              ? t('modules.editor.draftVersion', { version: draft.version })
              : t('modules.editor.publishedVersion', { version: draft.version })}
          </Badge>
          <Text size="sm">
            {isDraft ? t('modules.editor.draftHelp') : t('modules.editor.publishedHelp', { next: draft.version + 1 })}
          </Text>
        </Group>
      </Paper>

      <div ref={statusRef} tabIndex={-1} style={{ outline: 'none' }}>
        {conflict ? (
          <Alert color="red" role="alert" title={t('modules.editor.conflictTitle')} data-testid="conflict">
            <Stack gap="xs">
              <Text size="sm">{t('modules.editor.conflictBody')}</Text>
              <Group>
                <Button size="xs" onClick={onReload}>
                  {t('modules.editor.reload')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : failure && (failure.action === 'save' || failure.action === 'publish') ? (
          <ErrorAlert error={failure.error} />
        ) : done === 'save' ? (
          <Alert color="teal" role="status" data-testid="draft-saved">
            {t('modules.editor.saved', { version: draft.version })}
          </Alert>
        ) : done === 'publish' ? (
          <Alert color="teal" role="status" data-testid="module-published">
            {t('modules.editor.published')}
          </Alert>
        ) : null}
      </div>
    </>
  );
}
