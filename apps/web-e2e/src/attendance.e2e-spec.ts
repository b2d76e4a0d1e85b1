import { randomUUID } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { fetchAgenda, fetchBadges, fetchDemoPeople, redeemInvitation } from './support/api';
import { launchBrowser } from './support/browser';
import { type RunningHadir, startHadir, withServerOutputOnFailure } from './support/hadir';
import { ContextPool, expectEventually, signInOnDemoPage } from './support/ui';

describe('Attendance during the event, seen by the organiser', () => {
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

  it('counts change on the dashboard when a participant joins a session and when a badge is scanned', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const organiser = people.find((person) => person.roles.includes('organiser'));
      const facilitator = people.find((person) => person.roles.includes('facilitator'));
      const participants = people.filter((person) => person.roles.join() === 'participant');
      const remote = participants.find((person) => person.attendanceMode === 'remote');
      const inHall = participants.find((person) => person.attendanceMode === 'in_person');
      if (!organiser || !facilitator || !remote || !inHall) {
        throw new Error('The demo seed lacks someone');
      }

      const desk = await pool.openPage('Asia/Jakarta');
      await signInOnDemoPage(desk, hadir.url, eventId, organiser);
      await desk.goto(`${hadir.url}/events/${eventId}/manage/attendance`);
      await desk.getByTestId('attendance-grid').waitFor();
      const value = async (testId: string) =>
        Number(await desk.getByTestId(testId).getAttribute('data-value'));
      const checkedIn = async () => Number(await desk.getByTestId('counts-checked-in').innerText());
      await desk.getByTestId('counts-checked-in').waitFor();
      const remoteBefore = await value('now-remote');
      const checkedInBefore = await checkedIn();

      const home = await pool.openPage('Asia/Kathmandu');
      await signInOnDemoPage(home, hadir.url, eventId, remote);
      const session = home.getByTestId('agenda-session').filter({
        has: home.getByTestId('session-join'),
      });
      await session.first().getByTestId('session-join').click();
      await home.waitForSelector('[data-testid="session-presence"][data-state="joined"]');
      await expectEventually(async () => (await value('now-remote')) === remoteBefore + 1);

      const door = await redeemInvitation(hadir.url, facilitator.invitationToken);
      const badge = (await fetchBadges(hadir.url, eventId, door)).find(
        (candidate) => candidate.personId === inHall.id,
      );
      if (!badge) throw new Error(`${inHall.name} has no badge`);
      const response = await fetch(`${hadir.url}/api/events/${eventId}/check-ins/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${door}` },
        body: JSON.stringify({
          scans: [
            {
              id: randomUUID(),
              eventId,
              method: 'scan',
              badgeCode: badge.code,
              deviceId: 'main-door',
              scannedAt: new Date().toISOString(),
            },
          ],
        }),
      });
      expect(response.status).toBe(200);
      await expectEventually(async () => (await checkedIn()) === checkedInBefore + 1);
    }));

  it('an organiser corrects a record with a reason, and the participant sees it was corrected', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const organiser = people.find((person) => person.roles.includes('organiser'));
      const participant = people.find(
        (person) => person.roles.join() === 'participant' && person.attendanceMode === 'in_person',
      );
      if (!organiser || !participant) throw new Error('The demo seed lacks someone');
      const desk = await pool.openPage('Asia/Jakarta');
      await signInOnDemoPage(desk, hadir.url, eventId, organiser);
      await desk.goto(`${hadir.url}/events/${eventId}/manage/attendance`);
      const row = desk.getByTestId('attendance-person').filter({ hasText: participant.name });
      const cell = row.getByTestId('attendance-cell').first();
      expect(await cell.getAttribute('data-corrected')).toBe('false');
      await cell.click();
      const dialog = desk.getByTestId('correction-dialog');
      await dialog.getByTestId('correction-save').click();
      // No reason, no correction.
      await dialog.getByRole('alert').waitFor();
      await dialog
        .getByTestId('correction-reason')
        .fill('Scanner at the side door was offline; seen by the facilitator');
      await dialog.getByTestId('correction-save').click();
      await dialog.locator('[data-testid="correction"][data-in-force="true"]').waitFor();
      await desk.keyboard.press('Escape');
      await expectEventually(async () => (await cell.getAttribute('data-corrected')) === 'true');

      const own = await pool.openPage('Asia/Jakarta');
      await signInOnDemoPage(own, hadir.url, eventId, participant);
      await own.goto(`${hadir.url}/events/${eventId}/attendance`);
      await own.getByTestId('attendance-corrected').first().waitFor();
      expect(await own.getByTestId('attendance-corrected').count()).toBe(1);
    }));
});

describe('Certificates of attendance, after the programme', () => {
  let hadir: RunningHadir;
  let browser: Browser;
  const pool = new ContextPool(() => browser);

  beforeAll(async () => {
    // The programme as it was held, in September 2021: every session is over.
    hadir = await startHadir({ HADIR_SEED_DATES: 'original' });
    browser = await launchBrowser();
  });

  afterEach(() => pool.closeAll());

  afterAll(async () => {
    await browser?.close();
    await hadir?.stop();
  });

  it('prints one landscape page per participant who attended enough, and none for the others', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, people } = await fetchDemoPeople(hadir.url);
      const organiser = people.find((person) => person.roles.includes('organiser'));
      const facilitator = people.find((person) => person.roles.includes('facilitator'));
      const participants = people.filter((person) => person.roles.join() === 'participant');
      const [first, second, absent] = participants;
      if (!organiser || !facilitator || !first || !second || !absent) {
        throw new Error('The demo seed lacks someone');
      }
      const door = await redeemInvitation(hadir.url, facilitator.invitationToken);
      const agenda = await fetchAgenda(hadir.url, eventId, door);
      const mornings = new Map<string, string>();
      for (const session of agenda.sessions) {
        const day = session.startsAt.slice(0, 10);
        const earliest = mornings.get(day);
        if (!earliest || session.startsAt < earliest) mornings.set(day, session.startsAt);
      }
      // In the building every morning before the first session, never checked out.
      const scans = [first, second].flatMap((person) =>
        [...mornings.values()].map((startsAt) => ({
          id: randomUUID(),
          eventId,
          method: 'search',
          personId: person.id,
          deviceId: 'main-door',
          scannedAt: new Date(Date.parse(startsAt) - 10 * 60_000).toISOString(),
        })),
      );
      const response = await fetch(`${hadir.url}/api/events/${eventId}/check-ins/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${door}` },
        body: JSON.stringify({ scans }),
      });
      expect(response.status).toBe(200);

      const desk = await pool.openPage('Asia/Jakarta');
      await signInOnDemoPage(desk, hadir.url, eventId, organiser);
      await desk.goto(`${hadir.url}/events/${eventId}/manage/attendance`);
      await desk.getByTestId('certificates-link').click();
      await desk.getByTestId('certificate').first().waitFor();
      const printed = await desk
        .getByTestId('certificate')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-person')));
      expect(printed.sort()).toEqual([first.id, second.id].sort());
      const pdf = (await desk.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
        'latin1',
      );
      const pages = pdf.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
      expect(pages).toHaveLength(2);
      for (const page of pages) expect(page).toMatch(/\[0 0 841\.\d+ 594\.\d+\]/);

      // Whoever holds the paper checks it without signing in, by its QR code's address.
      const code = await desk
        .locator(`[data-testid="certificate"][data-person="${first.id}"]`)
        .getByTestId('certificate-check')
        .getAttribute('data-code');
      const checker = await pool.openPage('Europe/Berlin');
      await checker.goto(`${hadir.url}/verify/${code}`);
      const result = checker.getByTestId('verify-result');
      await result.waitFor();
      expect(await result.getAttribute('data-valid')).toBe('true');
      expect(await result.textContent()).toContain(first.name);
      await checker.goto(`${hadir.url}/verify/NOSUCHCODE00`);
      await checker.getByTestId('verify-error').waitFor();

      const home = await pool.openPage('Asia/Kathmandu');
      await signInOnDemoPage(home, hadir.url, eventId, absent);
      await home.goto(`${hadir.url}/events/${eventId}/attendance/certificate`);
      await home.getByTestId('certificate-not-yet').waitFor();
      expect(await home.getByTestId('certificate').count()).toBe(0);
    }));
});
