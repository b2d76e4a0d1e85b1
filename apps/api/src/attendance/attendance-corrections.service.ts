import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type AttendanceCorrection,
  type CorrectionsQuery,
  type CreateCorrectionBody,
} from '@hadir/contracts';
import { IsNull, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { EventsService } from '../events/events.service';
import { AccessService } from '../identity/access.service';
import { AttendanceCorrectionEntity } from './entities/attendance-correction.entity';

/**
 * Organisers correct the ledger, one person and session at a time, always with a reason. The
 * latest correction not withdrawn decides that session's figure; the records underneath and
 * every earlier correction stay, to be read in the history.
 */
@Injectable()
export class AttendanceCorrectionsService {
  constructor(
    @InjectRepository(AttendanceCorrectionEntity)
    private readonly corrections: Repository<AttendanceCorrectionEntity>,
    private readonly access: AccessService,
    private readonly events: EventsService,
  ) {}

  /** Idempotent on the client's id. */
  async create(
    actorId: string,
    eventId: string,
    body: CreateCorrectionBody,
  ): Promise<AttendanceCorrection> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const existing = await this.corrections.findOneBy({ id: body.id });
    if (existing) {
      if (existing.eventId !== eventId || existing.createdBy !== actorId) {
        throw HadirException.of('attendance.correctionIdTaken');
      }
      return this.view(existing.id);
    }
    if ((await this.access.rolesIn(body.personId, eventId)).length === 0) {
      throw HadirException.of('events.personNotInEvent');
    }
    if ((await this.events.eventOfSession(body.sessionId).catch(() => null)) !== eventId) {
      throw HadirException.of('events.sessionNotInEvent');
    }
    await this.corrections.insert({
      id: body.id,
      eventId,
      personId: body.personId,
      sessionId: body.sessionId,
      kind: body.kind,
      mode: body.kind === 'present' ? body.mode : null,
      fromAt: body.kind === 'present' && body.from ? new Date(body.from) : null,
      toAt: body.kind === 'present' && body.to ? new Date(body.to) : null,
      reason: body.reason,
      createdBy: actorId,
      createdAt: new Date(),
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null,
    });
    return this.view(body.id);
  }

  async withdraw(
    actorId: string,
    eventId: string,
    correctionId: string,
    reason: string,
  ): Promise<AttendanceCorrection> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const correction = await this.corrections.findOneBy({ id: correctionId, eventId });
    if (!correction) throw HadirException.of('attendance.correctionNotFound');
    await this.corrections.update(
      { id: correctionId, withdrawnAt: IsNull() },
      { withdrawnAt: new Date(), withdrawnBy: actorId, withdrawReason: reason },
    );
    return this.view(correctionId);
  }

  /** Organisers read any person's corrections; everyone else only their own. */
  async list(
    actorId: string,
    eventId: string,
    query: CorrectionsQuery,
  ): Promise<AttendanceCorrection[]> {
    const roles = await this.access.requireMember(actorId, eventId);
    const personId = roles.includes('organiser') ? query.personId : actorId;
    if (query.personId && personId !== query.personId) {
      throw HadirException.of('attendance.ownCorrectionsOnly');
    }
    const rows = await this.corrections.find({
      where: { eventId, personId, sessionId: query.sessionId },
      relations: { author: true, withdrawer: true },
      order: { createdAt: 'ASC' },
    });
    const deciding = new Set([...latest(rows).values()].map((row) => row.id));
    return rows.map((row) => toCorrection(row, deciding.has(row.id)));
  }

  /** The correction deciding each corrected session, by person and then session id. */
  async inForce(
    eventId: string,
    personId?: string,
  ): Promise<Map<string, Map<string, AttendanceCorrectionEntity>>> {
    const rows = await this.corrections.find({
      where: { eventId, personId, withdrawnAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    const byPerson = new Map<string, Map<string, AttendanceCorrectionEntity>>();
    for (const row of latest(rows).values()) {
      const sessions = byPerson.get(row.personId) ?? new Map<string, AttendanceCorrectionEntity>();
      sessions.set(row.sessionId, row);
      byPerson.set(row.personId, sessions);
    }
    return byPerson;
  }

  private async view(id: string): Promise<AttendanceCorrection> {
    const row = await this.corrections.findOneOrFail({
      where: { id },
      relations: { author: true, withdrawer: true },
    });
    const siblings = await this.corrections.find({
      where: { eventId: row.eventId, personId: row.personId, sessionId: row.sessionId },
      order: { createdAt: 'ASC' },
    });
    return toCorrection(row, latest(siblings).get(key(row))?.id === row.id);
  }
}

const key = (row: AttendanceCorrectionEntity) => `${row.personId}:${row.sessionId}`;

/** Of rows in the order they were made, the last not withdrawn for each person and session. */
function latest(rows: AttendanceCorrectionEntity[]): Map<string, AttendanceCorrectionEntity> {
  const deciding = new Map<string, AttendanceCorrectionEntity>();
  for (const row of rows) if (!row.withdrawnAt) deciding.set(key(row), row);
  return deciding;
}

function toCorrection(row: AttendanceCorrectionEntity, inForce: boolean): AttendanceCorrection {
  return {
    id: row.id,
    personId: row.personId,
    sessionId: row.sessionId,
    kind: row.kind,
    mode: row.mode,
    from: row.fromAt?.toISOString() ?? null,
    to: row.toAt?.toISOString() ?? null,
    reason: row.reason,
    made: { id: row.createdBy, name: row.author?.name ?? '', at: row.createdAt.toISOString() },
    withdrawn:
      row.withdrawnAt && row.withdrawnBy
        ? {
            id: row.withdrawnBy,
            name: row.withdrawer?.name ?? '',
            at: row.withdrawnAt.toISOString(),
            reason: row.withdrawReason ?? '',
          }
        : null,
    inForce,
  };
}
