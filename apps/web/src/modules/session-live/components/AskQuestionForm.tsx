import { askQuestionSchema, QUESTION_MAX_LENGTH } from '@hadir/contracts';
import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { type SessionActions } from '../hooks/useSessionActions';

export interface AskQuestionFormProps {
  actions: SessionActions;
  moderated: boolean;
}

/** Asking keeps the text until the server has it, so a refusal or a lost network loses nothing. */
export function AskQuestionForm({ actions, moderated }: AskQuestionFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [draftId, setDraftId] = useState(newId);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = askQuestionSchema.shape.text.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('errors.unexpected'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await actions.ask(draftId, parsed.data, anonymous);
      setText('');
      setDraftId(newId());
      setSent(true);
    } catch (thrown) {
      setError(errorMessage(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Textarea
        label={t('qa.ask.label')}
        placeholder={t('qa.ask.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setSent(false);
        }}
        error={error}
        autosize
        minRows={2}
        maxLength={QUESTION_MAX_LENGTH}
        data-testid="qa-ask-text"
      />
      <Group justify="space-between">
        <Checkbox
          label={t('qa.ask.anonymous')}
          checked={anonymous}
          onChange={(event) => setAnonymous(event.currentTarget.checked)}
          data-testid="qa-ask-anonymous"
        />
        <Button onClick={() => void submit()} loading={busy} data-testid="qa-ask-submit">
          {t('qa.ask.submit')}
        </Button>
      </Group>
      {sent && (
        <Text size="sm" c="dimmed" role="status">
          {moderated ? t('qa.ask.sentModerated') : t('qa.ask.sent')}
        </Text>
      )}
    </Stack>
  );
}
