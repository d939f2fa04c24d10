import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDissolveReason, DISSOLVE_REASON_MAX_LENGTH } from '../dissolve-reason';
import type { DissolvableTandem } from '../hooks/useDissolveTandem';

interface Props {
  tandem: DissolvableTandem | null;
  /** An open invitation is withdrawn rather than dissolved: the same operation, other words. */
  withdraw?: boolean;
  saving: boolean;
  failure: AppError | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why the tandem ends (required); the partners and the coordinators see the reason. */
export function DissolveTandemDialog({ tandem, withdraw = false, saving, failure, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    setReason('');
    setMissing(false);
  }, [tandem?.id]);

  const names = tandem
    ? { school: tandem.schoolTutor.displayName, company: tandem.companyTutor.displayName }
    : { school: '', company: '' };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const checked = checkDissolveReason(reason);
    if (!checked.ok) {
      setMissing(true);
      event.currentTarget.querySelector('textarea')?.focus();
      return;
    }
    setMissing(false);
    onConfirm(checked.reason);
  }

  const fieldFailure = failure?.code === 'VALIDATION_FAILED';
  return (
    <Modal
      opened={!!tandem}
      onClose={onCancel}
      title={withdraw ? t('tandems.dissolve.withdrawTitle') : t('tandems.dissolve.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {tandem && (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text>{withdraw ? t('tandems.dissolve.withdrawText', names) : t('tandems.dissolve.text', names)}</Text>
            {failure && !fieldFailure && <ErrorAlert error={failure} />}
            <Textarea
              label={t('tandems.dissolve.reason')}
              description={t('tandems.dissolve.reasonHelp')}
              required
              autosize
              minRows={3}
              maxLength={DISSOLVE_REASON_MAX_LENGTH}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={
                missing ? t('tandems.dissolve.reasonRequired') : fieldFailure ? t('errors.fieldInvalid') : undefined
              }
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.8" loading={saving}>
                {withdraw ? t('tandems.dissolve.withdrawConfirm') : t('tandems.dissolve.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
