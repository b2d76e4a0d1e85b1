import { type ShownPlan } from '@hadir/contracts';
import { Paper } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useLiveSocket } from '../../live/hooks/useLiveSocket';
import { ACK_TIMEOUT_MS, request } from '../../live/api/liveRequest';
import { PlanDocument } from './PlanDocument';

/** On the room display: the plan staff put in front of the room, kept current as it changes. */
export function DisplayedPlan({
  sessionId,
  joins,
  eventTitle,
}: {
  sessionId: string;
  joins: number;
  eventTitle: string;
}) {
  const socket = useLiveSocket();
  const [shown, setShown] = useState<ShownPlan | null>(null);
  const shownId = useRef<string | null>(null);

  useEffect(() => {
    if (joins === 0) return;
    let current = true;
    const noAnswer = () => undefined;
    // Follow the shown plan's own changes while it is on the screen, and only its.
    const follow = (planId: string | null) => {
      if (planId === shownId.current) return;
      if (shownId.current) {
        socket.timeout(ACK_TIMEOUT_MS).emit('plan:close', { planId: shownId.current }, noAnswer);
      }
      shownId.current = planId;
      if (planId) socket.timeout(ACK_TIMEOUT_MS).emit('plan:open', { planId }, noAnswer);
    };
    const load = () =>
      void request<ShownPlan>((cb) =>
        socket.timeout(ACK_TIMEOUT_MS).emit('plan:shown.get', { sessionId }, cb),
      )
        .then((next) => {
          if (!current) return;
          follow(next.plan?.id ?? null);
          setShown(next);
        })
        .catch(() => undefined);
    const changed = ({ sessionId: of }: { sessionId: string }) => {
      if (of === sessionId) load();
    };
    const updated = ({ planId }: { planId: string }) => {
      if (planId === shownId.current) load();
    };
    load();
    socket.on('plan:shown.changed', changed);
    socket.on('plan:updated', updated);
    socket.on('plan:section.saved', updated);
    return () => {
      current = false;
      follow(null);
      socket.off('plan:shown.changed', changed);
      socket.off('plan:updated', updated);
      socket.off('plan:section.saved', updated);
    };
  }, [socket, sessionId, joins]);

  if (!shown?.plan) return null;
  return (
    <Paper withBorder radius="md" data-testid="display-plan">
      <PlanDocument plan={shown.plan} eventTitle={eventTitle} />
    </Paper>
  );
}
