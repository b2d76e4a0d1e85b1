import { execFileSync } from 'node:child_process';
import { type MediaCounts } from '@hadir/contracts';
import { type Page } from 'playwright-core';

/** What a page receives, summed over its peer connections' inbound RTP streams. */
export interface Inbound {
  videoStreams: number;
  framesDecoded: number;
  audioStreams: number;
  audioEnergy: number;
}

/**
 * Keeps every RTCPeerConnection the page makes, so the test can read their stats as
 * chrome://webrtc-internals would. Must run before the page's own scripts.
 */
export async function recordPeerConnections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const connections: RTCPeerConnection[] = [];
    (window as unknown as { hadirPeerConnections: RTCPeerConnection[] }).hadirPeerConnections =
      connections;
    window.RTCPeerConnection = class extends Native {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        connections.push(this);
      }
    };
  });
}

/** How many peer connections the page has made so far. */
export function connectionsMade(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { hadirPeerConnections: RTCPeerConnection[] }).hadirPeerConnections
        .length,
  );
}

/** Counts only the connections made after the first `since` (those of a later join). */
export function inbound(page: Page, since = 0): Promise<Inbound> {
  return page.evaluate(async (first) => {
    const connections = (
      window as unknown as { hadirPeerConnections: RTCPeerConnection[] }
    ).hadirPeerConnections.slice(first);
    const totals = { videoStreams: 0, framesDecoded: 0, audioStreams: 0, audioEnergy: 0 };
    for (const connection of connections) {
      if (connection.connectionState === 'closed') continue;
      const report = await connection.getStats();
      report.forEach((stat: { type: string; kind?: string } & Record<string, unknown>) => {
        if (stat.type !== 'inbound-rtp') return;
        if (stat.kind === 'video' && Number(stat.framesDecoded ?? 0) > 0) {
          totals.videoStreams += 1;
          totals.framesDecoded += Number(stat.framesDecoded);
        }
        if (stat.kind === 'audio' && Number(stat.totalAudioEnergy ?? 0) > 0) {
          totals.audioStreams += 1;
          totals.audioEnergy += Number(stat.totalAudioEnergy);
        }
      });
    }
    return totals;
  }, since);
}

export async function mediaCounts(url: string): Promise<MediaCounts> {
  const response = await fetch(`${url}/api/health`);
  return ((await response.json()) as { media: MediaCounts }).media;
}

/** The server's mediasoup workers: its child processes of that name. */
export function workerPids(serverPid: number): number[] {
  let out = '';
  try {
    out = execFileSync('pgrep', ['-P', String(serverPid), '-f', 'mediasoup-worker'], {
      encoding: 'utf8',
    });
  } catch {
    // pgrep exits with 1 when no process matches.
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map((pid) => Number(pid));
}
