import { CHAT_MESSAGE_MAX, chatTextSchema } from '@hadir/contracts';
import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';

/**
 * Writing a chat message, in a session or a breakout room. The draft keeps its id until it is
 * sent, so a resend after a lost answer is the same message; a refusal keeps the text.
 */
export function ChatComposer({
  placeholder,
  testId,
  onSend,
}: {
  placeholder: string;
  /** Prefix of the input's and button's test ids. */
  testId: string;
  onSend: (text: string, id: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [draftId, setDraftId] = useState(newId);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    const parsed = chatTextSchema.safeParse(text);
    if (!parsed.success) {
      setError(t('chat.write'));
      return;
    }
    setError(null);
    try {
      await onSend(parsed.data, draftId);
      setText('');
      setDraftId(newId());
    } catch (thrown) {
      setError(errorMessage(thrown));
    }
  };

  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <TextInput
        style={{ flex: 1 }}
        value={text}
        maxLength={CHAT_MESSAGE_MAX}
        placeholder={placeholder}
        aria-label={placeholder}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void send();
        }}
        error={error}
        data-testid={`${testId}-input`}
      />
      <Button onClick={() => void send()} data-testid={`${testId}-send`}>
        {t('chat.send')}
      </Button>
    </Group>
  );
}
