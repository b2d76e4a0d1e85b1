import { type AgendaSession, type DemoPerson } from '@hadir/contracts';
import { wallClockOf } from '@hadir/domain';
import { type Browser, type Page } from 'playwright-core';
import { fetchAgenda, fetchDemoPeople, redeemInvitation } from './support/api';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { type RunningHadir, startHadir, withServerOutputOnFailure } from './support/hadir';
import { inbound, recordPeerConnections } from './support/media';
import { ContextPool, expectEventually, signInOnDemoPage } from './support/ui';

const MEDIA_TIMEOUT = 20_000;
/** The shortest time the rooms can be opened for from the page, plus the countdown given. */
const ROOM_TIME_MS = 60_000;
const GRACE_SECONDS = 5;

describe('Hybrid breakout rooms: a table in the hall with remote colleagues', () => {
  let hadir: RunningHadir;
  let browser: Browser;
  const pool = new ContextPool(() => browser);

  beforeAll(async () => {
    hadir = await startHadir();
    browser = await launchBrowser();
  });

  afterEach(() => pool.closeAll());

  afterAll(async () => {
    await browser?.close();
    await hadir?.stop();
  });

  async function open(person: DemoPerson, eventId: string, path: string): Promise<Page> {
    const page = await pool.openPage('Asia/Jakarta');
    await recordPeerConnections(page);
    await signInOnDemoPage(page, hadir.url, eventId, person);
    await page.goto(`${hadir.url}${path}`);
    return page;
  }

  /** As a participant finds the block: signed in to the event page, then "Join" under "Now". */
  async function openFromNow(person: DemoPerson, eventId: string, sessionId: string) {
    const page = await pool.openPage('Asia/Jakarta');
    await recordPeerConnections(page);
    await signInOnDemoPage(page, hadir.url, eventId, person);
    await page
      .getByTestId('now-panel')
      .locator(`[data-testid="now-next-session"][data-session-id="${sessionId}"]`)
      .getByTestId('session-join')
      .click();
    await page.waitForURL(`**/events/${eventId}/sessions/${sessionId}`);
    return page;
  }

  /** The organiser moves the block to the current hour, online, so that it is on "Now". */
  async function runNow(eventId: string, session: AgendaSession, organiserToken: string) {
    const { date, time } = wallClockOf(new Date(), 'Asia/Jakarta');
    const hour = Number(time.slice(0, 2));
    const response = await fetch(`${hadir.url}/api/events/${eventId}/sessions/${session.id}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${organiserToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: session.title,
        description: session.description,
        kind: session.kind,
        date,
        startTime: `${String(hour).padStart(2, '0')}:00`,
        endTime: hour === 23 ? '23:59' : `${String(hour + 1).padStart(2, '0')}:59`,
        room: null,
        streamed: false,
        speakerIds: [],
        moderatorIds: [],
      }),
    });
    if (!response.ok) throw new Error(`Moving the block: HTTP ${response.status}`);
  }

  const decodesVideo = (page: Page) =>
    expectEventually(async () => {
      const first = (await inbound(page)).framesDecoded;
      if (first === 0) return false;
      await page.waitForTimeout(500);
      return (await inbound(page)).framesDecoded > first;
    }, MEDIA_TIMEOUT);

  it('a room device, two remote participants and a phone in the hall work in one room until the timer brings them back', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const participants = people.filter(
        (person) => person.roles.length === 1 && person.roles[0] === 'participant',
      );
      const [ana, budi] = participants.filter((person) => person.attendanceMode === 'remote');
      const inHall = participants.find((person) => person.attendanceMode === 'in_person');
      // Placed at the table, but never opens the session.
      const absent = participants.filter((person) => person.attendanceMode === 'remote')[2];
      const facilitator = people.find((person) => person.roles.includes('facilitator'));
      if (!ana || !budi || !inHall || !absent || !facilitator) {
        throw new Error('The demo seed lacks someone');
      }
      const agenda = await fetchAgenda(
        hadir.url,
        eventId,
        await redeemInvitation(hadir.url, facilitator.invitationToken),
      );
      const session = agenda.sessions.find((s) => s.kind === 'breakout_block');
      const organiser = people.find((person) => person.roles.includes('organiser'));
      if (!session || !organiser) throw new Error('The demo has no breakout block or organiser');
      const sessionPath = `/events/${eventId}/sessions/${session.id}`;
      await runNow(eventId, session, await redeemInvitation(hadir.url, organiser.invitationToken));

      // The facilitator prepares the rooms: five by default, the first three tables in the hall.
      const desk = await open(facilitator, eventId, `${sessionPath}/breakouts`);
      await desk.getByTestId('breakout-new-set').click();
      await desk.getByTestId('breakout-set-save').click();
      await desk.getByTestId('assignment-board').waitFor();
      expect(await seriousViolations(desk)).toEqual([]);
      const tableOne = desk.locator('[data-testid="assignment-column"]').nth(1);
      const tableOneId = (await tableOne.getAttribute('data-room-id')) ?? '';
      const onTableOne = (person: DemoPerson) =>
        tableOne.locator(`[data-testid="assignment-person"][data-person-id="${person.id}"]`);
      const onBoard = (person: DemoPerson) =>
        desk.locator(`[data-testid="assignment-person"][data-person-id="${person.id}"]`);
      // With the keyboard alone: a name opens a menu of rooms; the first is the first table.
      await onBoard(ana).focus();
      await desk.keyboard.press('Enter');
      await desk.locator(`[data-testid="assignment-move"][data-room-id="${tableOneId}"]`).waitFor();
      await desk.keyboard.press('ArrowDown');
      await desk.keyboard.press('Enter');
      await onTableOne(ana).waitFor();
      // From the name's menu.
      for (const person of [budi, inHall, absent]) {
        await onBoard(person).click();
        await desk.locator(`[data-testid="assignment-move"][data-room-id="${tableOneId}"]`).click();
        await onTableOne(person).waitFor();
      }
      // With the mouse: the first name in no room, dragged onto the next room's column.
      const columns = desk.locator('[data-testid="assignment-column"]');
      const dragged = columns.nth(0).getByTestId('assignment-person').first();
      const draggedId = await dragged.getAttribute('data-person-id');
      await dragged.dragTo(columns.nth(2), { targetPosition: { x: 60, y: 20 } });
      await columns
        .nth(2)
        .locator(`[data-testid="assignment-person"][data-person-id="${draggedId}"]`)
        .waitFor();

      const anaOnBoard = desk.locator(
        `[data-testid="assignment-person"][data-person-id="${ana.id}"] [data-testid="assignment-presence"]`,
      );
      expect(await anaOnBoard.getAttribute('data-presence')).toBe('notHere');

      // A participant who is not on the page yet reaches the block from the event page.
      const remote = [
        await openFromNow(ana, eventId, session.id),
        await open(budi, eventId, sessionPath),
      ];
      const phone = await open(inHall, eventId, sessionPath);
      await phone.setViewportSize({ width: 390, height: 844 });
      for (const page of [...remote, phone]) {
        await page.locator('[data-testid="session-presence"][data-state="joined"]').waitFor();
      }
      // The board follows who opens the session, after it was read.
      await expectEventually(
        async () => (await anaOnBoard.getAttribute('data-presence')) === 'online',
      );

      await desk.getByTestId('breakout-minutes').fill('1');
      await desk.getByTestId('breakout-grace').fill(String(GRACE_SECONDS));
      await desk.getByTestId('breakout-open').click();
      const openedAt = Date.now();
      // The hall's projector, and the console on the facilitator's other screen: opened while
      // the rooms run, a time the scenario waits out anyway.
      const display = await open(facilitator, eventId, `${sessionPath}/display`);
      const moderatorConsole = await display.context().newPage();
      await moderatorConsole.goto(`${hadir.url}${sessionPath}/console`);
      await display.getByTestId('room-display').waitFor();
      await moderatorConsole.getByTestId('console').waitFor();

      // Everyone moves into Room 1 by themselves; the remote members' media follow.
      for (const page of [...remote, phone]) {
        await page.locator(`[data-testid="breakout-room"][data-room-id="${tableOneId}"]`).waitFor();
      }
      for (const page of remote) {
        await page.locator('[data-testid="media-panel"][data-status="joined"]').waitFor();
      }
      await phone.getByTestId('breakout-in-hall').waitFor();
      // Each member sees who is here and how: at the table, from home, or not here.
      const presenceOf = (page: Page, person: DemoPerson) =>
        page
          .locator(`[data-testid="breakout-member"][data-person-id="${person.id}"]`)
          .getAttribute('data-presence');
      for (const page of [...remote, phone]) {
        await expectEventually(async () => {
          const seen = await Promise.all(
            [ana, budi, inHall, absent].map((p) => presenceOf(page, p)),
          );
          return seen.join() === 'remote,remote,in_person,absent';
        });
      }
      await desk
        .locator(`[data-testid="overview-room"][data-room-id="${tableOneId}"]`)
        .getByTestId('overview-show-notes')
        .click();
      await display
        .locator(`[data-testid="display-notes"][data-room-id="${tableOneId}"]`)
        .waitFor();

      // The table's laptop joins as the room device and shows the table.
      await desk
        .locator('[data-testid="overview-room"]')
        .first()
        .getByTestId('overview-visit')
        .click();
      await desk.getByTestId('room-device-label').waitFor();
      expect(await desk.getByTestId('room-device-label').inputValue()).toMatch(/^(Table|Meja) 1$/);
      await desk.getByTestId('room-device-join').click();
      await desk.locator('[data-testid="media-panel"][data-status="joined"]').waitFor();
      await desk.getByTestId('media-camera').click();
      for (const page of remote) await decodesVideo(page);

      // A remote member's camera reaches the table's screen.
      await remote[0].getByTestId('media-camera').click();
      await decodesVideo(desk);

      // A note typed on the phone reaches the others as it is typed.
      const note = 'Tantangan: modal kerja dan ongkos kirim';
      await phone.getByTestId('breakout-notes').click();
      await phone.getByTestId('breakout-notes').pressSequentially(note);
      for (const page of [...remote, desk]) {
        await expectEventually(
          async () => (await page.getByTestId('breakout-notes').inputValue()) === note,
          10_000,
        );
      }
      // The projector follows the notes as the group writes them.
      await expectEventually(
        async () => (await display.getByTestId('display-notes-text').textContent()) === note,
        10_000,
      );

      // Two members typing at once, one at the start and one at the end, keep both texts whole;
      // so do two typing at the same place, one after the other's words.
      const notesOf = (page: Page) => page.getByTestId('breakout-notes');
      const caretAt = async (page: Page, key: 'Control+Home' | 'Control+End') => {
        await notesOf(page).focus();
        await page.keyboard.press(key);
      };
      const typeTogether = async (...typists: [Page, string][]) => {
        const longest = Math.max(...typists.map(([, words]) => words.length));
        for (let i = 0; i < longest; i++) {
          for (const [page, words] of typists) {
            const key = words[i];
            if (key) await page.keyboard.type(key);
          }
        }
      };
      const everyoneReads = async (accepted: string[]) => {
        let seen = '';
        await expectEventually(async () => {
          const texts = await Promise.all(
            [...remote, phone, desk].map((page) => notesOf(page).inputValue()),
          );
          seen = texts[0] ?? '';
          return accepted.includes(seen) && texts.every((text) => text === seen);
        }, 10_000);
        await expectEventually(
          async () => (await display.getByTestId('display-notes-text').textContent()) === seen,
          10_000,
        );
        return seen;
      };
      const [anaPage, budiPage] = remote;
      await caretAt(anaPage, 'Control+Home');
      await caretAt(budiPage, 'Control+End');
      await typeTogether([anaPage, 'TOP: '], [budiPage, ' More from Budi.']);
      const both = `TOP: ${note} More from Budi.`;
      await everyoneReads([both]);
      await caretAt(anaPage, 'Control+Home');
      await caretAt(budiPage, 'Control+Home');
      await typeTogether([anaPage, 'Idea: cold chain. '], [budiPage, 'Challenge: roads. ']);
      await everyoneReads([
        `Idea: cold chain. Challenge: roads. ${both}`,
        `Challenge: roads. Idea: cold chain. ${both}`,
      ]);

      // A call for help reaches staff away from the overview, with the way there.
      await phone.getByTestId('breakout-help').click();
      const help = moderatorConsole.getByTestId('breakout-help-alert');
      await help
        .locator(`[data-testid="breakout-help-room"][data-room-id="${tableOneId}"]`)
        .waitFor();
      expect(await help.getByTestId('breakout-help-link').getAttribute('href')).toBe(
        `${sessionPath}/breakouts`,
      );

      // When the time is up, a countdown, then everyone is back in the main session.
      const backBy = openedAt + ROOM_TIME_MS + GRACE_SECONDS * 1000 + 10_000;
      await phone.getByTestId('breakout-closing').waitFor({ timeout: backBy - Date.now() });
      for (const page of [...remote, phone]) {
        await page
          .getByTestId('breakout-room')
          .waitFor({ state: 'detached', timeout: Math.max(backBy - Date.now(), 1000) });
        await page.getByTestId('media-panel').waitFor();
      }
      expect(await remote[0].getByTestId('qna-board').count()).toBe(1);
    }));
});
