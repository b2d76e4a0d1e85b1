import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AgendaSession, type DemoPerson, type EventAgenda } from '@hadir/contracts';
import { dateInZone, parseCsv } from '@hadir/domain';
import { type Browser, type Page } from 'playwright-core';
import { clockRange, fetchAgenda, fetchBadges, fetchDemoPeople, fetchPeople } from './support/api';
import { launchBrowser } from './support/browser';
import {
  REPO_ROOT,
  type RunningHadir,
  startHadir,
  withServerOutputOnFailure,
} from './support/hadir';
import {
  ContextPool,
  expectEventually,
  joinWithInvitation,
  markPage,
  pageWasNotReloaded,
  sessionTokenOf,
  signInOnDemoPage,
} from './support/ui';

const SCREENSHOTS = join(REPO_ROOT, 'dist/e2e');
const JSQR = join(REPO_ROOT, 'node_modules/jsqr/dist/jsQR.js');
/** The organiser works from abroad: the editor must still speak the venue's time. */
const ORGANISER_ZONE = 'Europe/Berlin';
const KARACHI = 'Asia/Karachi';
const MANILA = 'Asia/Manila';
const MINUTE = 60_000;

/** Six people from several countries; line 7 has an address nobody can be invited at. */
const PEOPLE_CSV = [
  'Name,Email,Country,Organisation,Category,Attendance mode,Language',
  'Aarav Shrestha,aarav.shrestha@import.example.net,Nepal,Ministry of Industry,government official,remote,en',
  'Maria Santos,maria.santos@import.example.net,PH,Santos Handicrafts,business owner,remote,English',
  'Bilal Khan,bilal.khan@import.example.net,Pakistan,SMEDA,government official,in-person,en',
  'Nguyen Thi Lan,lan.nguyen@import.example.net,Vietnam,Lan Textiles,business owner,remote,en',
  'Siti Rahmawati,siti.rahmawati@import.example.net,ID,Batik Rahma,business owner,in-person,Bahasa Indonesia',
  'Broken Address,not-an-email,Kenya,Nairobi Crafts,business owner,remote,en',
].join('\n');
const IMPORTED_EMAILS = [
  'aarav.shrestha@import.example.net',
  'maria.santos@import.example.net',
  'bilal.khan@import.example.net',
  'lan.nguyen@import.example.net',
  'siti.rahmawati@import.example.net',
];

describe('Running the programme in a browser', () => {
  let hadir: RunningHadir;
  let browser: Browser;
  const pool = new ContextPool(() => browser);

  beforeAll(async () => {
    hadir = await startHadir();
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterEach(() => pool.closeAll());

  afterAll(async () => {
    await browser?.close();
    await hadir?.stop();
  });

  async function demo(): Promise<{
    eventId: string;
    organiser: DemoPerson;
    participants: DemoPerson[];
  }> {
    const { eventId, people } = await fetchDemoPeople(hadir.url);
    const organiser = people.find((person) => person.roles.includes('organiser'));
    const participants = people.filter(
      (person) => person.roles.length === 1 && person.roles[0] === 'participant',
    );
    if (!organiser || participants.length < 6)
      throw new Error('The demo seed lacks an organiser or participants');
    return { eventId, organiser, participants };
  }

  /** Today's sessions at the venue, which is the day both the home and the editor open on. */
  function todaysSessions(agenda: EventAgenda): AgendaSession[] {
    const today = dateInZone(new Date(), agenda.event.timezone);
    return agenda.sessions
      .filter((session) => dateInZone(new Date(session.startsAt), agenda.event.timezone) === today)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  }

  const importDialog = async (page: Page) => {
    await page.getByTestId('people-import').click();
    const modal = page.getByTestId('import-modal');
    // A Mantine modal's root has no box of its own; its content is what becomes visible.
    await modal.getByTestId('import-csv').waitFor();
    await modal.locator('input[type="file"]').setInputFiles({
      name: 'participants.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(PEOPLE_CSV, 'utf8'),
    });
    await expectEventually(
      async () => (await modal.getByTestId('import-csv').inputValue()) === PEOPLE_CSV,
    );
    await modal.getByTestId('import-preview-button').click();
    await modal.getByTestId('import-preview').waitFor();
    return modal;
  };

  const countOf = async (page: Page, status: string) =>
    Number(await page.getByTestId(`import-count-${status}`).first().getAttribute('data-count'));

  it('should import people with a preview first, print their badges and move a session live', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, organiser, participants } = await demo();

      // A participant far from the venue already has the agenda open.
      const participantPage = await pool.openPage(KARACHI);
      await joinWithInvitation(participantPage, hadir.url, eventId, participants[0]);
      await markPage(participantPage);

      const page = await pool.openPage(ORGANISER_ZONE);
      await signInOnDemoPage(page, hadir.url, eventId, organiser);
      // The organiser's profile says Indonesian; the assertions below read English.
      await page.getByTestId('language-switch').getByText('English').click();
      const token = await sessionTokenOf(page);
      const before = await fetchPeople(hadir.url, eventId, token);

      await page.getByTestId('manage-link').click();
      await page.waitForURL(`**/events/${eventId}/manage/agenda`);
      await page.getByTestId('manage-nav-people').click();
      await page.waitForURL(`**/events/${eventId}/manage/people`);
      await page.getByTestId('people-table').waitFor();

      // The preview names exactly the broken row and its field, and writes nothing.
      let modal = await importDialog(page);
      expect(await countOf(page, 'new')).toBe(5);
      expect(await countOf(page, 'error')).toBe(1);
      expect(await countOf(page, 'updated')).toBe(0);
      expect(await countOf(page, 'unchanged')).toBe(0);
      const errorRows = modal.locator('[data-testid="import-row"][data-status="error"]');
      expect(await errorRows.count()).toBe(1);
      expect(await errorRows.getAttribute('data-line')).toBe('7');
      const problems = errorRows.getByTestId('import-row-error');
      expect(await problems.count()).toBe(1);
      expect(await problems.getAttribute('data-field')).toBe('email');
      expect(await problems.innerText()).toMatch(/^E-mail: .*valid e-mail/);
      expect(await modal.locator('[data-testid="import-row"][data-status="new"]').count()).toBe(5);
      expect(await fetchPeople(hadir.url, eventId, token)).toHaveLength(before.length);
      await page.screenshot({ path: join(SCREENSHOTS, 'people-import-preview.png') });

      const confirm = modal.getByTestId('import-confirm');
      expect(await confirm.innerText()).toBe('Import 5 rows');
      await confirm.click();
      await modal.getByTestId('import-result').waitFor();
      const afterImport = await fetchPeople(hadir.url, eventId, token);
      expect(afterImport).toHaveLength(before.length + 5);
      await modal.getByTestId('import-close').click();
      await modal.waitFor({ state: 'detached' });

      for (const email of IMPORTED_EMAILS) {
        await page.locator(`[data-testid="person-row"][data-email="${email}"]`).waitFor();
      }
      expect(await page.getByTestId('people-count').innerText()).toBe(
        `${before.length + 5} people in this event`,
      );
      const nepal = page.locator(
        '[data-testid="person-row"][data-email="aarav.shrestha@import.example.net"]',
      );
      expect(await nepal.getByTestId('person-country').innerText()).toBe('Nepal (NP)');
      expect(await nepal.getByTestId('person-invitation').textContent()).toBe('Active');

      // The same file again: every valid row is already there, so there is nothing to import.
      modal = await importDialog(page);
      expect(await countOf(page, 'unchanged')).toBe(5);
      expect(await countOf(page, 'error')).toBe(1);
      expect(await countOf(page, 'new')).toBe(0);
      expect(await countOf(page, 'updated')).toBe(0);
      await modal.getByTestId('import-nothing').waitFor();
      expect(await modal.getByTestId('import-confirm').isDisabled()).toBe(true);
      await page.keyboard.press('Escape');
      await modal.waitFor({ state: 'detached' });
      expect(await fetchPeople(hadir.url, eventId, token)).toHaveLength(before.length + 5);
      // Everyone's link for a mail merge: the imported people's included, each their own.
      const download = page.waitForEvent('download');
      await page.getByTestId('people-export-links').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('invitation-links.csv');
      const { rows } = parseCsv(readFileSync(await file.path(), 'utf8'));
      expect(rows).toHaveLength(before.length + 5 + 1);
      const aaravRow = rows.find((row) => row.fields[1] === 'aarav.shrestha@import.example.net');
      expect(aaravRow?.fields[5]).toMatch(new RegExp(`^${hadir.url}/join\\?token=`));
      await page.getByTestId('people-search').fill('import.example.net');
      await expectEventually(async () => (await page.getByTestId('person-row').count()) === 5);
      await page.screenshot({ path: join(SCREENSHOTS, 'people-list.png') });

      // The badge's QR code holds the badge code and nothing else.
      await page.getByTestId('manage-nav-badges').click();
      await page.waitForURL(`**/events/${eventId}/manage/badges`);
      const aarav = afterImport.find(
        (person) => person.email === 'aarav.shrestha@import.example.net',
      );
      if (!aarav) throw new Error('Aarav was not imported');
      const badges = await fetchBadges(hadir.url, eventId, token);
      const badge = badges.find((b) => b.personId === aarav.id);
      if (!badge) throw new Error('Aarav has no badge');
      await expectEventually(
        async () => (await page.getByTestId('badge').count()) === badges.length,
      );
      const qr = page.locator(`img[data-testid="badge-qr"][data-person-id="${aarav.id}"]`);
      await qr.scrollIntoViewIfNeeded();
      // Evaluated through the DevTools protocol, which the app's CSP (no inline script) allows.
      await page.evaluate(readFileSync(JSQR, 'utf8'));
      const decoded = await qr.evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('No 2D canvas');
        context.drawImage(img, 0, 0);
        const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
        const { jsQR } = window as unknown as {
          jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
        };
        return jsQR(data, width, height)?.data ?? null;
      });
      expect(decoded).toBe(badge.code);
      expect(decoded).not.toContain('Aarav');
      const badgeCard = page.locator(`[data-testid="badge"][data-person-id="${aarav.id}"]`);
      expect(await badgeCard.getByTestId('badge-name').innerText()).toBe('Aarav Shrestha');
      expect(await badgeCard.getByTestId('badge-country').innerText()).toBe('Nepal');
      expect(await badgeCard.getByTestId('badge-mode').innerText()).toBe('Remote');
      expect(await badgeCard.getByTestId('badge-role').innerText()).toBe('Participant');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SCREENSHOTS, 'badge-sheet.png') });
      // On paper: eight badges to an A4 page, and none of the app around them.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByTestId('badge-print').isVisible()).toBe(false);
      expect(await page.getByTestId('manage-nav-people').isVisible()).toBe(false);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const pdfPages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pdfPages).toHaveLength(Math.ceil(badges.length / 8));
      await page.emulateMedia({ media: 'screen' });

      // A clash is refused beside the field it is about, and what was typed stays.
      await page.getByTestId('manage-nav-agenda').click();
      await page.waitForURL(`**/events/${eventId}/manage/agenda`);
      const agenda = await fetchAgenda(hadir.url, eventId, token);
      const venueZone = agenda.event.timezone;
      const today = todaysSessions(agenda);
      const occupied = today.find((session) => session.room !== null);
      if (!occupied) throw new Error('No session in a room today');
      const [occupiedStart, occupiedEnd] = clockRange(
        occupied.startsAt,
        occupied.endsAt,
        venueZone,
      ).split('–');
      await page.getByTestId('agenda-add-session').click();
      let form = page.getByTestId('session-form');
      await form.waitFor();
      await form.getByTestId('session-title-input').fill('Double-booked rehearsal');
      await form.getByTestId('session-start-input').fill(occupiedStart);
      await form.getByTestId('session-end-input').fill(occupiedEnd);
      await form.getByTestId('session-room-input').fill(occupied.room ?? '');
      await form.getByTestId('session-save').click();
      const roomError = form
        .locator('.mantine-InputWrapper-error')
        .filter({ hasText: occupied.title });
      await roomError.waitFor();
      expect(await form.getByTestId('session-title-input').inputValue()).toBe(
        'Double-booked rehearsal',
      );
      expect(await form.getByTestId('session-start-input').inputValue()).toBe(occupiedStart);
      await page.screenshot({ path: join(SCREENSHOTS, 'agenda-editor-clash.png') });
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });

      // Moving a session inside its own slot: five minutes later, five minutes shorter at the end.
      const moved = today.find(
        (session) => Date.parse(session.endsAt) - Date.parse(session.startsAt) >= 30 * MINUTE,
      );
      if (!moved) throw new Error('No session of half an hour or more today');
      const newStartsAt = new Date(Date.parse(moved.startsAt) + 5 * MINUTE).toISOString();
      const newEndsAt = new Date(Date.parse(moved.endsAt) - 5 * MINUTE).toISOString();
      const [newStart, newEnd] = clockRange(newStartsAt, newEndsAt, venueZone).split('–');
      const row = page.locator(`[data-testid="editor-session"][data-session-id="${moved.id}"]`);
      expect(await row.getByTestId('editor-session-time').innerText()).toBe(
        clockRange(moved.startsAt, moved.endsAt, venueZone),
      );
      await row.getByTestId('editor-session-edit').click();
      form = page.getByTestId('session-form');
      await form.waitFor();
      expect(await form.getByTestId('session-title-input').inputValue()).toBe(moved.title);
      await form.getByTestId('session-start-input').fill(newStart);
      await form.getByTestId('session-end-input').fill(newEnd);
      await page.screenshot({ path: join(SCREENSHOTS, 'agenda-editor.png') });
      await form.getByTestId('session-save').click();
      await form.waitFor({ state: 'detached' });
      await expectEventually(
        async () =>
          (await row.getByTestId('editor-session-time').innerText()) === `${newStart}–${newEnd}`,
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'agenda-editor-list.png') });

      const card = participantPage.locator(
        `[data-testid="agenda-session"][data-session-id="${moved.id}"]`,
      );
      const expected = clockRange(newStartsAt, newEndsAt, KARACHI);
      await expectEventually(
        async () => (await card.getByTestId('session-time-range').innerText()) === expected,
      );
      expect(await card.getByTestId('session-time-at-venue').innerText()).toBe(
        `${newStart}–${newEnd} in Jakarta`,
      );
      expect(await pageWasNotReloaded(participantPage)).toBe(true);
    }));

  it('should show the same session at each viewer’s own clock, with the venue’s beside it', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, participants } = await demo();
      const viewers = [
        { zone: KARACHI, person: participants[1] },
        { zone: MANILA, person: participants[2] },
      ];
      const pages: Page[] = [];
      for (const viewer of viewers) {
        const page = await pool.openPage(viewer.zone);
        await joinWithInvitation(page, hadir.url, eventId, viewer.person);
        pages.push(page);
      }
      const agenda = await fetchAgenda(hadir.url, eventId, await sessionTokenOf(pages[0]));
      // One in the hall, inside the venue's day (the demo's always-live session may cross a
      // viewer's midnight).
      const session = todaysSessions(agenda).find((candidate) => candidate.room !== null);
      if (!session) throw new Error('No session in the hall today');
      const atVenue = clockRange(session.startsAt, session.endsAt, agenda.event.timezone);

      const seen: string[] = [];
      for (const [index, viewer] of viewers.entries()) {
        const card = pages[index].locator(
          `[data-testid="agenda-session"][data-session-id="${session.id}"]`,
        );
        const range = await card.getByTestId('session-time-range').innerText();
        expect(range).toBe(clockRange(session.startsAt, session.endsAt, viewer.zone));
        expect(await card.getByTestId('session-time-at-venue').innerText()).toBe(
          `${atVenue} in Jakarta`,
        );
        seen.push(range);
      }
      // Karachi is two hours behind Jakarta and Manila one ahead: three hours apart in all.
      expect(minutesOf(seen[1]) - minutesOf(seen[0])).toBe(180);
      await pages[0].screenshot({ path: join(SCREENSHOTS, 'event-home-karachi.png') });
    }));

  it('should take a participant into a streamed session, where that session’s announcements arrive live', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, participants } = await demo();
      const { people } = await fetchDemoPeople(hadir.url);
      const moderator = people.find((person) => person.roles.includes('moderator'));
      if (!moderator) throw new Error('The demo seed lacks a moderator');

      const page = await pool.openPage(MANILA);
      await joinWithInvitation(page, hadir.url, eventId, participants[4]);
      const card = page
        .getByTestId('agenda-session')
        .filter({ has: page.getByTestId('session-join') })
        .filter({ has: page.getByTestId('session-streamed') })
        .first();
      const joinButton = card.getByTestId('session-join');
      const sessionId = await card.getAttribute('data-session-id');
      const title = await card.getByTestId('session-title').innerText();
      await joinButton.click();
      await page.waitForURL(`**/events/${eventId}/sessions/${sessionId}`);
      expect(await page.getByTestId('session-page-title').innerText()).toBe(title);
      await page.waitForSelector('[data-testid="session-presence"][data-state="joined"]');
      // Audio and video wait for the person to ask: nothing plays until they join it.
      await page.locator('[data-testid="media-panel"][data-status="idle"]').waitFor();
      await page.getByTestId('media-join').waitFor();
      expect(await page.locator('video, audio').count()).toBe(0);

      const staffPage = await pool.openPage('Asia/Jakarta');
      await joinWithInvitation(staffPage, hadir.url, eventId, moderator);
      await staffPage.goto(`${hadir.url}/events/${eventId}/sessions/${sessionId}`);
      await staffPage.waitForSelector('[data-testid="session-presence"][data-state="joined"]');
      const text = `Questions for this session go in the chat, please ${Date.now()}`;
      await staffPage
        .getByTestId('session-announcements')
        .getByTestId('announcement-text-input')
        .fill(text);
      await staffPage.getByTestId('session-announcements').getByTestId('announcement-send').click();

      const received = page
        .getByTestId('session-announcements')
        .getByTestId('announcement-text')
        .filter({ hasText: text });
      await received.waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'session-page.png') });
    }));

  it('should let a participant correct their profile, and speak the language they chose', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, participants } = await demo();
      const page = await pool.openPage(KARACHI);
      await joinWithInvitation(page, hadir.url, eventId, participants[5]);
      await page.getByTestId('language-switch').getByText('English').click();
      await page.getByTestId('signed-in-person').click();
      await page.waitForURL('**/profile');

      await page.getByTestId('profile-organisation-input').fill('Colombo Plan Alumni Network');
      await page.getByTestId('profile-timezone-input').fill('Asia/Manila');
      await page.getByRole('option', { name: /^Asia\/Manila / }).click();
      await page.getByTestId('profile-locale-input').click();
      await page.getByRole('option', { name: 'Bahasa Indonesia' }).click();
      await page.getByTestId('profile-save').click();

      const saved = page.getByTestId('profile-saved');
      await saved.waitFor();
      expect(await saved.innerText()).toBe('Profil Anda telah disimpan.');
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      const response = await fetch(`${hadir.url}/api/me`, {
        headers: { Authorization: `Bearer ${await sessionTokenOf(page)}` },
      });
      const me = (await response.json()) as {
        organisation: string;
        locale: string;
        timezone: string;
      };
      expect(me).toMatchObject({
        organisation: 'Colombo Plan Alumni Network',
        locale: 'id',
        timezone: 'Asia/Manila',
      });
      await page.screenshot({ path: join(SCREENSHOTS, 'profile.png') });
    }));

  it('should refuse the organiser area to a participant, and sign them out when their invitation is withdrawn', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, organiser, participants } = await demo();
      const participant = participants[3];

      const participantPage = await pool.openPage(KARACHI);
      await joinWithInvitation(participantPage, hadir.url, eventId, participant);
      expect(await participantPage.getByTestId('manage-link').count()).toBe(0);
      await participantPage.goto(`${hadir.url}/events/${eventId}/manage/people`);
      await participantPage.getByTestId('manage-refused').waitFor();
      expect(await participantPage.getByTestId('people-table').count()).toBe(0);
      expect(await participantPage.getByTestId('route-error').count()).toBe(0);
      await participantPage.getByTestId('manage-refused').getByRole('link').click();
      await participantPage.waitForURL(`**/events/${eventId}`);
      await participantPage.getByTestId('connection-status').waitFor();
      await participantPage.waitForSelector(
        '[data-testid="connection-status"][data-state="connected"]',
      );

      const page = await pool.openPage('Asia/Jakarta');
      await signInOnDemoPage(page, hadir.url, eventId, organiser);
      await page.goto(`${hadir.url}/events/${eventId}/manage/people`);
      await page.getByTestId('people-search').fill(participant.name);
      const row = page.locator(`[data-testid="person-row"][data-person-id="${participant.id}"]`);
      await row.getByTestId('person-actions').click();
      await page.getByTestId('person-revoke-link').click();
      await page.getByTestId('confirm-action').click();
      await page.getByTestId('confirm-modal').waitFor({ state: 'detached' });
      await expectEventually(async () => (await row.getAttribute('data-invitation')) === 'revoked');

      await participantPage.waitForURL('**/sign-in');
      const notice = participantPage.getByTestId('access-revoked');
      await notice.waitFor();
      expect(await notice.innerText()).toContain('Your invitation was withdrawn');
      expect(
        await participantPage.evaluate(() => window.localStorage.getItem('hadir.sessionToken')),
      ).toBeNull();
    }));
});

/** Minutes after midnight of the start of "HH:mm–HH:mm". */
function minutesOf(range: string): number {
  const [hours, minutes] = range.slice(0, 5).split(':').map(Number);
  return hours * 60 + minutes;
}
