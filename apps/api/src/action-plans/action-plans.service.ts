import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AddPlanComment,
  type CreatePlan,
  DEFAULT_PLAN_SECTIONS,
  type PlanComment,
  type PlanDetail,
  type PlanList,
  type PlanScope,
  type PlanSectionDefinition,
  type PlanStep,
  type PlanSummary,
  type PlanTemplate,
  type ResolvePlanConflict,
  type ReviewPlan,
  type Role,
  rooms,
  type SavePlanSection,
  type SavePlanSectionResult,
  type ShowPlan,
  type ShownPlan,
  STAFF_ROLES,
} from '@hadir/contracts';
import { planAllows, planStatusAfter } from '@hadir/domain';
import { DataSource, In, IsNull } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { AccessService } from '../identity/access.service';
import type { PersonEntity } from '../identity/entities/person.entity';
import { PeopleDirectory } from '../identity/people-directory.service';
import { SessionAccessService } from '../events/session-access.service';
import { LiveEmitter } from '../realtime/live-emitter.service';
import type { LiveSocket } from '../realtime/live.types';
import { ActionPlanEntity } from './entities/action-plan.entity';
import { PlanCommentEntity } from './entities/plan-comment.entity';
import { PlanConflictEntity } from './entities/plan-conflict.entity';
import { PlanEditEntity } from './entities/plan-edit.entity';
import { PlanSectionEntity } from './entities/plan-section.entity';
import { PlanStepEntity } from './entities/plan-step.entity';
import { PlanTemplateEntity } from './entities/plan-template.entity';
import { ShownPlanEntity } from './entities/shown-plan.entity';

interface Viewer {
  personId: string;
  name: string;
  country: string;
  roles: Role[];
  staff: boolean;
}

/**
 * Action plans: templates, drafting section by section, review, presenting. Who may read a plan:
 * its authors (the person, or every participant of the delegation's country), the event's staff,
 * and everyone in the event once the organiser has made plans public.
 */
@Injectable()
export class ActionPlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly directory: PeopleDirectory,
    private readonly sessions: SessionAccessService,
    private readonly live: LiveEmitter,
  ) {}

  private get db() {
    return this.dataSource.manager;
  }

  async template(personId: string, eventId: string): Promise<PlanTemplate> {
    await this.access.requireMember(personId, eventId);
    return this.templateOf(eventId);
  }

  async saveTemplate(personId: string, input: PlanTemplate): Promise<PlanTemplate> {
    await this.access.requireRole(personId, input.eventId, ['organiser']);
    await this.db.upsert(
      PlanTemplateEntity,
      {
        eventId: input.eventId,
        sections: JSON.stringify(input.sections),
        plansPublic: input.plansPublic,
        updatedBy: personId,
        updatedAt: new Date(),
      },
      ['eventId'],
    );
    this.live.toRoom(rooms.event(input.eventId), 'plan:template.changed', input);
    return input;
  }

  async list(socket: LiveSocket, eventId: string): Promise<PlanList> {
    const viewer = await this.viewer(socket.data.personId, eventId);
    // Staff follow every plan's changes on the overview.
    if (viewer.staff) await socket.join(rooms.eventPlans(eventId));
    const [template, plans] = await Promise.all([
      this.templateOf(eventId),
      this.db.find(ActionPlanEntity, {
        where: { eventId },
        relations: { owner: true },
        order: { country: 'ASC', createdAt: 'ASC' },
      }),
    ]);
    const visible = plans.filter(
      (plan) => viewer.staff || template.plansPublic || this.isAuthor(viewer, plan),
    );
    const participant = viewer.roles.includes('participant');
    const canStart: PlanScope[] = [];
    if (participant && !plans.some((plan) => plan.ownerKey === ownerKey('person', viewer))) {
      canStart.push('person');
    }
    if (participant && !plans.some((plan) => plan.ownerKey === ownerKey('delegation', viewer))) {
      canStart.push('delegation');
    }
    return {
      eventId,
      plans: await this.summaries(visible, template),
      canStart,
      plansPublic: template.plansPublic,
      staff: viewer.staff,
    };
  }

  /** Idempotent: starting a plan that exists (same id, or same owner) returns that plan. */
  async create(personId: string, input: CreatePlan): Promise<PlanDetail> {
    const viewer = await this.viewer(personId, input.eventId);
    if (!viewer.roles.includes('participant')) {
      throw HadirException.of('plans.onlyParticipantsWrite');
    }
    const key = ownerKey(input.scope, viewer);
    const existing = await this.db.findOneBy(ActionPlanEntity, [
      { id: input.id },
      { eventId: input.eventId, ownerKey: key },
    ]);
    if (existing) {
      if (existing.ownerKey !== key) throw HadirException.of('plans.idTaken');
      return this.detail(viewer, existing);
    }
    const now = new Date();
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(ActionPlanEntity, {
          id: input.id,
          eventId: input.eventId,
          scope: input.scope,
          country: viewer.country,
          ownerId: input.scope === 'person' ? personId : null,
          ownerKey: key,
          status: 'draft',
          createdAt: now,
          updatedAt: now,
        });
        await manager.insert(PlanStepEntity, step(input.id, 'created', personId, now));
      });
    } catch (thrown) {
      // Two delegation members starting at once: the second gets the first one's plan.
      const raced = await this.db.findOneBy(ActionPlanEntity, {
        eventId: input.eventId,
        ownerKey: key,
      });
      if (!raced) throw thrown;
      return this.detail(viewer, raced);
    }
    const plan = await this.requirePlan(input.id);
    this.live.toRoom(rooms.eventPlans(input.eventId), 'plan:updated', { planId: plan.id });
    return this.detail(viewer, plan);
  }

  /** The plan for this viewer; the socket then gets its live changes. */
  async open(socket: LiveSocket, planId: string): Promise<PlanDetail> {
    const { viewer, plan } = await this.readable(socket.data.personId, planId);
    await socket.join(rooms.plan(planId));
    return this.detail(viewer, plan);
  }

  async close(socket: LiveSocket, planId: string): Promise<{ planId: string }> {
    await socket.leave(rooms.plan(planId));
    return { planId };
  }

  async saveSection(personId: string, input: SavePlanSection): Promise<SavePlanSectionResult> {
    const { viewer, plan } = await this.readable(personId, input.planId);
    const previous = await this.db.findOneBy(PlanEditEntity, { editId: input.editId });
    if (previous) {
      if (previous.authorId !== personId || previous.planId !== plan.id) {
        throw HadirException.of('plans.editIdTaken');
      }
      return this.outcomeOf(previous);
    }
    if (!this.isAuthor(viewer, plan)) {
      throw HadirException.of('plans.onlyAuthorsEdit');
    }
    if (!planAllows(plan.status, 'edit')) {
      throw HadirException.of(
        plan.status === 'accepted' ? 'plans.planAccepted' : 'plans.planWithReviewers',
      );
    }
    const template = await this.templateOf(plan.eventId);
    if (!template.sections.some((section) => section.key === input.sectionKey)) {
      throw HadirException.of('plans.sectionNotFound');
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(PlanSectionEntity)
      .values({
        planId: plan.id,
        sectionKey: input.sectionKey,
        text: '',
        version: 0,
        updatedBy: null,
        updatedAt: null,
      })
      .orIgnore()
      .execute();
    const now = new Date();
    // Applies only on the version the edit was made on, whatever another node did meanwhile.
    const { affected } = await this.db.update(
      PlanSectionEntity,
      { planId: plan.id, sectionKey: input.sectionKey, version: input.baseVersion },
      { text: input.text, version: input.baseVersion + 1, updatedBy: personId, updatedAt: now },
    );
    const current = await this.section(plan.id, input.sectionKey);
    let conflictId: string | null = null;
    if (!affected && current.text !== input.text) {
      conflictId = randomUUID();
      await this.db.insert(PlanConflictEntity, {
        id: conflictId,
        planId: plan.id,
        sectionKey: input.sectionKey,
        text: input.text,
        baseVersion: input.baseVersion,
        authorId: personId,
        createdAt: now,
        resolvedAt: null,
      });
    }
    await this.db.insert(PlanEditEntity, {
      editId: input.editId,
      planId: plan.id,
      sectionKey: input.sectionKey,
      authorId: personId,
      conflictId,
    });
    await this.db.update(ActionPlanEntity, plan.id, { updatedAt: now });
    if (affected) {
      this.live.toRoom(rooms.plan(plan.id), 'plan:section.saved', {
        planId: plan.id,
        section: toSection(current),
      });
    }
    if (conflictId) this.changed(plan);
    return this.outcomeOf({ planId: plan.id, sectionKey: input.sectionKey, conflictId });
  }

  /** The conflicting edit has been taken into the section (or dropped): it is no longer shown. */
  async resolveConflict(personId: string, input: ResolvePlanConflict): Promise<PlanDetail> {
    const { viewer, plan } = await this.readable(personId, input.planId);
    if (!this.isAuthor(viewer, plan)) throw HadirException.of('plans.onlyAuthors');
    await this.db.update(
      PlanConflictEntity,
      { id: input.conflictId, planId: plan.id, resolvedAt: IsNull() },
      { resolvedAt: new Date() },
    );
    this.changed(plan);
    return this.detail(viewer, plan);
  }

  async submit(personId: string, planId: string): Promise<PlanDetail> {
    const { viewer, plan } = await this.readable(personId, planId);
    if (!this.isAuthor(viewer, plan)) throw HadirException.of('plans.onlyAuthorsSubmit');
    if (plan.status === 'submitted') return this.detail(viewer, plan);
    if (!planAllows(plan.status, 'submit')) {
      throw HadirException.of('plans.planAccepted');
    }
    const kind = plan.status === 'changes_requested' ? 'resubmitted' : 'submitted';
    await this.move(plan, 'submit', step(plan.id, kind, personId, new Date()));
    return this.detail(viewer, await this.requirePlan(plan.id));
  }

  async review(personId: string, input: ReviewPlan): Promise<PlanDetail> {
    const { viewer, plan } = await this.readable(personId, input.planId);
    if (!viewer.staff) throw HadirException.of('plans.onlyStaffReview');
    if (plan.status === input.decision) return this.detail(viewer, plan);
    if (!planAllows(plan.status, input.decision)) {
      throw HadirException.of('plans.planNotSubmitted');
    }
    const sections = await this.db.findBy(PlanSectionEntity, { planId: plan.id });
    const snapshot = Object.fromEntries(
      sections.map((section) => [section.sectionKey, section.text]),
    );
    await this.move(plan, input.decision, {
      ...step(plan.id, input.decision, personId, new Date()),
      snapshot: JSON.stringify(snapshot),
    });
    return this.detail(viewer, await this.requirePlan(plan.id));
  }

  /** Idempotent on the comment's id. */
  async comment(personId: string, input: AddPlanComment): Promise<PlanComment> {
    const { viewer, plan } = await this.readable(personId, input.planId);
    const author = this.isAuthor(viewer, plan);
    if (!viewer.staff && !author) {
      throw HadirException.of('plans.onlyAuthorsAndReviewersComment');
    }
    const existing = await this.db.findOne(PlanCommentEntity, {
      where: { id: input.id },
      relations: { author: true },
    });
    if (existing) {
      if (existing.authorId !== personId) throw HadirException.of('plans.idTaken');
      return toComment(existing);
    }
    await this.db.insert(PlanCommentEntity, {
      id: input.id,
      planId: plan.id,
      sectionKey: input.sectionKey,
      authorId: personId,
      reviewer: viewer.staff && !author,
      text: input.text,
      createdAt: new Date(),
    });
    this.changed(plan);
    return toComment(
      await this.db.findOneOrFail(PlanCommentEntity, {
        where: { id: input.id },
        relations: { author: true },
      }),
    );
  }

  /** Staff put a plan on the session's room display, or take it off. */
  async show(personId: string, input: ShowPlan): Promise<ShownPlan> {
    const { eventId } = await this.sessions.staff(personId, input.sessionId);
    if (input.planId === null) {
      await this.db.delete(ShownPlanEntity, { sessionId: input.sessionId });
    } else {
      const plan = await this.requirePlan(input.planId);
      if (plan.eventId !== eventId) throw HadirException.of('plans.planNotInEvent');
      await this.db.upsert(
        ShownPlanEntity,
        { sessionId: input.sessionId, planId: plan.id, shownBy: personId, shownAt: new Date() },
        ['sessionId'],
      );
    }
    this.live.toRoom(rooms.session(input.sessionId), 'plan:shown.changed', {
      sessionId: input.sessionId,
      planId: input.planId,
    });
    return this.shown(personId, input.sessionId);
  }

  /** What the display shows: anyone in the session's event sees a plan put in front of the room. */
  async shown(personId: string, sessionId: string): Promise<ShownPlan> {
    const { eventId } = await this.sessions.member(personId, sessionId);
    const row = await this.db.findOneBy(ShownPlanEntity, { sessionId });
    if (!row) return { sessionId, plan: null };
    const plan = await this.requirePlan(row.planId);
    return { sessionId, plan: await this.detail(await this.viewer(personId, eventId), plan) };
  }

  private async move(
    plan: ActionPlanEntity,
    action: 'submit' | 'changes_requested' | 'accepted',
    entry: PlanStepEntity,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.update(
        ActionPlanEntity,
        { id: plan.id, status: plan.status },
        { status: planStatusAfter(action), updatedAt: entry.at },
      );
      if (!affected) throw HadirException.of('plans.planMovedMeanwhile');
      await manager.insert(PlanStepEntity, entry);
    });
    this.changed(plan);
  }

  /** Tells the plan's open pages and the staff overview to read it again. */
  private changed(plan: ActionPlanEntity): void {
    this.live.toRoom([rooms.plan(plan.id), rooms.eventPlans(plan.eventId)], 'plan:updated', {
      planId: plan.id,
    });
  }

  private async outcomeOf(edit: {
    planId: string;
    sectionKey: string;
    conflictId: string | null;
  }): Promise<SavePlanSectionResult> {
    const section = toSection(await this.section(edit.planId, edit.sectionKey));
    if (!edit.conflictId) return { outcome: 'saved', section };
    const conflict = await this.db.findOneOrFail(PlanConflictEntity, {
      where: { id: edit.conflictId },
      relations: { author: true },
    });
    return { outcome: 'conflict', section, conflict: toConflict(conflict) };
  }

  private section(planId: string, sectionKey: string): Promise<PlanSectionEntity> {
    return this.db.findOneOrFail(PlanSectionEntity, {
      where: { planId, sectionKey },
      relations: { editor: true },
    });
  }

  private async detail(viewer: Viewer, plan: ActionPlanEntity): Promise<PlanDetail> {
    const [template, sections, conflicts, comments, steps, owner] = await Promise.all([
      this.templateOf(plan.eventId),
      this.db.find(PlanSectionEntity, { where: { planId: plan.id }, relations: { editor: true } }),
      this.db.find(PlanConflictEntity, {
        where: { planId: plan.id, resolvedAt: IsNull() },
        relations: { author: true },
        order: { createdAt: 'ASC' },
      }),
      this.db.find(PlanCommentEntity, {
        where: { planId: plan.id },
        relations: { author: true },
        order: { createdAt: 'ASC' },
      }),
      this.db.find(PlanStepEntity, {
        where: { planId: plan.id },
        relations: { by: true },
        order: { at: 'ASC' },
      }),
      plan.ownerId ? this.directory.person(plan.ownerId) : null,
    ]);
    const byKey = new Map(sections.map((section) => [section.sectionKey, section]));
    const review = steps.filter((entry) => entry.snapshot !== null).at(-1);
    const author = this.isAuthor(viewer, plan);
    return {
      ...summary(plan, owner, template.sections, sections),
      template,
      sections: template.sections.map((definition) => {
        const row = byKey.get(definition.key);
        return row
          ? toSection(row)
          : { key: definition.key, text: '', version: 0, updatedBy: null, updatedAt: null };
      }),
      conflicts: conflicts.map(toConflict),
      comments: comments.map(toComment),
      history: steps.map((entry): PlanStep => ({
        kind: entry.kind,
        by: { id: entry.byId, name: entry.by?.name ?? '' },
        at: entry.at.toISOString(),
      })),
      lastReview:
        review && (review.kind === 'changes_requested' || review.kind === 'accepted')
          ? {
              at: review.at.toISOString(),
              decision: review.kind,
              sections: JSON.parse(review.snapshot ?? '{}') as Record<string, string>,
            }
          : null,
      canEdit: author && planAllows(plan.status, 'edit'),
      canReview: viewer.staff,
    };
  }

  private async summaries(
    plans: ActionPlanEntity[],
    template: PlanTemplate,
  ): Promise<PlanSummary[]> {
    if (plans.length === 0) return [];
    const sections = await this.db.find(PlanSectionEntity, {
      where: { planId: In(plans.map((plan) => plan.id)) },
      select: { planId: true, sectionKey: true, text: true },
    });
    return plans.map((plan) =>
      summary(
        plan,
        plan.owner ?? null,
        template.sections,
        sections.filter((section) => section.planId === plan.id),
      ),
    );
  }

  private async readable(
    personId: string,
    planId: string,
  ): Promise<{ viewer: Viewer; plan: ActionPlanEntity }> {
    const plan = await this.requirePlan(planId);
    const viewer = await this.viewer(personId, plan.eventId);
    if (!viewer.staff && !this.isAuthor(viewer, plan)) {
      const { plansPublic } = await this.templateOf(plan.eventId);
      if (!plansPublic) {
        throw HadirException.of('plans.planNotPublic');
      }
    }
    return { viewer, plan };
  }

  private isAuthor(viewer: Viewer, plan: ActionPlanEntity): boolean {
    if (plan.scope === 'person') return plan.ownerId === viewer.personId;
    return viewer.roles.includes('participant') && viewer.country === plan.country;
  }

  private async viewer(personId: string, eventId: string): Promise<Viewer> {
    const roles = await this.access.requireMember(personId, eventId);
    const person = await this.directory.person(personId);
    if (!person) throw HadirException.of('events.personNotInEvent');
    return {
      personId,
      name: person.name,
      country: person.country,
      roles,
      staff: roles.some((role) => STAFF_ROLES.includes(role)),
    };
  }

  private async requirePlan(planId: string): Promise<ActionPlanEntity> {
    const plan = await this.db.findOneBy(ActionPlanEntity, { id: planId });
    if (!plan) throw HadirException.of('plans.planNotFound');
    return plan;
  }

  private async templateOf(eventId: string): Promise<PlanTemplate> {
    const row = await this.db.findOneBy(PlanTemplateEntity, { eventId });
    return {
      eventId,
      sections: row ? (JSON.parse(row.sections) as PlanSectionDefinition[]) : DEFAULT_PLAN_SECTIONS,
      plansPublic: row?.plansPublic ?? false,
    };
  }
}

function ownerKey(scope: PlanScope, viewer: Viewer): string {
  return scope === 'person' ? `person:${viewer.personId}` : `delegation:${viewer.country}`;
}

function step(planId: string, kind: PlanStep['kind'], byId: string, at: Date): PlanStepEntity {
  return { id: randomUUID(), planId, kind, byId, at, snapshot: null };
}

function summary(
  plan: ActionPlanEntity,
  owner: PersonEntity | null,
  definitions: PlanSectionDefinition[],
  sections: Pick<PlanSectionEntity, 'sectionKey' | 'text'>[],
): PlanSummary {
  const keys = new Set(definitions.map((definition) => definition.key));
  return {
    id: plan.id,
    eventId: plan.eventId,
    scope: plan.scope,
    country: plan.country,
    owner: owner ? { id: owner.id, name: owner.name } : null,
    status: plan.status,
    updatedAt: plan.updatedAt.toISOString(),
    sectionsWritten: sections.filter((s) => keys.has(s.sectionKey) && s.text.trim() !== '').length,
  };
}

function toSection(row: PlanSectionEntity) {
  return {
    key: row.sectionKey,
    text: row.text,
    version: row.version,
    updatedBy: row.editor ? { id: row.editor.id, name: row.editor.name } : null,
    updatedAt: row.updatedAt?.toISOString() ?? null,
  };
}

function toConflict(row: PlanConflictEntity) {
  return {
    id: row.id,
    sectionKey: row.sectionKey,
    text: row.text,
    baseVersion: row.baseVersion,
    author: { id: row.authorId, name: row.author?.name ?? '' },
    createdAt: row.createdAt.toISOString(),
  };
}

function toComment(row: PlanCommentEntity): PlanComment {
  return {
    id: row.id,
    sectionKey: row.sectionKey,
    author: { id: row.authorId, name: row.author?.name ?? '' },
    reviewer: row.reviewer,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
  };
}
