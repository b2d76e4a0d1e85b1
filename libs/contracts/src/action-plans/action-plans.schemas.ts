import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../common/ids';

/*
 * Action plans: each participant, or a country's delegation together, drafts a plan to apply at
 * home, section by section; facilitators review it during the week.
 */

export const PLAN_SECTION_TEXT_MAX = 10_000;
export const PLAN_SECTIONS_MAX = 20;
export const PLAN_COMMENT_MAX = 2000;

const localisedSchema = z.object({
  en: z.string().trim().max(400, 'At most 400 characters'),
  id: z.string().trim().max(400, 'At most 400 characters'),
});
export type Localised = z.infer<typeof localisedSchema>;

export const planSectionDefinitionSchema = z.object({
  /** Stable across edits of the template, so plans keep their text. */
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lower-case letters, digits and _ for a section key'),
  title: localisedSchema.refine((title) => title.en !== '' || title.id !== '', {
    message: 'Give the section a title',
  }),
  hint: localisedSchema,
});
export type PlanSectionDefinition = z.infer<typeof planSectionDefinitionSchema>;

export const planTemplateSchema = z.object({
  eventId: idSchema,
  sections: z
    .array(planSectionDefinitionSchema)
    .min(1, 'A plan needs at least one section')
    .max(PLAN_SECTIONS_MAX, `At most ${PLAN_SECTIONS_MAX} sections`)
    .refine((sections) => new Set(sections.map((s) => s.key)).size === sections.length, {
      message: 'Two sections share a key',
    }),
  /** When on, every participant may read every plan, not only their own country's. */
  plansPublic: z.boolean(),
});
export type PlanTemplate = z.infer<typeof planTemplateSchema>;

export const planEventRefSchema = z.object({ eventId: idSchema });
export type PlanEventRef = z.infer<typeof planEventRefSchema>;

export const planRefSchema = z.object({ planId: idSchema });
export type PlanRef = z.infer<typeof planRefSchema>;

export const planScopeSchema = z.enum(['person', 'delegation']);
export type PlanScope = z.infer<typeof planScopeSchema>;

export const planStatusSchema = z.enum(['draft', 'submitted', 'changes_requested', 'accepted']);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** Starts the person's own plan, or their delegation's; an existing one is returned instead. */
export const createPlanSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  scope: planScopeSchema,
});
export type CreatePlan = z.infer<typeof createPlanSchema>;

export const savePlanSectionSchema = z.object({
  planId: idSchema,
  sectionKey: z.string().max(40),
  /** The client's id for this edit: a retry after a reconnect is recognised. */
  editId: idSchema,
  /** The version the edit was made on; another edit in between is a conflict, not an overwrite. */
  baseVersion: z.number().int().min(0),
  text: z.string().max(PLAN_SECTION_TEXT_MAX, `At most ${PLAN_SECTION_TEXT_MAX} characters`),
});
export type SavePlanSection = z.infer<typeof savePlanSectionSchema>;

export const planSectionSchema = z.object({
  key: z.string(),
  text: z.string(),
  version: z.number().int(),
  updatedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  updatedAt: isoInstantSchema.nullable(),
});
export type PlanSection = z.infer<typeof planSectionSchema>;

/** Someone's edit that arrived on a version another edit had already replaced. */
export const planConflictSchema = z.object({
  id: idSchema,
  sectionKey: z.string(),
  text: z.string(),
  baseVersion: z.number().int(),
  author: z.object({ id: idSchema, name: z.string() }),
  createdAt: isoInstantSchema,
});
export type PlanConflict = z.infer<typeof planConflictSchema>;

export const savePlanSectionResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), section: planSectionSchema }),
  z.object({
    outcome: z.literal('conflict'),
    /** What the section says now. */
    section: planSectionSchema,
    /** The edit that could not replace it, kept for reconciling. */
    conflict: planConflictSchema,
  }),
]);
export type SavePlanSectionResult = z.infer<typeof savePlanSectionResultSchema>;

export const resolvePlanConflictSchema = z.object({ planId: idSchema, conflictId: idSchema });
export type ResolvePlanConflict = z.infer<typeof resolvePlanConflictSchema>;

export const reviewPlanSchema = z.object({
  planId: idSchema,
  decision: z.enum(['changes_requested', 'accepted']),
});
export type ReviewPlan = z.infer<typeof reviewPlanSchema>;

export const addPlanCommentSchema = z.object({
  id: idSchema,
  planId: idSchema,
  sectionKey: z.string().max(40),
  text: z
    .string()
    .trim()
    .min(1, 'Write a comment')
    .max(PLAN_COMMENT_MAX, `At most ${PLAN_COMMENT_MAX} characters`),
});
export type AddPlanComment = z.infer<typeof addPlanCommentSchema>;

export const planCommentSchema = z.object({
  id: idSchema,
  sectionKey: z.string(),
  author: z.object({ id: idSchema, name: z.string() }),
  /** A facilitator's review comment, or the plan's authors answering. */
  reviewer: z.boolean(),
  text: z.string(),
  createdAt: isoInstantSchema,
});
export type PlanComment = z.infer<typeof planCommentSchema>;

export const planStepSchema = z.object({
  kind: z.enum(['created', 'submitted', 'changes_requested', 'resubmitted', 'accepted']),
  by: z.object({ id: idSchema, name: z.string() }),
  at: isoInstantSchema,
});
export type PlanStep = z.infer<typeof planStepSchema>;

export const planSummarySchema = z.object({
  id: idSchema,
  eventId: idSchema,
  scope: planScopeSchema,
  country: z.string(),
  /** The person writing it, for a personal plan; null for a delegation's. */
  owner: z.object({ id: idSchema, name: z.string() }).nullable(),
  status: planStatusSchema,
  updatedAt: isoInstantSchema,
  /** Sections with any text, of the template's. */
  sectionsWritten: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planDetailSchema = planSummarySchema.extend({
  template: planTemplateSchema,
  sections: z.array(planSectionSchema),
  conflicts: z.array(planConflictSchema),
  comments: z.array(planCommentSchema),
  history: z.array(planStepSchema),
  /** The text of every section at the last review, to show what changed since. */
  lastReview: z
    .object({
      at: isoInstantSchema,
      decision: z.enum(['changes_requested', 'accepted']),
      sections: z.record(z.string(), z.string()),
    })
    .nullable(),
  /** What this viewer may do. */
  canEdit: z.boolean(),
  canReview: z.boolean(),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const planListSchema = z.object({
  eventId: idSchema,
  plans: z.array(planSummarySchema),
  /** Plans this viewer may start: their own, and their delegation's when it has none yet. */
  canStart: z.array(planScopeSchema),
  plansPublic: z.boolean(),
  staff: z.boolean(),
});
export type PlanList = z.infer<typeof planListSchema>;

export const showPlanSchema = z.object({ sessionId: idSchema, planId: idSchema.nullable() });
export type ShowPlan = z.infer<typeof showPlanSchema>;

export const shownPlanSchema = z.object({
  sessionId: idSchema,
  plan: planDetailSchema.nullable(),
});
export type ShownPlan = z.infer<typeof shownPlanSchema>;

export const planSessionRefSchema = z.object({ sessionId: idSchema });
export type PlanSessionRef = z.infer<typeof planSessionRefSchema>;

/** The template an event starts with: the sections the programme's briefing asked for. */
export const DEFAULT_PLAN_SECTIONS: PlanSectionDefinition[] = [
  {
    key: 'problem',
    title: { en: 'Problem', id: 'Masalah' },
    hint: {
      en: 'What problem do women-owned small industries face in your country? Who is affected, and how do you know?',
      id: 'Masalah apa yang dihadapi industri kecil milik perempuan di negara Anda? Siapa yang terdampak, dan dari mana Anda tahu?',
    },
  },
  {
    key: 'goal',
    title: { en: 'Goal', id: 'Tujuan' },
    hint: {
      en: 'What will be different when the plan has worked? Make it measurable and give a date.',
      id: 'Apa yang akan berubah jika rencana ini berhasil? Buat terukur dan beri tenggat.',
    },
  },
  {
    key: 'activities',
    title: { en: 'Activities and timeline', id: 'Kegiatan dan jadwal' },
    hint: {
      en: 'The steps, who does each, and when: one line per activity.',
      id: 'Langkah-langkahnya, siapa yang mengerjakan, dan kapan: satu baris per kegiatan.',
    },
  },
  {
    key: 'partners',
    title: { en: 'Partners', id: 'Mitra' },
    hint: {
      en: 'Ministries, associations, banks, platforms or others whose help you need.',
      id: 'Kementerian, asosiasi, bank, platform, atau pihak lain yang bantuannya Anda perlukan.',
    },
  },
  {
    key: 'resources',
    title: { en: 'Resources', id: 'Sumber daya' },
    hint: {
      en: 'Budget, people and materials, and where they come from.',
      id: 'Anggaran, orang, dan bahan, serta dari mana asalnya.',
    },
  },
  {
    key: 'indicators',
    title: { en: 'Indicators', id: 'Indikator' },
    hint: {
      en: 'How you will measure progress, and how often.',
      id: 'Bagaimana Anda mengukur kemajuan, dan seberapa sering.',
    },
  },
  {
    key: 'risks',
    title: { en: 'Risks', id: 'Risiko' },
    hint: {
      en: 'What could stop the plan, and what you will do about it.',
      id: 'Apa yang dapat menghambat rencana, dan apa yang akan Anda lakukan.',
    },
  },
];
