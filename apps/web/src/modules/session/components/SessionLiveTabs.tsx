import { type SessionState } from '@hadir/contracts';
import { Badge, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SessionActions } from '../hooks/useSessionActions';
import { ChatPanel } from '../../chat/components/ChatPanel';
import { PollsPanel } from '../../polls/components/PollsPanel';
import { QnaBoard } from '../../qna/components/QnaBoard';

type LiveTab = 'polls' | 'qna' | 'chat';

/**
 * A phone's view of a session's live parts: one at a time, on the first screen. It opens on the
 * poll while one is open and on the questions otherwise; later it only counts what is new on the
 * other tabs, so a question being typed is never switched away from.
 */
export function SessionLiveTabs({
  state,
  actions,
  myId,
}: {
  state: SessionState;
  actions: SessionActions;
  myId: string | undefined;
}) {
  const { t } = useTranslation();
  const open = state.polls.filter((poll) => poll.status === 'open').length;
  const [tab, setTab] = useState<LiveTab>(() => (open > 0 ? 'polls' : 'qna'));
  const count = (n: number) =>
    n > 0 ? (
      <Badge size="sm" circle variant="filled">
        {n}
      </Badge>
    ) : null;

  return (
    <Tabs
      value={tab}
      onChange={(value) => value && setTab(value as LiveTab)}
      data-testid="session-live-tabs"
      data-tab={tab}
    >
      <Tabs.List grow>
        <Tabs.Tab value="polls" rightSection={count(open)} data-testid="live-tab-polls">
          {t('polls.title')}
        </Tabs.Tab>
        <Tabs.Tab
          value="qna"
          rightSection={count(state.questions.length)}
          data-testid="live-tab-qna"
        >
          {t('qna.title')}
        </Tabs.Tab>
        <Tabs.Tab value="chat" data-testid="live-tab-chat">
          {t('chat.title')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="polls" pt="sm">
        {state.polls.some((poll) => poll.status !== 'draft') ? (
          <PollsPanel state={state} actions={actions} />
        ) : (
          <NoPolls />
        )}
      </Tabs.Panel>
      <Tabs.Panel value="qna" pt="sm">
        <QnaBoard state={state} actions={actions} />
      </Tabs.Panel>
      <Tabs.Panel value="chat" pt="sm">
        <ChatPanel state={state} actions={actions} myId={myId} />
      </Tabs.Panel>
    </Tabs>
  );
}

function NoPolls() {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" size="sm">
      {t('polls.noneYet')}
    </Text>
  );
}
