import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseNameKey } from '../../cycle/phases';
import type { PendingMove } from '../hooks/useMoveCyclePhase';
import { checkMoveReason, MOVE_REASON_MAX_LENGTH, MOVE_REASON_MIN_LENGTH, type MoveReasonError } from '../phase-moves';

interface Props {
  pending: PendingMove | null;
  saving: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why a phase moves back or out of order; the reason goes into the audit log. */
export function MoveReasonDialog({ pending, saving, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<MoveReasonError | null>(null);

  // A new move starts with an empty reason.
  const pendingKey = pending ? `${pending.phase.id}:${pending.move.to}` : null;
  useEffect(() => {
    setReason('');
    setError(null);
  }, [pendingKey]);

  const phase = pending ? t(phaseNameKey(pending.phase.kind)) : '';
  const action = pending ? t(pending.move.labelKey) : '';
  const otherFailure = pending?.failure && pending.failure.code !== 'VALIDATION_FAILED' ? pending.failure : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const checked = checkMoveReason(reason);
    if (!checked.ok) {
      setError(checked.error);
      event.currentTarget.querySelector('textarea')?.focus();
      return;
    }
    setError(null);
    onConfirm(checked.reason);
  }

  return (
    // Always mounted, so that closing animates and gives the focus back to the button that opened it.
    <Modal
      opened={!!pending}
      onClose={onCancel}
      title={t('edition.move.label', { action, phase })}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {pending && (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text>{t(`edition.move.reasons.${pending.why}`)}</Text>
            {otherFailure && <ErrorAlert error={otherFailure} />}
            <Textarea
              label={t('edition.move.reason')}
              description={t('edition.move.reasonHelp')}
              required
              autosize
              minRows={3}
              maxLength={MOVE_REASON_MAX_LENGTH}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={
                error
                  ? t(error, {
                      min: MOVE_REASON_MIN_LENGTH,
                      max: MOVE_REASON_MAX_LENGTH,
                    })
                  : pending.failure?.code === 'VALIDATION_FAILED'
                    ? t('errors.fieldInvalid')
                    : undefined
              }
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('edition.move.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
