import { useQuery } from '@apollo/client/react';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { ModuleAgreedActionsQuery } from '../graphql/modules';

/**
 * "Start version n+1 from these actions": the agreed improvement actions of this module, with a
 * button that writes them (and the findings behind them) into the change note.
 */
export function AgreedActionsNote({
  moduleId,
  editionId,
  onUse,
}: {
  moduleId: string;
  editionId: string;
  onUse: (note: string) => void;
}) {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  const reads = may(person.roles, 'evidence.readDrafts');
  const { data } = useQuery(ModuleAgreedActionsQuery, { variables: { editionId }, skip: !reads });
  const agreed = (data?.improvementActions ?? []).filter((a) => a.status === 'AGREED' && a.module?.id === moduleId);
  if (!agreed.length) return null;
  const note = agreed
    .map((a) =>
      a.findings.length
        ? `- ${a.change} (${t('modules.history.because')} ${a.findings.map((f) => f.statement).join('; ')})`
        : `- ${a.change}`,
    )
    .join('\n');
  return (
    <Alert color="blue" variant="light" title={t('modules.editor.agreedActionsTitle', { count: agreed.length })}>
      <Stack gap="xs">
        <List size="sm" spacing={2}>
          {agreed.map((a) => (
            <List.Item key={a.id}>{a.change}</List.Item>
          ))}
        </List>
        <Text size="sm">{t('modules.editor.agreedActionsHelp')}</Text>
        <div>
          <Button size="xs" variant="light" onClick={() => onUse(note)} data-testid="use-agreed-actions">
            {t('modules.editor.useAgreedActions')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
