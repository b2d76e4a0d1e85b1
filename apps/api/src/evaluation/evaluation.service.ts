import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ANONYMOUS_COUNTRY_MINIMUM,
  type AgendaSession,
  type EvaluationForm,
  type EvaluationForms,
  type EvaluationKind,
  type EvaluationReminded,
  type EvaluationRequest,
  type EvaluationResults,
  type EvaluationSubmitted,
  type MyEvaluations,
  rooms,
  type SaveEvaluationForm,
  type SubmitEvaluation,
} from '@hadir/contracts';
import { checkEvaluationAnswers, csvTable, evaluationResults } from '@hadir/domain';
import { Repository } from 'typeorm';
import { AttendanceService } from '../attendance/attendance.service';
import { HadirException } from '../common/hadir.exception';
import { EventsService } from '../events/events.service';
import type { PersonEntity } from '../identity/entities/person.entity';
import { AccessService } from '../identity/access.service';
import { PeopleDirectory } from '../identity/people-directory.service';
import { Coalescer } from '../realtime/coalescer';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { EvaluationAnswerEntity } from './entities/evaluation-answer.entity';
import { EvaluationFormEntity } from './entities/evaluation-form.entity';
import { EvaluationReceiptEntity } from './entities/evaluation-receipt.entity';

const ORGANISER = ['organiser'] as const;
const UPDATES_PER_SECOND = 2;
const PROGRAMME_SCOPE = 'programme';

/**
 * Session feedback and the programme evaluation: organisers prepare the forms, participants
 * answer them (a session's once it has ended), and organisers read the results as they arrive.
 */
@Injectable()
export class EvaluationService implements OnModuleDestroy {
  private readonly logger = new Logger(EvaluationService.name);
  private readonly pushes = Coalescer.eachKey(
    async (formId: string) => {
      const form = await this.forms.findOneBy({ id: formId });
      if (!form) return;
      this.live.toRoom(
        rooms.evaluationResults(formId),
        'evaluation:results.updated',
        await this.resultsOf(form),
      );
    },
    { logger: this.logger, what: 'evaluation results' },
    1000 / UPDATES_PER_SECOND,
  );

  constructor(
    @InjectRepository(EvaluationFormEntity)
    private readonly forms: Repository<EvaluationFormEntity>,
    @InjectRepository(EvaluationAnswerEntity)
    private readonly answers: Repository<EvaluationAnswerEntity>,
    @InjectRepository(EvaluationReceiptEntity)
    private readonly receipts: Repository<EvaluationReceiptEntity>,
    private readonly access: AccessService,
    private readonly events: EventsService,
    private readonly directory: PeopleDirectory,
    private readonly attendance: AttendanceService,
    private readonly live: LiveEmitter,
  ) {}

  async list(actorId: string, eventId: string): Promise<EvaluationForms> {
    await this.access.requireRole(actorId, eventId, ORGANISER);
    const found = await this.forms.findBy({ eventId });
    const wire = async (kind: EvaluationKind) => {
      const form = found.find((candidate) => candidate.kind === kind);
      return form ? this.toWire(form) : null;
    };
    return { session: await wire('session'), programme: await wire('programme') };
  }

  /** Creates the event's form of this kind, or changes it while nobody has answered it. */
  async save(
    actorId: string,
    eventId: string,
    kind: EvaluationKind,
    input: SaveEvaluationForm,
  ): Promise<EvaluationForm> {
    await this.access.requireRole(actorId, eventId, ORGANISER);
    const form = await this.forms.findOneBy({ eventId, kind });
    if (!form) {
      const created: EvaluationFormEntity = {
        id: randomUUID(),
        eventId,
        kind,
        ...input,
        status: 'draft',
        updatedAt: new Date(),
      };
      await this.forms.insert(created);
      return this.toWire(created);
    }
    const answered = (await this.receipts.countBy({ formId: form.id })) > 0;
    const fixedPartChanged =
      form.anonymous !== input.anonymous ||
      JSON.stringify(form.questions) !== JSON.stringify(input.questions);
    if (answered && fixedPartChanged) throw HadirException.of('evaluation.formAnswered');
    Object.assign(form, input, { updatedAt: new Date() });
    await this.forms.save(form);
    return this.toWire(form);
  }

  async setStatus(
    actorId: string,
    eventId: string,
    kind: EvaluationKind,
    status: EvaluationForm['status'],
  ): Promise<EvaluationForm> {
    await this.access.requireRole(actorId, eventId, ORGANISER);
    const form = await this.formOf(eventId, kind);
    form.status = status;
    form.updatedAt = new Date();
    await this.forms.save(form);
    return this.toWire(form);
  }

  /**
   * What this participant is asked: the open programme form, and each ended session they
   * attended. With `onSession`, only that session's form, once it has ended, whatever the ledger
   * says: someone the door missed may still tell what they thought, from the session's page.
   */
  async mine(personId: string, eventId: string, onSession?: string): Promise<MyEvaluations> {
    const roles = await this.access.requireMember(personId, eventId);
    const person = await this.directory.person(personId, eventId);
    if (!roles.includes('participant') || !person) return { requests: [] };
    const open = await this.forms.findBy({ eventId, status: 'open' });
    if (open.length === 0) return { requests: [] };
    const answered = new Set(
      (await this.receipts.findBy({ personId })).map((r) => `${r.formId}/${r.scope}`),
    );
    const requests: EvaluationRequest[] = [];
    for (const form of open.sort((a, b) => a.kind.localeCompare(b.kind))) {
      const asked = {
        id: form.id,
        kind: form.kind,
        title: form.title,
        anonymous: form.anonymous,
        questions: form.questions,
      };
      if (form.kind === 'programme') {
        if (onSession) continue;
        requests.push({
          form: asked,
          sessionId: null,
          sessionTitle: null,
          answered: answered.has(`${form.id}/${PROGRAMME_SCOPE}`),
        });
        continue;
      }
      const ended = (await this.endedSessions(eventId)).filter(
        (session) => !onSession || session.id === onSession,
      );
      const attended = onSession
        ? new Set(ended.map((session) => session.id))
        : ((await this.attendance.attendedSessions(eventId, [person])).get(personId) ?? new Set());
      for (const session of ended) {
        const done = answered.has(`${form.id}/${session.id}`);
        if (!done && !attended.has(session.id)) continue;
        requests.push({
          form: asked,
          sessionId: session.id,
          sessionTitle: session.title,
          answered: done,
        });
      }
    }
    return { requests };
  }

  async submit(
    personId: string,
    eventId: string,
    input: SubmitEvaluation,
  ): Promise<EvaluationSubmitted> {
    const roles = await this.access.requireMember(personId, eventId);
    if (!roles.includes('participant')) throw HadirException.of('evaluation.participantsOnly');
    const form = await this.forms.findOneBy({ id: input.formId, eventId });
    if (!form) throw HadirException.of('evaluation.formNotFound');
    const scope = await this.scopeOf(form, input.sessionId);
    const retried = await this.receipts.findOneBy({ id: input.id });
    if (retried) {
      if (retried.personId === personId && retried.formId === form.id && retried.scope === scope) {
        return { answered: true };
      }
      throw HadirException.of('evaluation.alreadyAnswered');
    }
    if (form.status !== 'open') throw HadirException.of('evaluation.formNotOpen');
    if (await this.receipts.existsBy({ formId: form.id, personId, scope })) {
      throw HadirException.of('evaluation.alreadyAnswered');
    }
    const checked = checkEvaluationAnswers(form.questions, input.answers);
    if (!checked.ok) {
      if (checked.problem === 'unknownQuestion')
        throw HadirException.of('evaluation.unknownQuestion');
      throw HadirException.of(`evaluation.${checked.problem}`, { prompt: checked.prompt });
    }
    const person = await this.directory.person(personId, eventId);
    if (!person) throw HadirException.of('evaluation.participantsOnly');
    const answer: EvaluationAnswerEntity = {
      id: randomUUID(),
      formId: form.id,
      sessionId: input.sessionId,
      personId: form.anonymous ? null : personId,
      country: form.anonymous ? await this.countryShown(eventId, person.country) : person.country,
      values: checked.values,
      submittedAt: form.anonymous ? null : new Date(),
    };
    try {
      await this.receipts.manager.transaction(async (manager) => {
        await manager.insert(EvaluationReceiptEntity, {
          id: input.id,
          formId: form.id,
          personId,
          sessionId: input.sessionId,
          scope,
          createdAt: new Date(),
        });
        await manager.insert(EvaluationAnswerEntity, answer);
      });
    } catch (thrown) {
      // Two devices answered at once: the first one counts, and a retry of it is answered.
      const raced = await this.receipts.findOneBy({ formId: form.id, personId, scope });
      if (!raced) throw thrown;
      if (raced.id === input.id) return { answered: true };
      throw HadirException.of('evaluation.alreadyAnswered');
    }
    this.pushes.mark(form.id);
    return { answered: true };
  }

  async results(actorId: string, eventId: string, formId: string): Promise<EvaluationResults> {
    await this.access.requireRole(actorId, eventId, ORGANISER);
    const form = await this.forms.findOneBy({ id: formId, eventId });
    if (!form) throw HadirException.of('evaluation.formNotFound');
    return this.resultsOf(form);
  }

  /** Every answer a row, formula-safe; names only on a named form. */
  async resultsCsv(actorId: string, eventId: string, formId: string): Promise<string> {
    await this.access.requireRole(actorId, eventId, ORGANISER);
    const form = await this.forms.findOneBy({ id: formId, eventId });
    if (!form) throw HadirException.of('evaluation.formNotFound');
    const [answers, agenda] = await Promise.all([
      this.answers.find({ where: { formId }, order: { id: 'ASC' } }),
      this.events.agendaOf(eventId),
    ]);
    const titles = new Map(agenda.sessions.map((s) => [s.id, s.title]));
    const names = await this.directory.named(
      answers.flatMap((a) => (a.personId ? [a.personId] : [])),
    );
    const header = [
      ...(form.kind === 'session' ? ['Session'] : []),
      ...(form.anonymous ? [] : ['Name']),
      'Country',
      ...form.questions.map((question) => question.prompt),
    ];
    const rows = answers
      .map((answer) => [
        ...(form.kind === 'session' ? [titles.get(answer.sessionId ?? '') ?? ''] : []),
        ...(form.anonymous ? [] : [names.get(answer.personId ?? '') ?? '']),
        answer.country ?? '',
        ...form.questions.map((question) => answer.values[question.id] ?? ''),
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    return csvTable(header, rows);
  }

  /** Sends each participant who has not answered an open form a reminder to their devices. */
  async remind(actorId: string, eventId: string, formId: string): Promise<EvaluationReminded> {
    await this.access.requireRole(actorId, eventId, ORGANISER);
    const form = await this.forms.findOneBy({ id: formId, eventId });
    if (!form) throw HadirException.of('evaluation.formNotFound');
    if (form.status !== 'open') throw HadirException.of('evaluation.formNotOpen');
    const pending = await this.pending(form);
    for (const personId of pending) {
      this.live.toRoom(rooms.person(personId), 'evaluation:reminder', { eventId, formId });
    }
    return { reminded: pending.length };
  }

  onModuleDestroy(): void {
    this.pushes.stop();
  }

  private async formOf(eventId: string, kind: EvaluationKind): Promise<EvaluationFormEntity> {
    const form = await this.forms.findOneBy({ eventId, kind });
    if (!form) throw HadirException.of('evaluation.formNotFound');
    return form;
  }

  private async toWire(form: EvaluationFormEntity): Promise<EvaluationForm> {
    return {
      id: form.id,
      eventId: form.eventId,
      kind: form.kind,
      title: form.title,
      anonymous: form.anonymous,
      questions: form.questions,
      status: form.status,
      answers: await this.receipts.countBy({ formId: form.id }),
    };
  }

  /** What one answer is about: the programme, or a session of the event that has ended. */
  private async scopeOf(form: EvaluationFormEntity, sessionId: string | null): Promise<string> {
    if (form.kind === 'programme') {
      if (sessionId !== null) throw HadirException.of('evaluation.noSessionForProgramme');
      return PROGRAMME_SCOPE;
    }
    if (sessionId === null) throw HadirException.of('evaluation.sessionRequired');
    const agenda = await this.events.agendaOf(form.eventId);
    const session = agenda.sessions.find((s) => s.id === sessionId && s.kind !== 'break');
    if (!session) throw HadirException.of('events.sessionNotInEvent');
    if (Date.parse(session.endsAt) > Date.now())
      throw HadirException.of('evaluation.sessionNotEnded');
    return sessionId;
  }

  /** An anonymous answer's country, unless so few participants share it that it would name them. */
  private async countryShown(eventId: string, country: string): Promise<string | null> {
    const sharing = (await this.participants(eventId)).filter((p) => p.country === country);
    return sharing.length >= ANONYMOUS_COUNTRY_MINIMUM ? country : null;
  }

  private async participants(eventId: string): Promise<PersonEntity[]> {
    const roles = await this.directory.rolesIn(eventId);
    return roles.flatMap((role) =>
      role.role === 'participant' && role.person ? [role.person] : [],
    );
  }

  private async endedSessions(eventId: string): Promise<AgendaSession[]> {
    const now = Date.now();
    return (await this.events.agendaOf(eventId)).sessions.filter(
      (session) => session.kind !== 'break' && Date.parse(session.endsAt) <= now,
    );
  }

  /** Who was asked: each participant, for a session form each attendee of an ended session. */
  private async asked(form: EvaluationFormEntity): Promise<{
    participants: PersonEntity[];
    sessions: { session: AgendaSession; people: Set<string> }[];
  }> {
    const participants = await this.participants(form.eventId);
    if (form.kind === 'programme') return { participants, sessions: [] };
    const [ended, attended] = await Promise.all([
      this.endedSessions(form.eventId),
      this.attendance.attendedSessions(form.eventId, participants),
    ]);
    return {
      participants,
      sessions: ended.map((session) => ({
        session,
        people: new Set(
          participants.filter((p) => attended.get(p.id)?.has(session.id)).map((p) => p.id),
        ),
      })),
    };
  }

  private async pending(form: EvaluationFormEntity): Promise<string[]> {
    const [asked, receipts] = await Promise.all([
      this.asked(form),
      this.receipts.findBy({ formId: form.id }),
    ]);
    const done = new Set(receipts.map((r) => `${r.personId}/${r.scope}`));
    if (form.kind === 'programme') {
      return asked.participants
        .filter((p) => !done.has(`${p.id}/${PROGRAMME_SCOPE}`))
        .map((p) => p.id);
    }
    const waiting = new Set<string>();
    for (const { session, people } of asked.sessions) {
      for (const personId of people) {
        if (!done.has(`${personId}/${session.id}`)) waiting.add(personId);
      }
    }
    return [...waiting];
  }

  private async resultsOf(form: EvaluationFormEntity): Promise<EvaluationResults> {
    const [asked, answers] = await Promise.all([
      this.asked(form),
      this.answers.find({ where: { formId: form.id }, order: { id: 'ASC' } }),
    ]);
    const names = form.anonymous
      ? new Map<string, string>()
      : await this.directory.named(answers.flatMap((a) => (a.personId ? [a.personId] : [])));
    const sessions = asked.sessions.map(({ session, people }) => ({
      sessionId: session.id,
      title: session.title,
      expected: people.size,
    }));
    return evaluationResults({
      eventId: form.eventId,
      formId: form.id,
      questions: form.questions,
      answers: answers.map((answer) => ({
        sessionId: answer.sessionId,
        country: answer.country,
        values: answer.values,
        author: answer.personId ? (names.get(answer.personId) ?? null) : null,
      })),
      expected:
        form.kind === 'programme'
          ? asked.participants.length
          : sessions.reduce((sum, session) => sum + session.expected, 0),
      sessions,
    });
  }
}
