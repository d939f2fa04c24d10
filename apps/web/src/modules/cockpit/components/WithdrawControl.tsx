import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { CompletionStatus } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawTutor } from '../../completion/hooks/useWithdrawTutor';

/** Records that a tutor left the edition (with a reason), or takes it back; the cockpit is refetched. */
export function WithdrawControl({
  editionId,
  personId,
  name,
  status,
}: {
  editionId: string;
  personId: string;
  name: string;
  status: CompletionStatus;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { withdraw, reinstate, withdrawing, reinstating, failure } = useWithdrawTutor(editionId, personId);

  async function run(action: () => Promise<boolean>) {
    if (!(await action())) return;
    setOpen(false);
    setReason('');
  }

  if (status === 'WITHDRAWN')
    return (
      <Stack gap={4}>
        {failure && <ErrorAlert error={failure} />}
        <Button
          size="xs"
          variant="default"
          loading={reinstating}
          onClick={() => void run(reinstate)}
          aria-label={t('cockpit.withdraw.reinstateNamed', { name })}
        >
          {t('cockpit.withdraw.reinstate')}
        </Button>
      </Stack>
    );
  if (!open)
    return (
      <Button
        size="xs"
        variant="subtle"
        color="red.9"
        onClick={() => setOpen(true)}
        aria-label={t('cockpit.withdraw.openNamed', { name })}
      >
        {t('cockpit.withdraw.open')}
      </Button>
    );
  return (
    <Stack gap={4} miw={220}>
      {failure && <ErrorAlert error={failure} />}
      <TextInput
        size="xs"
        label={t('cockpit.withdraw.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={500}
        data-autofocus
      />
      <Group gap={4}>
        <Button size="xs" color="red.9" loading={withdrawing} onClick={() => void run(() => withdraw(reason))}>
          {t('cockpit.withdraw.confirm')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t('cockpit.withdraw.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
