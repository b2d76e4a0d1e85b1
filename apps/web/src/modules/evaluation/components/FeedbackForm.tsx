import { type EvaluationRequest, type SubmitEvaluation } from '@hadir/contracts';
import { Alert, Button, Group, Rating, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../shared/api/queryKeys';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { newId } from '../../../shared/lib/newId';
import { submitEvaluation } from '../api/evaluationApi';

export interface FeedbackFormProps {
  eventId: string;
  request: EvaluationRequest;
}

/**
 * A participant answers one form. What they typed stays in the form when sending fails, and the
 * answer keeps its id across retries, so a resend after a lost reply records it once.
 */
export function FeedbackForm({ eventId, request }: FeedbackFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const { form } = request;
  const [values, setValues] = useState<Record<string, number | string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const answerId = useRef<string | null>(null);
  const send = useMutation({
    mutationFn: (body: Omit<SubmitEvaluation, 'id'>) =>
      submitEvaluation(eventId, { ...body, id: (answerId.current ??= newId()) }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.myEvaluations(eventId) }),
  });
  const set = (questionId: string, value: number | string) => {
    setValues((previous) => ({ ...previous, [questionId]: value }));
    setMissing((previous) => previous.filter((id) => id !== questionId));
  };
  const handleSubmit = () => {
    const unanswered = form.questions
      .filter((question) => question.required)
      .filter((question) => {
        const value = values[question.id];
        return value === undefined || value === 0 || (typeof value === 'string' && !value.trim());
      })
      .map((question) => question.id);
    setMissing(unanswered);
    if (unanswered.length > 0) return;
    const answers = Object.fromEntries(
      Object.entries(values).filter(([, value]) => value !== 0 && value !== ''),
    );
    send.mutate({ formId: form.id, sessionId: request.sessionId, answers });
  };

  if (request.answered || send.isSuccess) {
    return (
      <Alert color="green" variant="light" role="status" data-testid="feedback-thanks">
        {t('evaluation.thanks')}
      </Alert>
    );
  }
  return (
    <Stack gap="md" data-testid="feedback-form" data-form={form.kind}>
      {form.anonymous && (
        <Text size="sm" c="dimmed" data-testid="feedback-anonymous">
          {t('evaluation.anonymousNote')}
        </Text>
      )}
      {form.questions.map((question) => {
        const error = missing.includes(question.id) ? t('evaluation.required') : undefined;
        const label = `${question.prompt}${question.required ? ' *' : ''}`;
        return question.kind === 'rating' ? (
          <Stack key={question.id} gap={4}>
            <Text size="sm" fw={500} id={`q-${question.id}`}>
              {label}
            </Text>
            <Group gap="sm">
              <Rating
                size="lg"
                value={typeof values[question.id] === 'number' ? Number(values[question.id]) : 0}
                onChange={(value) => set(question.id, value)}
                aria-labelledby={`q-${question.id}`}
                data-testid="feedback-rating"
              />
              <Text size="xs" c="dimmed">
                {t('evaluation.scale')}
              </Text>
            </Group>
            {error && (
              <Text size="xs" c="red" role="alert">
                {error}
              </Text>
            )}
          </Stack>
        ) : (
          <Textarea
            key={question.id}
            label={label}
            autosize
            minRows={2}
            maxLength={4000}
            value={typeof values[question.id] === 'string' ? String(values[question.id]) : ''}
            onChange={(changed) => set(question.id, changed.currentTarget.value)}
            error={error}
            data-testid="feedback-text"
          />
        );
      })}
      {send.error && (
        <Alert color="red" variant="light" role="alert" data-testid="feedback-error">
          {errorMessage(send.error)}
        </Alert>
      )}
      <Group>
        <Button onClick={handleSubmit} loading={send.isPending} data-testid="feedback-submit">
          {t('evaluation.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
