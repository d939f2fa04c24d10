import { useQuery } from '@apollo/client/react';
import { Button, Image, Modal, Stack, Text, Title } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionFeedbackLinkQuery } from '../graphql/surveys';

/**
 * "Show feedback QR code" at the end of a session, for its trainer while the survey is open: a
 * full-screen code of the survey's page, which the tutors present open on their phones (signing in
 * first if needed). Same pattern and library as the check-in code.
 */
export function FeedbackQr({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [image, setImage] = useState<string | null>(null);
  const { data } = useQuery(SessionFeedbackLinkQuery, { variables: { sessionId }, fetchPolicy: 'cache-and-network' });
  const path = data?.sessionFeedbackLink?.path;
  const url = path ? `${window.location.origin}${path}` : null;
  useEffect(() => {
    if (!shown || !url) return;
    let live = true;
    void QRCode.toDataURL(url, { width: 640, margin: 1 }).then((dataUrl) => live && setImage(dataUrl));
    return () => {
      live = false;
    };
  }, [shown, url]);
  if (!url) return null;
  return (
    <>
      <Button variant="light" onClick={() => setShown(true)} w="fit-content">
        {t('surveys.qr.show')}
      </Button>
      <Modal
        opened={shown}
        onClose={() => setShown(false)}
        fullScreen
        title={t('surveys.qr.title')}
        closeButtonProps={{ 'aria-label': t('surveys.qr.close') }}
      >
        <Stack align="center" gap="md">
          <Title order={2} size="h3" ta="center">
            {t('surveys.qr.intro')}
          </Title>
          {image && (
            <Image
              src={image}
              alt={t('surveys.qr.alt')}
              w="min(80vh, 90vw)"
              h="min(80vh, 90vw)"
              data-testid="feedback-qr"
              data-target={url}
            />
          )}
          <Text size="sm" c="dimmed">
            {url}
          </Text>
          <Button variant="default" onClick={() => setShown(false)}>
            {t('surveys.qr.close')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
