import { type EventPerson } from '@hadir/contracts';
import { Alert, Button, Center, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCodeImage } from '../../../shared/components/QrCodeImage';
import { copyText } from '../../../shared/lib/clipboard';

export interface InvitationLinkModalProps {
  person: EventPerson;
  url: string;
  /** Whether copying already worked; null when nobody asked for a copy yet. */
  copied: boolean | null;
  showQr: boolean;
  /** The link was just issued, and the person's earlier ones stopped working. */
  reissued: boolean;
  onClose: () => void;
}

/**
 * The link, selected in a field so it can be copied by hand where the browser refuses to copy it
 * (plain http on a hall's network), and optionally as a QR code to scan from the screen.
 */
export function InvitationLinkModal({
  person,
  url,
  copied: initiallyCopied,
  showQr,
  reissued,
  onClose,
}: InvitationLinkModalProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(initiallyCopied);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (copied === false) input.current?.select();
  }, [copied]);

  const handleCopy = () => {
    void copyText(url).then(setCopied);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('people.linkTitle', { name: person.name })}
      size={showQr ? 'md' : 'lg'}
      data-testid="invitation-link-modal"
    >
      <Stack gap="sm">
        {reissued && (
          <Alert color="blue" variant="light">
            {t('people.linkReissued')}
          </Alert>
        )}
        {showQr && (
          <Center>
            <QrCodeImage
              value={url}
              size="240px"
              alt={t('people.qrAlt', { name: person.name })}
              data-testid="invitation-qr"
            />
          </Center>
        )}
        <TextInput
          ref={input}
          readOnly
          value={url}
          label={t('people.linkLabel')}
          onFocus={(focusEvent) => focusEvent.currentTarget.select()}
          data-testid="invitation-link"
        />
        {copied === true && (
          <Text size="sm" c="green" role="status" data-testid="invitation-copied">
            {t('people.linkCopied')}
          </Text>
        )}
        {copied === false && (
          <Text size="sm" c="orange" role="status" data-testid="invitation-copy-failed">
            {t('people.linkCopyFailed')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('people.linkPrivate')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={handleCopy}>
            {t('people.copy')}
          </Button>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
