import { type DemoPerson } from '@hadir/contracts';
import { type Browser, type Page } from 'playwright-core';
import { fetchAgenda, fetchDemoPeople, redeemInvitation } from './support/api';
import { launchBrowser } from './support/browser';
import { type RunningHadir, startHadir, withServerOutputOnFailure } from './support/hadir';
import {
  connectionsMade,
  inbound,
  mediaCounts,
  recordPeerConnections,
  workerPids,
} from './support/media';
import { ContextPool, expectEventually, signInOnDemoPage } from './support/ui';

/** Media arrives in seconds on loopback; a restarted worker takes a few more. */
const MEDIA_TIMEOUT = 20_000;

describe('Live audio and video: the stage, viewers, screen sharing and recovery', () => {
  let hadir: RunningHadir;
  let browser: Browser;
  const pool = new ContextPool(() => browser);

  beforeAll(async () => {
    hadir = await startHadir();
    // A fake screen to share, picked without a dialog.
    browser = await launchBrowser(['--auto-select-desktop-capture-source=Entire screen']);
  });

  afterEach(() => pool.closeAll());

  afterAll(async () => {
    await browser?.close();
    await hadir?.stop();
  });

  async function cast() {
    const { eventId, people } = await fetchDemoPeople(hadir.url);
    const participants = people.filter(
      (person) => person.roles.length === 1 && person.roles[0] === 'participant',
    );
    const speaker = people.find((person) => person.roles.includes('speaker'));
    const moderator = people.find((person) => person.roles.includes('moderator'));
    const [ana, budi] = participants.filter((person) => person.attendanceMode === 'remote');
    if (!speaker || !moderator || !ana || !budi) throw new Error('The demo seed lacks someone');
    const agenda = await fetchAgenda(
      hadir.url,
      eventId,
      await redeemInvitation(hadir.url, moderator.invitationToken),
    );
    const sessions = agenda.sessions.filter((session) => session.room !== null);
    return { eventId, sessions, speaker, moderator, ana, budi };
  }

  async function inSession(person: DemoPerson, eventId: string, sessionId: string): Promise<Page> {
    const page = await pool.openPage('Asia/Jakarta');
    await recordPeerConnections(page);
    await signInOnDemoPage(page, hadir.url, eventId, person);
    await page.goto(`${hadir.url}/events/${eventId}/sessions/${sessionId}`);
    await page.getByTestId('media-join').click();
    await page.locator('[data-testid="media-panel"][data-status="joined"]').waitFor();
    return page;
  }

  const receives = (page: Page, video: number, audio: number, since = 0) =>
    expectEventually(async () => {
      const now = await inbound(page, since);
      return now.videoStreams >= video && now.audioStreams >= audio;
    }, MEDIA_TIMEOUT);

  /** Frames keep arriving: the count grows between two readings. */
  const keepsDecoding = async (page: Page) => {
    const before = (await inbound(page)).framesDecoded;
    await expectEventually(
      async () => (await inbound(page)).framesDecoded > before + 10,
      MEDIA_TIMEOUT,
    );
  };

  it('a speaker is seen and heard by two viewers and on the projector, then shares a screen they see too', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, sessions, speaker, moderator, ana, budi } = await cast();
      const sessionId = sessions[0]?.id ?? '';
      const stage = await inSession(speaker, eventId, sessionId);
      await stage.getByTestId('media-mic').click();
      await stage.getByTestId('media-camera').click();
      await stage.getByTestId('media-self').waitFor();

      const viewers = [
        await inSession(ana, eventId, sessionId),
        await inSession(budi, eventId, sessionId),
      ];
      for (const viewer of viewers) {
        // A viewer has no publishing controls until invited.
        expect(await viewer.getByTestId('media-camera').count()).toBe(0);
        await viewer.locator('[data-testid="media-tile"][data-source="camera"]').waitFor();
        await receives(viewer, 1, 1);
        await keepsDecoding(viewer);
      }

      // The hall's projector shows and plays the remote speaker too.
      const projector = await pool.openPage('Asia/Jakarta');
      await recordPeerConnections(projector);
      await signInOnDemoPage(projector, hadir.url, eventId, moderator);
      await projector.goto(`${hadir.url}/events/${eventId}/sessions/${sessionId}/display`);
      await projector.getByTestId('display-stage-join').click();
      const onScreen = projector.locator('[data-testid="media-tile"][data-source="camera"]');
      await onScreen.waitFor();
      await receives(projector, 1, 1);
      // On a 1920 × 1080 projector the remote speaker fills most of the screen, not a thumbnail.
      await projector.setViewportSize({ width: 1920, height: 1080 });
      await expectEventually(async () => ((await onScreen.boundingBox())?.width ?? 0) > 1280);
      expect((await onScreen.boundingBox())?.height ?? 0).toBeGreaterThan(720);

      await stage.getByTestId('media-screen').click();
      await stage.locator('[data-testid="media-screen"][data-on="true"]').waitFor();
      for (const viewer of viewers) {
        await viewer.locator('[data-testid="media-stage"][data-layout="screen"]').waitFor();
        await viewer.locator('[data-testid="media-tile"][data-source="screen"]').waitFor();
        await receives(viewer, 2, 1);
      }
      // Camera, microphone and screen, each to two viewers and the projector.
      expect(await mediaCounts(hadir.url)).toMatchObject({ producers: 3, consumers: 9 });
    }));

  it('a participant speaks only once invited from a raised hand, and stops when taken off stage', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, sessions, moderator, ana, budi } = await cast();
      const sessionId = sessions[1]?.id ?? '';
      const participant = await inSession(ana, eventId, sessionId);
      await participant.getByText('You are watching', { exact: false }).waitFor();
      const viewer = await inSession(budi, eventId, sessionId);

      const desk = await pool.openPage('Asia/Jakarta');
      await signInOnDemoPage(desk, hadir.url, eventId, moderator);
      await desk.goto(`${hadir.url}/events/${eventId}/sessions/${sessionId}/console`);
      await participant.getByTestId('hand-toggle').click();
      const hand = desk.getByTestId('hand-row').filter({ hasText: ana.name });
      await hand.getByTestId('hand-invite').click();
      await desk.getByTestId('stage-row').filter({ hasText: ana.name }).waitFor();
      expect(await desk.getByTestId('hand-row').count()).toBe(0);

      await participant.getByTestId('stage-invited').waitFor();
      await participant.getByTestId('media-camera').click();
      await participant.getByTestId('media-mic').click();
      await viewer.locator('[data-testid="media-tile"][data-source="camera"]').waitFor();
      await receives(viewer, 1, 1);

      // The console mutes her microphone without joining the session's audio and video.
      const microphone = desk.locator(`[data-testid="microphone-row"][data-person-id="${ana.id}"]`);
      await microphone.getByTestId('microphone-mute').click();
      await desk
        .locator(`[data-testid="microphone-row"][data-person-id="${ana.id}"][data-paused="true"]`)
        .waitFor();
      await participant.locator('[data-testid="media-mic"][data-on="false"]').waitFor();
      await participant
        .getByText(`${moderator.name} muted your microphone`, { exact: false })
        .waitFor();

      await desk.getByTestId('stage-row').filter({ hasText: ana.name }).getByRole('button').click();
      await expectEventually(async () => (await mediaCounts(hadir.url)).producers === 0);
      await viewer.getByTestId('media-empty').waitFor();
      await participant.getByText('You are watching', { exact: false }).waitFor();
      expect(await participant.getByTestId('media-camera').count()).toBe(0);
    }));

  it('after the media workers are killed, everyone receives again within seconds; closing the tabs frees everything', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, sessions, speaker, ana } = await cast();
      const sessionId = sessions[2]?.id ?? '';
      const stage = await inSession(speaker, eventId, sessionId);
      await stage.getByTestId('media-camera').click();
      await stage.getByTestId('media-mic').click();
      const viewer = await inSession(ana, eventId, sessionId);
      await receives(viewer, 1, 1);

      const pids = workerPids(hadir.pid);
      expect(pids.length).toBeGreaterThan(0);
      const before = await connectionsMade(viewer);
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      const killedAt = Date.now();
      // Only connections made after the kill count: the old ones went with the workers.
      await receives(viewer, 1, 1, before);
      const recoveredMs = Date.now() - killedAt;
      await viewer.locator('[data-testid="media-panel"][data-status="joined"]').waitFor();
      expect(recoveredMs).toBeLessThan(MEDIA_TIMEOUT);
      expect(workerPids(hadir.pid).some((pid) => pids.includes(pid))).toBe(false);

      await stage.close();
      await viewer.close();
      await expectEventually(async () => {
        const counts = await mediaCounts(hadir.url);
        return counts.transports + counts.producers + counts.consumers + counts.routers === 0;
      });
    }));
});
