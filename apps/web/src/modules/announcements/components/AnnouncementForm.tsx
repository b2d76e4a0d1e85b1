import { ANNOUNCEMENT_MAX_LENGTH, createAnnouncementSchema } from '@hadir/contracts';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { AckTimeoutError, useCreateAnnouncement } from '../hooks/useCreateAnnouncement';

export interface AnnouncementFormProps {
  eventId: string;
  /** Set to announce to one session's audience only. */
  sessionId?: string;
}

interface Attempt {
  id: string;
  text: string;
}

export function AnnouncementForm({ eventId, sessionId }: AnnouncementFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const createAnnouncement = useCreateAnnouncement();
  const [text, setText] = useState('');
  const [validationError, setValidationError] = useState<string | null>(null);
  // The id of the last unacknowledged send: sending the same text again reuses it, so the server
  // recognises a retry of an announcement it may already have stored.
  const [attempt, setAttempt] = useState<Attempt | null>(null);

  const handleSubmit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    const trimmed = text.trim();
    const id = attempt?.text === trimmed ? attempt.id : newId();
    const parsed = createAnnouncementSchema.safeParse({ id, eventId, sessionId, text });
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big');
      setValidationError(
        tooLong
          ? t('announcements.errors.tooLong', { max: ANNOUNCEMENT_MAX_LENGTH })
          : t('announcements.errors.empty'),
      );
      return;
    }
    setValidationError(null);
    setAttempt({ id, text: trimmed });
    createAnnouncement.mutate(parsed.data, {
      onSuccess: () => {
        setText('');
        setAttempt(null);
      },
    });
  };

  const handleTextChange = (value: string) => {
    setText(value);
    setValidationError(null);
  };

  const sendError = createAnnouncement.error;
  let sendErrorMessage: string | null = null;
  if (sendError instanceof AckTimeoutError) sendErrorMessage = t('announcements.errors.timeout');
  else if (sendError) sendErrorMessage = errorMessage(sendError);

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="announcement-form">
      <Stack gap="xs">
        <Textarea
          label={t('announcements.formLabel')}
          placeholder={t('announcements.placeholder')}
          value={text}
          onChange={(changeEvent) => handleTextChange(changeEvent.currentTarget.value)}
          maxLength={ANNOUNCEMENT_MAX_LENGTH}
          autosize
          minRows={2}
          maxRows={6}
          error={validationError}
          data-testid="announcement-text-input"
        />
        {sendErrorMessage && !createAnnouncement.isPending && (
          <Text c="red" size="sm" role="alert" data-testid="announcement-send-error">
            {sendErrorMessage}
          </Text>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('announcements.counter', { length: text.length, max: ANNOUNCEMENT_MAX_LENGTH })}
          </Text>
          <Button
            type="submit"
            loading={createAnnouncement.isPending}
            data-testid="announcement-send"
          >
            {t('announcements.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
