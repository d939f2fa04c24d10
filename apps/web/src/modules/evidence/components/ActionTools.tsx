import { Button, Group } from '@mantine/core';
import type { ImprovementActionFieldsFragment } from '@tandem/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionForm, type FindingOption } from './ActionForm';
import { ActionSteps } from './ActionSteps';

/** A writer's tools under an action: edit it (until it is checked), or take its next step. */
export function ActionTools({
  action,
  editionId,
  findings,
}: {
  action: ImprovementActionFieldsFragment;
  editionId: string;
  findings: FindingOption[];
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing)
    return <ActionForm editionId={editionId} findings={findings} action={action} onDone={() => setEditing(false)} />;
  return (
    <>
      {action.status !== 'CHECKED' && (
        <Group>
          <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
            {t('evidence.actions.edit')}
          </Button>
        </Group>
      )}
      <ActionSteps action={action} />
    </>
  );
}
