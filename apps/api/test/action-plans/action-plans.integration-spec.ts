import { randomUUID } from 'node:crypto';
import {
  type DemoPerson,
  type PlanDetail,
  type PlanList,
  type PlanTemplate,
  type SavePlanSectionResult,
} from '@hadir/contracts';
import { databasesUnderTest } from '../support/databases';
import { eventually } from '../support/eventually';
import { call, sessionStage, type SignedIn } from '../support/session-live';
import { connectLive, demoPeople, type LiveClient, nextEvent, signIn } from '../support/test-app';

const refused = { ok: false, error: { code: 'FORBIDDEN' } };

async function expectSoon(check: () => boolean): Promise<void> {
  expect(await eventually(check, (held) => held)).toBe(true);
}

describe.each(databasesUnderTest())('action plans on $kind', ({ create }) => {
  const stage = sessionStage(create);
  let people: DemoPerson[];
  const sockets: LiveClient[] = [];

  /** A signed-in connection for the demo person the predicate picks. */
  const connect = async (
    pick: (person: DemoPerson) => boolean,
  ): Promise<LiveClient & { who: SignedIn }> => {
    const person = people.find(pick);
    if (!person) throw new Error('The demo lacks someone');
    const { token } = await signIn(stage.app, person);
    const socket = await connectLive(stage.app.url, token);
    sockets.push(socket);
    return Object.assign(socket, { who: { id: person.id, name: person.name, token } });
  };
  const nepali = (name: string) => (p: DemoPerson) => p.name === name && p.country === 'NP';
  const participantOf = (country: string) => (p: DemoPerson) =>
    p.country === country && p.roles.length === 1 && p.roles[0] === 'participant';
  const save = (
    socket: LiveClient,
    planId: string,
    sectionKey: string,
    baseVersion: number,
    text: string,
    editId = randomUUID(),
  ) =>
    call<SavePlanSectionResult>(
      socket.emitWithAck('plan:section.save', { planId, sectionKey, editId, baseVersion, text }),
    );
  const open = (socket: LiveClient, planId: string) =>
    call<PlanDetail>(socket.emitWithAck('plan:open', { planId }));
  const sectionText = (plan: PlanDetail, key: string) =>
    plan.sections.find((section) => section.key === key)?.text;

  beforeAll(async () => {
    people = await demoPeople(stage.app);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  it('should keep both Nepal members’ edits of different sections, and both versions of one section to reconcile', async () => {
    const { eventId } = stage.cast;
    const sita = await connect(nepali('Sita Shrestha'));
    const anita = await connect(nepali('Anita Gurung'));
    const created = await call<PlanDetail>(
      sita.emitWithAck('plan:create', { id: randomUUID(), eventId, scope: 'delegation' }),
    );
    // Starting the delegation's plan again, from the other member, opens the same plan.
    const same = await call<PlanDetail>(
      anita.emitWithAck('plan:create', { id: randomUUID(), eventId, scope: 'delegation' }),
    );
    expect(same.id).toBe(created.id);
    expect(same.canEdit).toBe(true);
    const planId = created.id;
    await open(sita, planId);
    await open(anita, planId);

    const anitaHeard: string[] = [];
    anita.on('plan:section.saved', ({ section }) => anitaHeard.push(section.key));
    const [goal, risks] = await Promise.all([
      save(sita, planId, 'goal', 0, 'Double online sales of Dhaka weavers by 2027'),
      save(anita, planId, 'risks', 0, 'Shipping costs from Palpa'),
    ]);
    expect([goal.outcome, risks.outcome]).toEqual(['saved', 'saved']);
    // Each co-author's open page gets the other's section as soon as it is saved.
    await expectSoon(() => anitaHeard.includes('goal'));

    // Both edit the goal from version 1 at once: one applies, the other is kept beside it.
    const both = await Promise.all([
      save(sita, planId, 'goal', 1, 'Double online sales by 2027, starting with 40 weavers'),
      save(anita, planId, 'goal', 1, 'Double online sales by 2027 through a national platform'),
    ]);
    expect(both.map((result) => result.outcome).sort()).toEqual(['conflict', 'saved']);
    const lost = both.find((result) => result.outcome === 'conflict');
    if (lost?.outcome !== 'conflict') throw new Error('unreachable');
    for (const socket of [sita, anita]) {
      const seen = await open(socket, planId);
      expect(sectionText(seen, 'risks')).toBe('Shipping costs from Palpa');
      expect(seen.conflicts).toHaveLength(1);
      expect([sectionText(seen, 'goal'), seen.conflicts[0].text].sort()).toEqual([
        'Double online sales by 2027 through a national platform',
        'Double online sales by 2027, starting with 40 weavers',
      ]);
    }
    // A retry of the lost edit after a reconnect answers the same, adding nothing.
    const retryId = randomUUID();
    const first = await save(anita, planId, 'risks', 0, 'Roads closed in the monsoon', retryId);
    expect(first.outcome).toBe('conflict');
    expect(await save(anita, planId, 'risks', 0, 'Roads closed in the monsoon', retryId)).toEqual(
      first,
    );
    expect((await open(anita, planId)).conflicts).toHaveLength(2);

    // Reconciled: the merged text is saved on the current version and the conflicts let go.
    const merged = await save(
      sita,
      planId,
      'goal',
      lost.section.version,
      'Double online sales by 2027: 40 weavers first, through a national platform',
    );
    expect(merged.outcome).toBe('saved');
    for (const conflict of (await open(sita, planId)).conflicts) {
      await call(sita.emitWithAck('plan:conflict.resolve', { planId, conflictId: conflict.id }));
    }
    const settled = await open(anita, planId);
    expect(settled.conflicts).toEqual([]);
    expect(sectionText(settled, 'goal')).toBe(
      'Double online sales by 2027: 40 weavers first, through a national platform',
    );
  });

  it('should take a plan through changes requested, a revision and acceptance, with each step in its history', async () => {
    const { eventId } = stage.cast;
    const author = await connect(participantOf('BT'));
    const facilitator = await connect((p) => p.roles.includes('facilitator'));
    const plan = await call<PlanDetail>(
      author.emitWithAck('plan:create', { id: randomUUID(), eventId, scope: 'person' }),
    );
    await save(author, plan.id, 'problem', 0, 'Weavers sell only at local markets');
    expect(
      await facilitator.emitWithAck('plan:review', { planId: plan.id, decision: 'accepted' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await author.emitWithAck('plan:review', { planId: plan.id, decision: 'accepted' }),
    ).toMatchObject(refused);

    await call(author.emitWithAck('plan:submit', { planId: plan.id }));
    expect(
      await author.emitWithAck('plan:section.save', {
        planId: plan.id,
        sectionKey: 'problem',
        editId: randomUUID(),
        baseVersion: 1,
        text: 'Changed while under review',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await open(author, plan.id);
    const told = nextEvent(author, 'plan:updated');
    await call(
      facilitator.emitWithAck('plan:comment.add', {
        id: randomUUID(),
        planId: plan.id,
        sectionKey: 'problem',
        text: 'How many weavers, and where?',
      }),
    );
    await call(
      facilitator.emitWithAck('plan:review', { planId: plan.id, decision: 'changes_requested' }),
    );
    await told;
    const returned = await open(author, plan.id);
    expect(returned.status).toBe('changes_requested');
    expect(returned.canEdit).toBe(true);
    expect(returned.comments).toMatchObject([
      { reviewer: true, text: 'How many weavers, and where?' },
    ]);
    expect(returned.lastReview?.sections.problem).toBe('Weavers sell only at local markets');

    await save(author, plan.id, 'problem', 1, '120 weavers in Bumthang sell only at local markets');
    await call(
      author.emitWithAck('plan:comment.add', {
        id: randomUUID(),
        planId: plan.id,
        sectionKey: 'problem',
        text: 'Added the numbers from the district office',
      }),
    );
    await call(author.emitWithAck('plan:submit', { planId: plan.id }));
    const accepted = await call<PlanDetail>(
      facilitator.emitWithAck('plan:review', { planId: plan.id, decision: 'accepted' }),
    );
    expect(accepted.status).toBe('accepted');
    expect(accepted.history.map((entry) => entry.kind)).toEqual([
      'created',
      'submitted',
      'changes_requested',
      'resubmitted',
      'accepted',
    ]);
    expect(accepted.comments.map((comment) => comment.reviewer)).toEqual([true, false]);
    expect(accepted.lastReview?.sections.problem).toBe(
      '120 weavers in Bumthang sell only at local markets',
    );
  });

  it('should keep a country’s plan from other countries until the organiser makes plans public', async () => {
    const { eventId } = stage.cast;
    const owner = await connect(participantOf('LK'));
    const outsider = await connect(participantOf('PH'));
    const organiser = await connect((p) => p.roles.includes('organiser'));
    const plan = await call<PlanDetail>(
      owner.emitWithAck('plan:create', { id: randomUUID(), eventId, scope: 'delegation' }),
    );
    await save(owner, plan.id, 'goal', 0, 'Export coir products to two new markets');

    expect(await outsider.emitWithAck('plan:open', { planId: plan.id })).toMatchObject(refused);
    expect(
      (await call<PlanList>(outsider.emitWithAck('plan:list', { eventId }))).plans.map((p) => p.id),
    ).not.toContain(plan.id);
    expect(
      await outsider.emitWithAck('plan:template.save', {
        eventId,
        sections: [],
        plansPublic: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const template = await call<PlanTemplate>(
      organiser.emitWithAck('plan:template.get', { eventId }),
    );
    expect(
      await outsider.emitWithAck('plan:template.save', { ...template, plansPublic: true }),
    ).toMatchObject(refused);
    expect(
      await outsider.emitWithAck('plan:section.save', {
        planId: plan.id,
        sectionKey: 'goal',
        editId: randomUUID(),
        baseVersion: 1,
        text: 'Not mine to write',
      }),
    ).toMatchObject(refused);

    await call(organiser.emitWithAck('plan:template.save', { ...template, plansPublic: true }));
    const readable = await open(outsider, plan.id);
    expect(sectionText(readable, 'goal')).toBe('Export coir products to two new markets');
    expect(readable.canEdit).toBe(false);
    expect(
      await outsider.emitWithAck('plan:section.save', {
        planId: plan.id,
        sectionKey: 'goal',
        editId: randomUUID(),
        baseVersion: 1,
        text: 'Still not mine to write',
      }),
    ).toMatchObject(refused);
    await call(organiser.emitWithAck('plan:template.save', { ...template, plansPublic: false }));
    expect(await outsider.emitWithAck('plan:open', { planId: plan.id })).toMatchObject(refused);
  });

  it('should put a plan on a session’s display for everyone in it, by staff only', async () => {
    const { eventId, moderator, participants } = stage.cast;
    const sessionId = stage.freshSession();
    const author = await connect(participantOf('MV'));
    const plan = await call<PlanDetail>(
      author.emitWithAck('plan:create', { id: randomUUID(), eventId, scope: 'person' }),
    );
    const desk = await stage.join(moderator, sessionId);
    const viewer = await stage.join(participants[0], sessionId);
    expect(await viewer.emitWithAck('plan:show', { sessionId, planId: plan.id })).toMatchObject(
      refused,
    );
    const shownNow = nextEvent(viewer, 'plan:shown.changed');
    await call(desk.emitWithAck('plan:show', { sessionId, planId: plan.id }));
    expect((await shownNow).planId).toBe(plan.id);
    const shown = await call<{ plan: PlanDetail | null }>(
      viewer.emitWithAck('plan:shown.get', { sessionId }),
    );
    expect(shown.plan?.id).toBe(plan.id);
  });
});
