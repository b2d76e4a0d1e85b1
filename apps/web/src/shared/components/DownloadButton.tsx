import { Button, type ButtonProps, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useErrorMessage } from '../api/useErrorMessage';
import { downloadFile } from '../lib/downloadFile';

export interface DownloadButtonProps extends Omit<ButtonProps, 'loading' | 'onClick'> {
  /** The API path, behind the session token. */
  path: string;
  fileName: string;
  children: ReactNode;
  'data-testid'?: string;
}

/** Downloads a file the API makes, showing progress and, beside the button, why it failed. */
export function DownloadButton({ path, fileName, children, ...buttonProps }: DownloadButtonProps) {
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    setFailure(null);
    downloadFile(path, fileName)
      .catch(setFailure)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Button {...buttonProps} loading={busy} onClick={download}>
        {children}
      </Button>
      {failure !== null && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(failure)}
        </Text>
      )}
    </>
  );
}
