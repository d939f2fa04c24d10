import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';

export type CertificateAction = 'revoke' | 'reissue';

interface Props {
  action: CertificateAction;
  number: string;
  holderName: string;
  onClose: () => void;
  /** Runs the action with the reason (revoke) or the note of what was corrected (re-issue). */
  onConfirm: (text: string) => Promise<unknown>;
}

/** Asks why before revoking or re-issuing; the text is required and kept with the record. */
export function CertificateActionDialog({ action, number, holderName, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm(text.trim());
      onClose();
    } catch (e) {
      setFailure(toAppError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t(`certificates.manage.${action}.title`, { number })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t(`certificates.manage.${action}.explain`, { holder: holderName })}</Text>
          <Textarea
            label={t(`certificates.manage.${action}.label`)}
            required
            autosize
            minRows={3}
            value={text}
            error={missing ? t('certificates.manage.required') : undefined}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setMissing(false);
            }}
            data-autofocus
          />
          {failure && <ErrorAlert error={failure} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('certificates.manage.cancel')}
            </Button>
            <Button type="submit" color={action === 'revoke' ? 'red' : undefined} loading={busy}>
              {t(`certificates.manage.${action}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
