import { type SessionState } from '@hadir/contracts';
import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionActions } from '../../session/hooks/useSessionActions';
import { orderQuestions, type QuestionOrder } from '../lib/orderQuestions';
import { AskQuestionForm } from './AskQuestionForm';
import { QuestionCard } from './QuestionCard';

export interface QnaBoardProps {
  state: SessionState;
  actions: SessionActions;
}

/** The audience's Q&A: ask, see the board, vote. */
export function QnaBoard({ state, actions }: QnaBoardProps) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<QuestionOrder>('top');
  const questions = orderQuestions(
    state.questions.filter((q) => q.status !== 'withdrawn' && q.status !== 'dismissed'),
    order,
  );
  return (
    <Paper withBorder p="md" data-testid="qna-board">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('qna.title')}
        </Title>
        <AskQuestionForm
          actions={actions}
          moderated={state.settings.moderated}
          questions={state.questions}
        />
        <SegmentedControl
          size="xs"
          value={order}
          onChange={(value) => setOrder(value === 'newest' ? 'newest' : 'top')}
          data={[
            { value: 'top', label: t('qna.order.top') },
            { value: 'newest', label: t('qna.order.newest') },
          ]}
        />
        {questions.length === 0 && <Text c="dimmed">{t('qna.empty')}</Text>}
        {questions.map((question) => (
          <QuestionCard
            key={question.id}
            question={question}
            actions={actions}
            mine={state.myQuestionIds.includes(question.id)}
            votedByMe={state.myVotes.includes(question.id)}
          />
        ))}
      </Stack>
    </Paper>
  );
}
