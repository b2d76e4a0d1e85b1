import { type ModerationAction, type Question } from '@hadir/contracts';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/api/useErrorMessage';
import { clockTime } from '../../checkin/lib/doorWords';
import type { SessionActions } from '../../session/hooks/useSessionActions';

export interface QuestionCardProps {
  question: Question;
  actions: SessionActions;
  mine: boolean;
  votedByMe: boolean;
  /** Moderation buttons, for staff. */
  staff?: boolean;
}

const statusColor = {
  pending: 'yellow',
  approved: 'gray',
  live: 'red',
  answered: 'green',
  dismissed: 'gray',
  withdrawn: 'gray',
} as const;

/** One question: its text, who asked, its votes, and what this viewer may do with it. */
export function QuestionCard({
  question,
  actions,
  mine,
  votedByMe,
  staff = false,
}: QuestionCardProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [replying, setReplying] = useState<string | null>(null);
  const canVote = ['approved', 'live', 'answered'].includes(question.status);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      return true;
    } catch (thrown) {
      setError(errorMessage(thrown));
      return false;
    }
  };
  const moderate = (action: ModerationAction) =>
    void run(() => actions.moderate(question.id, action));
  const who = question.author
    ? mine
      ? t('qna.card.you', { name: question.author.name })
      : question.author.name
    : t('qna.card.anonymous');

  return (
    <Paper
      withBorder
      p="sm"
      data-testid="qna-question"
      data-question-id={question.id}
      data-status={question.status}
      style={question.status === 'live' ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={0} align="center">
          <ActionIcon
            variant={votedByMe ? 'filled' : 'light'}
            size="lg"
            disabled={!canVote}
            aria-pressed={votedByMe}
            aria-label={votedByMe ? t('qna.card.unvote') : t('qna.card.vote')}
            onClick={() => void run(() => actions.vote(question.id, !votedByMe))}
            data-testid="qna-vote"
          >
            ▲
          </ActionIcon>
          <Text fw={700} data-testid="qna-votes">
            {question.votes}
          </Text>
        </Stack>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6}>
            {question.pinned && <Badge color="blue">{t('qna.card.pinned')}</Badge>}
            {question.status !== 'approved' && (
              <Badge color={statusColor[question.status]} data-testid="qna-status">
                {t(`qna.status.${question.status}`)}
              </Badge>
            )}
            {mine && question.anonymous && (
              <Badge color="gray" variant="outline" data-testid="qna-asked-anonymously">
                {t('qna.card.askedAnonymously')}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {who} · {clockTime(question.createdAt, i18n.language)}
            </Text>
          </Group>
          {editing === null ? (
            <Text
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              data-testid="qna-text"
            >
              {question.text}
            </Text>
          ) : (
            <Textarea
              value={editing}
              onChange={(event) => setEditing(event.currentTarget.value)}
              autosize
              aria-label={t('qna.card.edit')}
            />
          )}
          {question.reply && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {t('qna.card.reply', { name: question.reply.by })} {question.reply.text}
            </Text>
          )}
          {replying !== null && (
            <Textarea
              value={replying}
              onChange={(event) => setReplying(event.currentTarget.value)}
              autosize
              placeholder={t('qna.card.replyPlaceholder')}
              aria-label={t('qna.card.replyAction')}
            />
          )}
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group gap={6}>
            {mine && question.status === 'pending' && editing === null && (
              <>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setEditing(question.text)}
                >
                  {t('qna.card.edit')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => void run(() => actions.withdraw(question.id))}
                >
                  {t('qna.card.withdraw')}
                </Button>
              </>
            )}
            {editing !== null && (
              <>
                <Button
                  size="compact-xs"
                  onClick={() =>
                    void run(() => actions.edit(question.id, editing)).then((done) => {
                      if (done) setEditing(null);
                    })
                  }
                >
                  {t('common.save')}
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => setEditing(null)}>
                  {t('common.cancel')}
                </Button>
              </>
            )}
            {staff && (
              <StaffButtons
                question={question}
                moderate={moderate}
                replying={replying}
                setReplying={setReplying}
                sendReply={(text) =>
                  void run(() => actions.reply(question.id, text)).then((done) => {
                    if (done) setReplying(null);
                  })
                }
              />
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

function StaffButtons({
  question,
  moderate,
  replying,
  setReplying,
  sendReply,
}: {
  question: Question;
  moderate: (action: ModerationAction) => void;
  replying: string | null;
  setReplying: (text: string | null) => void;
  sendReply: (text: string) => void;
}) {
  const { t } = useTranslation();
  const button = (action: ModerationAction, color?: string) => (
    <Button
      key={action}
      size="compact-xs"
      variant="light"
      color={color}
      onClick={() => moderate(action)}
      data-testid={`qna-${action}`}
    >
      {t(`qna.moderate.${action}`)}
    </Button>
  );
  const { status } = question;
  return (
    <>
      {(status === 'pending' || status === 'dismissed') && button('approve', 'green')}
      {status !== 'live' && status !== 'dismissed' && button('live', 'red')}
      {(status === 'live' || status === 'approved') && button('answered')}
      {button(question.pinned ? 'unpin' : 'pin')}
      {status !== 'dismissed' && button('dismiss', 'gray')}
      {replying === null ? (
        <Button size="compact-xs" variant="subtle" onClick={() => setReplying('')}>
          {t('qna.card.replyAction')}
        </Button>
      ) : (
        <>
          <Button size="compact-xs" onClick={() => sendReply(replying)}>
            {t('qna.card.sendReply')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => setReplying(null)}>
            {t('common.cancel')}
          </Button>
        </>
      )}
    </>
  );
}
