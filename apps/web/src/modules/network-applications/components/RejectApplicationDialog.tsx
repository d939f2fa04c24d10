import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REJECTION_REASON_MAX_LENGTH, REJECTION_REASON_MIN_LENGTH } from '../application-form';

interface Props {
  opened: boolean;
  saving: boolean;
  failure: AppError | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Asks for the reason of a rejection; the contact person receives it by e-mail. */
export function RejectApplicationDialog({ opened, saving, failure, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (opened) {
      setReason('');
      setInvalid(false);
    }
  }, [opened]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const trimmed = reason.trim();
    if (trimmed.length < REJECTION_REASON_MIN_LENGTH) {
      setInvalid(true);
      event.currentTarget.querySelector('textarea')?.focus();
      return;
    }
    setInvalid(false);
    onConfirm(trimmed);
  }

  const serverInvalid = failure?.code === 'VALIDATION_FAILED';
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('networkApplication.detail.rejectTitle')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {failure && !serverInvalid && <ErrorAlert error={failure} />}
          <Textarea
            label={t('networkApplication.detail.rejectReason')}
            description={t('networkApplication.detail.rejectReasonHelp')}
            required
            autosize
            minRows={3}
            maxLength={REJECTION_REASON_MAX_LENGTH}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={invalid || serverInvalid ? t('networkApplication.errors.reasonRequired') : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={saving}>
              {t('networkApplication.detail.rejectConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
