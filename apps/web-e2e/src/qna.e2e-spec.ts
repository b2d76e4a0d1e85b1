import { type DemoPerson } from '@hadir/contracts';
import { type Browser, type Page } from 'playwright-core';
import { fetchAgenda, fetchDemoPeople, redeemInvitation } from './support/api';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { type RunningHadir, startHadir, withServerOutputOnFailure } from './support/hadir';
import { ContextPool, signInOnDemoPage } from './support/ui';

const QUESTION = 'How can a small batik workshop reach buyers abroad?';
const POLL_QUESTION = 'Which support would help your business most?';
const POLL_OPTIONS = ['Export credit', 'Digital marketing training', 'Halal certification'];
const SECOND_POLL_QUESTION = 'Shall we take a short break now?';
const CHAT_LINE = 'Greetings from the front row!';
const SHY_QUESTION = 'Is there help for a business whose owner cannot read English?';

describe('Questions in a live session, from home, from the hall and on the projector', () => {
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

  const phone = () => pool.openPhone();

  /** Whether the element's top is within the first screenful, as the page opens. */
  async function onFirstScreen(page: Page, testId: string): Promise<boolean> {
    const box = await page.getByTestId(testId).first().boundingBox();
    const height = page.viewportSize()?.height ?? 0;
    return box !== null && box.y >= 0 && box.y < height;
  }

  /** Every visible control a finger would miss: under 44 × 44 px. */
  function smallTargets(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'button, [role="tab"], a[href], input[type="checkbox"], input[type="radio"]',
        ),
      ]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) return false;
          // A checkbox is hit through its label too: together they must be big enough.
          const parts =
            element instanceof HTMLInputElement
              ? [box, ...[...(element.labels ?? [])].map((l) => l.getBoundingClientRect())]
              : [box];
          const height =
            Math.max(...parts.map((part) => part.bottom)) -
            Math.min(...parts.map((part) => part.top));
          const width =
            Math.max(...parts.map((part) => part.right)) -
            Math.min(...parts.map((part) => part.left));
          return height < 44 || width < 44;
        })
        .map((element) => `${element.tagName} "${(element.textContent ?? '').trim()}"`),
    );
  }

  async function cast(): Promise<{
    eventId: string;
    sessionId: string;
    moderator: DemoPerson;
    remote: DemoPerson;
    inHall: DemoPerson;
  }> {
    const { eventId, people } = await fetchDemoPeople(hadir.url);
    const moderator = people.find((person) => person.roles.includes('moderator'));
    const participants = people.filter(
      (person) => person.roles.length === 1 && person.roles[0] === 'participant',
    );
    const remote = participants.find((person) => person.attendanceMode === 'remote');
    const inHall = participants.find((person) => person.attendanceMode === 'in_person');
    if (!moderator || !remote || !inHall) throw new Error('The demo seed lacks someone');
    const agenda = await fetchAgenda(
      hadir.url,
      eventId,
      await redeemInvitation(hadir.url, moderator.invitationToken),
    );
    const session = agenda.sessions.find((candidate) => candidate.room !== null);
    if (!session) throw new Error('The demo agenda has no session in the hall');
    return { eventId, sessionId: session.id, moderator, remote, inHall };
  }

  it('asks, approves, votes from home and from the hall, and puts the question on the display', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, sessionId, moderator, remote, inHall } = await cast();
      const sessionPath = `${hadir.url}/events/${eventId}/sessions/${sessionId}`;

      const desk = await pool.openPage('Asia/Jakarta');
      await signInOnDemoPage(desk, hadir.url, eventId, moderator);
      await desk.goto(`${sessionPath}/console`);
      await desk.getByTestId('console').waitFor();
      const projector = await desk.context().newPage();
      await projector.goto(`${sessionPath}/display`);
      await projector.getByTestId('room-display').waitFor();

      const home = await pool.openPage('Asia/Kathmandu');
      await home.goto(`${hadir.url}/sign-in`);
      await home.getByTestId('demo-people-search').waitFor();
      expect(await seriousViolations(home)).toEqual([]);
      await signInOnDemoPage(home, hadir.url, eventId, remote);
      expect(await seriousViolations(home)).toEqual([]);
      await home.goto(sessionPath);
      const hall = await phone();
      await signInOnDemoPage(hall, hadir.url, eventId, inHall);
      await hall.goto(sessionPath);
      await hall.getByTestId('qna-board').waitFor();
      // The phone opens on the questions, on its first screen, with every control big enough for a
      // finger.
      expect(await hall.getByTestId('session-live-tabs').getAttribute('data-tab')).toBe('qna');
      expect(await onFirstScreen(hall, 'qna-ask-text')).toBe(true);
      expect(await smallTargets(hall)).toEqual([]);
      // Everyone follows the session as they registered; the moderator's console counts too.
      const inPerson = [moderator, remote, inHall].filter(
        (person) => person.attendanceMode === 'in_person',
      ).length;
      await desk
        .locator(
          `[data-testid="console-presence"][data-in-person="${inPerson}"][data-remote="${3 - inPerson}"]`,
        )
        .waitFor();

      await desk.getByTestId('presence-list').getByText(inHall.name, { exact: false }).waitFor();

      // An empty question is refused in the reader's language, and nothing is sent.
      await home.getByTestId('qna-ask-submit').click();
      await home.getByText('Write your question first.').waitFor();
      await home.getByTestId('qna-ask-text').fill(QUESTION);
      await home.getByTestId('qna-ask-submit').click();
      const sentHint = home.getByTestId('qna-ask-sent');
      await sentHint.getByText('once a moderator approves it', { exact: false }).waitFor();
      const waiting = desk.getByTestId('console-waiting').getByTestId('qna-question');
      await waiting.filter({ hasText: QUESTION }).waitFor();
      // Nobody else sees it before a moderator approves it.
      expect(await hall.getByTestId('qna-question').count()).toBe(0);

      await waiting.filter({ hasText: QUESTION }).getByTestId('qna-approve').click();
      // Approved: the asker is told it is on the board, no longer that it waits.
      await sentHint.getByText('Your question is on the board.').waitFor();
      // Times read on the 24-hour clock, as the agenda does.
      const asked = home.getByTestId('qna-question').filter({ hasText: QUESTION });
      expect(await asked.innerText()).toMatch(/· \d{2}:\d{2}/);
      expect(await asked.innerText()).not.toMatch(/\b[ap]m\b/i);
      for (const page of [home, hall]) {
        const card = page.getByTestId('qna-question').filter({ hasText: QUESTION });
        await card.getByTestId('qna-vote').click();
        await card.locator('[data-testid="qna-vote"][aria-pressed="true"]').waitFor();
      }
      const onBoard = desk
        .getByTestId('console-board')
        .getByTestId('qna-question')
        .filter({ hasText: QUESTION });
      await onBoard.getByTestId('qna-votes').getByText('2', { exact: true }).waitFor();
      await hall.getByTestId('qna-question').getByTestId('qna-votes').getByText('2').waitFor();

      await onBoard.getByTestId('qna-live').click();
      await projector.getByTestId('display-live').getByText(QUESTION).waitFor();
      expect(await projector.getByTestId('display-live-author').innerText()).toContain(remote.name);
      await hall.locator('[data-testid="qna-question"][data-status="live"]').waitFor();

      // Asked anonymously from the hall: the moderator may see the name, the projector may not.
      await hall.getByTestId('qna-ask-text').fill(SHY_QUESTION);
      await hall.getByTestId('qna-ask-anonymous').click();
      await hall.getByTestId('qna-ask-submit').click();
      await hall
        .getByTestId('qna-question')
        .filter({ hasText: SHY_QUESTION })
        .getByTestId('qna-asked-anonymously')
        .waitFor();
      const shy = desk.getByTestId('qna-question').filter({ hasText: SHY_QUESTION });
      await shy.getByText(inHall.name).waitFor();
      await shy.getByTestId('qna-live').click();
      await projector.getByTestId('display-live').getByText(SHY_QUESTION).waitFor();
      expect(await projector.getByTestId('display-live').innerText()).not.toContain(inHall.name);
      const card = home.getByTestId('qna-question').filter({ hasText: SHY_QUESTION });
      await card.waitFor();
      expect(await card.innerText()).not.toContain(inHall.name);

      // The console speaks Indonesian on request, its own checks included.
      await desk.getByTestId('language-switch').getByText('Bahasa Indonesia').click();
      await desk.getByTestId('poll-question').fill(POLL_QUESTION);
      await desk.getByTestId('poll-options').fill(POLL_OPTIONS[0]);
      await desk.getByTestId('poll-create-open').click();
      await desk.getByText('Beri sedikitnya dua pilihan yang berbeda, satu per baris.').waitFor();
      await desk.getByTestId('language-switch').getByText('English').click();

      // A poll opened from the console, answered from home and from the hall, on the projector.
      await desk.getByTestId('poll-question').fill(POLL_QUESTION);
      await desk.getByTestId('poll-options').fill(POLL_OPTIONS.join('\n'));
      await desk.getByTestId('poll-create-open').click();
      // The phone counts the open poll on its tab rather than switching away from the questions.
      await hall.getByTestId('live-tab-polls').getByText('1', { exact: true }).waitFor();
      expect(await hall.getByTestId('session-live-tabs').getAttribute('data-tab')).toBe('qna');
      await hall.getByTestId('live-tab-polls').click();
      for (const [page, choice] of [
        [home, POLL_OPTIONS[0]],
        [hall, POLL_OPTIONS[2]],
      ] as const) {
        const poll = page.getByTestId('poll').filter({ hasText: POLL_QUESTION });
        await poll.getByRole('radio', { name: choice }).check();
        await poll.getByTestId('poll-submit').click();
        await poll.getByTestId('poll-my-answer').waitFor();
      }
      const chart = projector.getByTestId('display-poll');
      await chart.locator('[data-testid="poll-results"][data-responses="2"]').waitFor();
      expect(
        await chart
          .getByTestId('poll-bar')
          .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-count'))),
      ).toEqual(['1', '0', '1']);

      // A newer poll takes the display by itself; the moderator puts the first one back there.
      await desk.getByTestId('poll-question').fill(SECOND_POLL_QUESTION);
      await desk.getByTestId('poll-options').fill('Yes\nNo');
      await desk.getByTestId('poll-create-open').click();
      await chart.getByText(SECOND_POLL_QUESTION).waitFor();
      const first = desk.getByTestId('console-poll').filter({ hasText: POLL_QUESTION });
      await first.getByTestId('poll-show').click();
      await first.locator('[data-testid="poll-show"][aria-pressed="true"]').waitFor();
      await chart.getByText(POLL_QUESTION).waitFor();
      await chart.locator('[data-testid="poll-results"][data-responses="2"]').waitFor();
      // Taken off, the display follows the running poll again.
      await first.getByTestId('poll-show').click();
      await chart.getByText(SECOND_POLL_QUESTION).waitFor();

      // Chat from the phone reaches home; the moderator removes it for everyone.
      await hall.getByTestId('live-tab-chat').click();
      await hall.getByTestId('chat-input').fill(CHAT_LINE);
      await hall.getByTestId('chat-send').click();
      const line = home.getByTestId('chat-message').filter({ hasText: CHAT_LINE });
      await line.waitFor();
      const onDesk = desk.getByTestId('chat-message').filter({ hasText: CHAT_LINE });
      await onDesk.getByRole('button').click();
      await desk.getByRole('menuitem').first().click();
      await line.waitFor({ state: 'detached' });

      // Applause from home rises on the projector.
      await home.getByTestId('reactions').getByRole('button').first().click();
      await projector.getByTestId('reaction-burst').first().waitFor();

      // A hand raised on the phone is in the moderator's queue, and still up after a reload.
      await hall.getByTestId('hand-toggle').click();
      await hall.locator('[data-testid="hand-toggle"][data-raised="true"]').waitFor();
      await desk.getByTestId('hand-row').filter({ hasText: inHall.name }).waitFor();
      // With questions, a poll's results and chat on them, nothing axe finds serious.
      for (const page of [home, desk, projector]) {
        expect(await seriousViolations(page)).toEqual([]);
      }
      await hall.reload();
      await hall.locator('[data-testid="hand-toggle"][data-raised="true"]').waitFor();
      // Opened again while a poll is open, the phone shows the poll first.
      expect(await hall.getByTestId('session-live-tabs').getAttribute('data-tab')).toBe('polls');
      expect(await onFirstScreen(hall, 'poll')).toBe(true);
      expect(await smallTargets(hall)).toEqual([]);
    }));
});
