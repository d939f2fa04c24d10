import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { FindingFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommentOnFinding, useFindingActions } from '../hooks/useFindingActions';
import { CitationPicker } from './CitationPicker';

/** Under a draft finding: the researcher cites and publishes; a coordinator or trainer comments. */
export function DraftFindingTools({ finding }: { finding: FindingFieldsFragment }) {
  const { t } = useTranslation();
  const { publishFinding, publishing, addCitation, citing } = useFindingActions();
  const [failure, setFailure] = useState<AppError | null>(null);
  const { all } = useFieldErrors(failure);
  if (finding.status !== 'DRAFT') return null;
  return (
    <Stack gap="sm">
      {finding.canEdit && (
        <>
          <Suspense fallback={null}>
            <CitationPicker
              name={`cite-${finding.id}`}
              citing={citing}
              onCite={(choice) => addCitation({ findingId: finding.id, ...choice })}
            />
          </Suspense>
          <Group>
            <Button
              onClick={async () => setFailure((await publishFinding(finding.id, finding.lockVersion)).error)}
              loading={publishing}
            >
              {t('evidence.findings.publish')}
            </Button>
          </Group>
          {failure && (
            <ErrorAlert error={failure}>
              {all.map((e) => (
                <Text key={e.field} size="sm">
                  {e.text}
                </Text>
              ))}
            </ErrorAlert>
          )}
        </>
      )}
      {finding.canComment && <CommentForm findingId={finding.id} />}
    </Stack>
  );
}

function CommentForm({ findingId }: { findingId: string }) {
  const { t } = useTranslation();
  const { comment, commenting } = useCommentOnFinding();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const { fieldError } = useFieldErrors(failure);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const { error } = await comment(findingId, text);
        setFailure(error);
        if (!error) setText('');
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('evidence.comments.label')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError('text')}
          autosize
        />
        {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
        <Group>
          <Button type="submit" variant="light" loading={commenting}>
            {t('evidence.comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
