import type { SessionChanged, SessionDeleted } from './agenda.schemas';

export interface AgendaServerEvents {
  'agenda:session.changed': (payload: SessionChanged) => void;
  'agenda:session.deleted': (payload: SessionDeleted) => void;
}
