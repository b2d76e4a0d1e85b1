import { randomBytes } from 'node:crypto';
import { type DemoPerson } from '@hadir/contracts';
import { type Browser, chromium, type Page } from 'playwright-core';
import { fetchAgenda, fetchDemoPeople, redeemInvitation } from './support/api';
import { launchBrowser } from './support/browser';
import {
  freePort,
  type RunningHadir,
  startHadir,
  withServerOutputOnFailure,
} from './support/hadir';
import { inbound, recordPeerConnections } from './support/media';
import {
  createFirewalledNetwork,
  type FirewalledNetwork,
  type RunningCoturn,
  startCoturn,
} from './support/netns';
import { PUBLIC_HOST, type RunningNginx, startNginx, TURN_HOST } from './support/nginx';
import { expectEventually, signInOnDemoPage, UI_TIMEOUT } from './support/ui';

const MEDIA_TIMEOUT = 30_000;

/** Which kinds of local candidate carry the page's media: 'relay' means through TURN. */
function carriedBy(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const kinds: string[] = [];
    const connections = (window as unknown as { hadirPeerConnections: RTCPeerConnection[] })
      .hadirPeerConnections;
    for (const connection of connections) {
      const report = await connection.getStats();
      const stats = new Map<string, Record<string, unknown>>();
      report.forEach((stat: Record<string, unknown>) => stats.set(String(stat.id), stat));
      for (const stat of stats.values()) {
        if (stat.type !== 'candidate-pair' || stat.state !== 'succeeded' || !stat.nominated)
          continue;
        const local = stats.get(String(stat.localCandidateId));
        kinds.push(
          `${String(local?.candidateType)}/${String(local?.relayProtocol ?? local?.protocol)}`,
        );
      }
    }
    return kinds;
  });
}

/**
 * A remote participant behind a firewall that lets only TCP 443 out: no UDP, no media ports.
 * They reach the app over https and the speaker's video through TURN over TLS on the same port.
 */
describe('Live media through a firewall that allows only port 443', () => {
  const turnSecret = randomBytes(24).toString('hex');
  let network: FirewalledNetwork;
  let coturn: RunningCoturn;
  let hadir: RunningHadir;
  let nginx: RunningNginx;
  let hostBrowser: Browser;
  let remoteBrowser: Browser;

  beforeAll(async () => {
    network = createFirewalledNetwork();
    coturn = await startCoturn({
      port: await freePort(),
      relayAddress: network.hostAddress,
      secret: turnSecret,
    });
    hadir = await startHadir({
      MEDIA_LISTEN_IP: network.hostAddress,
      MEDIA_ANNOUNCED_ADDRESS: network.hostAddress,
      TURN_URLS: `turns:${TURN_HOST}:443?transport=tcp`,
      TURN_SECRET: turnSecret,
    });
    nginx = await startNginx({
      apiNodes: [`127.0.0.1:${new URL(hadir.url).port}`],
      turnUpstream: `127.0.0.1:${coturn.port}`,
      listenAddress: network.hostAddress,
      httpsPort: 443,
    });
    hostBrowser = await launchBrowser();
    remoteBrowser = await chromium.launch({
      executablePath: network.chromium,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--host-resolver-rules=MAP ${PUBLIC_HOST} ${network.hostAddress}, MAP ${TURN_HOST} ${network.hostAddress}`,
        // The test's self-signed certificate, for the page and for TURN over TLS alike.
        '--ignore-certificate-errors',
      ],
    });
  });

  afterAll(async () => {
    await remoteBrowser?.close();
    await hostBrowser?.close();
    await nginx?.stop();
    await hadir?.stop();
    await coturn?.stop();
    network?.remove();
  });

  async function cast() {
    const { eventId, people } = await fetchDemoPeople(hadir.url);
    const speaker = people.find((person) => person.roles.includes('speaker'));
    const remote = people.filter(
      (person) =>
        person.roles.length === 1 &&
        person.roles[0] === 'participant' &&
        person.attendanceMode === 'remote',
    );
    if (!speaker || remote.length < 2)
      throw new Error('The demo seed lacks a speaker or remote people');
    const agenda = await fetchAgenda(
      hadir.url,
      eventId,
      await redeemInvitation(hadir.url, speaker.invitationToken),
    );
    const sessions = agenda.sessions.filter((session) => session.room !== null);
    return { eventId, sessions, speaker, remote };
  }

  async function joinMedia(
    browser: Browser,
    base: string,
    person: DemoPerson,
    eventId: string,
    sessionId: string,
  ) {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    await recordPeerConnections(page);
    await signInOnDemoPage(page, base, eventId, person);
    await page.goto(`${base}/events/${eventId}/sessions/${sessionId}`);
    await page.getByTestId('media-join').click();
    return page;
  }

  async function speakerOnStage(eventId: string, sessionId: string, speaker: DemoPerson) {
    const stage = await joinMedia(hostBrowser, hadir.url, speaker, eventId, sessionId);
    await stage.locator('[data-testid="media-panel"][data-status="joined"]').waitFor();
    await stage.getByTestId('media-mic').click();
    await stage.getByTestId('media-camera').click();
    await stage.getByTestId('media-self').waitFor();
    return stage;
  }

  it('should give the remote participant the app over https and the speaker’s video through TURN over TLS', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, sessions, speaker, remote } = await cast();
      const sessionId = sessions[0]?.id ?? '';
      await speakerOnStage(eventId, sessionId, speaker);

      const viewer = await joinMedia(
        remoteBrowser,
        `https://${PUBLIC_HOST}`,
        remote[0],
        eventId,
        sessionId,
      );
      await viewer
        .locator('[data-testid="media-tile"][data-source="camera"]')
        .waitFor({ timeout: MEDIA_TIMEOUT });
      await expectEventually(async () => {
        const now = await inbound(viewer);
        return now.videoStreams >= 1 && now.audioStreams >= 1 && now.framesDecoded > 30;
      }, MEDIA_TIMEOUT);
      const paths = await carriedBy(viewer);
      expect(paths.length).toBeGreaterThan(0);
      expect(new Set(paths)).toEqual(new Set(['relay/tls']));
    }));

  it('should tell the remote participant that their network blocks media when the relay is down, and keep Q&A working', () =>
    withServerOutputOnFailure(hadir, async () => {
      const { eventId, sessions, speaker, remote } = await cast();
      const sessionId = sessions[1]?.id ?? '';
      await speakerOnStage(eventId, sessionId, speaker);
      await coturn.stop();

      const viewer = await joinMedia(
        remoteBrowser,
        `https://${PUBLIC_HOST}`,
        remote[1],
        eventId,
        sessionId,
      );
      const unreachable = viewer.getByTestId('media-unreachable');
      await unreachable.waitFor({ timeout: MEDIA_TIMEOUT });
      expect(await unreachable.innerText()).toMatch(/network/i);
      await viewer.locator('[data-testid="connection-status"][data-state="connected"]').waitFor();
    }));
});
