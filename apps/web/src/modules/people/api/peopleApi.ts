import {
  type CreatePersonBody,
  eventPeopleResponseSchema,
  eventPersonSchema,
  importReportSchema,
  invitationLinkSchema,
  type Role,
  type UpdatePersonBody,
} from '@hadir/contracts';
import { z } from 'zod';
import { apiFetch, noContentSchema } from '../../../shared/api/apiFetch';

const peoplePath = (eventId: string) => `/events/${encodeURIComponent(eventId)}/people`;
const personPath = (eventId: string, personId: string) =>
  `${peoplePath(eventId)}/${encodeURIComponent(personId)}`;

export const fetchPeople = (eventId: string, signal?: AbortSignal) =>
  apiFetch(peoplePath(eventId), eventPeopleResponseSchema, { signal });

export const createPerson = (eventId: string, body: CreatePersonBody) =>
  apiFetch(peoplePath(eventId), eventPersonSchema, { method: 'POST', body });

export const updatePerson = (eventId: string, personId: string, body: UpdatePersonBody) =>
  apiFetch(personPath(eventId, personId), eventPersonSchema, { method: 'PATCH', body });

export const setPersonRoles = (eventId: string, personId: string, roles: Role[]) =>
  apiFetch(`${personPath(eventId, personId)}/roles`, eventPersonSchema, {
    method: 'PUT',
    body: { roles },
  });

/** What importing `csv` would do; the server writes nothing. */
export const previewImport = (eventId: string, csv: string) =>
  apiFetch(`${peoplePath(eventId)}/import/preview`, importReportSchema, {
    method: 'POST',
    body: { csv },
  });

export const applyImport = (eventId: string, csv: string) =>
  apiFetch(`${peoplePath(eventId)}/import`, importReportSchema, {
    method: 'POST',
    body: { csv },
  });

export const fetchInvitation = (eventId: string, personId: string) =>
  apiFetch(`${personPath(eventId, personId)}/invitation`, invitationLinkSchema);

export const reissueInvitation = (eventId: string, personId: string) =>
  apiFetch(`${personPath(eventId, personId)}/invitation`, invitationLinkSchema, {
    method: 'POST',
  });

export const revokeInvitation = (eventId: string, personId: string) =>
  apiFetch(`${personPath(eventId, personId)}/invitation`, noContentSchema, { method: 'DELETE' });

export const reissueBadge = (eventId: string, personId: string) =>
  apiFetch(`${personPath(eventId, personId)}/badge`, z.object({ code: z.string() }), {
    method: 'POST',
  });
