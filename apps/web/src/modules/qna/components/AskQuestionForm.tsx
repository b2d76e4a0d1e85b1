import { askQuestionSchema, type Question, QUESTION_MAX_LENGTH } from '@hadir/contracts';
import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import type { SessionActions } from '../../session/hooks/useSessionActions';

export interface AskQuestionFormProps {
  actions: SessionActions;
  moderated: boolean;
  /** The session's questions, to tell when the one just sent has been approved. */
  questions: readonly Question[];
}

/** Asking keeps the text until the server has it, so a refusal or a lost network loses nothing. */
export function AskQuestionForm({ actions, moderated, questions }: AskQuestionFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [draftId, setDraftId] = useState(newId);
  const [error, setError] = useState<string | null>(null);
  const [sentId, setSentId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // "Waiting for a moderator" holds only while the question waits.
  const sentStatus = questions.find((question) => question.id === sentId)?.status;
  const hint =
    sentId === null
      ? null
      : sentStatus === 'pending' || (sentStatus === undefined && moderated)
        ? t('qna.ask.sentModerated')
        : sentStatus === 'approved' || (sentStatus === undefined && !moderated)
          ? t('qna.ask.sent')
          : null;

  const submit = async () => {
    const parsed = askQuestionSchema.shape.text.safeParse(text);
    if (!parsed.success) {
      // The contract's message is English; the form speaks the reader's language.
      setError(t('qna.ask.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await actions.ask(draftId, parsed.data, anonymous);
      setText('');
      setSentId(draftId);
      setDraftId(newId());
    } catch (thrown) {
      setError(errorMessage(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Textarea
        label={t('qna.ask.label')}
        placeholder={t('qna.ask.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setSentId(null);
        }}
        error={error}
        autosize
        minRows={2}
        maxLength={QUESTION_MAX_LENGTH}
        data-testid="qna-ask-text"
      />
      <Group justify="space-between">
        <Checkbox
          label={t('qna.ask.anonymous')}
          checked={anonymous}
          onChange={(event) => setAnonymous(event.currentTarget.checked)}
          data-testid="qna-ask-anonymous"
        />
        <Button onClick={() => void submit()} loading={busy} data-testid="qna-ask-submit">
          {t('qna.ask.submit')}
        </Button>
      </Group>
      {hint && (
        <Text size="sm" c="dimmed" role="status" data-testid="qna-ask-sent">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
